import { sandboxCall, type CheckoutTarget } from './http-checkout';

type QueueStatus = { ready: number; scheduled: number; in_flight: number };

/** The sandbox's webhook queue for the app's account: waiting, scheduled for retry, in flight. */
export async function webhookQueue(target: CheckoutTarget, waitMs = 0): Promise<QueueStatus> {
  const { status, body } = await sandboxCall<QueueStatus>(target, 'GET', `/_sandbox/webhooks/status?wait_ms=${waitMs}`);
  if (status !== 200) throw new Error(`webhook status answered ${status}: ${JSON.stringify(body)}`);
  return body;
}

/** Waits until the sandbox has no webhook to send, now or later (so a restart starts with nothing from Stripe on its way). */
export async function waitForWebhooksSettled(target: CheckoutTarget, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const queue = await webhookQueue(target, 2000);
    if (queue.ready + queue.scheduled + queue.in_flight === 0) return;
    if (Date.now() > deadline)
      throw new Error(`sandbox webhooks still pending after ${timeoutMs} ms: ${JSON.stringify(queue)}`);
  }
}

type ApiFault = { kind: 'fail' | 'hang'; remaining: number; path?: string | null; method?: string | null };

/** Waits until no injected API fault on `path` is left: the call it was meant for has reached the sandbox. */
export async function waitForFaultTaken(
  target: CheckoutTarget,
  path: string,
  timeoutMs = 15_000,
  what = `a call to ${path}`,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await sandboxCall<{ api: ApiFault[] }>(target, 'GET', '/_sandbox/faults');
    if (!body.api.some((fault) => fault.path === path)) return;
    if (Date.now() > deadline) throw new Error(`${what} did not reach the sandbox within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
