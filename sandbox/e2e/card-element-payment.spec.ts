import { expect, test } from './support/test.js';
import { CARD_FRAME, expectPaid, fillCard, openCheckout, pay } from './support/checkout-page.js';
import { sandboxStripe } from './support/environment.js';

test('pays with 4242 in the CardElement, and the number never reaches the host page', async ({ page }) => {
  const frame = await openCheckout(page, { element: 'card', flow: 'automatic' });
  await fillCard(frame, { number: '4242424242424242' });
  await expect(page.locator('.card-input')).toHaveClass(/StripeElement--complete/);

  const hostHtml = await page.content();
  expect(hostHtml).not.toContain('4242424242424242');
  expect(hostHtml).not.toContain('4242 4242');
  const hostText = await page.evaluate(() => document.body.innerText + JSON.stringify(window.localStorage));
  expect(hostText).not.toContain('4242');

  await pay(page);
  const id = await expectPaid(page);
  expect((await sandboxStripe().paymentIntents.retrieve(id)).status).toBe('succeeded');
  expect(await page.content()).not.toContain('4242424242424242');
});

test('manual confirmation with 4242 succeeds without authentication', async ({ page }) => {
  const frame = await openCheckout(page, { element: 'card', flow: 'manual' });
  await fillCard(frame, { number: '4242424242424242' });
  await pay(page);
  const id = await expectPaid(page);
  const intent = await sandboxStripe().paymentIntents.retrieve(id);
  expect(intent.confirmation_method).toBe('manual');
  expect(intent.status).toBe('succeeded');
});

test('a declined card shows "Your card was declined."', async ({ page }) => {
  const frame = await openCheckout(page, { element: 'card', flow: 'automatic' });
  await fillCard(frame, { number: '4000000000000002' });
  await pay(page);
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText('Your card was declined.');
  const id = (await alert.getAttribute('data-payment-intent')) ?? '';
  const intent = await sandboxStripe().paymentIntents.retrieve(id);
  expect(intent.status).toBe('requires_payment_method');
  expect(intent.last_payment_error?.decline_code).toBe('generic_decline');
});

test('a mistyped number is flagged inside the frame and reported through change events', async ({ page }) => {
  const frame = await openCheckout(page, { element: 'card', flow: 'automatic' });
  await frame.getByLabel('Card number').fill('4242424242424241');
  await expect(frame.getByText('Your card number is invalid.')).toBeVisible();
  await expect(frame.getByLabel('Card number')).toHaveAttribute('aria-invalid', 'true');
  const form = page.locator('form.checkout__form');
  await expect(form).toHaveAttribute('data-card-error', 'Your card number is invalid.');
  await expect(page.locator('.card-input')).toHaveClass(/StripeElement--invalid/);

  await frame.getByLabel('Card number').fill('4242424242424242');
  await expect(frame.getByText('Your card number is invalid.')).toBeHidden();
  await expect(form).toHaveAttribute('data-card-error', '');
});

test('paying with an incomplete card reports the Stripe.js validation error', async ({ page }) => {
  const frame = await openCheckout(page, { element: 'card', flow: 'manual' });
  await frame.getByLabel('Card number').fill('4242 4242');
  await pay(page);
  await expect(page.getByRole('alert')).toHaveText('Your card number is incomplete.');
  await expect(frame.getByText('Your card number is incomplete.')).toBeVisible();
});

test('the frame formats the number, the expiry and an Amex CVC as the customer types', async ({ page }) => {
  const frame = await openCheckout(page, { element: 'card', flow: 'automatic' });
  const number = frame.getByLabel('Card number');
  await number.pressSequentially('378282246310005');
  await expect(number).toHaveValue('3782 822463 10005');
  const expiry = frame.getByLabel('Expiration date');
  await expect(expiry).toBeFocused();
  await expiry.pressSequentially('434');
  await expect(expiry).toHaveValue('04 / 34');
  const cvc = frame.getByLabel('Security code');
  await cvc.pressSequentially('12345');
  await expect(cvc).toHaveValue('1234');
  await expect(page.locator(CARD_FRAME)).toHaveAttribute('src', /\/elements\/card#/);
});
