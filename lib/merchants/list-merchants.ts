import type { Db } from '@/lib/db/create-prisma';

export type MerchantSummary = { id: string; name: string; isDemo: boolean; createdAt: Date; keyPrefixes: string[] };

/** All merchants, oldest first, with the prefixes of their live keys. */
export async function listMerchants(db: Db): Promise<MerchantSummary[]> {
  const merchants = await db.merchant.findMany({
    orderBy: { createdAt: 'asc' },
    include: { apiKeys: { where: { revokedAt: null }, select: { prefix: true } } },
  });
  return merchants.map((merchant) => ({
    id: merchant.id,
    name: merchant.name,
    isDemo: merchant.isDemo,
    createdAt: merchant.createdAt,
    keyPrefixes: merchant.apiKeys.map((key) => key.prefix),
  }));
}
