import { db } from '@/lib/db/db';
import { BodyTooLarge, readLimitedBody } from '@/lib/http/read-limited-body';
import { errorMessage, logger } from '@/lib/observability/logger';
import { metrics } from '@/lib/observability/metrics';
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
  const timer = metrics().stripeWebhookSeconds.startTimer();
  try {
    const outcome = await handleStripeEvent(db(), event);
    timer({ status: '200' });
    logger().info(
      { requestId: request.headers.get('x-request-id'), eventId: event.id, type: event.type, outcome },
      'stripe event handled',
    );
    return Response.json({ received: true, outcome });
  } catch (error) {
    timer({ status: '500' });
    logger().error(
      { requestId: request.headers.get('x-request-id'), eventId: event.id, type: event.type, err: errorMessage(error) },
      'stripe event failed',
    );
    return Response.json({ error: 'could not apply the event; Stripe will retry' }, { status: 500 });
  }
}
