import { db } from '@/lib/db/db';
import { handleStripeEvent } from '@/lib/payments/handle-stripe-event';
import { constructWebhookEvent } from '@/lib/stripe/construct-webhook-event';

export const dynamic = 'force-dynamic';

/** Stripe's webhook: raw body, verified signature, then one idempotent application per event id. */
export async function POST(request: Request) {
  const signature = request.headers.get('stripe-signature');
  if (!signature) return Response.json({ error: 'missing Stripe-Signature header' }, { status: 400 });
  const rawBody = await request.text();
  let event;
  try {
    event = constructWebhookEvent(rawBody, signature);
  } catch {
    return Response.json({ error: 'invalid signature' }, { status: 400 });
  }
  try {
    const outcome = await handleStripeEvent(db(), event);
    return Response.json({ received: true, outcome });
  } catch (error) {
    console.error(`[stripe-webhook] ${event.type} ${event.id} failed:`, error instanceof Error ? error.message : error);
    return Response.json({ error: 'could not apply the event; Stripe will retry' }, { status: 500 });
  }
}
