import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test.js';
import { challengeFrame, expectPaid, fillCard, openCheckout, pay, threeDsModal } from './support/checkout-page.js';
import { sandboxStripe } from './support/environment.js';

test('pays with 4242 in the PaymentElement (deferred intent, confirmed on the server)', async ({ page }) => {
  const frame = await openCheckout(page, { element: 'payment', flow: 'manual' });
  await expect(frame.getByText('Card', { exact: true })).toBeVisible();
  await fillCard(frame, { number: '4242424242424242' });
  await pay(page);
  const id = await expectPaid(page);
  const intent = await sandboxStripe().paymentIntents.retrieve(id, { expand: ['payment_method'] });
  expect(intent.status).toBe('succeeded');
  const paymentMethod = intent.payment_method as {
    card?: { last4: string };
    billing_details: { address: { postal_code: string | null } };
  };
  expect(paymentMethod.card?.last4).toBe('4242');
  expect(paymentMethod.billing_details.address.postal_code).toBe('10001');
});

test('elements.submit() on an empty PaymentElement shows the field errors in the frame', async ({ page }) => {
  const frame = await openCheckout(page, { element: 'payment', flow: 'manual' });
  await pay(page);
  await expect(page.getByRole('alert')).toHaveText('Your card number is incomplete.');
  await expect(frame.getByText('Your card number is incomplete.')).toBeVisible();
  await expect(frame.getByText("Your card's expiration date is incomplete.")).toBeVisible();
  await expect(frame.getByText("Your card's security code is incomplete.")).toBeVisible();
});

test('confirmPayment with redirect: if_required authenticates in the modal', async ({ page }) => {
  const frame = await openCheckout(page, { element: 'payment', flow: 'automatic' });
  await fillCard(frame, { number: '4000002760003184' });
  await pay(page);
  await expect(threeDsModal(page)).toBeVisible();
  await challengeFrame(page).getByRole('button', { name: 'Complete authentication' }).click();
  await expect(threeDsModal(page)).toBeHidden();
  const id = await expectPaid(page);
  expect((await sandboxStripe().paymentIntents.retrieve(id)).status).toBe('succeeded');
});

test('confirmPayment without 3DS goes straight to the return_url', async ({ page }) => {
  const frame = await openCheckout(page, { element: 'payment', flow: 'redirect' });
  await fillCard(frame, { number: '4242424242424242' });
  await pay(page);
  await page.waitForURL(/\/return\?/);
  expect(new URL(page.url()).searchParams.get('redirect_status')).toBe('succeeded');
  await expect(page.getByTestId('final-status')).toHaveText('succeeded');
});

test('the checkout with both Elements frames passes axe', async ({ page }) => {
  for (const element of ['card', 'payment'] as const) {
    await openCheckout(page, { element, flow: 'manual' });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  }
});
