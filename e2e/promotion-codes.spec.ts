import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectPaymentSuccessful, fillCard, fillEmail, pageAlert, PAYMENT_FRAME } from './support/checkout';
import { queryDb } from './support/database';
import { createDashboardUser, signInToDashboard } from './support/dashboard';
import { expectNoAxeViolations, screenshotBoth } from './support/look';
import { auth, createMerchant, createSession, expectApiError, type TestMerchant } from './support/merchant-api';
import { continueToPayment, createLink, linkPath } from './support/payment-links';
import { demoSiteUrl } from './support/e2e-env';
import { CHECKOUT_FRAME } from './support/embed';
import { getPayment, intentsForSession } from './support/sandbox-stripe';

let shop: TestMerchant;
let other: TestMerchant;

test.beforeAll(() => {
  shop = createMerchant('Fern & Field');
  other = createMerchant('Someone Else');
});

async function post<T = Record<string, unknown>>(request: APIRequestContext, key: string, path: string, data: object) {
  const response = await request.post(path, { headers: auth(key), data });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T & { id: string };
}

async function couponWithCode(request: APIRequestContext, coupon: object, code: object = {}) {
  const created = await post(request, shop.secret_key, '/api/v1/coupons', coupon);
  return post<{ code: string }>(request, shop.secret_key, '/api/v1/promotion_codes', { coupon: created.id, ...code });
}

/** On the checkout page: open the code field, type `code`, apply it. */
async function applyCode(page: Page, code: string) {
  const add = page.getByRole('button', { name: 'Add promotion code' });
  if (await add.isVisible()) await add.click();
  await page.getByLabel('Promotion code').fill(code);
  await page.getByRole('button', { name: 'Apply' }).click();
}

test('coupons and codes refuse bad input with 400s naming the parameter, and another merchant’s are not found', async ({
  request,
  context,
}) => {
  const coupons = '/api/v1/coupons';
  const key = auth(shop.secret_key);
  await expectApiError(
    await request.post(coupons, { headers: key, data: { percent_off: 10, amount_off: 500, currency: 'usd' } }),
    400,
    'parameter_invalid',
    'amount_off',
  );
  for (const percent of [0, -5, 100.5, 12.345])
    await expectApiError(
      await request.post(coupons, { headers: key, data: { percent_off: percent } }),
      400,
      'parameter_invalid',
      'percent_off',
    );
  await expectApiError(
    await request.post(coupons, { headers: key, data: { amount_off: 500 } }),
    400,
    'parameter_missing',
    'currency',
  );
  await expectApiError(
    await request.post(coupons, { headers: key, data: { amount_off: 1235, currency: 'kwd' } }),
    400,
    'parameter_invalid',
    'amount_off',
  );
  await expectApiError(
    await request.post(coupons, { headers: key, data: { percent_off: 10, duration: 'forever' } }),
    400,
    'parameter_invalid',
    'duration',
  );

  const euros = await post(request, shop.secret_key, coupons, { amount_off: 500, currency: 'eur' });
  await expectApiError(
    await request.post('/api/v1/checkout/sessions', {
      headers: key,
      data: { ...sessionData(), discounts: [{ coupon: euros.id }] },
    }),
    400,
    'parameter_invalid',
    'discounts.0.coupon',
  );
  await expectApiError(
    await request.post('/api/v1/checkout/sessions', {
      headers: key,
      data: { ...sessionData(), discounts: [{ coupon: euros.id }], allow_promotion_codes: true },
    }),
    400,
    'parameter_invalid',
    'discounts',
  );

  const inactive = await couponWithCode(request, { percent_off: 10 }, { code: 'SLEEPY', active: false });
  const used = await couponWithCode(request, { percent_off: 10, max_redemptions: 1 }, { code: 'ONLY-ONCE' });
  const theirCoupon = await post(request, other.secret_key, coupons, { percent_off: 50 });
  const sneaky = await post(request, other.secret_key, '/api/v1/promotion_codes', {
    coupon: theirCoupon.id,
    code: 'OTHERS50',
  });
  const refusal = async (promotionCode: string) =>
    expectApiError(
      await request.post('/api/v1/checkout/sessions', {
        headers: key,
        data: { ...sessionData(), discounts: [{ promotion_code: promotionCode }] },
      }),
      400,
      'parameter_invalid',
      'discounts.0.promotion_code',
    );
  expect((await refusal(inactive.id)).message).toMatch(/inactive/);
  const unknown = await refusal('promo_000000000000000000000000');
  const foreign = await refusal(sneaky.id);
  expect(foreign.message.replace(sneaky.id, 'ID')).toBe(
    unknown.message.replace('promo_000000000000000000000000', 'ID'),
  );

  // A customer pays with the code's only redemption: then it is used up, and that email has paid before.
  const paid = await createSession(request, shop.secret_key, {
    discounts: [{ promotion_code: used.id }],
    success_url: 'http://localhost:3999/thanks',
  });
  const tab = await context.newPage();
  await tab.goto(paid.url);
  await fillEmail(tab, 'returning@example.com');
  await fillCard(tab, '4242424242424242');
  await tab.getByRole('button', { name: 'Pay $40.50' }).click();
  await expectPaymentSuccessful(tab);
  await tab.close();
  expect((await refusal(used.id)).message).toMatch(/maximum number of redemptions/);
  const welcome = await couponWithCode(
    request,
    { percent_off: 15 },
    { restrictions: { first_time_transaction: true } },
  );
  const firstTime = await request.post('/api/v1/checkout/sessions', {
    headers: key,
    data: { ...sessionData(), customer_email: 'Returning@Example.com', discounts: [{ promotion_code: welcome.id }] },
  });
  const error = await expectApiError(firstTime, 400, 'parameter_invalid', 'discounts.0.promotion_code');
  expect(error.message).toMatch(/first purchase/);
  await createSession(request, shop.secret_key, {
    customer_email: 'new@example.com',
    discounts: [{ promotion_code: welcome.id }],
  });

  for (const path of [`/api/v1/promotion_codes/${sneaky.id}`, `/api/v1/coupons/${theirCoupon.id}`]) {
    await expectApiError(await request.get(path, { headers: key }), 404, 'resource_missing');
    await expectApiError(await request.post(path, { headers: key, data: {} }), 404, 'resource_missing');
  }
  const mine = await request.get('/api/v1/promotion_codes?code=only-once', { headers: key });
  expect(((await mine.json()) as { data: { id: string }[] }).data.map((c) => c.id)).toEqual([used.id]);
  const theirs = await request.get('/api/v1/promotion_codes?code=others50', { headers: key });
  expect(((await theirs.json()) as { data: unknown[] }).data).toEqual([]);
  await expectApiError(
    await request.post('/api/v1/promotion_codes', { headers: key, data: { coupon: theirCoupon.id } }),
    404,
    'resource_missing',
    'coupon',
  );
  await expectApiError(
    await request.post('/api/v1/promotion_codes', { headers: key, data: { coupon: euros.id, code: 'sleepy' } }),
    400,
    'parameter_invalid',
    'code',
  );
});

