import type { Tx } from '@/lib/merchant-webhooks/record-event';
import type { Db } from '@/lib/db/create-prisma';

/** True when `email` (case-insensitive) has a succeeded payment at this merchant: not a first-time customer. */
export async function hasPaidBefore(client: Db | Tx, merchantId: string, email: string): Promise<boolean> {
  const rows = await client.$queryRaw<unknown[]>`
    SELECT 1 FROM payments p JOIN checkout_sessions s ON s.id = p.session_id
    WHERE p.merchant_id = ${merchantId} AND p.status = 'succeeded' AND lower(s.customer_email) = lower(${email})
    LIMIT 1`;
  return rows.length > 0;
}
