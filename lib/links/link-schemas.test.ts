import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ZodError } from 'zod';
import { zodToDomainError as zodToApiError } from '@/lib/core/zod-to-domain-error';
import { ZApiCreatePaymentLink, ZApiUpdatePaymentLink } from './link-schemas';

const fixed = { line_items: [{ name: 'Lamp', unit_amount: 4500, quantity: 1 }], currency: 'USD' };
const custom = { custom_amount: { name: 'Donation', minimum: 500, maximum: 50_000, preset: 2500 }, currency: 'eur' };

function errorOf(schema: typeof ZApiCreatePaymentLink | typeof ZApiUpdatePaymentLink, body: unknown) {
  const result = schema.safeParse(body);
  assert.ok(!result.success, `expected a validation error for ${JSON.stringify(body)}`);
  const error = zodToApiError(result.error as ZodError);
  return { code: error.code, param: error.param };
}

test('fixed-price and customer-chosen-amount links are valid; the currency is lower-cased', () => {
  assert.equal(ZApiCreatePaymentLink.parse(fixed).currency, 'usd');
  assert.deepEqual(ZApiCreatePaymentLink.parse(custom).custom_amount, custom.custom_amount);
  const redirect = ZApiCreatePaymentLink.parse({
    ...fixed,
    after_completion: { type: 'redirect', redirect: { url: 'https://shop.example/thanks?p={PAYMENT_ID}' } },
  });
  assert.equal(redirect.after_completion?.type, 'redirect');
});

test('every invalid link names its parameter', () => {
  const create = (body: unknown) => errorOf(ZApiCreatePaymentLink, body);
  assert.deepEqual(create({ currency: 'usd' }), { code: 'parameter_missing', param: 'line_items' });
  assert.deepEqual(create({ line_items: fixed.line_items }), { code: 'parameter_missing', param: 'currency' });
  assert.deepEqual(create({ ...fixed, custom_amount: custom.custom_amount }), {
    code: 'parameter_invalid',
    param: 'custom_amount',
  });
  assert.deepEqual(create({ ...fixed, colour: 'red' }), { code: 'parameter_unknown', param: 'colour' });
  assert.deepEqual(create({ ...fixed, line_items: [] }), { code: 'parameter_invalid', param: 'line_items' });
  assert.deepEqual(create({ ...fixed, line_items: [{ name: 'Gum', unit_amount: 10, quantity: 1 }] }), {
    code: 'parameter_invalid',
    param: 'line_items',
  });
  assert.deepEqual(create({ ...custom, custom_amount: { name: 'Tip', minimum: 10 } }), {
    code: 'parameter_invalid',
    param: 'custom_amount.minimum',
  });
  assert.deepEqual(create({ ...custom, custom_amount: { name: 'Tip', minimum: 1000, maximum: 900 } }), {
    code: 'parameter_invalid',
    param: 'custom_amount.maximum',
  });
  assert.deepEqual(create({ ...custom, custom_amount: { name: 'Tip', preset: 10 } }), {
    code: 'parameter_invalid',
    param: 'custom_amount.preset',
  });
  assert.deepEqual(create({ ...custom, custom_amount: { minimum: 500 } }), {
    code: 'parameter_missing',
    param: 'custom_amount.name',
  });
  assert.deepEqual(create({ ...fixed, after_completion: { type: 'popup' } }), {
    code: 'parameter_invalid',
    param: 'after_completion.type',
  });
  assert.deepEqual(create({ ...fixed, after_completion: { type: 'redirect' } }), {
    code: 'parameter_missing',
    param: 'after_completion.redirect',
  });
  assert.deepEqual(
    create({ ...fixed, after_completion: { type: 'redirect', redirect: { url: 'http://shop.example/x' } } }),
    {
      code: 'parameter_invalid',
      param: 'after_completion.redirect.url',
    },
  );
  assert.deepEqual(
    create({ ...fixed, after_completion: { type: 'hosted_confirmation', redirect: { url: 'https://shop.example' } } }),
    {
      code: 'parameter_unknown',
      param: 'after_completion.redirect',
    },
  );
  assert.deepEqual(create({ ...fixed, restrictions: { completed_sessions: { limit: 0 } } }), {
    code: 'parameter_invalid',
    param: 'restrictions.completed_sessions.limit',
  });
  assert.deepEqual(create({ ...fixed, inactive_message: 'x'.repeat(501) }), {
    code: 'parameter_invalid',
    param: 'inactive_message',
  });
  assert.deepEqual(create({ ...fixed, three_d_secure_ui: 'popup' }), {
    code: 'parameter_invalid',
    param: 'three_d_secure_ui',
  });
  assert.deepEqual(create({ ...fixed, active: 'yes' }), { code: 'parameter_invalid', param: 'active' });

  const update = (body: unknown) => errorOf(ZApiUpdatePaymentLink, body);
  assert.deepEqual(update({ currency: 'eur' }), { code: 'parameter_unknown', param: 'currency' });
  assert.deepEqual(update({ restrictions: { completed_sessions: {} } }), {
    code: 'parameter_missing',
    param: 'restrictions.completed_sessions.limit',
  });
});

test('amounts follow the currency’s step, as Stripe takes them: KWD ends in 0, HUF in whole units', () => {
  const create = (body: unknown) => errorOf(ZApiCreatePaymentLink, body);
  assert.deepEqual(create({ line_items: [{ name: 'Lamp', unit_amount: 12345, quantity: 1 }], currency: 'kwd' }), {
    code: 'parameter_invalid',
    param: 'line_items.0.unit_amount',
  });
  assert.equal(
    ZApiCreatePaymentLink.safeParse({
      line_items: [{ name: 'Lamp', unit_amount: 12340, quantity: 1 }],
      currency: 'KWD',
    }).success,
    true,
  );
  assert.deepEqual(create({ custom_amount: { name: 'Tip', minimum: 20050 }, currency: 'huf' }), {
    code: 'parameter_invalid',
    param: 'custom_amount.minimum',
  });
  assert.deepEqual(create({ custom_amount: { name: 'Tip', preset: 1005 }, currency: 'bhd' }), {
    code: 'parameter_invalid',
    param: 'custom_amount.preset',
  });
  assert.equal(
    ZApiCreatePaymentLink.safeParse({ custom_amount: { name: 'Tip', minimum: 20000, preset: 30000 }, currency: 'huf' })
      .success,
    true,
  );
  assert.equal(
    ZApiCreatePaymentLink.safeParse({ line_items: [{ name: 'Tea', unit_amount: 1001, quantity: 1 }], currency: 'jpy' })
      .success,
    true,
  );
});
