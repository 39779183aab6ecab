import Link from 'next/link';
import type { SessionDetail } from '@/lib/dashboard/load-session-detail';
import { issuedRecoveryUrl } from '@/lib/recovery/serialize-after-expiration';
import { CopyButton } from './copy-button';
import { DateTime } from './date-time';
import { DetailList, Section } from './section';

/** Where a session stands in checkout recovery: recovered from an expired one, or its own recovery URL. Nothing otherwise. */
export function SessionRecoverySection({ session, publicUrl }: { session: SessionDetail; publicUrl: string }) {
  if (!session.recoveredFromId && !session.recoveryTokenHash) return null;
  const url = issuedRecoveryUrl(session, publicUrl);
  const sessionLink = (id: string) => (
    <Link href={`/dashboard/sessions/${id}`} className="font-medium text-brand-700 underline">
      <code className="break-all">{id}</code>
    </Link>
  );
  return (
    <Section id="recovery" title="Recovery">
      <DetailList
        stacked
        items={[
          ...(session.recoveredFromId
            ? [{ label: 'Recovered from', value: sessionLink(session.recoveredFromId) }]
            : []),
          ...(session.recoveryTokenHash
            ? [
                {
                  label: 'Recoverable until',
                  value: session.recoveryExpiresAt ? <DateTime value={session.recoveryExpiresAt} /> : '—',
                },
                { label: 'Recovered as', value: session.recoveredBy ? sessionLink(session.recoveredBy.id) : 'Not yet' },
              ]
            : []),
        ]}
      />
      {url && (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <CopyButton value={url} label="Copy recovery URL" />
        </div>
      )}
    </Section>
  );
}
