import { expect, test } from '@playwright/test';
import { E2E, sandboxUrl } from './support/e2e-env';
import { expectPaymentSuccessful, fillCard, fillEmail, openDemoCheckout, pageAlert } from './support/checkout';
import { paymentForSession, queryDb } from './support/database';

async function sandboxIntentsFor(paymentId: string): Promise<{ id: string; status: string }[]> {
  const response = await fetch(`${sandboxUrl}/v1/payment_intents?limit=100`, {
    headers: { Authorization: `Bearer ${E2E.sandboxSecretKey}` },
  });
  const list = (await response.json()) as { data: { id: string; status: string; metadata: Record<string, string> }[] };
  return list.data.filter((intent) => intent.metadata.tillpoint_payment_id === paymentId);
}

test('a double-click on Pay produces exactly one charge', async ({ page }) => {
  const sessionId = await openDemoCheckout(page);
  await fillEmail(page);
  await fillCard(page, '4242424242424242');
  await page.getByRole('button', { name: /^Pay / }).dblclick();
  await expectPaymentSuccessful(page);
  const payment = await paymentForSession(sessionId);
  const intents = await sandboxIntentsFor(payment!.id);
  expect(intents).toHaveLength(1);
  expect(intents[0]!.status).toBe('succeeded');
  const attempts = await queryDb<{ n: string }>('SELECT count(*) AS n FROM payment_attempts WHERE payment_id = $1', [
    payment!.id,
  ]);
  expect(attempts[0]!.n).toBe('1');
});

test('a forged /return with redirect_status=succeeded shows no success for an unpaid payment', async ({ page }) => {
  const sessionId = await openDemoCheckout(page);
  await fillEmail(page);
  await fillCard(page, '4000000000000002');
  await page.getByRole('button', { name: /^Pay / }).click();
  await expect(pageAlert(page)).toBeVisible();
  const payment = await paymentForSession(sessionId);

  await page.goto(
    `/return?payment=${payment!.id}&payment_intent=${payment!.stripe_payment_intent_id}&redirect_status=succeeded`,
  );
  await expect(page.getByRole('heading', { name: 'Payment failed' })).toBeVisible();
  await expect(page.getByText('Payment successful')).toHaveCount(0);

  await page.goto(`/return?payment=${payment!.id}&payment_intent=pi_someoneelse&redirect_status=succeeded`);
  await expect(page.getByRole('heading', { name: 'This payment link does not match' })).toBeVisible();

  await page.goto('/return?payment=pay_000000000000000000000000&redirect_status=succeeded');
  await expect(page.getByRole('heading', { name: 'We could not find this payment' })).toBeVisible();
});