function sessionData() {
  return {
    line_items: [{ name: 'Walnut desk lamp', unit_amount: 4500, quantity: 1 }],
    currency: 'usd',
    success_url: 'https://shop.example.com/thanks',
  };
}

test('a customer applies a code on the hosted page and is charged the discounted total', async ({ page, request }) => {
  const code = await couponWithCode(request, { percent_off: 25, name: 'Spring sale' }, { code: 'SPRING25' });
  const session = await createSession(request, shop.secret_key, {
    allow_promotion_codes: true,
    success_url: 'http://localhost:3999/thanks',
  });
  await page.goto(session.url);
  await expect(page.getByTestId('total')).toHaveText('$45.00');

  await applyCode(page, 'NOPE-NOT-A-CODE');
  await expect(page.getByText('This code is not valid.')).toBeVisible();
  await expect(page.getByTestId('total')).toHaveText('$45.00');

  await applyCode(page, 'spring25');
  await expect(page.getByTestId('total')).toHaveText('$33.75');
  await expect(page.getByTestId('subtotal')).toHaveText('$45.00');
  await expect(page.getByTestId('discount')).toHaveText('−$11.25');
  await expect(page.getByTestId('applied-code')).toHaveText(code.code);
  await expect(page.getByRole('button', { name: 'Pay $33.75' })).toBeEnabled();
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'checkout-promotion-code');

  await fillEmail(page, 'spring@example.com');
  await fillCard(page, '4242424242424242');
  await page.getByRole('button', { name: 'Pay $33.75' }).click();
  await expectPaymentSuccessful(page);

  const intents = await intentsForSession(session.id);
  expect(intents.map((intent) => [intent.amount, intent.status])).toEqual([[3375, 'succeeded']]);
  const api = (await (
    await request.get(`/api/v1/checkout/sessions/${session.id}`, { headers: auth(shop.secret_key) })
  ).json()) as Record<string, unknown>;
  expect(api).toMatchObject({
    amount_subtotal: 4500,
    amount_total: 3375,
    total_details: { amount_discount: 1125 },
    discounts: [{ promotion_code: code.id }],
  });
  const payment = await getPayment(request, shop.secret_key, api.payment as string);
  expect(payment).toMatchObject({ amount: 3375, amount_subtotal: 4500, total_details: { amount_discount: 1125 } });
  const counted = await request.get(`/api/v1/promotion_codes/${code.id}`, { headers: auth(shop.secret_key) });
  expect(await counted.json()).toMatchObject({ times_redeemed: 1, times_held: 0 });
});

