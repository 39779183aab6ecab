import { expect, test } from '@playwright/test';
import { startWebhookReceiver } from '../test-support/webhook-receiver';
import { expectPaymentSuccessful, fillCard, fillEmail, pageAlert } from './support/checkout';
import { createDashboardUser, signInToDashboard } from './support/dashboard';
import { queryDb } from './support/database';
import { E2E } from './support/e2e-env';
import { expectNoAxeViolations, screenshotBoth } from './support/look';
import { auth, createMerchant, createSession } from './support/merchant-api';
import { intentsForSession } from './support/sandbox-stripe';

type Recovery = { enabled: boolean; allow_promotion_codes: boolean; url: string | null; expires_at: number | null };
type ExpiredSession = { id: string; after_expiration: { recovery: Recovery } | null };

const recoveredCount = async (sessionId: string) =>
  Number(
    (
      await queryDb<{ n: string }>('SELECT count(*) AS n FROM checkout_sessions WHERE recovered_from = $1', [sessionId])
    )[0]!.n,
  );

test('a checkout abandoned after a decline expires; its recovery URL from the webhook opens a prefilled new checkout that is paid once; the merchant lists it', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const receiver = await startWebhookReceiver({ port: E2E.receiverPort });
  try {
    const merchant = createMerchant('Recovery lamps');
    const endpoint = await (
      await request.post('/api/v1/webhook_endpoints', {
        headers: auth(merchant.secret_key),
        data: { url: receiver.url('/hooks'), enabled_events: ['checkout.session.expired'] },
      })
    ).json();
    receiver.route('/hooks', endpoint.secret);
    const session = await createSession(request, merchant.secret_key, {
      line_items: [
        { name: 'Walnut desk lamp', unit_amount: 4500, quantity: 2 },
        { name: 'Linen shade', unit_amount: 1200, quantity: 1 },
      ],
      success_url: 'http://localhost:3999/thanks',
      client_reference_id: 'order-77',
      metadata: { order: '77' },
      phone_number_collection: { enabled: true },
      shipping_address_collection: { allowed_countries: ['DE', 'AT'] },
      after_expiration: { recovery: { enabled: true, allow_promotion_codes: true } },
    });

    // The customer types their email and details, their card is declined, and they leave.
    await page.goto(new URL(session.url).pathname);
    await fillEmail(page, 'ada@example.com');
    await page.getByLabel('Full name').fill('Ada Lovelace');
    await page.getByLabel('Phone number').fill('+43 1 234567');
    const shipping = page.getByRole('group', { name: 'Shipping address' });
    await shipping.getByLabel('Country or region').selectOption('AT');
    await shipping.getByLabel('Address line 1').fill('Stephansplatz 1');
    await shipping.getByLabel('City').fill('Wien');
    await shipping.getByLabel('Postal code').fill('1010');
    await fillCard(page, '4000000000000002');
    await page.getByRole('button', { name: /^Pay / }).click();
    await expect(pageAlert(page)).toHaveText(/^Your card was declined\./);

    // The expiry job (every second in e2e) expires the session once its time is up.
    await queryDb("UPDATE checkout_sessions SET expires_at = now() - interval '1 second' WHERE id = $1", [session.id]);
    const expiredAt = Date.now() / 1000;
    await receiver.waitFor((all) => all.some((hook) => hook.body.data.object.id === session.id), 20_000);
    const expired = receiver.on('/hooks').find((hook) => hook.body.data.object.id === session.id)!;
    expect(expired.type).toBe('checkout.session.expired');
    const recovery = (expired.body.data.object as unknown as ExpiredSession).after_expiration!.recovery;
    expect(recovery).toMatchObject({ enabled: true, allow_promotion_codes: true });
    expect(recovery.url).toMatch(/\/recover\/[A-Za-z0-9_-]{43}$/);
    expect(Math.abs(recovery.expires_at! - (expiredAt + 30 * 24 * 3600))).toBeLessThan(60);
    const recoveryPath = new URL(recovery.url!).pathname;

    // An email link scanner fetches the URL: reading it creates nothing.
    for (let i = 0; i < 2; i++) expect((await request.get(recoveryPath)).status()).toBe(200);
    expect(await recoveredCount(session.id)).toBe(0);

    // In the customer's own language (a German browser).
    const german = await browser.newContext({ locale: 'de-DE' });
    const germanPage = await german.newPage();
    await germanPage.goto(recoveryPath);
    await expect(germanPage.getByRole('heading', { name: 'Bezahlvorgang fortsetzen' })).toBeVisible();
    await expect(germanPage.getByRole('button', { name: 'Weiter zur Kasse' })).toBeVisible();
    await screenshotBoth(germanPage, 'recover-checkout-de');
    await german.close();

    // A tampered form (another token in the hidden field) creates nothing and leads to a 404.
    await page.goto(recoveryPath);
    await page.locator('input[name="token"]').evaluate((input: HTMLInputElement) => {
      input.value = 'A'.repeat(43);
    });
    await page.getByRole('button', { name: 'Continue to checkout' }).click();
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    expect(await recoveredCount(session.id)).toBe(0);

    await page.goto(recoveryPath);
    await expect(page.getByRole('heading', { name: 'Continue your checkout' })).toBeVisible();
    await expect(page.getByText('Your checkout with Recovery lamps timed out before you paid.')).toBeVisible();
    await expect(page.getByRole('list', { name: 'What you are paying for' })).toContainText('Walnut desk lamp');
    await expect(page.getByTestId('total')).toHaveText('$102.00');
    await expectNoAxeViolations(page);
    await screenshotBoth(page, 'recover-checkout');
    await page.getByRole('button', { name: 'Continue to checkout' }).click();
    await page.waitForURL(/\/c\/cs_/);
    const newId = new URL(page.url()).pathname.split('/').pop()!;
    expect(newId).not.toBe(session.id);
    await expect(page.getByLabel('Email')).toHaveValue('ada@example.com');
    await expect(page.getByTestId('total')).toHaveText('$102.00');
    await expect(page.getByLabel('Full name')).toHaveValue('Ada Lovelace');
    await expect(page.getByLabel('Phone number')).toHaveValue('+431234567');
    const again = page.getByRole('group', { name: 'Shipping address' });
    await expect(again.getByLabel('Country or region')).toHaveValue('AT');
    await expect(again.getByLabel('Address line 1')).toHaveValue('Stephansplatz 1');
    await expect(again.getByLabel('City')).toHaveValue('Wien');
    await expect(again.getByLabel('Postal code')).toHaveValue('1010');
    await screenshotBoth(page, 'recovered-checkout-prefilled');
    await fillCard(page, '4242424242424242');
    await page.getByRole('button', { name: /^Pay / }).click();
    await expectPaymentSuccessful(page);

    const recovered = await (
      await request.get(`/api/v1/checkout/sessions/${newId}`, { headers: auth(merchant.secret_key) })
    ).json();
    expect(recovered).toMatchObject({
      status: 'complete',
      recovered_from: session.id,
      amount_total: 10200,
      customer_email: 'ada@example.com',
      client_reference_id: 'order-77',
      metadata: { order: '77' },
      phone_number_collection: { enabled: true },
      shipping_details: { name: 'Ada Lovelace', address: { line1: 'Stephansplatz 1', city: 'Wien', country: 'AT' } },
      after_expiration: null,
    });
    const [intent] = await intentsForSession(newId);
    expect([intent!.status, intent!.amount]).toEqual(['succeeded', 10200]);

    // Opening the URL again creates nothing more.
    await page.goto(recoveryPath);
    await expect(page.getByRole('heading', { name: 'This link has already been used' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continue to checkout' })).toHaveCount(0);
    await screenshotBoth(page, 'recover-checkout-used');
    expect(await recoveredCount(session.id)).toBe(1);

    // The merchant's list: recovered, with the URL to copy.
    await signInToDashboard(page, createDashboardUser(merchant.id));
    await page.goto('/dashboard/recovery');
    await expect(page.getByRole('heading', { level: 1, name: 'Checkout recovery' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: 'ada@example.com' });
    await expect(row).toContainText('Recovered');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await row.getByRole('button', { name: /Copy URL/ }).click();
    await expect(row.getByRole('button', { name: /Copied/ })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(recovery.url);
    await expectNoAxeViolations(page);
    await screenshotBoth(page, 'dashboard-recovery');
    await page.goto(`/dashboard/sessions/${session.id}`);
    const section = page.getByRole('region', { name: 'Recovery' });
    await expect(section.getByRole('link', { name: newId })).toBeVisible();
    await page.goto(`/dashboard/sessions/${newId}`);
    await expect(page.getByRole('region', { name: 'Recovery' }).getByRole('link', { name: session.id })).toBeVisible();
  } finally {
    await receiver.close();
  }
});

test('without a known email an expired session gets no recovery URL; a made-up token is a 404', async ({ request }) => {
  const merchant = createMerchant('Recovery without email');
  const session = await createSession(request, merchant.secret_key, {
    after_expiration: { recovery: { enabled: true } },
  });
  const response = await request.post(`/api/v1/checkout/sessions/${session.id}/expire`, {
    headers: auth(merchant.secret_key),
    data: {},
  });
  expect(response.status()).toBe(200);
  expect(((await response.json()) as ExpiredSession).after_expiration).toEqual({
    recovery: { enabled: true, allow_promotion_codes: false, url: null, expires_at: null },
  });
  expect((await request.get('/recover/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status()).toBe(404);
  expect((await request.get('/recover/..%2f..%2fetc')).status()).toBe(404);
});
