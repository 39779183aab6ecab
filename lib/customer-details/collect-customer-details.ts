import type { Db } from '@/lib/db/create-prisma';
import { readCheckoutOptions } from './checkout-options';
import { parseCustomerDetails, type DetailProblems } from './parse-customer-details';

/**
 * Validates what the customer entered against what their open session asks for and stores it on the
 * session, before any charge starts. Returns the problems per field, or null when the details were stored
 * (or the session is not open: the payment start refuses it with its own reason).
 */
export async function collectCustomerDetails(
  db: Db,
  sessionId: string,
  fields: Record<string, string>,
): Promise<DetailProblems | null> {
  const session = await db.checkoutSession.findUnique({
    where: { id: sessionId },
    select: { status: true, checkoutOptions: true },
  });
  if (!session || session.status !== 'open') return null;
  const parsed = parseCustomerDetails(readCheckoutOptions(session.checkoutOptions), (name) => fields[name] ?? '');
  if (!parsed.ok) return parsed.problems;
  await db.checkoutSession.updateMany({
    where: { id: sessionId, status: 'open' },
    data: { collected: parsed.details },
  });
  return null;
}
