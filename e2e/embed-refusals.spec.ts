import type { Server } from 'node:http';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { appUrl, demoSiteUrl } from './support/e2e-env';
import { CHECKOUT_FRAME, loggedEvents, startEmbeddedCheckout, openDemoSite } from './support/embed';
import { foreignUrl, startForeignSite } from './support/foreign-site';
import { auth, createMerchant, createSession, expectApiError, type TestMerchant } from './support/merchant-api';

let foreign: Server;
let merchant: TestMerchant;

test.beforeAll(async ({ request }) => {
  foreign = await startForeignSite();
  merchant = createMerchant('Embedding refusals shop');
  const response = await request.post('/api/v1/account', {
    headers: auth(merchant.secret_key),
    data: { allowed_embed_origins: [demoSiteUrl] },
  });
  expect(response.status()).toBe(200);
});
test.afterAll(() => new Promise<void>((resolve) => foreign.close(() => resolve())));

const embeddedSession = (request: APIRequestContext) =>
  createSession(request, merchant.secret_key, { ui_mode: 'embedded', success_url: undefined, cancel_url: undefined });

/** Waits for the frame's navigation to settle and says whether it shows Tillpoint's content. */
async function framedContent(page: Page, selector: string): Promise<{ url: string; text: string }> {
  const element = await page.waitForSelector(selector);
  await page.waitForTimeout(1500);
  const frame = (await element.contentFrame())!;
  return { url: frame.url(), text: await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '') };
}

test('the embed page may be framed only by its session’s embed origin; every other page refuses framing', async ({
  request,
}) => {
  const session = await embeddedSession(request);
  expect(session).toMatchObject({ ui_mode: 'embedded', embed_origin: demoSiteUrl, success_url: null });
  const embed = await request.get(`/embed/${session.id}`);
  expect(embed.status()).toBe(200);
  expect(embed.headers()['content-security-policy']).toBe(`frame-ancestors ${demoSiteUrl}`);
  expect(embed.headers()['permissions-policy']).toBe(`payment=(self "${demoSiteUrl}")`);
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  expect(embed.headers()['set-cookie']).toBeUndefined();
  const challengeReturn = await request.get(`/embed/${session.id}/complete?payment=pay_000000000000000000000000`);
  expect(challengeReturn.headers()['content-security-policy']).toBe(`frame-ancestors 'self' ${demoSiteUrl}`);

  const hosted = await createSession(request, merchant.secret_key);
  for (const path of [
    `/embed/${hosted.id}`,
    '/embed/cs_000000000000000000000000',
    '/embed/nonsense',
    '/',
    `/c/${hosted.id}`,
    `/c/${session.id}`,
    '/return?payment=pay_000000000000000000000000',
    '/demo',
    '/docs/api',
    '/api/health',
  ]) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy'], path).toBe("frame-ancestors 'none'");
    expect(response.headers()['x-frame-options'], path).toBe('DENY');
  }

  // An origin the merchant no longer allows loses its sessions' framing at once.
  await request.post('/api/v1/account', {
    headers: auth(merchant.secret_key),
    data: { allowed_embed_origins: ['https://shop.example.com'] },
  });
  try {
    expect((await request.get(`/embed/${session.id}`)).headers()['content-security-policy']).toBe(
      "frame-ancestors 'none'",
    );
  } finally {
    await request.post('/api/v1/account', {
      headers: auth(merchant.secret_key),
      data: { allowed_embed_origins: [demoSiteUrl] },
    });
  }
});

test('embed.js on a page the merchant does not allow: the browser refuses to display the checkout', async ({
  page,
  request,
}) => {
  const session = await embeddedSession(request);
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
  });
  await page.goto(`${foreignUrl}/mount?session=${session.id}`);
  const blocked = await framedContent(page, CHECKOUT_FRAME);
  expect(blocked.text).not.toMatch(/Pay|Tillpoint/);
  expect(blocked.url).not.toContain('/embed/');
  await expect(page.locator('#events li')).toHaveCount(0);
  expect(refusals.join('\n')).toContain('frame-ancestors');

  // The same session on the allowed origin renders and talks.
  await page.goto(demoSiteUrl);
  await page.evaluate(
    (id) =>
      Tillpoint.mount('#checkout', {
        session: id,
        onEvent: (event) => document.body.setAttribute('data-last-event', event.type),
      }),
    session.id,
  );
  await expect(page.frameLocator(CHECKOUT_FRAME).getByRole('button', { name: /^Pay \$45\.00$/ })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.locator('body')).toHaveAttribute('data-last-event', /ready|resize/);
});

