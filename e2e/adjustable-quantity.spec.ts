import { expect, test, type Page, type Request } from '@playwright/test';
import { expectNoAxeViolations, screenshotBoth } from './support/look';
import { expectPaymentSuccessful, fillCard, pageAlert } from './support/checkout';
import { auth, createMerchant, createSession, type TestMerchant } from './support/merchant-api';
import { intentsForSession } from './support/sandbox-stripe';
import { demoSiteUrl } from './support/e2e-env';
import { CHECKOUT_FRAME, payInEmbed } from './support/embed';
import { createDashboardUser, signInToDashboard } from './support/dashboard';

let merchant: TestMerchant;

test.beforeAll(() => {
  merchant = createMerchant('Quantities Hall');
});

const TICKETS = {
  line_items: [
    {
      name: 'Concert ticket',
      unit_amount: 1500,
      quantity: 1,
      adjustable_quantity: { enabled: true, minimum: 1, maximum: 5 },
    },
    { name: 'Booking fee', unit_amount: 200, quantity: 1 },
  ],
};

async function sessionTotal(page: Page, sessionId: string) {
  const response = await page.request.get(`/api/v1/checkout/sessions/${sessionId}`, {
    headers: auth(merchant.secret_key),
  });
  const body = (await response.json()) as {
    amount_total: number;
    line_items: { quantity: number; amount_total: number; adjustable_quantity: unknown }[];
  };
  return body;
}

test('a customer raises a quantity within the limits and is charged the new total on the same PaymentIntent', async ({
  page,
}) => {
  const session = await createSession(page.request, merchant.secret_key, TICKETS);
  expect((await sessionTotal(page, session.id)).line_items[0]!.adjustable_quantity).toEqual({
    enabled: true,
    minimum: 1,
    maximum: 5,
  });
  await page.goto(session.url);
  await expect(page.getByTestId('total')).toHaveText('$17.00');
  const decrease = page.getByRole('button', { name: 'Decrease quantity of Concert ticket' });
  const increase = page.getByRole('button', { name: 'Increase quantity of Concert ticket' });
  await expect(decrease).toBeDisabled();
  await expect(page.getByRole('button', { name: /Booking fee/ })).toHaveCount(0);

  // A declined card first: the PaymentIntent exists with the old amount.
  await page.getByLabel('Email').fill('fan@example.com');
  await fillCard(page, '4000000000000002');
  await page.getByRole('button', { name: 'Pay $17.00' }).click();
  await expect(pageAlert(page)).toHaveText(/^Your card was declined\./);
  const [declinedIntent] = await intentsForSession(session.id);
  expect(declinedIntent).toMatchObject({ amount: 1700, status: 'requires_payment_method' });

  await increase.click();
  await expect(page.getByTestId('total')).toHaveText('$32.00');
  await increase.click();
  await expect(page.getByTestId('total')).toHaveText('$47.00');
  await expect(page.getByTestId('line-total-0')).toHaveText('$45.00');
  await expect(page.getByRole('spinbutton', { name: 'Quantity of Concert ticket' })).toHaveValue('3');
  await expect(page.getByRole('button', { name: 'Pay $47.00' })).toBeEnabled();
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'adjustable-quantity');

  // Typing a quantity outside the bounds is refused beside the field.
  const field = page.getByRole('spinbutton', { name: 'Quantity of Concert ticket' });
  await field.fill('9');
  await field.press('Enter');
  await expect(page.getByText('Choose a quantity from 1 to 5.')).toBeVisible();
  await expect(field).toHaveValue('3');
  await expect(page.getByTestId('total')).toHaveText('$47.00');

  await fillCard(page, '4242424242424242');
  await page.getByRole('button', { name: 'Pay $47.00' }).click();
  await expectPaymentSuccessful(page);
  await expect(page.getByTestId('amount-paid')).toHaveText('$47.00');

  const intents = await intentsForSession(session.id);
  expect(intents).toHaveLength(1);
  expect(intents[0]).toMatchObject({
    id: declinedIntent!.id,
    amount: 4700,
    amount_received: 4700,
    status: 'succeeded',
  });
  const after = await sessionTotal(page, session.id);
  expect([after.amount_total, after.line_items[0]!.quantity, after.line_items[0]!.amount_total]).toEqual([
    4700, 3, 4500,
  ]);
  // The merchant's dashboard shows how many were bought, and that the customer chose it.
  const paymentId = new URL(page.url()).searchParams.get('payment')!;
  const dashboard = await page.context().newPage();
  await signInToDashboard(dashboard, createDashboardUser(merchant.id));
  await dashboard.goto(`/dashboard/payments/${paymentId}`);
  const items = dashboard.getByRole('region', { name: 'Items' });
  await expect(items.getByRole('listitem').filter({ hasText: 'Concert ticket' })).toContainText(
    '× 3 (chosen by the customer, 1–5)',
  );
  await expect(items.getByRole('listitem').filter({ hasText: 'Booking fee' })).toContainText('× 1');
});

