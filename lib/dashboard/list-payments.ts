import type { Db } from '@/lib/db/create-prisma';
import { keysetArgs, keysetPage, PAGE_SIZE, type PageCursor } from './keyset-page';
import { paymentFilterWhere, type PaymentFilters } from './payment-filters';

/**
 * One page of the merchant's payments, newest first, with the filters applied. A cursor that names no
 * payment of this merchant gives the first page (`cursorIgnored`).
 */
export async function listPayments(db: Db, merchantId: string, filters: PaymentFilters, cursor: PageCursor) {
  const anchor =
    cursor.direction === 'first'
      ? null
      : await db.payment.findFirst({ where: { id: cursor.id, merchantId }, select: { id: true, createdAt: true } });
  const direction = anchor ? cursor.direction : 'first';
  const { where, orderBy } = keysetArgs(anchor, direction);
  const fetched = await db.payment.findMany({
    where: { AND: [paymentFilterWhere(merchantId, filters), where] },
    orderBy,
    take: PAGE_SIZE + 1,
    include: { session: { select: { customerEmail: true } } },
  });
  return { ...keysetPage(fetched, direction), cursorIgnored: cursor.direction !== 'first' && !anchor };
}

/** Whether the merchant has any payment at all (to tell "nothing yet" from "nothing matches"). */
export async function hasAnyPayment(db: Db, merchantId: string): Promise<boolean> {
  return (await db.payment.findFirst({ where: { merchantId }, select: { id: true } })) !== null;
}
