import { DateTime } from './date-time';

const KIND_TEXT: Record<string, string> = {
  foreign_payment_intent: 'A Stripe PaymentIntent that is not this payment’s own named it',
  amount_mismatch: 'Stripe’s PaymentIntent differs from this payment in amount or currency',
  paid_after_expiry: 'The card was charged after the checkout session expired; it was refunded automatically',
  authorized_after_expiry:
    'The card was authorized after the checkout session expired; the authorization was released automatically',
};

/** The flag on a payment that Stripe contradicted: what was seen, which Stripe object, and when. The payment did not move. */
export function PaymentAnomalies({
  anomalies,
}: {
  anomalies: { id: string; kind: string; stripeObjectId: string; detail: string; createdAt: Date }[];
}) {
  return (
    <section aria-labelledby="anomalies" className="rounded-xl border border-amber-300 bg-amber-50 px-5 py-4">
      <h2 id="anomalies" className="text-sm font-semibold text-amber-950">
        Needs attention: Stripe reported something that does not match this payment
      </h2>
      <ul className="mt-2 space-y-2 text-sm text-amber-950">
        {anomalies.map((anomaly) => (
          <li key={anomaly.id}>
            <p>{KIND_TEXT[anomaly.kind] ?? anomaly.kind}.</p>
            <p className="text-xs text-amber-900">
              <code className="break-all">{anomaly.stripeObjectId}</code> · {anomaly.detail} ·{' '}
              <DateTime value={anomaly.createdAt} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