/** Replays the page's own quantity action with arguments an attacker chose. */
async function replayAction(page: Page, action: Request, args: unknown[]) {
  const headers = action.headers();
  const response = await page.request.post(action.url(), {
    headers: {
      'next-action': headers['next-action']!,
      'next-router-state-tree': headers['next-router-state-tree'] ?? '',
      'content-type': headers['content-type']!,
      accept: 'text/x-component',
    },
    data: JSON.stringify(args),
  });
  expect(response.status()).toBe(200);
  return response.text();
}

test('a forged quantity outside the limits, or on a fixed item, is refused by the server and changes nothing', async ({
  page,
}) => {
  const session = await createSession(page.request, merchant.secret_key, TICKETS);
  await page.goto(session.url);
  const captured = page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
  await page.getByRole('button', { name: 'Increase quantity of Concert ticket' }).click();
  const action = await captured;
  await expect(page.getByTestId('total')).toHaveText('$32.00');
  expect(JSON.parse(action.postData() ?? '[]')).toEqual([{ sessionId: session.id, position: 0, quantity: 2 }]);

  const forgeries = [
    { sessionId: session.id, position: 0, quantity: 6 },
    { sessionId: session.id, position: 0, quantity: 0 },
    { sessionId: session.id, position: 0, quantity: -40 },
    { sessionId: session.id, position: 0, quantity: 2.5 },
    { sessionId: session.id, position: 0, quantity: 1_000_000 },
    { sessionId: session.id, position: 1, quantity: 3 },
    { sessionId: session.id, position: 0, quantity: '4' },
    { sessionId: session.id, position: 0, quantity: 3, amountTotal: 1 },
  ];
  for (const forged of forgeries) {
    const answer = await replayAction(page, action, [forged]);
    if ('amountTotal' in forged) {
      // Extra fields are ignored: the server computes the total itself.
      expect(answer).toContain('"amountTotal":4700');
      continue;
    }
    expect(answer, JSON.stringify(forged)).toContain('"kind":"refused"');
    expect(answer).not.toContain('"kind":"changed"');
  }
  const after = await sessionTotal(page, session.id);
  expect([after.amount_total, after.line_items.map((item) => item.quantity)]).toEqual([4700, [3, 1]]);
  await page.reload();
  await expect(page.getByTestId('total')).toHaveText('$47.00');
});

test('payment links take adjustable_quantity and their checkout offers the stepper', async ({ page }) => {
  const response = await page.request.post('/api/v1/payment_links', {
    headers: auth(merchant.secret_key),
    data: {
      currency: 'eur',
      line_items: [
        { name: 'Seed pack', unit_amount: 350, quantity: 2, adjustable_quantity: { enabled: true, maximum: 10 } },
      ],
    },
  });
  expect(response.status(), await response.text()).toBe(200);
  const link = (await response.json()) as { url: string; line_items: { adjustable_quantity: unknown }[] };
  expect(link.line_items[0]!.adjustable_quantity).toEqual({ enabled: true, minimum: 0, maximum: 10 });
  await page.goto(link.url);
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await page.waitForURL(/\/c\/cs_/);
  await page.getByRole('button', { name: 'Increase quantity of Seed pack' }).click();
  await expect(page.getByTestId('total')).toHaveText('€10.50');
});

