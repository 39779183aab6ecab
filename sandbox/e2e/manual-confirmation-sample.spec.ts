import type { Page } from '@playwright/test';
import { expect, test } from './support/test.js';
import { CARD_FRAME, challengeFrame, fillCard, threeDsModal } from './support/checkout-page.js';
import { manualConfirmationUrl, sandboxStripe } from './support/environment.js';

/**
 * A merchant page in the style of Stripe's archived manual-confirmation sample: the legacy
 * `createPaymentMethod('card', card, data)`, a server create with `confirmation_method: manual` + confirm,
 * `handleCardAction`, and a second server confirm.
 */
async function payWith(page: Page, number: string) {
  await page.goto(manualConfirmationUrl());
  await expect(page.getByRole('button', { name: 'Pay $19.99' })).toBeEnabled();
  await fillCard(page.frameLocator(CARD_FRAME), { number });
  await page.getByRole('button', { name: 'Pay $19.99' }).click();
}

async function intentShownBy(page: Page, role: 'status' | 'alert') {
  const id = (await page.getByRole(role).getAttribute('data-payment-intent')) ?? '';
  return sandboxStripe().paymentIntents.retrieve(id, { expand: ['payment_method'] });
}

test('4242: one server confirm succeeds; the PaymentMethod carries the billing name', async ({ page }) => {
  await payWith(page, '4242424242424242');
  await expect(page.getByRole('status')).toHaveText('Payment succeeded');
  const intent = await intentShownBy(page, 'status');
  expect(intent.status).toBe('succeeded');
  expect(intent.confirmation_method).toBe('manual');
  const method = intent.payment_method as { billing_details: { name: string } };
  expect(method.billing_details.name).toBe('Jenny Rosen');
});

test('3-D Secure completed: handleCardAction, then the server confirms again', async ({ page }) => {
  await payWith(page, '4000002760003184');
  await challengeFrame(page).getByRole('button', { name: 'Complete authentication' }).click();
  await expect(threeDsModal(page)).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Payment succeeded');
  const intent = await intentShownBy(page, 'status');
  expect(intent.status).toBe('succeeded');
});

test('3-D Secure failed: handleCardAction reports the failure, nothing is charged', async ({ page }) => {
  await payWith(page, '4000002760003184');
  await challengeFrame(page).getByRole('button', { name: 'Fail authentication' }).click();
  await expect(page.getByRole('alert')).toContainText('authenticate');
  const intent = await intentShownBy(page, 'alert');
  expect(intent.status).toBe('requires_payment_method');
  expect(intent.last_payment_error?.code).toBe('payment_intent_authentication_failure');
  expect(intent.latest_charge).toBeNull();
});

test('a decline comes back from the server create as the card error', async ({ page }) => {
  await payWith(page, '4000000000000002');
  await expect(page.getByRole('alert')).toHaveText('Your card was declined.');
  const intent = await intentShownBy(page, 'alert');
  expect(intent.status).toBe('requires_payment_method');
  expect(intent.last_payment_error?.decline_code).toBe('generic_decline');
});
