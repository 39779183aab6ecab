import { expect, test, type Page } from '@playwright/test';
import { brandTheme } from '../lib/merchants/brand-theme';
import { createDashboardUser, signInToDashboard } from './support/dashboard';
import { expectNoAxeViolations, screenshotBoth } from './support/look';
import { auth, createMerchant, createSession } from './support/merchant-api';
import { logoPng } from './support/png';

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

async function openSettings(page: Page, merchantName: string) {
  const merchant = createMerchant(merchantName);
  await signInToDashboard(page, createDashboardUser(merchant.id));
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  return merchant;
}

test('a logo and a brand colour set in Settings show on the hosted checkout page', async ({ page, request }) => {
  const merchant = await openSettings(page, 'Fernleaf Studio');
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-settings');

  const logo = logoPng();
  const logoSection = page.getByRole('region', { name: 'Logo' });
  await logoSection
    .getByLabel('Logo file')
    .setInputFiles({ name: 'fernleaf.png', mimeType: 'image/png', buffer: logo });
  await logoSection.getByRole('button', { name: 'Upload logo' }).click();
  await expect(logoSection.getByRole('status')).toHaveText('Logo uploaded.');
  const current = logoSection.getByRole('img', { name: 'Fernleaf Studio logo' });
  await expect(current).toHaveAttribute('src', new RegExp(`^/brand/${merchant.id}/logo\\?v=[0-9a-f]{16}$`));

  // Served with the detected type, never sniffed, cached for a year at this version.
  const served = await request.get((await current.getAttribute('src'))!);
  expect(served.status()).toBe(200);
  expect(served.headers()).toMatchObject({
    'content-type': 'image/png',
    'x-content-type-options': 'nosniff',
    'cache-control': 'public, max-age=31536000, immutable',
  });
  expect(Buffer.from(await served.body()).equals(logo)).toBe(true);

  const brand = page.getByRole('region', { name: 'Brand colour' });
  await brand.getByLabel('Hex code').fill('#16a34a');
  const expected = brandTheme('#16a34a').primary;
  expect(expected).not.toBe('#16a34a'); // a light green: buttons get the darker, readable shade
  await expect(brand.getByTestId('preview-button')).toHaveCSS('background-color', rgb(expected));
  await expect(brand.getByText('Too light for white text')).toBeVisible();
  await brand.getByRole('button', { name: 'Save colour' }).click();
  await expect(brand.getByRole('status')).toHaveText('Saved.');
  await screenshotBoth(page, 'dashboard-settings-branded');

  const account = await (await request.get('/api/v1/account', { headers: auth(merchant.secret_key) })).json();
  expect(account).toMatchObject({
    brand_color: '#16a34a',
    logo_url: expect.stringMatching(`^/brand/${merchant.id}/logo`),
  });

  const session = await createSession(request, merchant.secret_key);
  await page.goto(session.url);
  const pay = page.getByRole('button', { name: /^Pay \$45\.00$/ });
  await expect(pay).toBeEnabled();
  await expect(pay).toHaveCSS('background-color', rgb(expected));
  const shown = page.locator(`img[src^="/brand/${merchant.id}/logo"]`);
  await expect(shown).toBeVisible();
  expect(await shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(96);
  await screenshotBoth(page, 'checkout-branded');

  // Reset: the hosted page is Tillpoint blue again; removing the logo brings back the initial.
  await page.goto('/dashboard/settings');
  await brand.getByRole('button', { name: 'Reset to default' }).click();
  await expect(brand.getByRole('status')).toHaveText('Reset to the default colour.');
  await expect(brand.getByLabel('Hex code')).toHaveValue('#3b55e6');
  await logoSection.getByRole('button', { name: 'Remove logo' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove the logo?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Remove logo' }).click();
  await expect(logoSection.getByText('No logo yet')).toBeAttached();
  expect((await request.get(`/brand/${merchant.id}/logo`)).status()).toBe(404);
  await page.goto(session.url);
  await expect(page.getByRole('button', { name: /^Pay / })).toHaveCSS(
    'background-color',
    rgb(brandTheme(null).primary),
  );
  await expect(page.locator('img[src^="/brand/"]')).toHaveCount(0);
});

test('an SVG, a file that is not an image and a file over 256 KB are refused with a reason beside the field', async ({
  page,
  request,
}) => {
  const merchant = await openSettings(page, 'Picky Logos');
  const logoSection = page.getByRole('region', { name: 'Logo' });
  const field = logoSection.getByLabel('Logo file');
  const error = page.locator('#logo-file-error');
  const upload = async (name: string, mimeType: string, buffer: Buffer) => {
    await field.setInputFiles({ name, mimeType, buffer });
    await logoSection.getByRole('button', { name: 'Upload logo' }).click();
  };

  await upload(
    'logo.svg',
    'image/svg+xml',
    Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  );
  await expect(error).toHaveText('SVG logos are not accepted. Upload a PNG, JPEG or WebP image.');
  await expect(field).toHaveAttribute('aria-describedby', 'logo-file-error');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();

  await upload('logo.png', 'image/png', Buffer.from('this is a text file wearing a .png name'));
  await expect(error).toHaveText('That file is not a PNG, JPEG or WebP image.');

  await upload('huge.png', 'image/png', Buffer.concat([logoPng(), Buffer.alloc(300 * 1024)]));
  await expect(error).toHaveText(/^That file is 30\d KB; a logo can be at most 256 KB\.$/);
  await expectNoAxeViolations(page);

  const account = await (await request.get('/api/v1/account', { headers: auth(merchant.secret_key) })).json();
  expect(account.logo_url).toBeNull();
});

test('redirect domains and embed origins are edited as lists; a bad entry shows the API’s message beside it', async ({
  page,
  request,
}) => {
  const merchant = await openSettings(page, 'List Keepers');
  const domains = page.getByRole('region', { name: 'Allowed redirect domains' });
  await expect(domains.getByText('No domains: redirect URLs may point to any https host.')).toBeVisible();
  await domains.getByRole('button', { name: 'Add domain' }).click();
  await expect(domains.getByLabel('Domain 1', { exact: true })).toBeFocused();
  await domains.getByLabel('Domain 1', { exact: true }).fill('shop.example.com');
  await domains.getByRole('button', { name: 'Add domain' }).click();
  await domains.getByLabel('Domain 2', { exact: true }).fill('https://pay.example.com/thanks');
  await domains.getByRole('button', { name: 'Save' }).click();
  const badDomain = domains.getByLabel('Domain 2', { exact: true });
  await expect(badDomain).toBeFocused();
  await expect(badDomain).toHaveAttribute('aria-invalid', 'true');
  const domainError = page.locator(`#${await badDomain.getAttribute('aria-describedby')}`);
  await expect(domainError).toHaveText('Must be a host name such as shop.example.com (no scheme, port or path)');
  await badDomain.fill('Pay.Example.com');
  await domains.getByRole('button', { name: 'Save' }).click();
  await expect(domains.getByRole('status')).toHaveText('Saved.');
  await expect(domains.getByLabel('Domain 2', { exact: true })).toHaveValue('pay.example.com');

  const origins = page.getByRole('region', { name: 'Allowed embed origins' });
  await origins.getByRole('button', { name: 'Add origin' }).click();
  await origins.getByLabel('Origin 1', { exact: true }).fill('http://shop.example.com');
  await origins.getByRole('button', { name: 'Save' }).click();
  const badOrigin = origins.getByLabel('Origin 1', { exact: true });
  // The error replaces the hint only once the server has answered: wait for it before reading the id.
  await expect(badOrigin).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`#${await badOrigin.getAttribute('aria-describedby')}`)).toHaveText(
    'Must be an exact origin such as https://shop.example.com (https only; http only for localhost; no path, no wildcard)',
  );
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-settings-errors');
  await badOrigin.fill('https://shop.example.com');
  await origins.getByRole('button', { name: 'Add origin' }).click();
  await origins.getByLabel('Origin 2', { exact: true }).fill('http://localhost:4000');
  await origins.getByRole('button', { name: 'Save' }).click();
  await expect(origins.getByRole('status')).toHaveText('Saved.');

  // Removing a row and saving drops it; the page shows what is stored after a reload.
  await domains.getByRole('button', { name: 'Remove domain shop.example.com' }).click();
  await domains.getByRole('button', { name: 'Save' }).click();
  await expect(domains.getByRole('status')).toHaveText('Saved.');
  await page.reload();
  await expect(domains.getByLabel('Domain 1', { exact: true })).toHaveValue('pay.example.com');
  await expect(domains.getByLabel('Domain 2', { exact: true })).toHaveCount(0);
  const account = await (await request.get('/api/v1/account', { headers: auth(merchant.secret_key) })).json();
  expect(account).toMatchObject({
    allowed_redirect_domains: ['pay.example.com'],
    allowed_embed_origins: ['https://shop.example.com', 'http://localhost:4000'],
  });

  const business = page.getByRole('region', { name: 'Business' });
  await business.getByLabel('Business name').fill('   ');
  await business.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('#business-name-error')).toHaveText('Must not be empty');
  await business.getByLabel('Business name').fill('List Keepers & Co');
  await business.getByRole('button', { name: 'Save' }).click();
  await expect(business.getByRole('status')).toHaveText('Saved.');
  const session = await createSession(request, merchant.secret_key, {
    success_url: 'https://pay.example.com/thanks',
    cancel_url: 'https://pay.example.com/cart',
  });
  await page.goto(session.url);
  await expect(page.getByRole('heading', { name: 'Pay List Keepers & Co' })).toBeVisible();
});
