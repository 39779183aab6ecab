import { expect, test, type BrowserContext, type Cookie, type Page, type Request } from '@playwright/test';
import { expectPaymentSuccessful, payWith } from './support/checkout';
import { createDashboardUser, signInToDashboard } from './support/dashboard';
import { appUrl } from './support/e2e-env';
import { expectNoAxeViolations, screenshotBoth as screenshotBothSizes, VIEWPORTS } from './support/look';
import { auth, createMerchant, type TestMerchant } from './support/merchant-api';
import { continueToPayment, createLink, getLink, linkPath } from './support/payment-links';

// A merchant runs payment links from the dashboard alone: creates a fixed-price and a customer-chosen
// amount link (with refused inputs shown beside their fields), shares one, a customer pays through it,
// and the merchant follows the completion, edits, deactivates and reactivates the link.
test.describe.configure({ mode: 'serial' });

let merchant: TestMerchant;
let signedIn: Cookie[];
const links = {} as Record<'lamp' | 'donation', { id: string; url: string }>;

// One sign-in for every test: the per-email sign-in limit would refuse one per test.
test.beforeAll(async ({ browser }) => {
  merchant = createMerchant('Linden Lamps');
  const context = await browser.newContext();
  await signInToDashboard(await context.newPage(), createDashboardUser(merchant.id));
  signedIn = await context.cookies();
  await context.close();
});

const signIn = (context: BrowserContext) => context.addCookies(signedIn);

/** Screenshots from the top of the page, after checking that nothing overflows sideways on a phone. */
async function screenshotBoth(page: Page, name: string) {
  await page.setViewportSize(VIEWPORTS.phone);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    `${name} overflows sideways on a phone`,
  ).toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshotBothSizes(page, name);
}

async function openLinks(page: Page) {
  await signIn(page.context());
  await page.goto('/dashboard');
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Payment links' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Payment links' })).toBeVisible();
}

/** The link's id and public URL, read from its detail page. */
async function detailOf(page: Page) {
  await page.waitForURL(/\/dashboard\/links\/plink_\w+$/);
  return {
    id: new URL(page.url()).pathname.split('/').pop()!,
    url: (await page.getByTestId('link-url').textContent())!.trim(),
  };
}

async function expectFieldError(page: Page, label: string, message: string) {
  const field = page.getByLabel(label);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(message);
  await expect(field).toBeFocused();
}

/** Replays a captured server action call with other arguments, signed in as the same user. */
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
  return response.text();
}

