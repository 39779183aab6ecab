import { expect, test, type Page } from '@playwright/test';
import { authenticateInModal, PAYMENT_FRAME, pageAlert, threeDsModal } from './support/checkout';
import { demoSiteUrl } from './support/e2e-env';
import { openDemoSite } from './support/embed';
import { expectNoAxeViolations, screenshotBoth, VIEWPORTS } from './support/look';
import { createMerchant, createSession, type TestMerchant } from './support/merchant-api';

let merchant: TestMerchant;
test.beforeAll(() => {
  merchant = createMerchant('Kaffeerösterei Lindenhof');
});

const lamp = { line_items: [{ name: 'Walnut desk lamp', unit_amount: 4500, quantity: 2 }], currency: 'eur' };

async function payAs(page: Page, card: string, email: string) {
  await page.getByLabel('E-Mail').fill(email);
  const frame = page.frameLocator(PAYMENT_FRAME);
  await frame.getByLabel('Kartennummer').fill(card);
  await frame.getByLabel('Ablaufdatum').fill('12 / 34');
  await frame.getByLabel('Sicherheitscode').fill('123');
  await page.getByRole('button', { name: /bezahlen$/ }).click();
}

test.describe('a German browser (Accept-Language: de-DE)', () => {
  test.use({ locale: 'de-DE' });

  test('sees the hosted page, a decline, the 3-D Secure wait and the receipt in German', async ({ page, request }) => {
    const session = await createSession(request, merchant.secret_key, lamp);
    await page.goto(session.url);
    await expect(page).toHaveTitle(/^Bezahlen · Tillpoint$/);
    await expect(page.locator('[lang="de"]').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'An Kaffeerösterei Lindenhof bezahlen' })).toBeVisible();
    await expect(page.getByText(/^Menge 2 · je 45,00\s€$/)).toBeVisible();
    await expect(page.getByText('Gesamtbetrag')).toBeVisible();
    const pay = page.getByRole('button', { name: /^90,00\s€ bezahlen$/ });
    await expect(pay).toBeEnabled();
    await expect(page.frameLocator(PAYMENT_FRAME).getByText('Kartennummer')).toBeVisible();

    await payAs(page, '4000000000009995', 'kunde@example.de');
    await expect(pageAlert(page)).toHaveText(
      'Ihre Karte ist nicht ausreichend gedeckt. Verwenden Sie eine andere Karte.',
    );

    await page.frameLocator(PAYMENT_FRAME).getByLabel('Kartennummer').fill('4000002760003184');
    await pay.click();
    await expect(threeDsModal(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Warten auf Ihre Bank…' })).toBeVisible();
    await authenticateInModal(page, 'Complete authentication');
    await page.waitForURL(/\/return\?payment=pay_/);
    await expect(page).toHaveTitle(/^Zahlungsstatus · Tillpoint$/);
    await expect(page.getByRole('heading', { name: 'Zahlung erfolgreich' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('Vielen Dank! Kaffeerösterei Lindenhof hat Ihre Zahlung erhalten.')).toBeVisible();
    await expect(page.getByText('Bezahlt insgesamt')).toBeVisible();
    await expect(page.getByTestId('amount-paid')).toHaveText(/^90,00\s€$/);
  });
});

test('locale: ar renders right to left, without overflow on a 390 px phone', async ({ page, request }) => {
  const session = await createSession(request, merchant.secret_key, { ...lamp, locale: 'ar' });
  await page.setViewportSize(VIEWPORTS.phone);
  await page.goto(session.url);
  const root = page.locator('[dir="rtl"][lang="ar"]').first();
  await expect(root).toBeVisible();
  await expect(page.getByRole('heading', { name: 'الدفع إلى Kaffeerösterei Lindenhof' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^ادفع / })).toBeEnabled();
  await expect(page.frameLocator(PAYMENT_FRAME).getByText('رقم البطاقة')).toBeVisible();
  // Mirrored: the total's label starts on the right, its amount on the left.
  const total = page.getByText('المبلغ المستحق');
  const [label, amount] = await Promise.all([
    total.boundingBox(),
    total.locator('xpath=following-sibling::span').boundingBox(),
  ]);
  expect(label!.x).toBeGreaterThan(amount!.x);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});

test('a French browser gets the embedded checkout in French inside the demo shop', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await openDemoSite(page);
  await page.getByRole('button', { name: 'Check out on this page' }).click();
  // embed.js names its frame in the customer's language too.
  const frame = page.frameLocator('iframe[title="Paiement sécurisé"]');
  await expect(frame.getByRole('button', { name: /^Payer 46,00\s\$US$/ })).toBeEnabled({ timeout: 20_000 });
  await expect(frame.getByRole('heading', { name: 'Payer Tillpoint Demo Store' })).toBeVisible();
  await expect(frame.getByText('Paiement sécurisé · Propulsé par')).toBeVisible();
  await expect(frame.frameLocator(PAYMENT_FRAME).getByText('Numéro de carte')).toBeVisible();
  expect(new URL(page.url()).origin).toBe(demoSiteUrl);
  await page.screenshot({ path: 'screenshots/i18n-embed-fr-desktop.png', fullPage: true });
  await context.close();
});

for (const locale of ['de', 'ja', 'ar'] as const) {
  test(`the hosted page in ${locale} passes axe and is screenshotted at desktop and phone widths`, async ({
    page,
    request,
  }) => {
    const session = await createSession(request, merchant.secret_key, { ...lamp, locale });
    await page.goto(session.url);
    await expect(page.locator(`[lang="${locale}"]`).first()).toBeVisible();
    await expect(page.getByRole('button', { name: /\S/ }).last()).toBeEnabled();
    await expectNoAxeViolations(page);
    await screenshotBoth(page, `i18n-hosted-${locale}`);
  });
}
