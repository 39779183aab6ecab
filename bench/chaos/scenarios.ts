/** The mix of checkouts the chaos bench drives, with each one's share (weights add up to 100). */
export const SCENARIOS = {
  /** 4242: paid at once. */
  card_success: 18,
  /** Declined (generic or insufficient funds); the customer gives up. */
  declined: 8,
  /** Declined, then the customer pays with 4242 on the same checkout. */
  declined_then_success: 6,
  /** 3-D Secure completed, back on Tillpoint (modal: the page's confirm action; redirect: /return). */
  three_ds_completed: 20,
  /** 3-D Secure completed at the bank, but the customer never comes back (tab closed). */
  three_ds_no_return: 6,
  /** 3-D Secure failed at the bank. */
  three_ds_failed: 8,
  /** 3-D Secure shown, never answered; the merchant expires the session later through the API. */
  three_ds_abandoned: 8,
  /** 3-D Secure completed, then the bank declines (insufficient funds). */
  three_ds_then_declined: 6,
  /** Paid, then refunded in full by the merchant through the API. */
  refund_full: 10,
  /** Paid, then refunded in two parts (30 % and 50 %). */
  refund_partial: 10,
} as const;

export type ScenarioName = keyof typeof SCENARIOS;

export const CARDS = {
  success: '4242424242424242',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
  threeDs: '4000002760003184',
  threeDsThenDeclined: '4000008260003178',
} as const;

/** A shuffled list of `count` scenarios in the proportions above. */
export function scenarioPlan(count: number): ScenarioName[] {
  const names = Object.keys(SCENARIOS) as ScenarioName[];
  const plan = names.flatMap((name) => Array.from({ length: Math.round((SCENARIOS[name] / 100) * count) }, () => name));
  while (plan.length < count) plan.push('card_success');
  plan.length = count;
  for (let i = plan.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [plan[i], plan[j]] = [plan[j]!, plan[i]!];
  }
  return plan;
}
