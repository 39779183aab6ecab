import { expect, test } from '@playwright/test';
import { pageAlert } from './support/checkout';
import { expectNoAxeViolations, screenshotBoth } from './support/look';
import { auth, createMerchant, type TestMerchant } from './support/merchant-api';
import { continueToPayment, countSessions, createLink, linkPath, type ApiPaymentLink } from './support/payment-links';

let merchant: TestMerchant;
let lamp: ApiPaymentLink;
let donation: ApiPaymentLink;

test.beforeAll(async ({ request }) => {
  merchant = createMerchant('Juniper & Oak');
  await request.post('/api/v1/account', { headers: auth(merchant.secret_key), data: { brand_color: '#0f766e' } });
  lamp = await createLink(request, merchant.secret_key, {
    line_items: [
      { name: 'Walnut desk lamp', unit_amount: 4500, quantity: 1 },
      { name: 'Linen lampshade', unit_amount: 1250, quantity: 2 },
    ],
  });
  donation = await createLink(request, merchant.secret_key, {
    line_items: undefined,
    custom_amount: { name: 'Support the community garden', minimum: 500, maximum: 50_000, preset: 2500 },
    currency: 'eur',
  });
});

test('the link page shows who is paid, what for and how much; it looks finished and passes axe', async ({
  page,
  request,
}) => {
  await page.goto(linkPath(lamp));
  await expect(page.getByText('Pay Juniper & Oak')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Walnut desk lamp and 1 more' })).toBeVisible();
  await expect(page.getByTestId('link-total')).toHaveText('$70.00');
  await expect(page.getByText('Qty 2 · $12.50 each')).toBeVisible();
  await expect(page).toHaveTitle('Walnut desk lamp and 1 more · Juniper & Oak');
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'payment-link-fixed-price');

  await page.goto(linkPath(donation));
  await expect(page.getByRole('heading', { name: 'Support the community garden' })).toBeVisible();
  await expect(page.getByLabel('Amount')).toHaveValue('25.00');
  await expect(page.getByText('Between €5.00 and €500.00')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'payment-link-custom-amount');

  const closed = await createLink(request, merchant.secret_key, {
    active: false,
    inactive_message: 'Sold out, thank you!\nThe next batch arrives in spring.',
  });
  await page.goto(linkPath(closed));
  await expect(page.getByRole('heading', { name: 'This link is no longer available' })).toBeVisible();
  await expect(page.getByTestId('inactive-message')).toHaveText(
    'Sold out, thank you!\nThe next batch arrives in spring.',
  );
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'payment-link-inactive');
});

test('a customer-chosen amount outside the bounds is explained on the page; a valid one becomes the checkout total', async ({
  page,
}) => {
  await page.goto(linkPath(donation));
  const before = await countSessions();
  for (const amount of ['2', '500.01', 'twenty']) {
    await page.getByLabel('Amount').fill(amount);
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await expect(pageAlert(page)).toHaveText('Enter an amount between €5.00 and €500.00.');
    await expect(page.getByLabel('Amount')).toHaveValue(amount);
    await expect(page.getByLabel('Amount')).toHaveAttribute('aria-invalid', 'true');
  }
  await screenshotBoth(page, 'payment-link-custom-amount-error');
  expect(await countSessions()).toBe(before);

  await page.getByLabel('Amount').fill('42,50');
  await continueToPayment(page);
  await expect(page.getByTestId('total')).toHaveText('€42.50');
  await expect(page.getByText('Support the community garden')).toHaveCount(1);
});

test('prefill from the query string reaches the checkout; bad values are ignored without an error page', async ({
  page,
  request,
}) => {
  await page.goto(`${linkPath(lamp)}?prefilled_email=ada%40example.com&locale=fr&client_reference_id=order-1042`);
  await expect(page.getByTestId('link-total')).toHaveText(/70,00\s\$US/);
  // The link's locale makes both pages French.
  await page.getByRole('button', { name: 'Continuer vers le paiement' }).click();
  await page.waitForURL(/\/c\/cs_[0-9A-Za-z]{24}$/);
  await expect(page.getByRole('button', { name: /^Payer / })).toBeEnabled();
  const sessionId = new URL(page.url()).pathname.split('/').pop()!;
  await expect(page.getByLabel('E-mail')).toHaveValue('ada@example.com');
  await expect(page.getByTestId('total')).toHaveText(/70,00\s\$US/);
  const session = await (
    await request.get(`/api/v1/checkout/sessions/${sessionId}`, { headers: auth(merchant.secret_key) })
  ).json();
  expect(session).toMatchObject({
    customer_email: 'ada@example.com',
    locale: 'fr',
    client_reference_id: 'order-1042',
    payment_link: lamp.id,
  });
  expect(session.cancel_url).toBe(
    `${lamp.url}?prefilled_email=ada%40example.com&locale=fr&client_reference_id=order-1042`,
  );

  const response = await page.goto(
    `${linkPath(lamp)}?prefilled_email=not-an-email&locale=%25%25%25&client_reference_id=%3Cscript%3Ealert(1)%3C%2Fscript%3E`,
  );
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('link-total')).toHaveText('$70.00');
  const plainId = await continueToPayment(page);
  await expect(page.getByLabel('Email')).toHaveValue('');
  const plain = await (
    await request.get(`/api/v1/checkout/sessions/${plainId}`, { headers: auth(merchant.secret_key) })
  ).json();
  expect(plain).toMatchObject({ customer_email: null, locale: null, client_reference_id: null });
});

