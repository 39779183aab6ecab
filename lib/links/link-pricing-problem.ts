import { totalProblem, unitAmountProblems } from '@/lib/sessions/checkout-schemas';
import { amountStepProblem, MAX_AMOUNT, minimumAmount } from '@/lib/money/currencies';

type Pricing = {
  line_items?: { unit_amount: number; quantity: number }[];
  custom_amount?: { minimum?: number; maximum?: number; preset?: number };
};

/**
 * What is wrong with a link's pricing in `currency` (the parameter path and why), or null. Exactly one
 * of line_items and custom_amount; amounts in the currency's step; totals and bounds within the currency's
 * limits; preset within bounds.
 */
export function linkPricingProblem(pricing: Pricing, currency: string): { path: string[]; message: string } | null {
  if (pricing.line_items && pricing.custom_amount) {
    return { path: ['custom_amount'], message: 'give either line_items or custom_amount, not both' };
  }
  if (pricing.line_items) {
    const items = pricing.line_items.map((item) => ({ unitAmount: item.unit_amount, quantity: item.quantity }));
    const [step] = unitAmountProblems(items, currency);
    if (step) return { path: ['line_items', String(step.index), 'unit_amount'], message: step.message };
    const problem = totalProblem(items, currency);
    return problem ? { path: ['line_items'], message: problem } : null;
  }
  const custom = pricing.custom_amount;
  if (!custom) return null;
  for (const bound of ['minimum', 'maximum', 'preset'] as const) {
    const message = custom[bound] === undefined ? null : amountStepProblem(custom[bound], currency);
    if (message) return { path: ['custom_amount', bound], message };
  }
  const floor = minimumAmount(currency);
  const minimum = custom.minimum ?? floor;
  const maximum = custom.maximum ?? MAX_AMOUNT;
  if (minimum < floor)
    return { path: ['custom_amount', 'minimum'], message: `must be at least ${floor} minor units of ${currency}` };
  if (custom.maximum !== undefined && custom.maximum < floor)
    return { path: ['custom_amount', 'maximum'], message: `must be at least ${floor} minor units of ${currency}` };
  if (maximum < minimum) return { path: ['custom_amount', 'maximum'], message: 'must not be below minimum' };
  if (custom.preset !== undefined && (custom.preset < minimum || custom.preset > maximum)) {
    return { path: ['custom_amount', 'preset'], message: 'must be between minimum and maximum' };
  }
  return null;
}
