import { expect, test } from '@playwright/test';
import {
  apiRequests,
  publicRequests,
  type FuzzFixtures,
  type HostileRequest,
  type OpenApiDocument,
} from './support/hostile-requests';
import { auth, createMerchant, createSession } from './support/merchant-api';

// An attacker sends over 1,000 generated hostile requests (seeded, so every run sends the same ones) to
// every /api/v1 operation of the OpenAPI document and every public route. None may answer 5xx, none may
// hang, and none may answer 2xx for another merchant's object.
const SEED = 20261205;
const PER_OPERATION = 32;
const PER_ROUTE = 24;
const CONCURRENCY = 6;
const HANG_AFTER_MS = 10_000;

test.setTimeout(240_000);

test('a fuzz pass of hostile requests across every API operation and public route gets no 5xx and no hang', async ({
  request,
}) => {
  const attacker = createMerchant('Fuzzing attacker');
  const victim = createMerchant('Fuzzed victim');
  const attackerKeys = [attacker.secret_key];
  for (let i = 0; i < 5; i += 1) {
    const created = await request.post('/api/v1/api_keys', {
      headers: auth(attacker.secret_key),
      data: { name: `fuzz ${i}` },
    });
    attackerKeys.push(((await created.json()) as { secret: string }).secret);
  }
  const ownLink = await (
    await request.post('/api/v1/payment_links', {
      headers: auth(attacker.secret_key),
      data: { line_items: [{ name: 'Lamp', unit_amount: 4500, quantity: 1 }], currency: 'usd' },
    })
  ).json();
  const ownEndpoint = await (
    await request.post('/api/v1/webhook_endpoints', {
      headers: auth(attacker.secret_key),
      data: { url: 'https://hooks.example.com/own', enabled_events: ['*'] },
    })
  ).json();
  const victimLink = await (
    await request.post('/api/v1/payment_links', {
      headers: auth(victim.secret_key),
      data: { line_items: [{ name: 'Vase', unit_amount: 9900, quantity: 1 }], currency: 'eur' },
    })
  ).json();
  const fixtures: FuzzFixtures = {
    attackerKeys,
    own: {
      session: (await createSession(request, attacker.secret_key)).id,
      link: ownLink.id,
      slug: new URL(ownLink.url).pathname.split('/').pop()!,
      endpoint: ownEndpoint.id,
    },
    victim: {
      session: (await createSession(request, victim.secret_key)).id,
      link: victimLink.id,
      slug: new URL(victimLink.url).pathname.split('/').pop()!,
      merchant: victim.id,
      payment: null,
    },
  };
  expect(attackerKeys.every((key) => key.startsWith('sk_test_'))).toBe(true);

  const document = (await (await request.get('/api/v1/openapi.json')).json()) as OpenApiDocument;
  const requests = [
    ...apiRequests(document, fixtures, SEED, PER_OPERATION),
    ...publicRequests(fixtures, SEED + 1, PER_ROUTE),
  ];
  const operations = new Set(requests.map((r) => r.operation));
  const apiOperations = Object.entries(document.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
  );
  expect(requests.length).toBeGreaterThanOrEqual(1000);

  const serverErrors: string[] = [];
  const hangs: string[] = [];
  const leaks: string[] = [];
  const statuses = new Map<number, number>();
  let slowest = 0;
  const started = Date.now();
  const send = async (hostile: HostileRequest) => {
    const at = Date.now();
    const label = `${hostile.method} ${hostile.url.slice(0, 160)}`;
    try {
      const response = await request.fetch(hostile.url, {
        method: hostile.method,
        headers: hostile.headers,
        data: hostile.body,
        timeout: HANG_AFTER_MS,
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      const status = response.status();
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500) serverErrors.push(`${status} ${label} → ${(await response.text()).slice(0, 200)}`);
      if (hostile.foreignId && status < 300) leaks.push(`${status} ${label}`);
      await response.dispose();
    } catch (error) {
      hangs.push(`${label}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    slowest = Math.max(slowest, Date.now() - at);
  };
  const queue = [...requests];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await send(next);
    }),
  );

  const summary = {
    requests: requests.length,
    operations: operations.size,
    api_operations_covered: `${apiOperations.filter((op) => operations.has(op)).length}/${apiOperations.length}`,
    status_counts: Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
    server_errors_5xx: serverErrors.length,
    hangs: hangs.length,
    tenant_leaks: leaks.length,
    slowest_ms: slowest,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
  console.log(`[security-fuzz] ${JSON.stringify(summary)}`);
  test.info().annotations.push({ type: 'fuzz', description: JSON.stringify(summary) });
  for (const line of [...hangs, ...leaks, ...serverErrors].slice(0, 40))
    console.log(`[security-fuzz]   ${line.slice(0, 300)}`);
  expect(apiOperations.filter((op) => !operations.has(op))).toEqual([]);
  expect(serverErrors, serverErrors.slice(0, 20).join('\n')).toEqual([]);
  expect(hangs, hangs.slice(0, 20).join('\n')).toEqual([]);
  expect(leaks, leaks.join('\n')).toEqual([]);
});