test('link-preview bots, HEAD requests and prefetches only read the page: nothing is created', async ({
  page,
  request,
}) => {
  const path = linkPath(lamp);
  const before = await countSessions();
  const bots = [
    'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
    'Twitterbot/1.0',
    'WhatsApp/2.23.20.0',
    'TelegramBot (like TwitterBot)',
  ];
  for (const userAgent of bots) {
    const response = await request.get(path, { headers: { 'User-Agent': userAgent } });
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain('<meta property="og:title" content="Walnut desk lamp and 1 more · Juniper &amp; Oak"/>');
    expect(html).toContain(
      '<meta property="og:description" content="Pay Juniper &amp; Oak $70.00 securely by card."/>',
    );
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>');
  }
  expect((await request.head(path)).status()).toBe(200);
  expect((await request.get(path, { headers: { Purpose: 'prefetch' } })).status()).toBe(200);
  expect((await request.get(path, { headers: { 'Sec-Purpose': 'prefetch;prerender' } })).status()).toBe(200);
  const rsc = await request.get(`${path}?_rsc=prefetch1`, {
    headers: { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Url': '/' },
  });
  expect(rsc.status()).toBe(200);
  expect(rsc.headers()['content-type']).toContain('text/x-component');
  await page.goto(path);
  await page.reload();
  expect((await request.get(`${path}/qr.svg`)).status()).toBe(200);
  expect(await countSessions()).toBe(before);
});

test('an unknown or malformed link is the 404 page', async ({ page, request }) => {
  for (const path of ['/l/AAAAAAAAAAAAAAAAAAAAAAAA', '/l/short', `/l/${'x'.repeat(300)}`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
  expect((await request.get('/l/AAAAAAAAAAAAAAAAAAAAAAAA/qr.svg')).status()).toBe(404);
});

test('each link has a QR code as SVG, cacheable, with a filename for downloading', async ({ page, request }) => {
  const response = await request.get(new URL(lamp.qr_code_url).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
  expect(response.headers()['cache-control']).toBe('public, max-age=86400');
  expect(response.headers()['content-disposition']).toMatch(/^inline; filename="payment-link-qr-\w{8}\.svg"$/);
  expect(await response.text()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  const download = await request.get(`${new URL(lamp.qr_code_url).pathname}?download=1`);
  expect(download.headers()['content-disposition']).toMatch(/^attachment; filename=/);

  await page.goto(new URL(lamp.qr_code_url).pathname);
  await page.setViewportSize({ width: 600, height: 600 });
  await page.screenshot({ path: 'screenshots/payment-link-qr.png' });
});

test('one client opening many checkouts from link pages is slowed down with a friendly message', async ({
  browser,
}) => {
  // A documentation address of its own, so that this test's bucket is not the one other tests use.
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.66' } });
  const page = await context.newPage();
  await page.goto(linkPath(donation));
  await page.getByLabel('Amount').fill('1');
  let message = '';
  for (let i = 0; i < 40 && !message.startsWith('Too many'); i++) {
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await expect(pageAlert(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continue to payment' })).toBeEnabled();
    message = (await pageAlert(page).textContent()) ?? '';
  }
  expect(message).toMatch(/^Too many checkouts were started from your connection\. Wait \d+ seconds? and try again\.$/);
  await context.close();
});

test('the demo store offers its own payment links, ready to try; Next.js prefetching them creates nothing', async ({
  page,
}) => {
  const before = await countSessions();
  const prefetched = page.waitForRequest(
    (request) => /\/l\/[0-9A-Za-z]{24}/.test(request.url()) && request.headers()['next-router-prefetch'] === '1',
  );
  await page.goto('/demo');
  await prefetched;
  await page.waitForLoadState('networkidle');
  expect(await countSessions()).toBe(before);
  const links = page.getByRole('region', { name: 'Or pay through a payment link' });
  await expect(links.getByRole('heading', { name: 'Tillpoint tote bag' })).toBeVisible();
  await expect(links.getByText('Any amount from $1.00 to $100.00')).toBeVisible();
  await links.getByRole('link', { name: 'Open the link' }).first().click();
  await expect(page.getByTestId('link-total')).toHaveText('$24.00');
  await expectNoAxeViolations(page);
});
