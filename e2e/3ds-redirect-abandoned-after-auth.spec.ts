import { expect, test } from '@playwright/test';
import { fillCard, fillEmail, sandboxControl } from './support/checkout';
import { createMerchant, createSession } from './support/merchant-api';
import { getPayment, getSessionStatus, intentsForSession, sessionPaymentId } from './support/sandbox-stripe';

// playwright.config.ts: RECONCILE_AFTER_SECONDS=3, JOBS_INTERVAL_SECONDS=1.
const SERVER_CONFIRM_WITHIN_MS = (3 + 1) * 1000 + 16_000;

test('3DS by redirect completed on the bank page, /return never loads: the server confirms and the payment succeeds', async ({
  page,
  request,
}) => {
  const merchant = createMerchant('Closed tab shop');
  const session = await createSession(request, merchant.secret_key, {
    three_d_secure_ui: 'redirect',
    success_url: 'http://localhost:3999/thanks',
  });
  await page.goto(new URL(session.url).pathname);
  await fillEmail(page);
  await fillCard(page, '4000002760003184');
  await page.getByRole('button', { name: /^Pay / }).click();
  await page.waitForURL(/\/3ds\//);

  // The bank sends the customer back to /return, but the connection is lost on the way.
  let returnBlocked = false;
  await page.route(/\/return\?/, (route) => {
    returnBlocked = true;
    return route.abort('internetdisconnected');
  });
  await page.getByRole('button', { name: 'Complete authentication' }).click();
  await expect.poll(() => returnBlocked).toBe(true);
  const authenticatedAt = Date.now();
  await page.close();

  const paymentId = (await sessionPaymentId(request, merchant.secret_key, session.id))!;
  expect((await intentsForSession(session.id)).map((intent) => intent.status)).toEqual(['requires_confirmation']);

  await expect
    .poll(async () => (await getPayment(request, merchant.secret_key, paymentId)).status, {
      timeout: SERVER_CONFIRM_WITHIN_MS,
      intervals: [500],
    })
    .toBe('succeeded');
  expect(Date.now() - authenticatedAt).toBeLessThan(SERVER_CONFIRM_WITHIN_MS);
  const payment = await getPayment(request, merchant.secret_key, paymentId);
  expect(payment.timeline.map((event) => event.source)).toContain('reconciler:server-confirm');
  expect((await intentsForSession(session.id)).map((intent) => intent.status)).toEqual(['succeeded']);
  await expect.poll(() => getSessionStatus(request, merchant.secret_key, session.id)).toBe('complete');
});

test("3DS by redirect decided at the bank while the customer's browser is gone: the server confirms within the reconcile window", async ({
  page,
  request,
}) => {
  const merchant = createMerchant('Lost connection shop');
  const session = await createSession(request, merchant.secret_key, {
    three_d_secure_ui: 'redirect',
    success_url: 'http://localhost:3999/thanks',
  });
  await page.goto(new URL(session.url).pathname);
  await fillEmail(page);
  await fillCard(page, '4000002760003184');
  await page.getByRole('button', { name: /^Pay / }).click();
  await page.waitForURL(/\/3ds\//);
  await page.close();

  const paymentId = (await sessionPaymentId(request, merchant.secret_key, session.id))!;
  expect((await getPayment(request, merchant.secret_key, paymentId)).status).toBe('requires_action');
  const [intent] = await intentsForSession(session.id);
  await sandboxControl(`/payment_intents/${intent!.id}/three_d_secure`, { outcome: 'complete' });
  const authenticatedAt = Date.now();

  await expect
    .poll(async () => (await getPayment(request, merchant.secret_key, paymentId)).status, {
      timeout: SERVER_CONFIRM_WITHIN_MS,
      intervals: [500],
    })
    .toBe('succeeded');
  expect(Date.now() - authenticatedAt).toBeLessThan(SERVER_CONFIRM_WITHIN_MS);
  expect((await getPayment(request, merchant.secret_key, paymentId)).timeline.map((event) => event.source)).toContain(
    'reconciler:server-confirm',
  );
  expect((await intentsForSession(session.id)).map((i) => i.status)).toEqual(['succeeded']);
});
