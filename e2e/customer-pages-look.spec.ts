import { expect, test, type Page } from '@playwright/test';
import { PAYMENT_FRAME } from './support/checkout';
import { expectNoAxeViolations, VIEWPORTS } from './support/look';
import { auth, createMerchant, createSession, type TestMerchant } from './support/merchant-api';
import { createLink, linkPath } from './support/payment-links';

// Every customer page with every detail asked, in German, Japanese and Arabic, at desktop and phone widths:
// screenshots to look at, axe on the full form, and no page wider than a 390 px phone. Nothing here reads
// glyphs, so the suite passes without CJK fonts (the screenshots then show boxes for Japanese).
let merchant: TestMerchant;
test.beforeAll(async ({ request }) => {
  merchant = createMerchant('Kaffeerösterei Lindenhof');
  const response = await request.post('/api/v1/account', {
    headers: auth(merchant.secret_key),
    data: { terms_of_service_url: 'https://lindenhof.example.com/agb' },
  });
  expect(response.status()).toBe(200);
});

const everything = {
  line_items: [{ name: 'Walnut desk lamp', unit_amount: 4500, quantity: 2 }],
  currency: 'eur',
  billing_address_collection: 'required',
  phone_number_collection: { enabled: true },
  shipping_address_collection: { allowed_countries: ['DE', 'AT', 'CH', 'JP', 'AE'] },
  name_collection: { business: { enabled: true } },
  custom_fields: [
    {
      key: 'gift_note',
      label: {
        type: 'custom',
        custom: 'Gift note',
        translations: { de: 'Grußkarte', ja: 'ギフトメッセージ', ar: 'رسالة الهدية' },
      },
      type: 'text',
      optional: true,
    },
    {
      key: 'size',
      label: { type: 'custom', custom: 'Size', translations: { de: 'Größe', ja: 'サイズ', ar: 'المقاس' } },
      type: 'dropdown',
      dropdown: {
        options: [
          { label: 'M', value: 'm' },
          { label: 'L', value: 'l' },
        ],
      },
    },
  ],
  consent_collection: { terms_of_service: 'required' },
  custom_text: { submit: { message: 'Versand in 2 Tagen · https://lindenhof.example.com/versand' } },
};

async function expectNoSidewaysOverflow(page: Page, name: string) {
  await page.setViewportSize(VIEWPORTS.phone);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name} is wider than a 390 px phone`).toBe(0);
  await page.setViewportSize(VIEWPORTS.desktop);
}

/** Screenshots at both widths, each once the card frame (when the page has one) has drawn its fields again. */
async function look(page: Page, name: string) {
  await expectNoSidewaysOverflow(page, name);
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    if ((await page.locator(PAYMENT_FRAME).count()) > 0) {
      // A frame below the fold may be left unpainted in a full-page capture: bring it into view first.
      await page.locator(PAYMENT_FRAME).scrollIntoViewIfNeeded();
      await expect(page.frameLocator(PAYMENT_FRAME).locator('#number')).toBeVisible();
    }
    await page.screenshot({ path: `screenshots/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize(VIEWPORTS.desktop);
}

