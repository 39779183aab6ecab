import { expect, test } from '@playwright/test';
import { authenticateInModal, expectPaymentSuccessful, fillCard, fillEmail, threeDsModal } from './support/checkout';
import { createMerchant } from './support/merchant-api';
import { continueToPayment, createLink, getLink, linkPath } from './support/payment-links';
import { getPayment, intentsForSession, sessionPaymentId } from './support/sandbox-stripe';

const HELD = 'Every place on this link is taken for now. Try again in a few minutes.';
const SOLD_OUT = 'Sold out, thank you! The next batch arrives in spring.';
// playwright.config.ts: LINK_PLACE_HOLD_SECONDS=15.
const HOLD_MS = 15_000;

test('a link limited to 1 place: a customer parked in 3DS holds it only for a while; the next customer pays; the parked one is not charged later', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const merchant = createMerchant('Single seat shop');
  const link = await createLink(request, merchant.secret_key, {
    restrictions: { completed_sessions: { limit: 1 } },
    inactive_message: SOLD_OUT,
  });
  const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
  const parked = await first!.newPage();
  const next = await second!.newPage();

  await parked.goto(linkPath(link));
  const parkedSession = await continueToPayment(parked);
  await next.goto(linkPath(link));
  const nextSession = await continueToPayment(next);
  await fillEmail(next);
  await fillCard(next, '4242424242424242');

  // The first customer starts 3-D Secure and walks away from the bank's challenge.
  await fillEmail(parked);
  await fillCard(parked, '4000002760003184');
  await parked.getByRole('button', { name: /^Pay / }).click();
  await expect(threeDsModal(parked)).toBeVisible({ timeout: 20_000 });
  const parkedAt = Date.now();

  // While the place is held, the second customer is told to come back soon, not that the link is closed.
  await next.getByRole('button', { name: /^Pay / }).click();
  await expect(next.getByText(HELD)).toBeVisible({ timeout: 10_000 });
  await expect(next.getByText(SOLD_OUT)).toHaveCount(0);
  const visitor = await second!.newPage();
  await visitor.goto(linkPath(link));
  await expect(visitor.getByText(HELD)).toBeVisible();
  await expect(visitor.getByText(SOLD_OUT)).toHaveCount(0);
  expect(Date.now() - parkedAt, 'the checks ran inside the hold').toBeLessThan(HOLD_MS);
  expect(await sessionPaymentId(request, merchant.secret_key, nextSession)).toBeNull();

  // After the hold the place is free again: the second customer pays.
  await next.waitForTimeout(Math.max(0, parkedAt + HOLD_MS + 1_000 - Date.now()));
  await visitor.goto(linkPath(link));
  await expect(visitor.getByRole('button', { name: 'Continue to payment' })).toBeEnabled();
  await next.goto(`/c/${nextSession}`);
  await fillEmail(next);
  await fillCard(next, '4242424242424242');
  await next.getByRole('button', { name: /^Pay / }).click();
  await expectPaymentSuccessful(next, 20_000);
  await expect
    .poll(async () => (await getLink(request, merchant.secret_key, link.id)).restrictions.completed_sessions.count)
    .toBe(1);

  // The first customer comes back and completes 3-D Secure: the link is sold out, so the server does not charge.
  await authenticateInModal(parked, 'Complete authentication');
  await expect(parked.getByText('Payment successful')).toHaveCount(0);
  const parkedPayment = (await sessionPaymentId(request, merchant.secret_key, parkedSession))!;
  // Give the page's re-confirm and the reconciler's server confirm (after 3 s) time to act.
  await parked.waitForTimeout(6_000);
  expect((await getPayment(request, merchant.secret_key, parkedPayment)).status).not.toBe('succeeded');
  const intents = await intentsForSession(parkedSession);
  expect(intents.map((intent) => intent.status)).not.toContain('succeeded');
  expect(intents.every((intent) => intent.amount_received === 0 && intent.latest_charge === null)).toBe(true);
  expect((await getLink(request, merchant.secret_key, link.id)).restrictions.completed_sessions.count).toBe(1);
  await Promise.all([first!.close(), second!.close()]);
});
