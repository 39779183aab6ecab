import { db } from '@/lib/db/db';
import { apiError, notFound } from '@/lib/merchant-api/api-error';
import { toMinorUnits } from '@/lib/money/to-minor-units';

/**
 * One of the signed-in merchant's payments (another merchant's is not found) and the amount typed in the
 * dashboard, in minor units of the payment's currency: undefined when left empty, refused (param `amount`)
 * when it is not an amount above zero in that currency.
 */
export async function findPaymentWithTypedAmount(
  merchantId: string,
  paymentId: string,
  typed: string | undefined,
): Promise<{ payment: { id: string; currency: string }; amount: number | undefined }> {
  const payment = await db().payment.findFirst({
    where: { id: paymentId, merchantId },
    select: { id: true, currency: true },
  });
  if (!payment) throw notFound('payment', paymentId);
  if (!typed?.trim()) return { payment, amount: undefined };
  const minor = toMinorUnits(typed, payment.currency);
  if (minor === null || minor === 0) {
    throw apiError(
      'parameter_invalid',
      `Enter an amount above zero like 12.50, with at most the decimals ${payment.currency.toUpperCase()} has.`,
      'amount',
    );
  }
  return { payment, amount: minor };
}
