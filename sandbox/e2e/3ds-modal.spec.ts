import { expect, test } from './support/test.js';
import { challengeFrame, expectPaid, fillCard, openCheckout, pay, threeDsModal } from './support/checkout-page.js';
import { sandboxStripe } from './support/environment.js';

const THREE_DS_CARD = '4000002760003184';

test('manual confirmation: completing the 3DS modal lets the server confirm again', async ({ page }) => {
  const frame = await openCheckout(page, { element: 'card', flow: 'manual' });
  await fillCard(frame, { number: THREE_DS_CARD });
  await pay(page);

  const modal = threeDsModal(page);
  await expect(modal).toBeVisible();
  await expect(modal).toHaveAttribute('aria-modal', 'true');
  const challenge = challengeFrame(page);
  await expect(challenge.getByRole('heading', { name: 'Sandbox 3D Secure 2 test page' })).toBeVisible();
  await expect(challenge.getByText('€24.00')).toBeVisible();
  await challenge.getByRole('button', { name: 'Complete authentication' }).click();

  await expect(modal).toBeHidden();
  const id = await expectPaid(page);
  expect((await sandboxStripe().paymentIntents.retrieve(id)).status).toBe('succeeded');
});

test('failing the 3DS modal shows the authentication error', async ({ page }) => {
  const frame = await openCheckout(page, { element: 'card', flow: 'manual' });
  await fillCard(frame, { number: THREE_DS_CARD });
  await pay(page);
  await challengeFrame(page).getByRole('button', { name: 'Fail authentication' }).click();

  await expect(threeDsModal(page)).toBeHidden();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('authenticate');
  const intent = await sandboxStripe().paymentIntents.retrieve((await alert.getAttribute('data-payment-intent')) ?? '');
  expect(intent.status).toBe('requires_payment_method');
  expect(intent.last_payment_error?.code).toBe('payment_intent_authentication_failure');
});

test('confirmCardPayment (automatic confirmation) completes 3DS in the modal', async ({ page }) => {
  const frame = await openCheckout(page, { element: 'card', flow: 'automatic' });
  await fillCard(frame, { number: THREE_DS_CARD });
  await pay(page);
  await challengeFrame(page).getByRole('button', { name: 'Complete authentication' }).click();
  const id = await expectPaid(page);
  expect((await sandboxStripe().paymentIntents.retrieve(id)).status).toBe('succeeded');
});

test('closing the modal abandons the authentication', async ({ page }) => {
  const frame = await openCheckout(page, { element: 'card', flow: 'automatic' });
  await fillCard(frame, { number: THREE_DS_CARD });
  await pay(page);
  await expect(challengeFrame(page).getByRole('button', { name: 'Complete authentication' })).toBeEnabled();
  await threeDsModal(page).getByRole('button', { name: 'Cancel authentication' }).click();
  await expect(threeDsModal(page)).toBeHidden();
  await expect(page.getByRole('alert')).toContainText('authenticate');
});
