import { createCheckoutSession } from '@/lib/sessions/create-checkout-session';
import { startPayment } from '@/lib/checkout/start-payment';
import type { Db } from '@/lib/db/create-prisma';
import { handleStripeEvent } from '@/lib/payments/handle-stripe-event';
import { stripe } from '@/lib/stripe/stripe-client';

/**
 * A payment that went all the way: a checkout session, the customer's card (a test PaymentMethod
 * without 3DS) and the Stripe webhooks applied, as the webhook route would. Needs a test environment.
 */
export async function succeededPayment(db: Db, merchantId: string, { amount = 4200, currency = 'usd' } = {}) {
  const session = await createCheckoutSession(db, {
    merchantId,
    currency,
    lineItems: [{ name: 'Lamp', unitAmount: amount, quantity: 1 }],
    successUrl: 'https://shop.example/thanks',
  });
  await startPayment(
    db,
    { sessionId: session.id, paymentMethodId: 'pm_card_visa', email: 'buyer@example.com' },
    'http://localhost:3999',
  );
  const payment = await db.payment.findUniqueOrThrow({ where: { sessionId: session.id } });
  const events = await stripe().events.list({ limit: 100 });
  for (const event of events.data.filter(
    (e) => (e.data.object as { id?: string }).id === payment.stripePaymentIntentId,
  )) {
    await handleStripeEvent(db, event);
  }
  const paid = await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
  if (paid.status !== 'succeeded') throw new Error(`payment ${paid.id} is ${paid.status}, not succeeded`);
  return paid;
}
