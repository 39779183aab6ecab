import { expect, test } from '@playwright/test';
import { appUrl } from './support/e2e-env';
import { requestFrom } from './support/loopback-client';
import { auth, createMerchant } from './support/merchant-api';

type Reply = { status: number; retryAfter: string | null; body: { error?: { type: string; code: string } } };

/**
 * Sends concurrent batches (with fetch: Playwright's request fixture records every call into the
 * trace, too slowly for a flood) until one is refused with 429, or up to `maxBatches`.
 */
async function floodUntilLimited(headers: Record<string, string>, maxBatches = 40): Promise<Reply[]> {
  const replies: Reply[] = [];
  for (let batch = 0; batch < maxBatches && !replies.some((reply) => reply.status === 429); batch++) {
    replies.push(
      ...(await Promise.all(
        Array.from({ length: 100 }, () =>
          fetch(`${appUrl}/api/v1/account`, { headers }).then(async (response) => ({
            status: response.status,
            retryAfter: response.headers.get('retry-after'),
            body: await response.json(),
          })),
        ),
      )),
    );
  }
  return replies;
}

test('a key sending more than its burst gets 429 with Retry-After, then works again', async ({ request }) => {
  const merchant = createMerchant('Busy shop');
  const responses = await floodUntilLimited(auth(merchant.secret_key));
  const limited = responses.filter((response) => response.status === 429);
  expect(limited.length).toBeGreaterThan(0);
  expect(responses.every((response) => [200, 429].includes(response.status))).toBe(true);
  expect(limited[0]!.body.error).toMatchObject({ type: 'rate_limit_error', code: 'rate_limited' });
  const retryAfter = Number(limited[0]!.retryAfter);
  expect(retryAfter).toBeGreaterThanOrEqual(1);

  // Another key is not affected by this key's bucket.
  const other = createMerchant('Quiet shop');
  expect((await request.get('/api/v1/account', { headers: auth(other.secret_key) })).status()).toBe(200);

  await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
  expect((await request.get('/api/v1/account', { headers: auth(merchant.secret_key) })).status()).toBe(200);
});

test('one client rotating X-Forwarded-For gets 429 like without it: the header is not believed from an untrusted peer', async () => {
  // From its own loopback address, so that this flood does not slow other tests on 127.0.0.1.
  let n = 0;
  const replies: { status: number; retryAfter: string | undefined }[] = [];
  for (let batch = 0; batch < 40 && !replies.some((reply) => reply.status === 429); batch++) {
    replies.push(
      ...(await Promise.all(
        Array.from({ length: 200 }, async () => {
          n++;
          const reply = await requestFrom('127.0.3.1', '/api/v1/account', {
            headers: { 'X-Forwarded-For': `198.51.${n >> 8}.${n & 255}` },
          });
          return { status: reply.status, retryAfter: reply.headers['retry-after'] as string | undefined };
        }),
      )),
    );
  }
  const limited = replies.filter((reply) => reply.status === 429);
  expect(limited.length).toBeGreaterThan(0);
  expect(replies.every((reply) => [401, 429].includes(reply.status))).toBe(true);
  expect(Number(limited[0]!.retryAfter)).toBeGreaterThanOrEqual(1);
  // Another client (another socket address) is not affected.
  expect((await requestFrom('127.0.3.2', '/api/v1/account')).status).toBe(401);
});

test('behind a trusted proxy (TRUSTED_PROXIES) each forwarded client has its own bucket', async () => {
  const flood = () =>
    Promise.all(
      Array.from({ length: 200 }, () =>
        requestFrom('127.0.0.2', '/api/v1/account', { headers: { 'X-Forwarded-For': '203.0.113.7, 203.0.113.77' } }),
      ),
    );
  let statuses: number[] = [];
  for (let batch = 0; batch < 40 && !statuses.includes(429); batch++)
    statuses = statuses.concat((await flood()).map((reply) => reply.status));
  expect(statuses).toContain(429);
  // The proxy's next hop decides: another client through the same proxy still gets in.
  expect(
    (await requestFrom('127.0.0.2', '/api/v1/account', { headers: { 'X-Forwarded-For': '203.0.113.78' } })).status,
  ).toBe(401);
});
