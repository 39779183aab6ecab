import type { Db } from '@/lib/db/create-prisma';

/**
 * The origin allowed to frame this checkout session: its embed origin, while the merchant still lists it
 * in `allowedEmbedOrigins`. Null for unknown, hosted or no longer allowed sessions.
 */
export async function findEmbedOrigin(db: Db, sessionId: string): Promise<string | null> {
  const session = await db.checkoutSession.findUnique({
    where: { id: sessionId },
    select: { uiMode: true, embedOrigin: true, merchant: { select: { allowedEmbedOrigins: true } } },
  });
  if (!session || session.uiMode !== 'embedded' || !session.embedOrigin) return null;
  return session.merchant.allowedEmbedOrigins.includes(session.embedOrigin) ? session.embedOrigin : null;
}
