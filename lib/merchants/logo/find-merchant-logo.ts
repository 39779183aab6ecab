import type { Db } from '@/lib/db/create-prisma';

/** The stored logo of a merchant (bytes, detected content type, version), or null. */
export async function findMerchantLogo(db: Db, merchantId: string) {
  return db.merchantLogo.findUnique({ where: { merchantId }, select: { contentType: true, data: true, sha256: true } });
}
