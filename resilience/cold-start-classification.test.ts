// Issue 12, point 2: Stripe errors are classified by their data, whichever bundle of the production
// build made the first Stripe call after a start. Three cold starts of the real `next start`; in each
// the first Stripe call comes from another kind of entry point (page action, API route, job), and
// then every kind drives a call into an error that must be classified right. Before the fix the
// client (and so the error classes) belonged to the first bundle, and `instanceof` failed in the others.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  createSession,
  decideThreeDSecure,
  getPayment,
  injectFault,
  listRefunds,
  paymentOfSession,
  refundPayment,
  sandboxCall,
  startPayment,
  stripeIntents,
  stripeRefunds,
  waitUntil,
} from './support/http-checkout';
import { waitForWebhooksSettled } from './support/sandbox-watch';
import { startStack, type Stack } from './support/start-stack';

const DECLINED = '4000000000000002';
/** 3-D Secure succeeds, then the bank declines the charge for insufficient funds. */
const AUTHENTICATED_THEN_DECLINED = '4000008260003178';
const JOB_FAILURE = /\[jobs\].*failed/;
/** Stripe's webhooks are held back this long around the job's call, so only the job can explain the outcome. */
const WEBHOOK_HOLD_MS = 6000;

type Entry = 'page' | 'api' | 'job';
type Prepared = { paidSessionId?: string; authenticatedSessionId?: string };

/** Page action: a plain decline must read as a decline, not as "could not reach the payment processor". */
async function pageActionDecline(stack: Stack): Promise<void> {
  const session = await createSession(stack);
  const step = await startPayment(stack, session.id, DECLINED);
  assert.equal(step.kind, 'failed', JSON.stringify(step));
  assert.equal(step.kind === 'failed' && step.code, 'card_declined', JSON.stringify(step));
  assert.doesNotMatch(step.kind === 'failed' ? step.message : '', /could not reach/i);
}

async function paidSession(stack: Stack): Promise<string> {
  const session = await createSession(stack);
  await startPayment(stack, session.id, '4242424242424242');
  await waitUntil(
    () => paymentOfSession(stack, session.id),
    (payment) => payment?.status === 'succeeded',
    20_000,
    'payment succeeded',
  );
  return session.id;
}

/**
 * API route: the refund's Stripe call gets a 500 *after* Stripe made the refund. The outcome is
 * unknown, so the refund must stay pending (never `failed`, which would invite a second refund) and
 * converge to Stripe's truth: one refund at Stripe, succeeded in Tillpoint, totals equal.
 */
async function apiRouteRefundAfterServerError(stack: Stack, prepared?: string): Promise<void> {
  const sessionId = prepared ?? (await paidSession(stack));
  const payment = (await paymentOfSession(stack, sessionId))!;
  const [intent] = (await stripeIntents(stack, sessionId)).filter((pi) => pi.status === 'succeeded');
  assert.ok(intent, 'the paid session has a succeeded PaymentIntent at Stripe');
  await injectFault(stack, 'fail', { when: 'after', path: '/v1/refunds', method: 'POST', status: 500 });
  const answer = await refundPayment(stack, payment.id, { amount: 1500 });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  assert.notEqual(
    answer.body.status,
    'failed',
    `a refund Stripe may have made is not failed: ${JSON.stringify(answer.body)}`,
  );
  const refunds = await waitUntil(
    () => listRefunds(stack, payment.id),
    (list) => list.length === 1 && list[0]!.status === 'succeeded',
    20_000,
    'refund succeeded',
  );
  const atStripe = await stripeRefunds(stack, intent.id);
  assert.equal(atStripe.length, 1, 'Stripe holds exactly one refund');
  assert.equal(atStripe[0]!.amount, 1500);
  assert.equal(refunds[0]!.amount, 1500);
  const refunded = await waitUntil(
    () => paymentOfSession(stack, sessionId),
    (p) => p?.amount_refunded === 1500,
    10_000,
    'amount_refunded = 1500',
  );
  assert.equal(refunded!.status, 'succeeded');
}

async function sessionWaitingOnThreeDSecure(stack: Stack): Promise<string> {
  const session = await createSession(stack);
  const step = await startPayment(stack, session.id, AUTHENTICATED_THEN_DECLINED);
  assert.equal(step.kind, 'requires_action', JSON.stringify(step));
  return session.id;
}

