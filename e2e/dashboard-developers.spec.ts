import { expect, test, type Locator, type Page } from '@playwright/test';
import { startWebhookReceiver, type WebhookReceiver } from '../test-support/webhook-receiver';
import { createDashboardUser, signInToDashboard } from './support/dashboard';
import { expectNoAxeViolations, screenshotBoth } from './support/look';
import { auth, createMerchant, expectApiError } from './support/merchant-api';

let receiver: WebhookReceiver;
test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
test.afterAll(() => receiver.close());

async function openDevelopers(page: Page, merchantName: string) {
  const merchant = createMerchant(merchantName);
  await signInToDashboard(page, createDashboardUser(merchant.id));
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Developers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Developers' })).toBeVisible();
  return merchant;
}

/** Reads the secret shown once in the open dialog, then closes it with Done. */
async function takeSecret(page: Page, dialogName: string | RegExp): Promise<string> {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog.getByText('Copy it now: this is the only time it is shown.')).toBeVisible();
  const secret = await dialog.getByTestId('revealed-secret').inputValue();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  return secret;
}

const keyRow = (page: Page, text: string) =>
  page.getByRole('list', { name: 'API keys' }).getByRole('listitem').filter({ hasText: text });

test('API keys are created, rolled and revoked in the dashboard, and the API honours each change', async ({
  page,
  request,
}) => {
  const merchant = await openDevelopers(page, 'Keyring Goods');
  const account = (key: string) => request.get('/api/v1/account', { headers: auth(key) });
  await expect(keyRow(page, merchant.secret_key.slice(0, 12))).toContainText('Unnamed key');

  await page.getByRole('button', { name: 'Create key' }).click();
  const create = page.getByRole('dialog', { name: 'Create a secret key' });
  await expect(create.getByLabel('Name (optional)')).toBeFocused();
  await create.getByLabel('Name (optional)').fill('CI deploys');
  await create.getByRole('button', { name: 'Create key' }).click();
  const ciKey = await takeSecret(page, 'Your new secret key');
  expect(ciKey).toMatch(/^sk_test_[0-9A-Za-z]{32}$/);
  expect((await account(ciKey)).status()).toBe(200);
  await expect(keyRow(page, 'CI deploys')).toContainText(ciKey.slice(0, 12));
  await page.reload();
  await expect(keyRow(page, 'CI deploys')).toContainText('Last used');
  await expect(page.getByText(ciKey)).toHaveCount(0); // never shown again
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-developers');

  // Roll at once: the old secret is refused, the new one works, the name carries over.
  await keyRow(page, 'CI deploys').getByRole('button', { name: 'Roll' }).click();
  const roll = page.getByRole('dialog', { name: 'Roll CI deploys' });
  await expect(roll.getByLabel('Now')).toBeChecked();
  await expectNoAxeViolations(page);
  await roll.getByRole('button', { name: 'Roll key' }).click();
  const rolledKey = await takeSecret(page, 'CI deploys was rolled');
  await expectApiError(await account(ciKey), 401, 'api_key_revoked');
  expect((await account(rolledKey)).status()).toBe(200);
  await expect(keyRow(page, rolledKey.slice(0, 12))).toContainText('CI deploys');
  await expect(keyRow(page, ciKey.slice(0, 12))).toContainText('Revoked');

  // Roll with a grace period: both keys work until it ends.
  await keyRow(page, merchant.secret_key.slice(0, 12)).getByRole('button', { name: 'Roll' }).click();
  await page
    .getByRole('dialog', { name: /^Roll / })
    .getByLabel('In 1 hour')
    .check();
  await page
    .getByRole('dialog', { name: /^Roll / })
    .getByRole('button', { name: 'Roll key' })
    .click();
  const graceDialog = page.getByRole('dialog', { name: /was rolled$/ });
  await expect(graceDialog).toContainText('The old key keeps working and stops in 1 hour.');
  const successor = await takeSecret(page, /was rolled$/);
  expect((await account(merchant.secret_key)).status()).toBe(200);
  expect((await account(successor)).status()).toBe(200);
  await expect(keyRow(page, merchant.secret_key.slice(0, 12))).toContainText('Expires');

  // Revoke (confirmed): refused at once by the API.
  await keyRow(page, rolledKey.slice(0, 12)).getByRole('button', { name: 'Revoke' }).click();
  const revoke = page.getByRole('dialog', { name: 'Revoke CI deploys?' });
  await expect(revoke.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(revoke).not.toContainText('last working key');
  await revoke.getByRole('button', { name: 'Revoke key' }).click();
  await expect(revoke).toBeHidden();
  await expect(keyRow(page, rolledKey.slice(0, 12))).toContainText('Revoked');
  await expectApiError(await account(rolledKey), 401, 'api_key_revoked');

  await keyRow(page, merchant.secret_key.slice(0, 12)).getByRole('button', { name: 'Revoke' }).click();
  await page
    .getByRole('dialog', { name: /^Revoke / })
    .getByRole('button', { name: 'Revoke key' })
    .click();
  await expect(page.getByRole('dialog', { name: /^Revoke / })).toBeHidden();
  await expectApiError(await account(merchant.secret_key), 401, 'api_key_revoked');

  // The last working key: the dialog warns before it goes.
  await keyRow(page, successor.slice(0, 12)).getByRole('button', { name: 'Revoke' }).click();
  const last = page.getByRole('dialog', { name: /^Revoke / });
  await expect(last).toContainText(
    'This is your last working key: the API will refuse every request until you create a new one.',
  );
  await screenshotBoth(page, 'dashboard-developers-revoke-last');
  await last.getByRole('button', { name: 'Cancel' }).click();
  expect((await account(successor)).status()).toBe(200);
});

async function openDelivery(page: Page, eventId: string): Promise<Locator> {
  const delivery = page.getByTestId('delivery').and(page.locator(`[data-event-id="${eventId}"]`));
  await expect(delivery).toBeVisible({ timeout: 15_000 });
  if (!(await delivery.locator('details').evaluate((details: HTMLDetailsElement) => details.open)))
    await delivery.locator('summary').click();
  return delivery;
}

test('a webhook endpoint made in the dashboard gets a test event; its log shows the request and response, and a failed delivery is redelivered', async ({
  page,
  request,
}) => {
  const merchant = await openDevelopers(page, 'Hooked Bakery');
  await expect(page.getByText('No webhook endpoints yet')).toBeVisible();
  await page.getByRole('button', { name: 'Add endpoint' }).click();
  const form = page.getByRole('dialog', { name: 'Add a webhook endpoint' });
  await form.getByLabel('Endpoint URL').fill('http://shop.example.com/hooks');
  await form.getByRole('checkbox', { name: /^payment\.succeeded/ }).check();
  await form.getByRole('button', { name: 'Add endpoint' }).click();
  await expect(form.getByLabel('Endpoint URL')).toBeFocused();
  await expect(form.locator('#endpoint-url-error')).toHaveText(
    'Must be an https URL (http is only for local receivers)',
  );
  await expect(form.getByLabel('Endpoint URL')).toHaveAttribute('aria-describedby', 'endpoint-url-error');
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-webhook-endpoint-form');

  await form.getByLabel('Endpoint URL').fill(receiver.url('/bakery'));
  await form.getByLabel('Description (optional)').fill('Bakery order system');
  await form.getByRole('button', { name: 'Add endpoint' }).click();
  const secretDialog = page.getByRole('dialog', { name: 'Endpoint added' });
  const secret = await secretDialog.getByTestId('revealed-secret').inputValue();
  expect(secret).toMatch(/^whsec_/);
  receiver.route('/bakery', secret);
  await secretDialog.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('link', { name: receiver.url('/bakery') }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Webhook endpoint' })).toBeVisible();
  await expect(page.getByText('No deliveries yet')).toBeVisible();
  await page.getByRole('button', { name: 'Send test event' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Test event sent.' })).toBeVisible();
  await receiver.waitFor((all) => all.some((r) => r.path === '/bakery'));
  const [received] = receiver.on('/bakery');

  const delivery = await openDelivery(page, received!.id);
  await expect(delivery.getByText('Delivered')).toBeVisible();
  await expect(delivery.getByTestId('attempt')).toHaveCount(1);
  await expect(delivery.getByTestId('attempt')).toContainText('HTTP 200');
  await expect(delivery.getByTestId('response-excerpt')).toHaveText('ok');
  // The request shown is the one the receiver verified: same body, same webhook-id and webhook-timestamp.
  await expect(delivery.getByTestId('attempt')).toContainText(`webhook-id${received!.id}`);
  await expect(delivery.getByTestId('attempt')).toContainText(`webhook-timestamp${received!.timestamp}`);
  expect(JSON.parse((await delivery.getByTestId('request-body').textContent())!)).toEqual(
    JSON.parse(received!.payload),
  );
  await expect(delivery).not.toContainText(secret.slice(6, 20));
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-webhook-endpoint');

  // The receiver fails: the log shows the 500 and its body; after the fix, Redeliver succeeds.
  let failing = true;
  receiver.route('/bakery', secret, (_, res) => {
    res.statusCode = failing ? 500 : 200;
    res.end(failing ? 'bakery receiver is down' : 'back up');
  });
  await page.getByRole('button', { name: 'Send test event' }).click();
  await receiver.waitFor((all) => all.filter((r) => r.path === '/bakery').length === 2);
  const failedId = receiver.on('/bakery')[1]!.id;
  const failed = await openDelivery(page, failedId);
  await expect(failed.getByText('Retrying')).toBeVisible();
  await expect(failed.getByTestId('attempt').first()).toContainText('HTTP 500');
  await expect(failed.getByTestId('response-excerpt').first()).toHaveText('bakery receiver is down');
  await expect(page.getByText('Failing since')).toHaveCount(1);
  await screenshotBoth(page, 'dashboard-webhook-failing');

  failing = false;
  await failed.getByRole('button', { name: 'Redeliver' }).click();
  await expect(failed.getByRole('status')).toHaveText('Queued: sending it again now.');
  await expect(failed.getByText('Delivered')).toBeVisible({ timeout: 15_000 });
  // Two attempts: the failure and the redelivery (three when the automatic retry, due after about 5 s,
  // came first on a slow machine). The log shows every request the receiver got.
  const sent = receiver.on('/bakery').filter((r) => r.id === failedId).length;
  expect(sent).toBeGreaterThanOrEqual(2);
  await expect(failed.getByTestId('attempt')).toHaveCount(sent);
  await expect(failed.getByTestId('attempt').first()).toContainText('HTTP 500');
  await expect(failed.getByTestId('attempt').last()).toContainText('HTTP 200');
  await expect(failed.getByTestId('response-excerpt').last()).toHaveText('back up');
  await expect(page.getByText('Failing since')).toHaveCount(0);

  // Edit, disable, enable, rotate (confirmed; the new secret signs from now on), delete (confirmed).
  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit the webhook endpoint' });
  await expect(edit.getByLabel('Endpoint URL')).toHaveValue(receiver.url('/bakery'));
  await expect(edit.getByRole('checkbox', { name: /^payment\.succeeded/ })).toBeChecked();
  await edit.getByLabel('All events').check();
  await edit.getByLabel('Description (optional)').fill('Bakery orders and refunds');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText('All events (*)')).toBeVisible();
  await expect(page.getByText('Bakery orders and refunds')).toBeVisible();

  await page.getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByText('Disabled in the dashboard')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send test event' })).toBeDisabled();
  await page.getByRole('button', { name: 'Enable' }).click();
  await expect(page.getByText('Enabled', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Rotate secret' }).click();
  await page
    .getByRole('dialog', { name: 'Rotate the signing secret?' })
    .getByRole('button', { name: 'Rotate secret' })
    .click();
  const rotated = await takeSecret(page, 'New signing secret');
  expect(rotated).not.toBe(secret);
  receiver.route('/bakery', rotated);
  await page.getByRole('button', { name: 'Send test event' }).click();
  await receiver.waitFor((all) => all.filter((r) => r.path === '/bakery').length === 4);
  expect(receiver.rejected).toEqual([]);

  await page.getByRole('button', { name: 'Delete' }).click();
  await page
    .getByRole('dialog', { name: 'Delete this endpoint?' })
    .getByRole('button', { name: 'Delete endpoint' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Developers' })).toBeVisible();
  await expect(page.getByText('No webhook endpoints yet')).toBeVisible();
  expect(
    (await (await request.get('/api/v1/webhook_endpoints', { headers: auth(merchant.secret_key) })).json()).data,
  ).toEqual([]);
});

test('a user of merchant A gets 404 for merchant B’s endpoint page, and forged actions with B’s ids change nothing', async ({
  page,
  request,
}) => {
  const b = createMerchant('Tenant B Hooks');
  const bHeaders = auth(b.secret_key);
  const bEndpoint = await (
    await request.post('/api/v1/webhook_endpoints', {
      headers: bHeaders,
      data: { url: 'https://b.example.com/hooks', enabled_events: ['*'] },
    })
  ).json();
  const bKey = (await (await request.get('/api/v1/api_keys', { headers: bHeaders })).json()).data[0].id as string;

  await openDevelopers(page, 'Tenant A Hooks');
  const response = await page.goto(`/dashboard/developers/webhooks/${bEndpoint.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText('https://b.example.com/hooks')).toHaveCount(0);

  // A's own endpoint and key, whose action requests are rewritten to carry B's ids.
  await page.goto('/dashboard/developers');
  await page.getByRole('button', { name: 'Add endpoint' }).click();
  const form = page.getByRole('dialog', { name: 'Add a webhook endpoint' });
  await form.getByLabel('Endpoint URL').fill('https://a.example.com/hooks');
  await form.getByLabel('All events').check();
  await form.getByRole('button', { name: 'Add endpoint' }).click();
  await takeSecret(page, 'Endpoint added');
  await page.getByRole('link', { name: 'https://a.example.com/hooks' }).click();
  await page.waitForURL(/\/webhooks\/we_/);
  const aEndpointId = page.url().split('/').pop()!;
  await page.route('**/dashboard/**', async (route) => {
    const sent = route.request();
    if (sent.method() !== 'POST' || !sent.headers()['next-action']) return route.continue();
    await route.continue({ postData: sent.postData()!.replaceAll(aEndpointId, bEndpoint.id) });
  });
  await page.getByRole('button', { name: 'Disable' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `No such webhook endpoint: '${bEndpoint.id}'` }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Rotate secret' }).click();
  const rotate = page.getByRole('dialog', { name: 'Rotate the signing secret?' });
  await rotate.getByRole('button', { name: 'Rotate secret' }).click();
  await expect(rotate.getByRole('alert')).toHaveText(`No such webhook endpoint: '${bEndpoint.id}'`);
  await rotate.getByRole('button', { name: 'Cancel' }).click();
  const bAfter = await (await request.get(`/api/v1/webhook_endpoints/${bEndpoint.id}`, { headers: bHeaders })).json();
  expect(bAfter).toMatchObject({ enabled: true, disabled_reason: null });

  await page.goto('/dashboard/developers');
  const aKeyId = (await page
    .getByRole('list', { name: 'API keys' })
    .getByRole('listitem')
    .first()
    .getAttribute('data-testid'))!.replace('api-key-', '');
  await page.unrouteAll();
  await page.route('**/dashboard/**', async (route) => {
    const sent = route.request();
    if (sent.method() !== 'POST' || !sent.headers()['next-action']) return route.continue();
    await route.continue({ postData: sent.postData()!.replaceAll(aKeyId, bKey) });
  });
  await page.getByRole('button', { name: 'Revoke' }).click();
  const revoke = page.getByRole('dialog', { name: /^Revoke / });
  await revoke.getByRole('button', { name: 'Revoke key' }).click();
  await expect(revoke.getByRole('alert')).toHaveText(`No such API key: '${bKey}'`);
  expect((await request.get('/api/v1/account', { headers: bHeaders })).status()).toBe(200);
});
