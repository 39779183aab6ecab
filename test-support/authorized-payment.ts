import { createCheckoutSession } from '@/lib/sessions/create-checkout-session';
import { startPayment } from '@/lib/checkout/start-payment';
import type { Db } from '@/lib/db/create-prisma';
import { handleStripeEvent } from '@/lib/payments/handle-stripe-event';
import { stripe } from '@/lib/stripe/stripe-client';

/**
 * Applies, as the webhook route would, every Stripe event about `paymentIntentId` not applied yet (the sandbox's
 * events of this account, newest first, are walked in the order they happened). Needs a test environment.
 */
export async function applyStripeEvents(db: Db, paymentIntentId: string): Promise<void> {
  const events = await stripe().events.list({ limit: 100 });
  for (const event of events.data.reverse()) {
    const object = event.data.object as { id?: string; payment_intent?: string };
    if (object.id === paymentIntentId || object.payment_intent === paymentIntentId) await handleStripeEvent(db, event);
  }
}

/**
 * A manual-capture payment that went as far as `requires_capture` (Tillpoint's `authorized`): a checkout session
 * with `captureMethod: manual`, the customer's card (no 3DS) and the Stripe webhooks applied.
 */
export async function authorizedPayment(db: Db, merchantId: string, { amount = 4500, currency = 'usd' } = {}) {
  const session = await createCheckoutSession(db, {
    merchantId,
    currency,
    lineItems: [{ name: 'Walnut desk', unitAmount: amount, quantity: 1 }],
    successUrl: 'https://shop.example/thanks',
    captureMethod: 'manual',
  });
  await startPayment(
    db,
    { sessionId: session.id, paymentMethodId: 'pm_card_visa', email: 'buyer@example.com' },
    'http://localhost:3999',
  );
  const payment = await db.payment.findUniqueOrThrow({ where: { sessionId: session.id } });
  await applyStripeEvents(db, payment.stripePaymentIntentId!);
  const held = await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
  if (held.status !== 'requires_capture') throw new Error(`payment ${held.id} is ${held.status}, not requires_capture`);
  return held;
}
