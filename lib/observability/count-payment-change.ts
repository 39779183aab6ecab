import { metrics } from './metrics';

export type PaymentChange = {
  from: string;
  to: string;
  changed: boolean;
  currency?: string;
  /** A new card or 3-D Secure failure was recorded by this change. */
  newFailure?: boolean;
  threeDSecureFailure?: string | null;
};

/** Counts one committed payment change: final statuses, declines, 3-D Secure challenges and failures. */
export function countPaymentChange(change: PaymentChange): void {
  if (!change.changed || !change.currency) return;
  const all = metrics();
  const currency = change.currency;
  if (change.to !== change.from && (change.to === 'succeeded' || change.to === 'canceled'))
    all.paymentsFinal.inc({ status: change.to, currency });
  if (change.to !== change.from && change.to === 'requires_action') all.threeDSecure.inc({ outcome: 'challenged' });
  if (change.newFailure) {
    if (change.threeDSecureFailure) all.threeDSecure.inc({ outcome: 'failed' });
    else all.paymentDeclines.inc({ currency });
  }
}
