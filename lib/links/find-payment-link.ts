import type { Db } from '@/lib/db/create-prisma';
import { notFound } from '@/lib/core/domain-error';

/** One of the merchant's links; another merchant's link is a 404 `resource_missing`, like an unknown id. */
export async function findPaymentLink(db: Db, merchantId: string, id: string) {
  const link = await db.paymentLink.findFirst({ where: { id, merchantId } });
  if (!link) throw notFound('payment link', id);
  return link;
}