test('non-embed pages refuse a real frame attempt, even from an origin allowed to embed checkouts', async ({
  page,
  request,
}) => {
  const hosted = await createSession(request, merchant.secret_key);
  for (const path of ['/', `/c/${hosted.id}`, `/embed/${hosted.id}`]) {
    await page.goto(`${foreignUrl}/frame?src=${encodeURIComponent(appUrl + path)}`);
    const framed = await framedContent(page, 'iframe[title="Framed page"]');
    expect(framed.text, path).not.toMatch(/Tillpoint|Pay/);
  }
  await page.goto(demoSiteUrl);
  for (const path of ['/', `/c/${hosted.id}`]) {
    await page.evaluate((src) => {
      document.querySelector('iframe[title="Framed page"]')?.remove();
      const iframe = Object.assign(document.createElement('iframe'), { title: 'Framed page', src });
      document.body.append(iframe);
    }, appUrl + path);
    const framed = await framedContent(page, 'iframe[title="Framed page"]');
    expect(framed.text, path).not.toMatch(/Tillpoint|Pay/);
  }
});

test('embed.js ignores messages from other origins, other windows, other sessions and of the wrong shape', async ({
  page,
}) => {
  await openDemoSite(page);
  const { sessionId } = await startEmbeddedCheckout(page, 'inline');
  const frameHeight = await page.locator(CHECKOUT_FRAME).evaluate((element) => element.style.height);
  const before = await loggedEvents(page);
  const base = { protocol: 'tillpoint.embed', version: 1, session: sessionId };

  // The merchant's own page (right shape, wrong origin and window).
  await page.evaluate((message) => window.postMessage(message, '*'), {
    ...base,
    type: 'succeeded',
    payment: 'pay_000000000000000000000000',
  });
  // A pop-up on a foreign origin.
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    page.evaluate((url) => void window.open(url), `${foreignUrl}/forge?session=${sessionId}`),
  ]);
  await expect(popup).toHaveTitle('sent');
  await popup.close();
  // Tillpoint's own frame, with messages of the wrong shape.
  const checkout = page.frame({ url: /\/embed\/cs_/ })!;
  await checkout.evaluate((base) => {
    for (const message of [
      { ...base, type: 'succeeded', version: 2, payment: 'pay_000000000000000000000000' },
      { ...base, type: 'succeeded', session: 'cs_000000000000000000000000', payment: 'pay_000000000000000000000000' },
      { ...base, type: 'succeeded', payment: 'not-a-payment' },
      { ...base, type: 'failed', code: 42 },
      { ...base, type: 'resize', height: -10 },
      { ...base, type: 'paid' },
      { ...base, protocol: 'other', type: 'close' },
      'succeeded',
    ]) {
      window.parent.postMessage(message, '*');
    }
  }, base);
  // Positive control: a well-formed message from the frame is delivered.
  await checkout.evaluate((base) => window.parent.postMessage({ ...base, type: 'ready' }, '*'), base);
  await expect.poll(async () => (await loggedEvents(page)).filter((event) => event.type === 'ready').length).toBe(2);

  const after = await loggedEvents(page);
  expect(after.slice(before.length).map((event) => event.type)).toEqual(['ready']);
  expect(await page.locator(CHECKOUT_FRAME).evaluate((element) => element.style.height)).toBe(frameHeight);
  await expect(page.locator('#order-status')).toHaveText('');
});

test('the API refuses embedded sessions that cannot be framed, naming the parameter', async ({ request }) => {
  const other = createMerchant('Not embedding yet');
  const post = (body: Record<string, unknown>, key = merchant.secret_key) =>
    request.post('/api/v1/checkout/sessions', {
      headers: auth(key),
      data: { line_items: [{ name: 'Lamp', unit_amount: 4500, quantity: 1 }], currency: 'usd', ...body },
    });
  await expectApiError(await post({ ui_mode: 'embedded' }, other.secret_key), 400, 'embedding_not_enabled', 'ui_mode');
  await expectApiError(
    await post({ ui_mode: 'embedded', embed_origin: 'https://evil.example' }),
    400,
    'embed_origin_not_allowed',
    'embed_origin',
  );
  await expectApiError(
    await post({ ui_mode: 'embedded', embed_origin: `${demoSiteUrl}/cart` }),
    400,
    'parameter_invalid',
    'embed_origin',
  );
  await expectApiError(
    await post({ embed_origin: demoSiteUrl, success_url: 'https://shop.example.com/ok' }),
    400,
    'parameter_invalid',
    'embed_origin',
  );
  await expectApiError(await post({}), 400, 'parameter_missing', 'success_url');
  await request.post('/api/v1/account', {
    headers: auth(merchant.secret_key),
    data: { allowed_embed_origins: [demoSiteUrl, 'https://shop.example.com'] },
  });
  try {
    const several = await expectApiError(await post({ ui_mode: 'embedded' }), 400, 'parameter_missing', 'embed_origin');
    expect(several.message).toContain('https://shop.example.com');
    const chosen = await post({ ui_mode: 'embedded', embed_origin: 'https://shop.example.com' });
    expect(((await chosen.json()) as { embed_origin: string }).embed_origin).toBe('https://shop.example.com');
  } finally {
    await request.post('/api/v1/account', {
      headers: auth(merchant.secret_key),
      data: { allowed_embed_origins: [demoSiteUrl] },
    });
  }
  const hosted = await post({ success_url: 'https://shop.example.com/ok' });
  expect(await hosted.json()).toMatchObject({ ui_mode: 'hosted', embed_origin: null });
});