async function completeThreeDSecure(stack: Stack, sessionId: string): Promise<void> {
  const [intent] = await stripeIntents(stack, sessionId);
  assert.equal(intent?.status, 'requires_action');
  await decideThreeDSecure(stack, intent.id, 'complete');
}

/**
 * Job: the customer completed 3-D Secure but never came back, so the reconciler confirms on the server
 * (manual confirmation) and the bank declines: a 402 card error. Classified right, the job converges
 * the payment to the decline itself (timeline source `reconciler:server-confirm`) and reports no
 * failure. Stripe's webhooks are held back meanwhile, so nothing else can explain the outcome.
 */
async function jobServerConfirmDecline(stack: Stack, prepared?: string): Promise<void> {
  const sessionId = prepared ?? (await sessionWaitingOnThreeDSecure(stack));
  if (!prepared) await completeThreeDSecure(stack, sessionId);
  const linesBefore = stack.server.lines.length;
  const declined = await waitUntil(
    () => paymentOfSession(stack, sessionId),
    (payment) => payment?.status === 'requires_payment_method',
    15_000,
    'server confirm declined',
  );
  const payment = await waitUntil(
    () => getPayment(stack, declined!.id),
    (p) => (p.timeline ?? []).some((entry) => entry.to === 'requires_payment_method'),
    5000,
    'timeline',
  );
  assert.equal(payment.last_error?.decline_code, 'insufficient_funds', JSON.stringify(payment.last_error));
  const decline = payment.timeline!.find((entry) => entry.to === 'requires_payment_method')!;
  assert.match(
    decline.source,
    /server-confirm/,
    `the job's own confirm classified the decline: ${JSON.stringify(payment.timeline)}`,
  );
  assert.deepEqual(
    stack.server.lines.slice(linesBefore).filter((line) => JOB_FAILURE.test(line)),
    [],
    'no job reported a failure',
  );
}

/**
 * A stack whose server has just started cold. What the first entry point needs is prepared in a first
 * life of the server, which is then stopped: the new process has touched nothing of Stripe yet.
 */
async function coldStack(first: Entry): Promise<{ stack: Stack; prepared: Prepared }> {
  const stack = await startStack();
  const prepared: Prepared = {};
  if (first === 'page') return { stack, prepared };
  if (first === 'api') prepared.paidSessionId = await paidSession(stack);
  if (first === 'job') prepared.authenticatedSessionId = await sessionWaitingOnThreeDSecure(stack);
  await waitForWebhooksSettled(stack);
  await stack.server.stop();
  if (prepared.authenticatedSessionId) {
    // The customer authenticates while the server is down (Stripe sends no webhook for that); the
    // webhooks of the coming decline are held back before the server starts and the job runs.
    await completeThreeDSecure(stack, prepared.authenticatedSessionId);
    await holdWebhooks(stack, WEBHOOK_HOLD_MS);
  }
  await stack.server.start();
  return { stack, prepared };
}

async function holdWebhooks(stack: Stack, ms: number): Promise<void> {
  const { status } = await sandboxCall(stack, 'POST', '/_sandbox/faults/webhooks', { delay_ms: ms });
  assert.equal(status, 200);
}

const ORDERS: Record<Entry, Entry[]> = {
  page: ['page', 'api', 'job'],
  api: ['api', 'page', 'job'],
  job: ['job', 'page', 'api'],
};
const NAMES: Record<Entry, string> = { page: 'a page action', api: 'an API route', job: 'a job' };

for (const [first, order] of Object.entries(ORDERS) as [Entry, Entry[]][]) {
  test(
    `cold start, first Stripe call from ${NAMES[first]}: a decline, a refund behind a 500 and a job's card error are each classified right`,
    { timeout: 120_000 },
    async () => {
      const { stack, prepared } = await coldStack(first);
      try {
        for (const entry of order) {
          if (entry === 'page') await pageActionDecline(stack);
          if (entry === 'api') await apiRouteRefundAfterServerError(stack, prepared.paidSessionId);
          if (entry === 'job') {
            if (!prepared.authenticatedSessionId) await holdWebhooks(stack, WEBHOOK_HOLD_MS);
            await jobServerConfirmDecline(stack, prepared.authenticatedSessionId);
            await holdWebhooks(stack, 0);
          }
        }
        assert.deepEqual(
          stack.server.lines.filter((line) => JOB_FAILURE.test(line)),
          [],
          'no job reported a failure',
        );
      } finally {
        await stack.close();
      }
    },
  );
}
