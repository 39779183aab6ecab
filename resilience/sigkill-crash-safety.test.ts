// Issue 12: crash safety proven with real kills. The whole production server (`next start`, its
// process group) is SIGKILLed at five named points while the sandbox holds the exact Stripe call (or
// the merchant's receiver holds its answer), so Stripe acts after the process is gone. The server is
// started again on the same database each time. Then: every payment and refund converges to the
// sandbox's truth within a bounded wait, no session is charged twice, refund totals agree, and every
// merchant event reaches the merchant's endpoint at least once, in order, with a valid signature.
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { test } from 'node:test';
import { startWebhookReceiver, type ReceivedWebhook } from '@/test-support/webhook-receiver';
import {
  createSession,
  decideThreeDSecure,
  injectFault,
  listRefunds,
  paymentOfSession,
  refundPayment,
  startPayment,
  stripeIntents,
  stripeRefunds,
  waitUntil,
  type ApiPayment,
  type PaymentStep,
} from './support/http-checkout';
import { addWebhookEndpoint, deliveryProblems, merchantEvents } from './support/merchant-events';
import { waitForFaultTaken, webhookQueue } from './support/sandbox-watch';
import { startStack, type Stack } from './support/start-stack';

const VISA = '4242424242424242';
const THREE_D_SECURE = '4000002760003184';
/** How long the sandbox holds the chosen call: long enough for the kill to land before Stripe acts. */
const HOLD_MS = 5000;