test('a German customer reads the stepper in German', async ({ page }) => {
  const session = await createSession(page.request, merchant.secret_key, { ...TICKETS, locale: 'de' });
  await page.goto(session.url);
  await page.getByRole('button', { name: 'Menge von Concert ticket erhöhen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Menge aktualisiert' })).toHaveText(
    /Neuer Gesamtbetrag: 32,00\s\$/,
  );
});

test('in an embedded checkout on the merchant’s site the customer changes the quantity and pays the new total', async ({
  page,
}) => {
  const response = await page.request.post('/api/v1/account', {
    headers: auth(merchant.secret_key),
    data: { allowed_embed_origins: [demoSiteUrl] },
  });
  expect(response.status()).toBe(200);
  const session = await createSession(page.request, merchant.secret_key, {
    ...TICKETS,
    ui_mode: 'embedded',
    success_url: undefined,
    cancel_url: undefined,
  });
  await page.goto(demoSiteUrl);
  await page.evaluate((id) => {
    document.querySelector('#checkout')!.replaceChildren();
    Tillpoint.mount('#checkout', { session: id });
  }, session.id);
  const frame = page.frameLocator(CHECKOUT_FRAME);
  await frame.getByRole('button', { name: 'Increase quantity of Concert ticket' }).click();
  await expect(frame.getByTestId('total')).toHaveText('$32.00');
  await expect(frame.getByRole('button', { name: 'Pay $32.00' })).toBeEnabled();
  await payInEmbed(frame, '4242424242424242');
  await expect(frame.getByRole('heading', { name: 'Payment successful' })).toBeVisible({ timeout: 20_000 });
  const intents = await intentsForSession(session.id);
  expect(intents.map((intent) => [intent.amount, intent.amount_received])).toEqual([[3200, 3200]]);
});

test('the dashboard’s link form offers adjustable quantity; bounds the API refuses show beside their field', async ({
  page,
}) => {
  await signInToDashboard(page, createDashboardUser(merchant.id));
  await page.goto('/dashboard/links/new');
  await page.getByLabel('Currency').selectOption('usd');
  await page.getByLabel('Name of item 1').fill('Seed pack');
  await page.getByLabel('Price (USD) of item 1').fill('3.50');
  await page.getByLabel('Quantity of item 1').fill('2');
  await page.getByLabel('Customers choose how many for item 1').check();
  await page.getByLabel('Minimum for item 1').fill('5');
  await page.getByLabel('Maximum for item 1').fill('4');
  await page.getByRole('button', { name: 'Create link' }).click();
  await expect(page.getByLabel('Minimum for item 1')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Minimum for item 1')).toHaveAccessibleDescription(/must not be above maximum \(4\)/i);
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-link-adjustable-quantity');

  await page.getByLabel('Minimum for item 1').fill('1');
  await page.getByRole('button', { name: 'Create link' }).click();
  await page.waitForURL(/\/dashboard\/links\/plink_\w+$/);
  const linkId = new URL(page.url()).pathname.split('/').pop()!;
  const link = await page.request.get(`/api/v1/payment_links/${linkId}`, { headers: auth(merchant.secret_key) });
  expect(((await link.json()) as { line_items: unknown[] }).line_items).toEqual([
    expect.objectContaining({ quantity: 2, adjustable_quantity: { enabled: true, minimum: 1, maximum: 4 } }),
  ]);
  await page.goto(`/dashboard/links/${linkId}/edit`);
  await expect(page.getByLabel('Customers choose how many for item 1')).toBeChecked();
  await expect(page.getByLabel('Maximum for item 1')).toHaveValue('4');
});
