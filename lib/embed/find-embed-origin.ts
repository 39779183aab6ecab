import type { Db } from '@/lib/db/create-prisma';
import { isExactOrigin } from './exact-origin';

/**
 * The origin allowed to frame this checkout session: its embed origin, while the merchant still lists it
 * in `allowedEmbedOrigins`. Null for unknown, hosted or no longer allowed sessions, and for a wildcard
 * (`https://*`) stored before such origins were refused: it would let any site frame the checkout.
 */
export async function findEmbedOrigin(db: Db, sessionId: string): Promise<string | null> {
  const session = await db.checkoutSession.findUnique({
    where: { id: sessionId },
    select: { uiMode: true, embedOrigin: true, merchant: { select: { allowedEmbedOrigins: true } } },
  });
  if (!session || session.uiMode !== 'embedded' || !session.embedOrigin) return null;
  const allowed =
    session.merchant.allowedEmbedOrigins.includes(session.embedOrigin) && isExactOrigin(session.embedOrigin);
  return allowed ? session.embedOrigin : null;
}
