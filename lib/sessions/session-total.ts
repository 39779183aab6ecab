import { DomainError } from '@/lib/core/domain-error';
import { totalProblem } from './checkout-schemas';

/**
 * A session's total in integer minor units, from its line items only (never from anything a client sent).
 * Refuses a total Stripe would refuse in `currency`: above the card maximum or below the currency's minimum.
 */
export function sessionTotal(lineItems: { unitAmount: number; quantity: number }[], currency: string): number {
  const problem = totalProblem(lineItems, currency);
  if (problem) throw new DomainError('parameter_invalid', `The checkout's ${problem}.`, 'line_items');
  return lineItems.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0);
}
