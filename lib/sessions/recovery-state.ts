import type { Db } from '@/lib/db/create-prisma';
import { hashRecoveryToken } from '@/lib/recovery/recovery-token';

async function loadRecoverable(db: Db, token: string) {
  const hash = hashRecoveryToken(token);
  if (!hash) return null;
  return db.checkoutSession.findFirst({
    where: { recoveryTokenHash: hash, status: 'expired' },
    include: {
      merchant: true,
      lineItems: { orderBy: { position: 'asc' } },
      recoveredBy: { select: { id: true, status: true, expiresAt: true } },
    },
  });
}

export type RecoverableSession = NonNullable<Awaited<ReturnType<typeof loadRecoverable>>>;

/**
 * What a recovery URL leads to: nothing for an unknown token (or a session that was never made
 * recoverable); `lapsed` after `recovery.expires_at`; `used` once a session was recovered from it and can
 * no longer be paid; otherwise `ready`, with `recovered` naming the open session already made from it.
 */
export type RecoveryState =
  | { kind: 'not_found' }
  | { kind: 'lapsed'; session: RecoverableSession }
  | { kind: 'used'; session: RecoverableSession }
  | { kind: 'ready'; session: RecoverableSession; recovered: string | null };

/** The state of the recovery URL with `token`. Reading it changes nothing (link scanners prefetch GETs). */
export async function getRecoveryState(db: Db, token: string, now = new Date()): Promise<RecoveryState> {
  const session = await loadRecoverable(db, token);
  if (!session) return { kind: 'not_found' };
  const recovered = session.recoveredBy;
  if (recovered) {
    const payable = recovered.status === 'open' && recovered.expiresAt > now;
    return payable ? { kind: 'ready', session, recovered: recovered.id } : { kind: 'used', session };
  }
  if (!session.recoveryExpiresAt || session.recoveryExpiresAt <= now) return { kind: 'lapsed', session };
  return { kind: 'ready', session, recovered: null };
}