test('a customer applies a code on a payment link’s checkout and is charged the discounted total', async ({
  page,
  request,
}) => {
  const link = await createLink(request, shop.secret_key, {
    line_items: [{ name: 'Linen apron', unit_amount: 3000, quantity: 2 }],
    allow_promotion_codes: true,
  });
  await couponWithCode(
    request,
    { amount_off: 1000, currency: 'usd', applies_to: { payment_links: [link.id] } },
    { code: 'APRON10' },
  );
  await couponWithCode(
    request,
    { percent_off: 10, minimum_amount: 10_000, minimum_amount_currency: 'usd' },
    {
      code: 'BIGSPENDER',
    },
  );
  await page.goto(linkPath(link));
  const sessionId = await continueToPayment(page);
  await applyCode(page, 'bigspender');
  await expect(page.getByText('Your order does not reach the minimum amount for this code.')).toBeVisible();
  await applyCode(page, 'apron10');
  await expect(page.getByTestId('total')).toHaveText('$50.00');
  await fillEmail(page, 'apron@example.com');
  await fillCard(page, '4242424242424242');
  await page.getByRole('button', { name: 'Pay $50.00' }).click();
  await expectPaymentSuccessful(page);
  expect((await intentsForSession(sessionId)).map((intent) => intent.amount)).toEqual([5000]);
});

test('a 100 % code completes without a card; the merchant gets checkout.session.completed with amount_total 0', async ({
  page,
  request,
}) => {
  await couponWithCode(request, { percent_off: 100, name: 'On the house' }, { code: 'ONTHEHOUSE' });
  const session = await createSession(request, shop.secret_key, {
    allow_promotion_codes: true,
    locale: 'de',
    success_url: 'http://localhost:3999/thanks',
  });
  await page.goto(session.url);
  await page.getByRole('button', { name: 'Gutscheincode hinzufügen' }).click();
  await page.getByLabel('Gutscheincode').fill('gibtsnicht');
  await page.getByRole('button', { name: 'Einlösen' }).click();
  await expect(page.getByText('Dieser Code ist ungültig.')).toBeVisible();
  await page.getByLabel('Gutscheincode').fill('onthehouse');
  await page.getByRole('button', { name: 'Einlösen' }).click();
  await expect(page.getByRole('button', { name: 'Bestellung abschließen' })).toBeVisible();
  await expect(page.locator(PAYMENT_FRAME)).toHaveCount(0);
  await screenshotBoth(page, 'checkout-free-order');
  await page.getByLabel('E-Mail').fill('free@example.com');
  await page.getByRole('button', { name: 'Bestellung abschließen' }).click();
  await page.waitForURL(/\/return\?payment=pay_/);

  expect(await intentsForSession(session.id)).toEqual([]);
  const api = (await (
    await request.get(`/api/v1/checkout/sessions/${session.id}`, { headers: auth(shop.secret_key) })
  ).json()) as Record<string, unknown>;
  expect(api).toMatchObject({ status: 'complete', amount_total: 0, total_details: { amount_discount: 4500 } });
  const events = (await (await request.get('/api/v1/events?limit=100', { headers: auth(shop.secret_key) })).json()) as {
    data: { type: string; data: { object: { id: string; amount_total: number } } }[];
  };
  const completed = events.data.find(
    (event) => event.type === 'checkout.session.completed' && event.data.object.id === session.id,
  );
  expect(completed?.data.object.amount_total).toBe(0);
  const rows = await queryDb<{ amount: number; status: string; stripe_payment_intent_id: string | null }>(
    'SELECT amount, status, stripe_payment_intent_id FROM payments WHERE session_id = $1',
    [session.id],
  );
  expect(rows).toEqual([{ amount: 0, status: 'succeeded', stripe_payment_intent_id: null }]);

  // The merchant sees the free order, with its discount, in the dashboard (the customer's tab goes on to success_url).
  const dashboard = await page.context().newPage();
  await signInToDashboard(dashboard, createDashboardUser(shop.id));
  await dashboard.goto(`/dashboard/payments/${api.payment as string}`);
  await expect(dashboard.getByRole('heading', { name: '$0.00' })).toBeVisible();
  await expect(dashboard.getByTestId('payment-discount')).toHaveText('−$45.00 (ONTHEHOUSE)');
  await expect(dashboard.getByText('Completed without a charge: the discount covered the whole total')).toBeVisible();
});

