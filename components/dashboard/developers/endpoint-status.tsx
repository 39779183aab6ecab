import { LocalTime } from '../local-time';
import { Badge } from '../status-badge';
import type { EndpointRow } from './webhook-endpoints-panel';

/** Enabled (or failing since when), or disabled and why. */
export function EndpointStatus({
  endpoint,
}: {
  endpoint: Pick<EndpointRow, 'enabled' | 'disabled_reason' | 'failing_since'>;
}) {
  return (
    <div className="flex shrink-0 flex-col items-start gap-1 text-xs sm:items-end">
      {endpoint.enabled ? (
        <Badge tone="bg-emerald-50 text-emerald-800 ring-emerald-600/20">Enabled</Badge>
      ) : (
        <Badge tone="bg-slate-100 text-slate-700 ring-slate-500/20">Disabled</Badge>
      )}
      {!endpoint.enabled && endpoint.disabled_reason && (
        <span className="text-slate-600">{capitalise(endpoint.disabled_reason)}</span>
      )}
      {endpoint.failing_since && (
        <span className="font-medium text-red-700">
          Failing since <LocalTime unix={endpoint.failing_since} />
        </span>
      )}
    </div>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
