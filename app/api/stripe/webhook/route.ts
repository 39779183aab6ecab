import { db } from '@/lib/db/db';
import { BodyTooLarge, readLimitedBody } from '@/lib/http/read-limited-body';
import { handleStripeEvent } from '@/lib/payments/handle-stripe-event';
import { constructWebhookEvent } from '@/lib/stripe/construct-webhook-event';

export const dynamic = 'force-dynamic';

/** Stripe's events are far smaller; the signature is checked only once the body is read, so read little. */
const MAX_STRIPE_EVENT_BYTES = 1024 * 1024;

/** Stripe's webhook: raw body (1 MB at most, else 413), verified signature, then one idempotent application per event id. */
export async function POST(request: Request) {
  const signature = request.headers.get('stripe-signature');
  if (!signature) return Response.json({ error: 'missing Stripe-Signature header' }, { status: 400 });
  const rawBody = await readLimitedBody(request, MAX_STRIPE_EVENT_BYTES).then(
    (body) => body.toString('utf8'),
    (error: unknown) => {
      if (error instanceof BodyTooLarge) return null;
      throw error;
    },
  );
  if (rawBody === null) return Response.json({ error: 'body over 1 MB' }, { status: 413 });
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
