import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ZodError } from 'zod';
import { zodToDomainError as zodToApiError } from '@/lib/core/zod-to-domain-error';
import { toCreateCheckoutSession, ZApiCreateCheckoutSession } from './checkout-session-schemas';

const valid = {
  line_items: [{ name: 'Lamp', unit_amount: 4500, quantity: 2 }],
  currency: 'USD',
  success_url: 'https://shop.example/ok',
};

function errorOf(body: unknown) {
  const result = ZApiCreateCheckoutSession.safeParse(body);
  assert.ok(!result.success, 'expected a validation error');
  return zodToApiError(result.error as ZodError);
}

test('a valid body becomes the domain input, with the currency lower-cased and expiry clamped', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const input = toCreateCheckoutSession(
    ZApiCreateCheckoutSession.parse({ ...valid, expires_at: (Date.now() / 1000 + 3600) | 0 }),
    'mer_x',
    now,
  );
  assert.equal(input.currency, 'usd');
  assert.deepEqual(input.lineItems, [
    { name: 'Lamp', unitAmount: 4500, quantity: 2, imageUrl: undefined, adjustableQuantity: null },
  ]);
  assert.equal(input.expiresInSeconds, 24 * 3600);
});

test('errors name the parameter as a dotted path and say whether it is unknown, missing or invalid', () => {
  assert.deepEqual(pick(errorOf({ ...valid, line_items: [{ name: 'Lamp', unit_amount: -1, quantity: 1 }] })), {
    code: 'parameter_invalid',
    param: 'line_items.0.unit_amount',
  });
  assert.deepEqual(pick(errorOf({ ...valid, color: 'red' })), { code: 'parameter_unknown', param: 'color' });
  assert.deepEqual(
    pick(errorOf({ ...valid, line_items: [{ name: 'Lamp', unit_amount: 100, quantity: 1, sku: 'x' }] })),
    { code: 'parameter_unknown', param: 'line_items.0.sku' },
  );
  assert.deepEqual(pick(errorOf({ line_items: valid.line_items, currency: 'usd' })), {
    code: 'parameter_missing',
    param: 'success_url',
  });
  assert.deepEqual(pick(errorOf({ ...valid, currency: 'xyz' })), { code: 'parameter_invalid', param: 'currency' });
  assert.deepEqual(pick(errorOf({ ...valid, success_url: 'http://shop.example/ok' })), {
    code: 'parameter_invalid',
    param: 'success_url',
  });
  assert.deepEqual(pick(errorOf({ ...valid, expires_at: Math.floor(Date.now() / 1000) + 60 })), {
    code: 'parameter_invalid',
    param: 'expires_at',
  });
  assert.deepEqual(pick(errorOf({ ...valid, line_items: [{ name: 'Gum', unit_amount: 10, quantity: 1 }] })), {
    code: 'parameter_invalid',
    param: 'line_items',
  });
  const tooMany = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']));
  assert.deepEqual(pick(errorOf({ ...valid, metadata: tooMany })), { code: 'parameter_invalid', param: 'metadata' });
  assert.deepEqual(pick(errorOf({ ...valid, metadata: { ['k'.repeat(41)]: 'v' } })).code, 'parameter_invalid');
});

test('unit amounts follow the currency’s step: KWD 12.345 is refused, 12.340 taken; HUF and TWD in whole units', () => {
  const kwd = (unit_amount: number) => ({
    ...valid,
    currency: 'kwd',
    line_items: [{ name: 'Lamp', unit_amount, quantity: 1 }],
  });
  assert.deepEqual(pick(errorOf(kwd(12345))), { code: 'parameter_invalid', param: 'line_items.0.unit_amount' });
  assert.match(errorOf(kwd(12345)).message, /multiple of 10/);
  assert.equal(ZApiCreateCheckoutSession.safeParse(kwd(12340)).success, true);
  const huf = {
    ...valid,
    currency: 'HUF',
    line_items: [
      { name: 'Lamp', unit_amount: 20000, quantity: 1 },
      { name: 'Cup', unit_amount: 17550, quantity: 1 },
    ],
  };
  assert.deepEqual(pick(errorOf(huf)), { code: 'parameter_invalid', param: 'line_items.1.unit_amount' });
  assert.deepEqual(
    pick(errorOf({ ...valid, currency: 'twd', line_items: [{ name: 'Tea', unit_amount: 5050, quantity: 1 }] })).param,
    'line_items.0.unit_amount',
  );
  assert.equal(
    ZApiCreateCheckoutSession.safeParse({
      ...valid,
      currency: 'jpy',
      line_items: [{ name: 'Tea', unit_amount: 1001, quantity: 1 }],
    }).success,
    true,
  );
});

function pick(error: { code: string; param?: string }) {
  return { code: error.code, param: error.param };
}

test('embedded sessions: success_url may be omitted, embed_origin is an exact origin and needs ui_mode embedded', () => {
  const embedded = { line_items: valid.line_items, currency: 'usd', ui_mode: 'embedded' };
  const input = ZApiCreateCheckoutSession.parse({ ...embedded, embed_origin: 'https://Shop.Example' });
  assert.equal(input.embed_origin, 'https://shop.example');
  const domain = toCreateCheckoutSession(input, 'mer_x', new Date(), 'https://shop.example');
  assert.equal(domain.uiMode, 'embedded');
  assert.equal(domain.embedOrigin, 'https://shop.example');
  assert.equal(domain.successUrl, undefined);

  const missing = errorOf({ line_items: valid.line_items, currency: 'usd', ui_mode: 'hosted' });
  assert.deepEqual(pick(missing), { code: 'parameter_missing', param: 'success_url' });
  assert.match(missing.message, /unless ui_mode is embedded/);
  assert.deepEqual(pick(errorOf({ ...valid, embed_origin: 'https://shop.example' })), {
    code: 'parameter_invalid',
    param: 'embed_origin',
  });
  assert.deepEqual(pick(errorOf({ ...embedded, embed_origin: 'https://shop.example/cart' })), {
    code: 'parameter_invalid',
    param: 'embed_origin',
  });
  assert.deepEqual(pick(errorOf({ ...embedded, embed_origin: 'http://shop.example' })), {
    code: 'parameter_invalid',
    param: 'embed_origin',
  });
});
