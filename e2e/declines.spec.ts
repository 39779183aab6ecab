import { expect, test } from '@playwright/test';
import { expectPaymentSuccessful, fillCard, openDemoCheckout, payWith, pageAlert } from './support/checkout';
import { paymentForSession } from './support/database';

const DECLINES = [
  { card: '4000000000000002', message: /^Your card was declined\./, code: 'card_declined' },
  { card: '4000000000009995', message: /^Your card has insufficient funds\./, code: 'card_declined' },
  { card: '4000000000000069', message: /^Your card has expired\./, code: 'expired_card' },
  { card: '4000000000000127', message: /^Your card's security code is incorrect\./, code: 'incorrect_cvc' },
];

for (const decline of DECLINES) {
  test(`a decline (${decline.card}) says why in words and keeps the form usable`, async ({ page }) => {
    const sessionId = await openDemoCheckout(page);
    await payWith(page, decline.card);
    await expect(pageAlert(page)).toHaveText(decline.message);
    await expect(page.getByRole('button', { name: /^Pay \$18\.00$/ })).toBeEnabled();
    const payment = await paymentForSession(sessionId);
    expect(payment).toMatchObject({ status: 'requires_payment_method', last_error_code: decline.code });
  });
}

test('after a decline the customer retries with another card on the same payment', async ({ page }) => {
  const sessionId = await openDemoCheckout(page);
  await payWith(page, '4000000000000002');
  await expect(pageAlert(page)).toBeVisible();
  const declined = await paymentForSession(sessionId);
  await fillCard(page, '4242424242424242');
  await page.getByRole('button', { name: /^Pay / }).click();
  await expectPaymentSuccessful(page);
  const paid = await paymentForSession(sessionId);
  expect(paid?.stripe_payment_intent_id).toBe(declined?.stripe_payment_intent_id);
});