/** Resolves with how a request the server was handling ended: its answer, or the error of a dropped connection. */
function settle<T>(promise: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

async function paid(stack: Stack): Promise<{ sessionId: string; payment: ApiPayment }> {
  const session = await createSession(stack);
  await startPayment(stack, session.id, VISA);
  const payment = await waitUntil(
    () => paymentOfSession(stack, session.id),
    (p) => p?.status === 'succeeded',
    20_000,
    'payment succeeded',
  );
  return { sessionId: session.id, payment: payment! };
}

/**
 * The customer of a checkout whose first Pay died with the server presses Pay again until Tillpoint
 * takes it (it refuses while the first attempt's outcome is unknown) and the payment succeeds.
 */
async function payAgainUntilPaid(stack: Stack, sessionId: string, timeoutMs: number): Promise<PaymentStep[]> {
  const deadline = Date.now() + timeoutMs;
  const steps: PaymentStep[] = [];
  for (;;) {
    const payment = await paymentOfSession(stack, sessionId);
    if (payment?.status === 'succeeded') return steps;
    if (Date.now() > deadline)
      throw new Error(`session ${sessionId} not paid within ${timeoutMs} ms; steps: ${JSON.stringify(steps)}`);
    const step = await startPayment(stack, sessionId, VISA);
    steps.push(step);
    if (step.kind === 'processing' || (step.kind === 'unavailable' && step.reason === 'complete')) {
      await waitUntil(
        () => paymentOfSession(stack, sessionId),
        (p) => p?.status === 'succeeded',
        15_000,
        'paid after Pay',
      ).catch(() => null);
    } else {
      await new Promise((resolve) => setTimeout(resolve, 3000));
    }
  }
}

/**
 * One session's payment against Stripe's truth: the PaymentIntent Tillpoint stored is in the same
 * status at Stripe, and no other PaymentIntent of the session was ever charged. Returns the payment and
 * the session's other, never-charged PaymentIntents (an answer lost on create can leave one behind).
 */
async function assertConverged(
  stack: Stack,
  label: string,
  sessionId: string,
  expected: string,
): Promise<{ payment: ApiPayment; orphans: string[] }> {
  const payment = (await waitUntil(
    () => paymentOfSession(stack, sessionId),
    (p) => p?.status === expected,
    30_000,
    `${label}: payment ${expected}`,
  ))!;
  const intents = await stripeIntents(stack, sessionId);
  const own = intents.find((pi) => pi.id === payment.payment_intent);
  assert.ok(
    own,
    `${label}: Tillpoint stores the session's PaymentIntent (${payment.payment_intent}; Stripe has ${intents.map((pi) => pi.id).join(', ')})`,
  );
  assert.equal(own.status, expected, `${label}: Tillpoint says ${expected}, Stripe says ${own.status}`);
  const others = intents.filter((pi) => pi !== own);
  assert.deepEqual(
    others.filter((pi) => pi.latest_charge || pi.status === 'succeeded').map((pi) => `${pi.id} ${pi.status}`),
    [],
    `${label}: no other PaymentIntent of the session was charged`,
  );
  return { payment, orphans: others.map((pi) => `${pi.id} ${pi.status}`) };
}

/** Tillpoint's refunds of a payment against Stripe's: same total, same count of refunds made. */
async function assertRefundsAgree(
  stack: Stack,
  label: string,
  payment: ApiPayment,
  expectedTotal: number,
): Promise<void> {
  const [intent] = (await stripeIntents(stack, payment.checkout_session)).filter((pi) => pi.status === 'succeeded');
  const atStripe = await stripeRefunds(stack, intent!.id);
  const stripeTotal = atStripe
    .filter((r) => r.status !== 'failed' && r.status !== 'canceled')
    .reduce((sum, r) => sum + r.amount, 0);
  assert.equal(
    stripeTotal,
    expectedTotal,
    `${label}: Stripe refunded ${stripeTotal}, expected ${expectedTotal} (${atStripe.length} refunds)`,
  );
  const ours = await waitUntil(
    () => listRefunds(stack, payment.id),
    (list) =>
      list.filter((r) => r.status === 'succeeded').reduce((sum, r) => sum + r.amount, 0) === stripeTotal &&
      !list.some((r) => r.status === 'pending'),
    30_000,
    `${label}: Tillpoint's refunds = Stripe's`,
  );
  assert.equal(
    ours.filter((r) => r.status === 'succeeded').length,
    atStripe.length,
    `${label}: one Tillpoint refund per Stripe refund`,
  );
  const now = await paymentOfSession(stack, payment.checkout_session);
  assert.equal(now!.amount_refunded, stripeTotal, `${label}: amount_refunded = Stripe's refunds`);
}

test(
  'SIGKILL of the production server after the PI create, after confirm, in a Stripe webhook, in a merchant delivery, in a refund and in the server re-confirm: everything converges, nothing twice, every event delivered in order',
  { timeout: 300_000 },
  async (t) => {
    const receiver = await startWebhookReceiver();
    let holdNext = false;
    let held: { event: ReceivedWebhook; closed: Promise<void> } | null = null;
    const arrivals = new Map<string, number[]>();
    const hold = (received: ReceivedWebhook, res: ServerResponse) => {
      arrivals.set(received.id, [...(arrivals.get(received.id) ?? []), Date.now()]);
      if (!holdNext) return void res.end('ok');
      holdNext = false;
      held = { event: received, closed: new Promise((resolve) => res.once('close', () => resolve())) };
    };
    // The server re-confirm looks at payments waiting on 3DS after RECONCILE_AFTER_SECONDS: 5 s leaves the
    // Stripe-webhook kill point (held re-read of a 3DS payment) to the webhook handler on a loaded machine.
    const stack = await startStack({ env: { RECONCILE_AFTER_SECONDS: '5' } });
    const restarts: number[] = [];
    const killAndRestart = async () => {
      const started = Date.now();
      await stack.killAndRestart();
      restarts.push(Date.now() - started);
    };
    try {
      await addWebhookEndpoint(stack, receiver, '/merchant', { responder: hold });
      // A second endpoint with a subset of the events: its order is its own, whatever the first one waits on.
      const SECOND_EVENTS = ['payment.succeeded', 'payment.refunded', 'payment.failed'];
      await addWebhookEndpoint(stack, receiver, '/second', { events: SECOND_EVENTS });

      // 1. Inside a merchant-webhook delivery: the receiver holds its answer while the server dies.
      holdNext = true;
      const inDelivery = await paid(stack);
      await waitUntil(
        async () => held,
        (value) => value !== null,
        20_000,
        'a delivery held by the receiver',
      );
      await killAndRestart();
      await held!.closed;
      const cutAt = Date.now();

      // 2. After the PaymentIntent create: Stripe creates it once the process is gone.
      const afterCreate = await createSession(stack);
      await injectFault(stack, 'hang', { ms: HOLD_MS, path: '/v1/payment_intents', method: 'POST' });
      const firstPay = settle(startPayment(stack, afterCreate.id, VISA));
      await waitForFaultTaken(stack, '/v1/payment_intents');
      await killAndRestart();
      assert.equal((await firstPay).ok, false, 'the first Pay died with the server');

      // 3. After confirm: the create answered, the confirm is held; Stripe charges after the kill.
      const afterConfirm = await createSession(stack);
      await injectFault(stack, 'hang', { ms: HOLD_MS, path: '/v1/payment_intents/', method: 'POST' });
      const confirmPay = settle(startPayment(stack, afterConfirm.id, VISA));
      await waitForFaultTaken(
        stack,
        '/v1/payment_intents/',
        15_000,
        'a confirm of its own, after the PaymentIntent was created and stored,',
      );
      await killAndRestart();
      assert.equal((await confirmPay).ok, false, 'the Pay died with the server after confirm');
      // The customer presses Pay again at once, with another card, while Stripe is charging the first.
      const secondPress = await startPayment(stack, afterConfirm.id, '4000000000000002');
      assert.ok(
        secondPress.kind === 'processing' || secondPress.kind === 'unavailable',
        `no new charge starts: ${JSON.stringify(secondPress)}`,
      );

      // 4. Inside Stripe-webhook handling: the customer fails 3-D Secure; the handler's re-read of the
      //    PaymentIntent is held while the event is in flight, and the server dies under it.
      const inWebhook = await createSession(stack);
      const challenged = await startPayment(stack, inWebhook.id, THREE_D_SECURE);
      assert.equal(challenged.kind, 'requires_action', JSON.stringify(challenged));
      const [challengedIntent] = await stripeIntents(stack, inWebhook.id);
      const retrievePath = `/v1/payment_intents/${challengedIntent!.id}`;
      await injectFault(stack, 'hang', { ms: HOLD_MS, path: retrievePath, method: 'GET' });
      await decideThreeDSecure(stack, challengedIntent!.id, 'fail');
      await waitForFaultTaken(stack, retrievePath);
      assert.ok((await webhookQueue(stack)).in_flight > 0, 'a Stripe webhook is being handled when the server dies');
      await killAndRestart();

      // 5. Inside a refund: Stripe refunds after the kill; then the merchant retries the same refund.
      const refunded = await paid(stack);
      await injectFault(stack, 'hang', { ms: HOLD_MS, path: '/v1/refunds', method: 'POST' });
      const firstRefund = settle(refundPayment(stack, refunded.payment.id));
      await waitForFaultTaken(stack, '/v1/refunds');
      await killAndRestart();
      assert.equal((await firstRefund).ok, false, 'the refund request died with the server');
      const retry = await refundPayment(stack, refunded.payment.id);
      assert.notEqual(retry.status, 500, `the merchant's retry is answered: ${JSON.stringify(retry.body)}`);
      t.diagnostic(
        `the merchant's refund retry after the kill: ${retry.status} ${retry.body.status ?? retry.body.error?.code}`,
      );

      // 6. Inside the server re-confirm: the customer authenticated and never came back; the job's confirm
      //    is held and the server dies under it; Stripe charges after the kill.
      const inReconfirm = await createSession(stack);
      const parked = await startPayment(stack, inReconfirm.id, THREE_D_SECURE);
      assert.equal(parked.kind, 'requires_action', JSON.stringify(parked));
      const [parkedIntent] = await stripeIntents(stack, inReconfirm.id);
      const confirmPath = `/v1/payment_intents/${parkedIntent!.id}/confirm`;
      await injectFault(stack, 'hang', { ms: HOLD_MS, path: confirmPath, method: 'POST' });
      await decideThreeDSecure(stack, parkedIntent!.id, 'complete');
      await waitForFaultTaken(stack, confirmPath, 30_000);
      await killAndRestart();

      // After the last restart: the first checkout's customer pays again; everything converges.
      const lastRestart = Date.now();
      const repaySteps = await payAgainUntilPaid(stack, afterCreate.id, 120_000);
      assert.ok(
        repaySteps.every((step) => step.kind !== 'failed' || step.code !== 'card_declined'),
        JSON.stringify(repaySteps),
      );
      t.diagnostic(
        `kill + restart to healthy (ms): ${restarts.join(', ')}; the first customer's presses after the kill: ${repaySteps.map((step) => (step.kind === 'unavailable' ? step.reason : step.kind)).join(', ')}`,
      );
      const { payment: first, orphans } = await assertConverged(stack, 'after create', afterCreate.id, 'succeeded');
      if (orphans.length)
        t.diagnostic(`after create: never-charged PaymentIntents left at Stripe: ${orphans.join(', ')}`);
      await assertConverged(stack, 'after confirm', afterConfirm.id, 'succeeded');
      const { payment: failed3ds } = await assertConverged(
        stack,
        'in webhook',
        inWebhook.id,
        'requires_payment_method',
      );
      assert.ok(failed3ds.last_error, 'the failed 3-D Secure is recorded');
      await assertConverged(stack, 'in delivery', inDelivery.sessionId, 'succeeded');
      await assertConverged(stack, 'in server re-confirm', inReconfirm.id, 'succeeded');
      const { payment: refundedNow } = await assertConverged(stack, 'in refund', refunded.sessionId, 'succeeded');
      await assertRefundsAgree(stack, 'in refund', refundedNow, refunded.payment.amount);

      // The payment whose create answer was lost stores its PaymentIntent: a full refund works.
      const fullRefund = await refundPayment(stack, first.id);
      assert.equal(fullRefund.status, 200, JSON.stringify(fullRefund.body));
      await assertRefundsAgree(stack, 'after create, refunded', first, first.amount);

      // No session anywhere holds two charges at Stripe.
      const bySession = new Map<string, number>();
      for (const intent of await stripeIntents(stack)) {
        if (intent.status !== 'succeeded') continue;
        const session = intent.metadata.tillpoint_checkout_session_id ?? intent.id;
        bySession.set(session, (bySession.get(session) ?? 0) + 1);
      }
      assert.deepEqual(
        [...bySession].filter(([, count]) => count > 1),
        [],
        'no double charge',
      );

      // Every merchant event delivered at least once, in order per endpoint, signed (the receiver verifies with standardwebhooks).
      const events = await merchantEvents(stack);
      const endpoints = {
        '/merchant': events,
        '/second': events.filter((event) => SECOND_EVENTS.includes(event.type)),
      };
      const problemsOf = (path: keyof typeof endpoints) =>
        deliveryProblems(
          endpoints[path],
          receiver.on(path).map((r) => r.id),
        );
      await receiver.waitFor(
        () => problemsOf('/merchant').missing.length + problemsOf('/second').missing.length === 0,
        120_000,
      );
      t.diagnostic(
        `all converged and every merchant event delivered ${Math.round((Date.now() - lastRestart) / 1000)} s after the last restart (${events.length} events, ${receiver.received.length} deliveries)`,
      );
      assert.deepEqual(problemsOf('/merchant'), { missing: [], outOfOrder: [] });
      assert.deepEqual(problemsOf('/second'), { missing: [], outOfOrder: [] });
      assert.ok(endpoints['/second'].length >= 5, `the second endpoint got its share (${endpoints['/second'].length})`);
      assert.deepEqual(receiver.rejected, [], 'every delivery carried a valid signature');
      const again = arrivals.get(held!.event.id) ?? [];
      assert.ok(again.length >= 2, 'the delivery cut by the kill was sent again');
      t.diagnostic(
        `the merchant delivery cut by the kill was sent again ${Math.round((again[1]! - cutAt) / 1000)} s after the kill (the delivery lease)`,
      );
    } finally {
      await stack.close();
      await receiver.close();
    }
  },
);
