import { expect, test, type Page } from '@playwright/test';
import { fillCard, fillEmail, resetSandboxFaults, sandboxControl } from './support/checkout';
import { paymentForSession } from './support/database';
import { auth, createMerchant, createSession } from './support/merchant-api';
import {
  getPayment,
  intentsForSession,
  refundsForIntent,
  sessionPaymentId,
  stripeApi,
  type SandboxIntent,
} from './support/sandbox-stripe';

test.afterEach(resetSandboxFaults);

/** What the customer sees after pressing Pay: an error on the checkout, or the /return page. */
async function firstOutcome(page: Page): Promise<void> {
  await expect(
    page
      .getByRole('main')
      .getByRole('alert')
      .or(page.getByRole('heading', { name: /Confirming your payment|Payment successful/ }))
      .first(),
  ).toBeVisible({
    timeout: 45_000,
  });
}

/** The customer goes back to the checkout and, if it offers Pay, pays again with the same card. */
async function payAgain(page: Page, checkoutPath: string): Promise<void> {
  await page.goto(checkoutPath);
  const pay = page.getByRole('button', { name: /^Pay / });
  if (
    !(await pay.waitFor({ timeout: 8_000 }).then(
      () => true,
      () => false,
    ))
  )
    return;
  await fillEmail(page);
  await fillCard(page, '4242424242424242');
  await pay.click();
  await firstOutcome(page);
}

/** PaymentIntents Stripe was asked to confirm: they carry a charge or left the unconfirmed statuses. */
function confirmed(intents: SandboxIntent[]): SandboxIntent[] {
  return intents.filter(
    (intent) => intent.latest_charge !== null || !['requires_payment_method', 'canceled'].includes(intent.status),
  );
}

async function expectOneChargeAndRefundable(
  request: Parameters<typeof getPayment>[0],
  key: string,
  sessionId: string,
  { onePaymentIntent }: { onePaymentIntent: boolean },
) {
  const paymentId = await sessionPaymentId(request, key, sessionId);
  expect(paymentId).toMatch(/^pay_/);
  await expect
    .poll(async () => (await getPayment(request, key, paymentId!)).status, { timeout: 90_000, intervals: [1_000] })
    .toBe('succeeded');

  const intents = await intentsForSession(sessionId);
  const charged = intents.filter((intent) => intent.status === 'succeeded');
  expect(
    charged,
    `PaymentIntents at Stripe for the session: ${JSON.stringify(intents.map((i) => [i.id, i.status]))}`,
  ).toHaveLength(1);
  expect(confirmed(intents)).toHaveLength(1);
  if (onePaymentIntent) expect(intents).toHaveLength(1);
  const intent = charged[0]!;
  expect(intent.metadata.tillpoint_payment_id).toBe(paymentId);

  expect((await paymentForSession(sessionId))?.stripe_payment_intent_id).toBe(intent.id);
  expect((await getPayment(request, key, paymentId!)).payment_intent).toBe(intent.id);

  const refund = await request.post(`/api/v1/payments/${paymentId}/refunds`, { headers: auth(key), data: {} });
  expect(refund.status(), await refund.text()).toBe(200);
  expect(await refund.json()).toMatchObject({ amount: intent.amount, status: 'succeeded' });
  expect((await refundsForIntent(intent.id)).map((r) => [r.amount, r.status])).toEqual([[intent.amount, 'succeeded']]);
  const charge = await stripeApi<{ amount_refunded: number }>('GET', `/v1/charges/${intent.latest_charge}`);
  expect(charge.amount_refunded).toBe(intent.amount);
}

test('the answer to the PaymentIntent create is lost (500 after the work), webhooks late, the customer presses Pay again: one charge, stored, refundable', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const merchant = createMerchant('Lost answer shop');
  const session = await createSession(request, merchant.secret_key, { success_url: 'http://localhost:3999/thanks' });
  const checkoutPath = new URL(session.url).pathname;
  await sandboxControl('/faults/webhooks', { delay_ms: '4000' });
  await sandboxControl('/faults/fail', {
    when: 'after',
    status: '500',
    path: '/v1/payment_intents',
    method: 'POST',
    count: '1',
  });

  await page.goto(checkoutPath);
  await fillEmail(page);
  await fillCard(page, '4242424242424242');
  await page.getByRole('button', { name: /^Pay / }).click();
  await firstOutcome(page);
  await payAgain(page, checkoutPath);

  await expectOneChargeAndRefundable(request, merchant.secret_key, session.id, { onePaymentIntent: false });
});

test('the answer to the confirm is lost (500 after the charge), webhooks late, the customer presses Pay again: one PaymentIntent, one charge, refundable', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const merchant = createMerchant('Lost confirm shop');
  const session = await createSession(request, merchant.secret_key, { success_url: 'http://localhost:3999/thanks' });
  const checkoutPath = new URL(session.url).pathname;
  await sandboxControl('/faults/webhooks', { delay_ms: '4000' });
  // Every call that can charge: the create (when it confirms in the same call) and a confirm of an existing PaymentIntent.
  await sandboxControl('/faults/fail', {
    when: 'after',
    status: '500',
    path: '/v1/payment_intents/',
    method: 'POST',
    count: '1',
  });
  await sandboxControl('/faults/fail', {
    when: 'after',
    status: '500',
    path: '/v1/payment_intents',
    method: 'POST',
    count: '1',
  });

  await page.goto(checkoutPath);
  await fillEmail(page);
  await fillCard(page, '4242424242424242');
  await page.getByRole('button', { name: /^Pay / }).click();
  await firstOutcome(page);
  await payAgain(page, checkoutPath);

  await expectOneChargeAndRefundable(request, merchant.secret_key, session.id, { onePaymentIntent: false });
});

test('the PaymentIntent calls hang past the client timeout (Stripe acts late), webhooks late, the customer presses Pay again: one charge, stored, refundable', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const merchant = createMerchant('Hung confirm shop');
  const session = await createSession(request, merchant.secret_key, { success_url: 'http://localhost:3999/thanks' });
  const checkoutPath = new URL(session.url).pathname;
  await sandboxControl('/faults/webhooks', { delay_ms: '4000' });
  await sandboxControl('/faults/hang', { ms: '20000', path: '/v1/payment_intents/', method: 'POST', count: '1' });
  await sandboxControl('/faults/hang', { ms: '20000', path: '/v1/payment_intents', method: 'POST', count: '1' });

  await page.goto(checkoutPath);
  await fillEmail(page);
  await fillCard(page, '4242424242424242');
  await page.getByRole('button', { name: /^Pay / }).click();
  await firstOutcome(page);
  await payAgain(page, checkoutPath);

  await expectOneChargeAndRefundable(request, merchant.secret_key, session.id, { onePaymentIntent: true });
});