test('with no links yet, the list invites the merchant to create the first one', async ({ page }) => {
  await openLinks(page);
  await expect(page.getByText('No payment links yet')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Filter by status' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-links-empty');
  await page.getByRole('link', { name: 'Create your first payment link' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New payment link' })).toBeVisible();
});

test('a fixed-price link is created in the form; a price that is not an amount and a quantity the API refuses show beside their fields', async ({
  page,
}) => {
  await signIn(page.context());
  await page.goto('/dashboard/links/new');
  await expect(page.getByLabel('Currency')).toHaveValue('usd');
  await page.getByLabel('Name of item 1').fill('Walnut desk lamp');
  await page.getByLabel('Price (USD) of item 1').fill('45.5.0');
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByLabel('Name of item 2')).toBeFocused();
  await page.getByLabel('Name of item 2').fill('Spare bulb');
  await page.getByLabel('Price (USD) of item 2').fill('4.50');
  await page.getByLabel('Quantity of item 2').fill('1000');
  await expect(page.getByText(/^Total/)).toHaveText('Total —');
  await page.getByLabel('Limit of completed payments').fill('5');
  await page.getByLabel('Message on the confirmation page').fill('Your lamp ships on Monday.');
  await page.getByRole('button', { name: 'Create link' }).click();
  // Converted on the server with the currency's decimals: refused before anything is stored.
  await expectFieldError(page, 'Price (USD) of item 1', 'Enter an amount like 12.50 (USD has 2 decimal places).');
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-link-form-error');

  await page.getByLabel('Price (USD) of item 1').fill('45.00');
  await page.getByRole('button', { name: 'Create link' }).click();
  // The API's own rule (quantity ≤ 999), its message beside the second item's quantity.
  await expectFieldError(page, 'Quantity of item 2', 'Must be at most 999');
  await expect(page.getByLabel('Price (USD) of item 1')).not.toHaveAttribute('aria-invalid');
  await page.getByLabel('Quantity of item 2').fill('2');
  await expect(page.getByText(/^Total/)).toHaveText('Total $54.00');
  await page.getByRole('button', { name: 'Remove item 2 (Spare bulb)' }).click();
  await expect(page.getByLabel('Name of item 2')).toHaveCount(0);
  await expect(page.getByText(/^Total/)).toHaveText('Total $45.00');
  await page.getByRole('button', { name: 'Create link' }).click();

  links.lamp = await detailOf(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Walnut desk lamp' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('0 of 5 completed');
  await expect(page.getByRole('main').getByTitle(/^Customers can pay/)).toHaveText('Active');
  const stored = await getLink(page.request, merchant.secret_key, links.lamp.id);
  expect(stored).toMatchObject({
    url: links.lamp.url,
    currency: 'usd',
    line_items: [{ name: 'Walnut desk lamp', unit_amount: 4500, quantity: 1 }],
    after_completion: {
      type: 'hosted_confirmation',
      hosted_confirmation: { custom_message: 'Your lamp ships on Monday.' },
    },
    restrictions: { completed_sessions: { limit: 5, count: 0 } },
    three_d_secure_ui: 'modal',
    inactive_message: null,
  });
});

test('a customer-chosen amount link: a maximum below the minimum is refused beside the maximum', async ({ page }) => {
  await signIn(page.context());
  await page.goto('/dashboard/links/new');
  await page.getByLabel('Customer chooses the amount').check();
  await page.getByLabel('What it pays for').fill('Workshop donation');
  await page.getByLabel('Minimum (USD)').fill('10');
  await page.getByLabel('Maximum (USD)').fill('5');
  await page.getByLabel('By redirect').check();
  await page.getByRole('button', { name: 'Create link' }).click();
  await expectFieldError(page, 'Maximum (USD)', 'Must not be below minimum');
  await page.getByLabel('Maximum (USD)').fill('500');
  await page.getByLabel('Suggested amount (USD)').fill('25');
  await page.getByRole('button', { name: 'Create link' }).click();

  links.donation = await detailOf(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop donation' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Customer chooses $10.00 – $500.00');
  const amount = page.getByRole('region', { name: 'Customer-chosen amount' });
  await expect(amount).toContainText('$25.00');
  await expect(page.getByRole('region', { name: 'Settings' })).toContainText('By redirect to the bank’s page');
  expect(await getLink(page.request, merchant.secret_key, links.donation.id)).toMatchObject({
    line_items: [],
    custom_amount: { name: 'Workshop donation', minimum: 1000, maximum: 50000, preset: 2500 },
    three_d_secure_ui: 'redirect',
  });
});

test('the link’s page: copy and open its URL, its QR code; a customer pays and the completion shows with its payment', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appUrl });
  await signIn(page.context());
  await page.goto(`/dashboard/links/${links.lamp.id}`);
  const share = page.getByRole('region', { name: 'Share' });
  expect(links.lamp.url).toMatch(new RegExp(`^${appUrl}/l/[0-9A-Za-z]{24}$`));
  await share.getByRole('button', { name: 'Copy URL' }).click();
  await expect(share.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(links.lamp.url);

  const [opened] = await Promise.all([
    page.waitForEvent('popup'),
    share.getByRole('link', { name: 'Open link (opens in a new tab)' }).click(),
  ]);
  await expect(opened).toHaveURL(links.lamp.url);
  await expect(opened.getByRole('heading', { name: 'Walnut desk lamp' })).toBeVisible();
  await expect(opened.getByRole('button', { name: 'Continue to payment' })).toBeVisible();
  await opened.close();

  const qr = share.getByRole('img', { name: 'QR code that opens the payment link for Walnut desk lamp' });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const downloadLink = share.getByRole('link', { name: 'Download QR code (SVG)' });
  const [download] = await Promise.all([page.waitForEvent('download'), downloadLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^payment-link-qr-\w{8}\.svg$/);
  const svg = await page.request.get((await downloadLink.getAttribute('href'))!);
  expect(svg.status()).toBe(200);
  expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  expect(svg.headers()['content-disposition']).toMatch(/^attachment;/);
  expect(await svg.text()).toContain('<svg');

  await expect(page.getByText('No completed payments yet')).toBeVisible();

  const customer = await browser.newContext();
  const shopper = await customer.newPage();
  await shopper.goto(linkPath(links.lamp));
  await continueToPayment(shopper);
  await payWith(shopper, '4242424242424242');
  await expectPaymentSuccessful(shopper);
  await expect(shopper.getByText('Your lamp ships on Monday.')).toBeVisible();
  await customer.close();

  await page.reload();
  await expect(page.getByRole('main')).toContainText('1 of 5 completed');
  const completions = page.getByRole('table', { name: 'Completed payments through this link, newest first' });
  await expect(completions.getByRole('row')).toHaveCount(2);
  const row = completions.getByRole('row').nth(1);
  for (const text of ['$45.00', 'Succeeded', 'customer@example.com', 'Visa •••• 4242', 'UTC'])
    await expect(row).toContainText(text);
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-link-detail');

  await row.getByRole('link', { name: '$45.00' }).click();
  await page.waitForURL(/\/dashboard\/payments\/pay_\w+$/);
  await expect(page.getByRole('heading', { level: 1, name: '$45.00' })).toBeVisible();
  await page
    .getByRole('region', { name: 'Details' })
    .getByRole('link', { name: linkPath(links.lamp) })
    .click();
  await expect(page).toHaveURL(`/dashboard/links/${links.lamp.id}`);
});

test('the list shows each link with its price, URL, status and completions, filtered by status', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appUrl });
  await openLinks(page);
  const table = page.getByRole('table', { name: 'Payment links, newest first' });
  await expect(table.getByRole('row')).toHaveCount(3);
  const donation = table.getByRole('row').nth(1);
  const lamp = table.getByRole('row').nth(2);
  for (const text of [
    'Workshop donation',
    'Customer chooses',
    '$10.00 – $500.00',
    links.donation.url,
    'Active',
    '0',
    'UTC',
  ])
    await expect(donation).toContainText(text);
  for (const text of ['Walnut desk lamp', '$45.00', links.lamp.url, 'Active', '1 of 5'])
    await expect(lamp).toContainText(text);
  await lamp.getByRole('button', { name: 'Copy URL (Walnut desk lamp)' }).click();
  await expect(lamp.getByRole('button', { name: 'Copied (Walnut desk lamp)' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(links.lamp.url);
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-links');

  const filters = page.getByRole('navigation', { name: 'Filter by status' });
  await filters.getByRole('link', { name: 'Inactive' }).click();
  await expect(page).toHaveURL(/status=inactive/);
  await expect(page.getByText('No inactive payment links')).toBeVisible();
  await filters.getByRole('link', { name: 'Active', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Active payment links, newest first' }).getByRole('row')).toHaveCount(3);
  await page.goto('/dashboard/links?status=archived');
  await expect(page.getByRole('status').filter({ hasText: '“archived” is not a link status' })).toBeVisible();
  await lamp.getByRole('link', { name: 'Walnut desk lamp' }).click();
  await expect(page).toHaveURL(`/dashboard/links/${links.lamp.id}`);
});

test('the merchant edits the link, deactivates it (its public page then shows the inactive message) and reactivates it', async ({
  page,
  browser,
}) => {
  await signIn(page.context());
  await page.goto(`/dashboard/links/${links.lamp.id}`);
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit payment link' })).toBeVisible();
  await expect(page.getByText('except the currency (USD)')).toBeVisible();
  await expect(page.getByLabel('Currency')).toHaveCount(0);
  await expect(page.getByLabel('Price (USD) of item 1')).toHaveValue('45.00');
  await expect(page.getByLabel('Limit of completed payments')).toHaveValue('5');
  await expectNoAxeViolations(page);
  await page.getByLabel('Name of item 1').fill('Walnut desk lamp, large');
  await page.getByLabel('Price (USD) of item 1').fill('52');
  await page.getByLabel('Message when the link is inactive').fill('Sold out for now.\nNew lamps arrive in spring.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.waitForURL(`/dashboard/links/${links.lamp.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Walnut desk lamp, large' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Items' })).toContainText('$52.00');
  await expect(page.getByRole('main')).toContainText('1 of 5 completed');

  await page.getByRole('button', { name: 'Deactivate' }).click();
  const deactivate = page.getByRole('dialog', { name: 'Deactivate this payment link?' });
  await expect(deactivate).toContainText('Sold out for now.');
  await deactivate.getByRole('button', { name: 'Deactivate link' }).click();
  await expect(deactivate).toBeHidden();
  await expect(page.getByRole('main').getByTitle(/^Deactivated/)).toHaveText('Inactive');
  await expect(page.getByRole('status').filter({ hasText: 'This link is deactivated.' })).toContainText(
    'New lamps arrive in spring.',
  );

  const customer = await browser.newContext();
  const shopper = await customer.newPage();
  await shopper.goto(linkPath(links.lamp));
  await expect(shopper.getByTestId('inactive-message')).toHaveText('Sold out for now.\nNew lamps arrive in spring.');
  await expect(shopper.getByRole('button', { name: 'Continue to payment' })).toHaveCount(0);

  await page.goto('/dashboard/links?status=inactive');
  await expect(page.getByRole('table', { name: 'Inactive payment links, newest first' }).getByRole('row')).toHaveCount(
    2,
  );
  await page.getByRole('table').getByRole('link', { name: 'Walnut desk lamp, large' }).click();
  await page.getByRole('button', { name: 'Reactivate' }).click();
  const reactivate = page.getByRole('dialog', { name: 'Reactivate this payment link?' });
  await reactivate.getByRole('button', { name: 'Reactivate link' }).click();
  await expect(reactivate).toBeHidden();
  await expect(page.getByRole('main').getByTitle(/^Customers can pay/)).toHaveText('Active');

  await shopper.reload();
  await expect(shopper.getByRole('heading', { name: 'Walnut desk lamp, large' })).toBeVisible();
  await expect(shopper.getByText('$52.00').first()).toBeVisible();
  await expect(shopper.getByRole('button', { name: 'Continue to payment' })).toBeVisible();
  await customer.close();
});

test('merchant A gets 404 for merchant B’s link pages, and forged action calls with B’s link id fail with “No such payment link”', async ({
  page,
  request,
}) => {
  const other = createMerchant('Tenant B links');
  const theirs = await createLink(request, other.secret_key, {
    line_items: [{ name: 'B’s secret product', unit_amount: 9900, quantity: 1 }],
  });
  await signIn(page.context());
  for (const path of [
    `/dashboard/links/${theirs.id}`,
    `/dashboard/links/${theirs.id}/edit`,
    '/dashboard/links/plink_does_not_exist',
    '/dashboard/links/plink_%00',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    await expect(page.getByText('B’s secret product')).toHaveCount(0);
  }
  await page.goto('/dashboard/links');
  await expect(page.getByRole('main')).not.toContainText('B’s secret product');

  // A's own edit, refused by the server (so nothing changes), captured and replayed with B's link id.
  await page.goto(`/dashboard/links/${links.donation.id}/edit`);
  await page.getByLabel('Minimum (USD)').fill('ten');
  const edit = page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
  await page.getByRole('button', { name: 'Save changes' }).click();
  const editCall = await edit;
  await expectFieldError(page, 'Minimum (USD)', 'Enter an amount like 12.50 (USD has 2 decimal places).');
  const [editArgs] = JSON.parse(editCall.postData()!) as [Record<string, unknown>];
  const forgedEdit = await replayAction(page, editCall, [
    { ...editArgs, id: theirs.id, customAmount: { name: 'Hijacked', minimum: '', maximum: '', preset: '' } },
  ]);
  expect(forgedEdit).toContain('"ok":false');
  expect(forgedEdit).toContain(`No such payment link: '${theirs.id}'`);

  // A's own deactivation, then the same call for B's link.
  await page.goto(`/dashboard/links/${links.donation.id}`);
  await page.getByRole('button', { name: 'Deactivate' }).click();
  const deactivate = page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
  await page
    .getByRole('dialog', { name: 'Deactivate this payment link?' })
    .getByRole('button', { name: 'Deactivate link' })
    .click();
  const deactivateCall = await deactivate;
  await expect(page.getByRole('main').getByTitle(/^Deactivated/)).toHaveText('Inactive');
  const forgedDeactivate = await replayAction(page, deactivateCall, [{ id: theirs.id, active: false }]);
  expect(forgedDeactivate).toContain(`No such payment link: '${theirs.id}'`);

  expect(await getLink(request, other.secret_key, theirs.id)).toMatchObject({
    active: true,
    line_items: [{ name: 'B’s secret product', unit_amount: 9900, quantity: 1 }],
  });
  const own = await (
    await request.get(`/api/v1/payment_links/${links.donation.id}`, { headers: auth(merchant.secret_key) })
  ).json();
  expect(own).toMatchObject({ active: false, custom_amount: { name: 'Workshop donation' } });
});
