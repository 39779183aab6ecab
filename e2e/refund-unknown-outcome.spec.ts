import { expect, test } from '@playwright/test';
import { resetSandboxFaults, sandboxControl } from './support/checkout';
import { paymentForSession } from './support/database';
import { payOnHostedPage } from './support/hosted-payment';
import { auth, createMerchant } from './support/merchant-api';
import { getPayment, refundsForIntent, stripeApi, type SandboxIntent } from './support/sandbox-stripe';

test.afterEach(resetSandboxFaults);

async function paidIntent(sessionId: string): Promise<SandboxIntent> {
  const intentId = (await paymentForSession(sessionId))!.stripe_payment_intent_id;
  return stripeApi<SandboxIntent>('GET', `/v1/payment_intents/${intentId}`);
}

async function stripeRefunded(intent: SandboxIntent): Promise<number> {
  return (await stripeApi<{ amount_refunded: number }>('GET', `/v1/charges/${intent.latest_charge}`)).amount_refunded;
}

test('a refund whose Stripe call hangs past the timeout is pending, never failed; the retry cannot refund it twice; totals converge to Stripe', async ({
  browser,
  request,
}) => {
  test.setTimeout(150_000);
  const merchant = createMerchant('Hung refund shop');
  const headers = auth(merchant.secret_key);
  const customer = await browser.newContext();
  const paid = await payOnHostedPage(customer, request, merchant.secret_key, {
    outcome: 'succeeded',
    amount: 3000,
    email: 'ada@example.com',
  });
  await customer.close();
  const intent = await paidIntent(paid.sessionId);
  const url = `/api/v1/payments/${paid.paymentId}/refunds`;

  await sandboxControl('/faults/hang', { ms: '25000', path: '/v1/refunds', method: 'POST', count: '1' });
  const started = Date.now();
  const first = await request.post(url, { headers, data: { amount: 2000 }, timeout: 60_000 });
  const answered = Date.now() - started;
  expect(first.status(), await first.text()).toBe(200);
  const pending = await first.json();
  expect(pending).toMatchObject({ object: 'refund', amount: 2000, status: 'pending', failure_reason: null });
  // Stripe has not made the refund yet: the hang is still running.
  expect(answered).toBeLessThan(25_000);
  expect(await refundsForIntent(intent.id)).toEqual([]);

  // The merchant retries the same refund: what is already being refunded is not available twice.
  const retry = await request.post(url, { headers, data: { amount: 2000 } });
  expect(retry.status(), await retry.text()).toBe(400);
  expect((await retry.json()).error.code).toBe('amount_too_large');

  // Once the hung call has run at Stripe, Tillpoint's refund and totals are Stripe's.
  await expect
    .poll(async () => (await refundsForIntent(intent.id)).map((r) => [r.amount, r.status]), { timeout: 40_000 })
    .toEqual([[2000, 'succeeded']]);
  await expect
    .poll(
      async () => {
        const payment = await getPayment(request, merchant.secret_key, paid.paymentId);
        return { refunded: payment.amount_refunded, refunds: payment.refunds.map((r) => [r.id, r.amount, r.status]) };
      },
      { timeout: 30_000 },
    )
    .toEqual({ refunded: 2000, refunds: [[pending.id, 2000, 'succeeded']] });
  expect(await stripeRefunded(intent)).toBe(2000);

  // The rest can still be refunded once, and both sides agree again.
  const rest = await request.post(url, { headers, data: {} });
  expect(rest.status(), await rest.text()).toBe(200);
  expect(await rest.json()).toMatchObject({ amount: 1000, status: 'succeeded' });
  expect(await stripeRefunded(intent)).toBe(3000);
  expect((await getPayment(request, merchant.secret_key, paid.paymentId)).amount_refunded).toBe(3000);
});

test('a refund whose answer is lost (500 after Stripe made it) is pending, then succeeded; nothing is refunded twice', async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const merchant = createMerchant('Lost refund answer shop');
  const headers = auth(merchant.secret_key);
  const customer = await browser.newContext();
  const paid = await payOnHostedPage(customer, request, merchant.secret_key, {
    outcome: 'succeeded',
    amount: 3000,
    email: 'bob@example.com',
  });
  await customer.close();
  const intent = await paidIntent(paid.sessionId);
  const url = `/api/v1/payments/${paid.paymentId}/refunds`;

  await sandboxControl('/faults/fail', {
    when: 'after',
    status: '500',
    path: '/v1/refunds',
    method: 'POST',
    count: '1',
  });
  const first = await request.post(url, { headers, data: { amount: 3000 } });
  expect(first.status(), await first.text()).toBe(200);
  const refund = await first.json();
  expect(['pending', 'succeeded']).toContain(refund.status);
  const retry = await request.post(url, { headers, data: { amount: 3000 } });
  expect(retry.status(), await retry.text()).toBe(400);

  await expect
    .poll(
      async () => {
        const payment = await getPayment(request, merchant.secret_key, paid.paymentId);
        return { refunded: payment.amount_refunded, refunds: payment.refunds.map((r) => [r.id, r.amount, r.status]) };
      },
      { timeout: 30_000 },
    )
    .toEqual({ refunded: 3000, refunds: [[refund.id, 3000, 'succeeded']] });
  expect((await refundsForIntent(intent.id)).map((r) => [r.amount, r.status])).toEqual([[3000, 'succeeded']]);
  expect(await stripeRefunded(intent)).toBe(3000);
});

test('a refund made at Stripe outside Tillpoint shows up in Tillpoint after charge.refunded', async ({
  browser,
  request,
}) => {
  const merchant = createMerchant('Stripe dashboard refund shop');
  const customer = await browser.newContext();
  const paid = await payOnHostedPage(customer, request, merchant.secret_key, {
    outcome: 'succeeded',
    amount: 4500,
    email: 'cy@example.com',
  });
  await customer.close();
  const intent = await paidIntent(paid.sessionId);

  const outside = await stripeApi<{ id: string }>('POST', '/v1/refunds', { payment_intent: intent.id, amount: '1200' });
  await expect
    .poll(
      async () => {
        const payment = await getPayment(request, merchant.secret_key, paid.paymentId);
        return { refunded: payment.amount_refunded, refunds: payment.refunds.map((r) => [r.amount, r.status]) };
      },
      { timeout: 20_000 },
    )
    .toEqual({ refunded: 1200, refunds: [[1200, 'succeeded']] });

  // What is left is what Stripe has left: 3300, not 4500.
  const tooMuch = await request.post(`/api/v1/payments/${paid.paymentId}/refunds`, {
    headers: auth(merchant.secret_key),
    data: { amount: 3301 },
  });
  expect(tooMuch.status()).toBe(400);
  expect((await tooMuch.json()).error.code).toBe('amount_too_large');
  expect((await refundsForIntent(intent.id)).map((r) => r.id)).toEqual([outside.id]);
});