for (const locale of ['de', 'ja', 'ar'] as const) {
  test.describe(`a customer reading ${locale}`, () => {
    test.use({ locale });

    test(`sees every customer page in ${locale}: the full form passes axe, nothing overflows`, async ({
      page,
      request,
      browser,
    }) => {
      test.setTimeout(120_000);
      const headers = auth(merchant.secret_key);
      const dir = locale === 'ar' ? 'rtl' : 'ltr';

      const session = await createSession(request, merchant.secret_key, { ...everything, locale });
      await page.goto(new URL(session.url).pathname);
      await expect(page.locator(`[lang="${locale}"][dir="${dir}"]`).first()).toBeVisible();
      await expect(page.getByRole('group').first()).toBeVisible();
      await expect(page.locator('button[type="submit"]')).toBeDisabled();
      await page.getByRole('checkbox').last().check();
      await expect(page.locator('button[type="submit"]')).toBeEnabled();
      await expectNoAxeViolations(page);
      await look(page, `look-hosted-details-${locale}`);

      const link = await createLink(request, merchant.secret_key, { ...everything, currency: 'eur', locale });
      await page.goto(linkPath(link));
      await expect(page.locator(`[lang="${locale}"][dir="${dir}"]`).first()).toBeVisible();
      await expectNoAxeViolations(page);
      await look(page, `look-link-${locale}`);

      // A 3-D Secure payment left open, then finished on the action page; it ends on /return, whose receipt
      // stays (a link's checkout has no success_url to forward to).
      const simple = await createLink(request, merchant.secret_key, {
        line_items: everything.line_items,
        currency: 'eur',
        locale,
      });
      await page.goto(linkPath(simple));
      await page.locator('button[type="submit"]').click();
      await page.waitForURL(/\/c\/cs_\w+$/);
      const sessionId = new URL(page.url()).pathname.split('/').pop()!;
      await page.locator('input[type="email"]').fill('kunde@example.com');
      const frame = page.frameLocator(PAYMENT_FRAME);
      await frame.locator('#number').fill('4000002760003184');
      await frame.locator('#expiry').fill('12 / 34');
      await frame.locator('#cvc').fill('123');
      if (await frame.locator('#postal').isVisible()) {
        await frame.locator('#country').selectOption('US');
        await frame.locator('#postal').fill('10001');
      }
      await page.locator('button[type="submit"]').click();
      await expect(page.locator('iframe[title="3D Secure challenge"]')).toBeVisible();
      const paymentId = (await (await request.get(`/api/v1/checkout/sessions/${sessionId}`, { headers })).json())
        .payment as string;
      const action = (await (await request.get(`/api/v1/payments/${paymentId}/action_url`, { headers })).json()) as {
        url: string;
      };
      const customer = await (await browser.newContext({ locale })).newPage();
      await customer.goto(new URL(action.url).pathname + new URL(action.url).search);
      await expect(customer.locator('iframe[title="3D Secure challenge"]')).toBeVisible();
      await expect(customer.locator(`[lang="${locale}"][dir="${dir}"]`).first()).toBeVisible();
      await look(customer, `look-3ds-action-${locale}`);
      await customer
        .frameLocator('iframe[title="3D Secure challenge"]')
        .getByRole('button', { name: 'Complete authentication' })
        .click();
      await customer.waitForURL(/\/return\?payment=pay_/);
      await expect(customer.getByTestId('amount-paid')).toBeVisible({ timeout: 15_000 });
      await expect(customer.locator(`[lang="${locale}"][dir="${dir}"]`).first()).toBeVisible();
      await expectNoAxeViolations(customer);
      // The receipt's address is shown whole on a phone, beside however long a label the language has.
      await customer.setViewportSize(VIEWPORTS.phone);
      const email = customer.locator('dd', { hasText: 'kunde@example.com' });
      expect(await email.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
      await look(customer, `look-return-${locale}`);

      const expired = await createSession(request, merchant.secret_key, { ...everything, locale });
      const expire = await request.post(`/api/v1/checkout/sessions/${expired.id}/expire`, { headers });
      expect(expire.status()).toBe(200);
      await page.goto(new URL(expired.url).pathname);
      await expect(page.locator(`[lang="${locale}"][dir="${dir}"]`).first()).toBeVisible();
      await expect(page.locator('button[type="submit"]')).toHaveCount(0);
      await look(page, `look-expired-${locale}`);

      const missing = await page.goto('/c/cs_000000000000000000000000');
      expect(missing?.status()).toBe(404);
      await expect(page.locator(`[lang="${locale}"][dir="${dir}"]`).first()).toBeVisible();
      await look(page, `look-not-found-${locale}`);
    });
  });
}