test('the merchant creates a coupon and a code in the dashboard, and deactivates the code', async ({ page }) => {
  await signInToDashboard(page, createDashboardUser(shop.id));
  await page.getByRole('link', { name: 'Discounts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Discounts' })).toBeVisible();
  await page.getByRole('button', { name: 'Create coupon' }).click();
  await page.getByLabel('Percent off').fill('150');
  await page.getByRole('dialog').getByRole('button', { name: 'Create coupon' }).click();
  await expect(page.getByRole('dialog').getByText(/percent_off/)).toBeVisible();
  await page.getByLabel('Name shown to customers').fill('Summer fair');
  await page.getByLabel('Fixed amount').check();
  await page.getByLabel('Amount off').fill('7.50');
  await page.getByLabel('Maximum redemptions').fill('20');
  await page.getByRole('dialog').getByRole('button', { name: 'Create coupon' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText('$7.50 off').first()).toBeVisible();

  await page.getByRole('button', { name: 'Create promotion code' }).click();
  await page.getByLabel('Coupon', { exact: true }).selectOption({ label: 'Summer fair ($7.50 off)' });
  await page.getByLabel('Code customers type').fill('fair750');
  await page.getByLabel('Only for customers’ first order (by email)').check();
  await page.getByRole('dialog').getByRole('button', { name: 'Create code' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  const row = page.getByTestId('promotion-code-fair750');
  await expect(row).toContainText('First order only');
  await expect(row).toContainText('0 used');
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-discounts');

  await row.getByRole('button', { name: 'Deactivate' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Deactivate code' }).click();
  await expect(row).toContainText('Inactive');
});

test('a code used up by another customer meanwhile is refused at Pay, with the reason beside the code', async ({
  page,
  request,
}) => {
  const code = await couponWithCode(request, { percent_off: 20 }, { code: 'LASTONE', max_redemptions: 1 });
  const [mine, theirs] = [
    await createSession(request, shop.secret_key, {
      allow_promotion_codes: true,
      success_url: 'http://localhost:3999/t',
    }),
    await createSession(request, shop.secret_key, {
      discounts: [{ promotion_code: code.id }],
      success_url: 'http://localhost:3999/t',
    }),
  ];
  await page.goto(mine.url);
  await applyCode(page, 'lastone');
  await expect(page.getByTestId('total')).toHaveText('$36.00');

  const other = await page.context().newPage();
  await other.goto(theirs.url);
  await fillEmail(other, 'first@example.com');
  await fillCard(other, '4242424242424242');
  await other.getByRole('button', { name: 'Pay $36.00' }).click();
  await expectPaymentSuccessful(other);
  await other.close();

  await fillEmail(page, 'second@example.com');
  await fillCard(page, '4242424242424242');
  await page.getByRole('button', { name: 'Pay $36.00' }).click();
  await expect(page.getByText('This code has been used up.')).toBeVisible({ timeout: 15_000 });
  expect(await intentsForSession(mine.id)).toEqual([]);
  await page.getByRole('button', { name: 'Remove promotion code LASTONE' }).click();
  await expect(page.getByTestId('total')).toHaveText('$45.00');
  await expect(pageAlert(page)).toHaveCount(0);
});

test('in the embedded checkout on the merchant’s site, a 100 % code completes the order and the page hears succeeded', async ({
  page,
  request,
}) => {
  await request.post('/api/v1/account', {
    headers: auth(shop.secret_key),
    data: { allowed_embed_origins: [demoSiteUrl] },
  });
  await couponWithCode(request, { percent_off: 100 }, { code: 'EMBEDFREE' });
  const session = await createSession(request, shop.secret_key, {
    ui_mode: 'embedded',
    success_url: undefined,
    allow_promotion_codes: true,
  });
  await page.goto(demoSiteUrl);
  await page.evaluate(
    (id) =>
      Tillpoint.mount('#checkout', {
        session: id,
        onEvent: (event) =>
          document.body.setAttribute('data-events', `${document.body.dataset.events ?? ''} ${event.type}`),
      }),
    session.id,
  );
  const frame = page.frameLocator(CHECKOUT_FRAME);
  await expect(frame.getByRole('button', { name: 'Pay $45.00' })).toBeVisible({ timeout: 20_000 });
  await frame.getByRole('button', { name: 'Add promotion code' }).click();
  await frame.getByLabel('Promotion code').fill('embedfree');
  await frame.getByRole('button', { name: 'Apply' }).click();
  await expect(frame.getByRole('button', { name: 'Complete order' })).toBeVisible();
  await frame.getByLabel('Email').fill('embed@example.com');
  await frame.getByRole('button', { name: 'Complete order' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-events', /\bsucceeded\b/, { timeout: 20_000 });
  await expect(frame.getByRole('heading', { name: 'Payment successful' })).toBeVisible();
  const rows = await queryDb<{ amount: number; status: string }>(
    'SELECT amount, status FROM payments WHERE session_id = $1',
    [session.id],
  );
  expect(rows).toEqual([{ amount: 0, status: 'succeeded' }]);
});
