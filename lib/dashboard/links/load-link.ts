import type { Db } from '@/lib/db/create-prisma';
import { isObjectId } from '@/lib/ids/object-ids';

/** Whether `linkId` is one of the merchant's payment links (the detail layout answers 404 otherwise). */
export async function merchantOwnsLink(db: Db, merchantId: string, linkId: string): Promise<boolean> {
  if (!isObjectId('payment_link', linkId)) return false;
  return (await db.paymentLink.findFirst({ where: { id: linkId, merchantId }, select: { id: true } })) !== null;
}

/** One of the merchant's payment links; null when it is not the merchant's. */
export async function loadLink(db: Db, merchantId: string, linkId: string) {
  if (!isObjectId('payment_link', linkId)) return null;
  return db.paymentLink.findFirst({ where: { id: linkId, merchantId } });
}
