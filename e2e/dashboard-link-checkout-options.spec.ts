import { expect, test } from '@playwright/test';
import { createDashboardUser, signInToDashboard } from './support/dashboard';
import { expectNoAxeViolations, screenshotBoth } from './support/look';
import { auth, createMerchant } from './support/merchant-api';
import { getLink, linkPath } from './support/payment-links';

// A merchant builds a link that asks for shipping, two custom fields and terms-of-service consent from the
// dashboard alone (setting the terms URL it needs in Settings), a customer sees all of it on the link's
// checkout, the merchant edits the link, and the terms URL cannot be removed while the link needs it.
test('a merchant asks for custom fields, consent and shipping from the dashboard; the customer sees them', async ({
  page,
  browser,
  request,
}) => {
  const merchant = createMerchant('Fjord Knitwear');
  await signInToDashboard(page, createDashboardUser(merchant.id));
  await page.goto('/dashboard/links/new');
  await page.getByLabel('Name of item 1').fill('Wool sweater');
  await page.getByLabel('Price (USD) of item 1').fill('89.00');

  // Consent without a terms URL on the account: refused beside the consent box, nothing created.
  const consent = page.getByLabel('Customers must accept your terms of service');
  await consent.check();
  await page.getByRole('button', { name: 'Create link' }).click();
  await expect(consent).toHaveAttribute('aria-invalid', 'true');
  await expect(consent).toHaveAccessibleDescription(/needs terms_of_service_url on the account/);
  await expect(consent).toBeFocused();
  expect(page.url()).toMatch(/\/dashboard\/links\/new$/);

  const settings = await page.context().newPage();
  await settings.goto('/dashboard/settings');
  await settings.getByLabel('Terms of service URL').fill('https://fjord.example.com/terms');
  await settings.getByRole('region', { name: 'Terms of service' }).getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByRole('region', { name: 'Terms of service' }).getByText('Saved.')).toBeVisible();

  await page.getByLabel('Ask for a shipping address').check();
  const countries = page.getByRole('group', { name: 'Countries you ship to' });
  await page.getByRole('button', { name: 'Create link' }).click();
  await expect(page.getByLabel('Find a country')).toHaveAttribute('aria-invalid', 'true');
  await expect(countries).toContainText('Must name at least one country');
  await page.getByLabel('Find a country').fill('norw');
  await countries.getByLabel('Norway NO').check();
  await page.getByLabel('Find a country').fill('SE');
  await countries.getByLabel('Sweden SE').check();
  await expect(countries.getByRole('button', { name: 'Remove Norway' })).toBeVisible();

  await page.getByRole('button', { name: 'Add a custom field' }).click();
  await expect(page.getByLabel('Label of field 1')).toBeFocused();
  await page.getByLabel('Label of field 1').fill('Gift note');
  await expect(page.getByLabel('Key').first()).toHaveValue('gift_note');
  await page.getByLabel('Customers may leave it empty').first().check();
  await page.getByLabel('Maximum length').first().fill('80');
  await page.getByRole('button', { name: 'Add a custom field' }).click();
  await page.getByLabel('Label of field 2').fill('Size');
  await page.getByLabel('Type').nth(1).selectOption('dropdown');
  await page.getByLabel('Options').fill('Small\nMedium\nLarge');
  await page.getByLabel('Above the button').fill('Knitted to order: ships in 5 days.');
  await page.getByLabel('Business name').selectOption('optional');
  await page.getByLabel('Ask for a phone number').check();
  await expect(consent).toBeChecked();
  await expect(consent).toHaveAccessibleDescription('Needs your terms of service URL, which you set in Settings.');
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-link-checkout-options');

  await page.getByRole('button', { name: 'Create link' }).click();
  await page.waitForURL(/\/dashboard\/links\/plink_\w+$/);
  const id = new URL(page.url()).pathname.split('/').pop()!;
  const summary = page.getByRole('region', { name: 'Checkout' });
  await expect(summary).toContainText('To NO, SE');
  await expect(summary).toContainText('Gift note (gift_note, text, optional)');
  await expect(summary).toContainText('Must be accepted');
  const link = await getLink(request, merchant.secret_key, id);
  expect(link).toMatchObject({
    phone_number_collection: { enabled: true },
    shipping_address_collection: { allowed_countries: ['NO', 'SE'] },
    name_collection: { business: { enabled: true, optional: true } },
    consent_collection: { terms_of_service: 'required' },
    custom_fields: [
      { key: 'gift_note', type: 'text', optional: true, text: { maximum_length: 80 } },
      {
        key: 'size',
        type: 'dropdown',
        dropdown: {
          options: [
            { label: 'Small', value: 'Small' },
            { label: 'Medium', value: 'Medium' },
            { label: 'Large', value: 'Large' },
          ],
        },
      },
    ],
  });

  // The customer, in a browser of their own, sees every question on the link's checkout.
  const customer = await (await browser.newContext({ locale: 'en-US' })).newPage();
  await customer.goto(linkPath(link));
  await customer.getByRole('button', { name: 'Continue to payment' }).click();
  await customer.waitForURL(/\/c\/cs_\w+$/);
  const sessionId = new URL(customer.url()).pathname.split('/').pop()!;
  await expect(customer.getByText('Knitted to order: ships in 5 days.')).toBeVisible();
  await expect(customer.getByLabel('Gift note (optional)')).toBeVisible();
  await expect(customer.getByLabel('Size')).toBeVisible();
  await expect(customer.getByLabel('Phone number')).toBeVisible();
  const shipping = customer.getByRole('group', { name: 'Shipping address' });
  const offered = await shipping
    .getByLabel('Country or region')
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
  expect(offered).toEqual(['NO', 'SE']);
  await expect(customer.getByRole('link', { name: 'terms of service' })).toHaveAttribute(
    'href',
    'https://fjord.example.com/terms',
  );
  const pay = customer.getByRole('button', { name: /^Pay / });
  await expect(pay).toBeDisabled();
  await customer.getByRole('checkbox', { name: 'I agree to the terms of service.' }).check();
  await expect(pay).toBeEnabled();

  // Removing the terms URL while the link requires consent is refused, naming the link.
  await settings.getByLabel('Terms of service URL').fill('');
  await settings.getByRole('region', { name: 'Terms of service' }).getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByLabel('Terms of service URL')).toHaveAccessibleDescription(new RegExp(id));

  // Edit: the form shows what the link asks; turning shipping and consent off removes them.
  await page.goto(`/dashboard/links/${id}/edit`);
  await expect(page.getByLabel('Label of field 1')).toHaveValue('Gift note');
  await expect(page.getByLabel('Options')).toHaveValue('Small\nMedium\nLarge');
  await expect(page.getByRole('button', { name: 'Remove Sweden' })).toBeVisible();
  await expect(consent).toHaveAccessibleDescription('The box links to https://fjord.example.com/terms.');
  await page.getByLabel('Ask for a shipping address').uncheck();
  await consent.uncheck();
  await page.getByRole('button', { name: 'Remove custom field 1 (Gift note)' }).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.waitForURL(new RegExp(`/dashboard/links/${id}$`));
  const edited = await getLink(request, merchant.secret_key, id);
  expect(edited.shipping_address_collection).toBeNull();
  expect(edited.consent_collection).toBeNull();
  expect(edited.custom_fields).toMatchObject([{ key: 'size' }]);

  // The checkout the customer opened still asks for consent: the URL stays until that session ends.
  const terms = settings.getByRole('region', { name: 'Terms of service' });
  await terms.getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByLabel('Terms of service URL')).toHaveAccessibleDescription(
    new RegExp(`1 open checkout session \\(${sessionId}\\)`),
  );
  const expire = await request.post(`/api/v1/checkout/sessions/${sessionId}/expire`, {
    headers: auth(merchant.secret_key),
  });
  expect(expire.status()).toBe(200);
  await terms.getByRole('button', { name: 'Save' }).click();
  await expect(terms.getByText('Saved.')).toBeVisible();
  await expect(settings.getByLabel('Terms of service URL')).toHaveValue('');
});
