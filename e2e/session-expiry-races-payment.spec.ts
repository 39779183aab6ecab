import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { startWebhookReceiver } from '../test-support/webhook-receiver';
import { fillCard, fillEmail, resetSandboxFaults, sandboxControl } from './support/checkout';
import { queryDb } from './support/database';
import { E2E } from './support/e2e-env';
import { auth, createMerchant, createSession } from './support/merchant-api';
import {
  getPayment,
  getSessionStatus,
  intentsForSession,
  pendingApiFaults,
  sessionPaymentId,
  stripeApi,
  type SandboxIntent,
} from './support/sandbox-stripe';

test.afterEach(resetSandboxFaults);

const HANG_MS = 8_000;

async function readyToPay(page: Page, url: string): Promise<void> {
  await page.goto(new URL(url).pathname);
  await fillEmail(page);
  await fillCard(page, '4242424242424242');
}

async function expire(request: APIRequestContext, key: string, sessionId: string) {
  const response = await request.post(`/api/v1/checkout/sessions/${sessionId}/expire`, {
    headers: auth(key),
    data: {},
    timeout: 30_000,
  });
  expect(response.status(), await response.text()).toBe(200);
  expect((await response.json()).status).toBe('expired');
}

/** The session stays expired for the whole window (checked every half second), never complete. */
async function expectStaysExpired(
  request: APIRequestContext,
  key: string,
  sessionId: string,
  forMs: number,
): Promise<void> {
  for (const until = Date.now() + forMs; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 500))) {
    expect(await getSessionStatus(request, key, sessionId)).toBe('expired');
  }
}

async function chargeRefunded(intent: SandboxIntent): Promise<number> {
  return intent.latest_charge
    ? (await stripeApi<{ amount_refunded: number }>('GET', `/v1/charges/${intent.latest_charge}`)).amount_refunded
    : 0;
}

test('expired while the confirm hangs, Stripe charges after the expiry: the session stays expired, the payment is flagged and refunded in full, the merchant hears payment.refunded', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const receiver = await startWebhookReceiver({ port: E2E.receiverPort });
  try {
    const merchant = createMerchant('Expiry race shop');
    const endpoint = await (
      await request.post('/api/v1/webhook_endpoints', {
        headers: auth(merchant.secret_key),
        data: { url: receiver.url('/hooks'), enabled_events: ['*'] },
      })
    ).json();
    receiver.route('/hooks', endpoint.secret);
    const session = await createSession(request, merchant.secret_key, { success_url: 'http://localhost:3999/thanks' });
    await readyToPay(page, session.url);

    // Calls on an existing PaymentIntent wait at Stripe: the customer's confirm, then the expiry's cancel behind it.
    await sandboxControl('/faults/hang', {
      ms: String(HANG_MS),
      path: '/v1/payment_intents/',
      method: 'POST',
      count: '2',
    });
    await page.getByRole('button', { name: /^Pay / }).click();
    await expect
      .poll(pendingApiFaults, { message: 'the confirm of an existing PaymentIntent reaches Stripe', timeout: 15_000 })
      .toBe(1);

    await expire(request, merchant.secret_key, session.id);
    await expectStaysExpired(request, merchant.secret_key, session.id, HANG_MS + 4_000);

    const [intent] = await intentsForSession(session.id);
    expect(intent!.status).toBe('succeeded');
    const paymentId = (await sessionPaymentId(request, merchant.secret_key, session.id))!;
    await expect
      .poll(async () => (await getPayment(request, merchant.secret_key, paymentId)).amount_refunded, {
        timeout: 30_000,
      })
      .toBe(intent!.amount);
    const payment = await getPayment(request, merchant.secret_key, paymentId);
    expect(payment.anomalies?.map((anomaly) => anomaly.kind)).toContain('paid_after_expiry');
    expect(payment.refunds.map((refund) => [refund.amount, refund.status])).toEqual([[intent!.amount, 'succeeded']]);
    const rows = await queryDb<{ requested_by: string }>('SELECT requested_by FROM refunds WHERE payment_id = $1', [
      paymentId,
    ]);
    expect(rows.map((row) => row.requested_by)).toEqual(['system:session_expired']);
    expect(await chargeRefunded((await intentsForSession(session.id))[0]!)).toBe(intent!.amount);

    await receiver.waitFor((all) => all.some((hook) => hook.type === 'payment.refunded'), 20_000);
    const refunded = receiver.on('/hooks').find((hook) => hook.type === 'payment.refunded')!;
    expect(refunded.body.data.object).toMatchObject({ id: paymentId, amount_refunded: intent!.amount });
    expect(receiver.on('/hooks').map((hook) => hook.type)).not.toContain('checkout.session.completed');
    expect(await getSessionStatus(request, merchant.secret_key, session.id)).toBe('expired');
  } finally {
    await receiver.close();
  }
});

test('expired while the first PaymentIntent call hangs: the session never completes and no money is kept', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const merchant = createMerchant('Expiry create race shop');
  const session = await createSession(request, merchant.secret_key, { success_url: 'http://localhost:3999/thanks' });
  await readyToPay(page, session.url);

  await sandboxControl('/faults/hang', {
    ms: String(HANG_MS),
    path: '/v1/payment_intents',
    method: 'POST',
    count: '1',
  });
  await page.getByRole('button', { name: /^Pay / }).click();
  await expect.poll(pendingApiFaults, { timeout: 15_000 }).toBe(0);

  await expire(request, merchant.secret_key, session.id);
  await expectStaysExpired(request, merchant.secret_key, session.id, HANG_MS + 6_000);

  // Whatever reached Stripe: nothing charged is kept.
  await expect
    .poll(
      async () => {
        const intents = await intentsForSession(session.id);
        const kept = await Promise.all(
          intents.map(async (intent) =>
            intent.status === 'succeeded' ? intent.amount_received - (await chargeRefunded(intent)) : 0,
          ),
        );
        return kept.reduce((sum, amount) => sum + amount, 0);
      },
      { timeout: 30_000 },
    )
    .toBe(0);
  expect(await getSessionStatus(request, merchant.secret_key, session.id)).toBe('expired');
});
