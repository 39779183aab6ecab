import { expect, test } from '@playwright/test';
import { screenshotBoth } from './support/look';
import {
  authenticateInModal,
  expectPaymentSuccessful,
  fillCard,
  openDemoCheckout,
  payWith,
  threeDsModal,
  pageAlert,
} from './support/checkout';
import { paymentForSession, timelineSources } from './support/database';

for (const card of ['4000002760003184', '4000000000003220']) {
  test(`3DS in the modal completes and the server confirms again (${card})`, async ({ page }) => {
    const sessionId = await openDemoCheckout(page, 'modal');
    await payWith(page, card);
    await expect(threeDsModal(page)).toBeVisible();
    await expect(page.getByRole('button', { name: /Waiting for your bank/ })).toBeDisabled();
    if (card === '4000002760003184') await screenshotBoth(page, 'checkout-3ds-modal');
    await authenticateInModal(page, 'Complete authentication');
    await expectPaymentSuccessful(page);

    const payment = await paymentForSession(sessionId);
    const timeline = await timelineSources(payment!.id);
    expect(timeline.map((event) => event.to_status)).toEqual(expect.arrayContaining(['requires_action', 'succeeded']));
    expect(
      timeline.find(
        (event) => event.to_status === 'requires_confirmation' || event.source === 'action:confirm-payment',
      ),
    ).toBeTruthy();
  });
}

test('a failed 3DS shows a clear message, and the customer can pay with another card', async ({ page }) => {
  const sessionId = await openDemoCheckout(page, 'modal');
  await payWith(page, '4000002760003184');
  await authenticateInModal(page, 'Fail authentication');
  await expect(pageAlert(page)).toHaveText(/couldn't verify this payment with your bank/);
  expect((await paymentForSession(sessionId))?.three_d_secure_failure).toBe('three_d_secure_failed');
  await screenshotBoth(page, 'checkout-3ds-failed');

  await fillCard(page, '4242424242424242');
  await page.getByRole('button', { name: /^Pay / }).click();
  await expectPaymentSuccessful(page);
});

test('3DS succeeds but the bank then declines (4000008260003178)', async ({ page }) => {
  await openDemoCheckout(page, 'modal');
  await payWith(page, '4000008260003178');
  await authenticateInModal(page, 'Complete authentication');
  await expect(pageAlert(page)).toHaveText(/^Your card has insufficient funds\./);
});
