import type { LinkState } from '@/lib/dashboard/links/link-headline';
import { Badge } from '../status-badge';

const STATES: Record<LinkState, { label: string; tone: string; title: string }> = {
  active: {
    label: 'Active',
    tone: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
    title: 'Customers can pay through this link',
  },
  inactive: {
    label: 'Inactive',
    tone: 'bg-slate-100 text-slate-700 ring-slate-500/20',
    title: 'Deactivated: the link shows its inactive message',
  },
  limit_reached: {
    label: 'Limit reached',
    tone: 'bg-amber-50 text-amber-800 ring-amber-600/20',
    title: 'Active, but its completion limit is reached: the link shows its inactive message',
  },
};

/** Whether a link takes payments: active, inactive (deactivated), or closed by its completion limit. */
export function LinkBadge({ state }: { state: LinkState }) {
  const { label, tone, title } = STATES[state];
  return (
    <Badge tone={tone} title={title}>
      {label}
    </Badge>
  );
}
