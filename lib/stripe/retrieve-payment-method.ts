import 'server-only';
import { stripe } from './stripe-client';

/** What Tillpoint reads of a PaymentMethod: the card's fingerprint (same card number, same value). */
export type PaymentMethodCard = { id: string; cardFingerprint: string | null };

/** Reads a PaymentMethod the customer's browser created, for limits that follow the card itself. */
export async function retrievePaymentMethod(paymentMethodId: string): Promise<PaymentMethodCard> {
  const method = await stripe().paymentMethods.retrieve(paymentMethodId);
  return { id: method.id, cardFingerprint: method.card?.fingerprint ?? null };
}
