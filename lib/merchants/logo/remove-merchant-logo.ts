import type { Db } from '@/lib/db/create-prisma';

/** Deletes the merchant's logo; checkout pages fall back to the initial of the business name. */
export async function removeMerchantLogo(db: Db, merchantId: string): Promise<void> {
  await db.$transaction([
    db.merchantLogo.deleteMany({ where: { merchantId } }),
    db.merchant.update({ where: { id: merchantId }, data: { logoUrl: null } }),
  ]);
}
