import type { Db } from '@/lib/db/create-prisma';
import { checkCursors, pageArgs, toList } from '@/lib/objects/pagination';
import { ZApiListPaymentLinks } from './link-schemas';
import { serializePaymentLink } from '@/lib/objects/serialize-payment-link';

/** The merchant's links, newest first, optionally only active or inactive ones (the API's list shape). */
export async function listPaymentLinks(db: Db, merchantId: string, query: unknown, publicUrl: string) {
  const params = ZApiListPaymentLinks.parse(query);
  await checkCursors(params, 'payment_link', (id) =>
    db.paymentLink.findFirst({ where: { id, merchantId }, select: { id: true } }),
  );
  const rows = await db.paymentLink.findMany({
    where: { merchantId, ...(params.active !== undefined && { active: params.active === 'true' }) },
    ...pageArgs(params),
  });
  return toList(rows, params, '/api/v1/payment_links', (row) => serializePaymentLink(row, publicUrl));
}
