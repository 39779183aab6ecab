import type { serializePayment } from '@/lib/objects/serialize';

/** How long a capture or cancel waits for Stripe's webhook before answering 202 (the request stays pending). */
export const SETTLE_WAIT_MS = 2500;

/** 200 once the webhook settled the payment; 202 while it is still `authorized` with its request pending. */
export function settledResponse(payment: ReturnType<typeof serializePayment>): Response {
  return Response.json(payment, { status: payment.status === 'authorized' ? 202 : 200 });
}
