import { expect, test, type Page } from '@playwright/test';
import { expectPaymentSuccessful, fillCard, fillEmail } from './support/checkout';
import { queryDb } from './support/database';
import { auth, createMerchant } from './support/merchant-api';
import { continueToPayment, createLink, getLink, linkPath } from './support/payment-links';

const SOLD_OUT = 'Sold out, thank you! The next batch arrives in spring.';

async function readyToPay(page: Page, url: string): Promise<string> {
  await page.goto(url);
  const sessionId = await continueToPayment(page);
  await fillEmail(page);
  await fillCard(page, '4242424242424242');
  return sessionId;
}

test('a limit of 1 with two customers paying at the same moment: exactly one pays, the other is told why and is not charged', async ({
  browser,
  request,
}) => {
  const merchant = createMerchant('Last lamp shop');
  const link = await createLink(request, merchant.secret_key, {
    restrictions: { completed_sessions: { limit: 1 } },
    inactive_message: SOLD_OUT,
  });
  const contexts = [await browser.newContext(), await browser.newContext()];
  const pages = await Promise.all(contexts.map((context) => context.newPage()));
  const sessions = [await readyToPay(pages[0]!, linkPath(link)), await readyToPay(pages[1]!, linkPath(link))];

  await Promise.all(pages.map((page) => page.getByRole('button', { name: /^Pay / }).click()));
  const outcomes = await Promise.all(
    pages.map((page) =>
      Promise.race([
        expectPaymentSuccessful(page, 20_000).then(() => 'paid'),
        // While the winner's payment is on its way it holds the only place ("Sold out for now"); once it
        // succeeded the link is full for good. Which one the loser reads depends on when its page reloads.
        expect(page.getByRole('heading', { name: /^(Sold out for now|This link is no longer available)$/ }))
          .toBeVisible({ timeout: 20_000 })
          .then(() => 'refused'),
      ]),
    ),
  );
  expect([...outcomes].sort()).toEqual(['paid', 'refused']);
  const loser = pages[outcomes.indexOf('refused')]!;
  await expect(
    loser.getByText(
      /^(Every place on this link is taken for now\. Try again in a few minutes\.|Sold out, thank you! The next batch arrives in spring\.)$/,
    ),
  ).toBeVisible();
  await expect(loser.getByText('No payment was taken.')).toBeVisible();
  await expect(loser.getByRole('button', { name: /^Pay / })).toHaveCount(0);

  await expect
    .poll(async () => (await getLink(request, merchant.secret_key, link.id)).restrictions.completed_sessions.count, {
      timeout: 15_000,
    })
    .toBe(1);
  const payments = await queryDb<{ session_id: string; status: string }>(
    'SELECT session_id, status FROM payments WHERE session_id = ANY($1)',
    [sessions],
  );
  expect(payments.map((payment) => payment.status)).toEqual(['succeeded']);

  // The limit is reached: the link page itself now shows the message and offers no checkout.
  await loser.goto(linkPath(link));
  await expect(loser.getByTestId('inactive-message')).toHaveText(SOLD_OUT);
  await expect(loser.getByRole('button', { name: 'Continue to payment' })).toHaveCount(0);
  await Promise.all(contexts.map((context) => context.close()));
});

test('a deactivated link shows its message, refuses a checkout already open, and works again once reactivated', async ({
  page,
  request,
}) => {
  const merchant = createMerchant('Seasonal shop');
  const link = await createLink(request, merchant.secret_key);
  const sessionId = await readyToPay(page, linkPath(link));

  const deactivate = await request.post(`/api/v1/payment_links/${link.id}`, {
    headers: auth(merchant.secret_key),
    data: { active: false, inactive_message: 'Closed for the season.' },
  });
  expect(await deactivate.json()).toMatchObject({ active: false, inactive_message: 'Closed for the season.' });

  await page.getByRole('button', { name: /^Pay / }).click();
  await expect(page.getByRole('heading', { name: 'This link is no longer available' })).toBeVisible();
  await expect(page.getByText('Closed for the season.')).toBeVisible();
  expect(await queryDb('SELECT id FROM payments WHERE session_id = $1', [sessionId])).toEqual([]);

  await page.goto(linkPath(link));
  await expect(page.getByTestId('inactive-message')).toHaveText('Closed for the season.');
  await expect(page.getByRole('button', { name: 'Continue to payment' })).toHaveCount(0);

  await request.post(`/api/v1/payment_links/${link.id}`, {
    headers: auth(merchant.secret_key),
    data: { active: true },
  });
  await page.goto(linkPath(link));
  await continueToPayment(page);
});

test('a link deactivated while its page is open says so when the customer continues', async ({ page, request }) => {
  const merchant = createMerchant('Quick change shop');
  const link = await createLink(request, merchant.secret_key);
  await page.goto(linkPath(link));
  await request.post(`/api/v1/payment_links/${link.id}`, {
    headers: auth(merchant.secret_key),
    data: { active: false },
  });
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'The seller is no longer taking payments through this link. Contact them if you still want to pay.',
  );
  await expect(page.getByRole('button', { name: 'Continue to payment' })).toBeDisabled();
  await expect(page).toHaveURL(link.url);
});
