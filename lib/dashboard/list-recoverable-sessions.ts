import type { Db } from '@/lib/db/create-prisma';
import { issuedRecoveryUrl } from '@/lib/recovery/serialize-after-expiration';
import { keysetArgs, keysetPage, PAGE_SIZE, type PageCursor } from './keyset-page';

/** Where a recovery URL stands for the merchant: usable, used (a session was made from it) or past its date. */
export type RecoveryStanding = 'recoverable' | 'recovered' | 'lapsed';

/**
 * One page of the merchant's expired sessions that got a recovery URL, newest first, each with its URL
 * (made again from the session id: only the token's hash is stored), until when it opens, and whether a
 * session was recovered from it.
 */
export async function listRecoverableSessions(
  db: Db,
  merchantId: string,
  cursor: PageCursor,
  publicUrl: string,
  now = new Date(),
) {
  const anchor =
    cursor.direction === 'first'
      ? null
      : await db.checkoutSession.findFirst({
          where: { id: cursor.id, merchantId, recoveryTokenHash: { not: null } },
          select: { id: true, createdAt: true },
        });
  const direction = anchor ? cursor.direction : 'first';
  const { where, orderBy } = keysetArgs(anchor, direction);
  const fetched = await db.checkoutSession.findMany({
    where: { AND: [{ merchantId, status: 'expired', recoveryTokenHash: { not: null } }, where] },
    orderBy,
    take: PAGE_SIZE + 1,
    include: { recoveredBy: { select: { id: true, status: true } } },
  });
  const page = keysetPage(fetched, direction);
  return {
    ...page,
    rows: page.rows.map((session) => ({
      session,
      url: issuedRecoveryUrl(session, publicUrl),
      standing: standingOf(session, now),
    })),
    cursorIgnored: cursor.direction !== 'first' && !anchor,
  };
}

function standingOf(session: { recoveredBy: unknown; recoveryExpiresAt: Date | null }, now: Date): RecoveryStanding {
  if (session.recoveredBy) return 'recovered';
  return session.recoveryExpiresAt && session.recoveryExpiresAt > now ? 'recoverable' : 'lapsed';
}

export type RecoverableRow = Awaited<ReturnType<typeof listRecoverableSessions>>['rows'][number];
