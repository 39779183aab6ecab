import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ZodError } from 'zod';
import { zodToDomainError } from '@/lib/core/zod-to-domain-error';
import { toCreateCheckoutSession, ZApiCreateCheckoutSession } from './checkout-session-schemas';

const valid = {
  line_items: [{ name: 'Lamp', unit_amount: 4500, quantity: 1 }],
  currency: 'usd',
  success_url: 'https://shop.example/ok',
};

function refusal(body: unknown) {
  const result = ZApiCreateCheckoutSession.safeParse(body);
  assert.ok(!result.success, 'expected a validation error');
  const error = zodToDomainError(result.error as ZodError);
  return { code: error.code, param: error.param };
}

test('after_expiration.recovery becomes the domain input; allow_promotion_codes defaults to false', () => {
  const parse = (after_expiration: unknown) =>
    toCreateCheckoutSession(ZApiCreateCheckoutSession.parse({ ...valid, after_expiration }), 'mer_x').recovery;
  assert.deepEqual(parse({ recovery: { enabled: true } }), { enabled: true, allowPromotionCodes: false });
  assert.deepEqual(parse({ recovery: { enabled: true, allow_promotion_codes: true } }), {
    enabled: true,
    allowPromotionCodes: true,
  });
  assert.deepEqual(parse({ recovery: { enabled: false } }), { enabled: false, allowPromotionCodes: false });
  assert.equal(parse(undefined), undefined);
});

test('bad after_expiration is a 400 naming the parameter', () => {
  assert.deepEqual(refusal({ ...valid, after_expiration: {} }), {
    code: 'parameter_missing',
    param: 'after_expiration.recovery',
  });
  assert.deepEqual(refusal({ ...valid, after_expiration: { recovery: {} } }), {
    code: 'parameter_missing',
    param: 'after_expiration.recovery.enabled',
  });
  assert.deepEqual(refusal({ ...valid, after_expiration: { recovery: { enabled: 'yes' } } }), {
    code: 'parameter_invalid',
    param: 'after_expiration.recovery.enabled',
  });
  assert.deepEqual(refusal({ ...valid, after_expiration: { recovery: { enabled: true, allow_promotion_codes: 1 } } }), {
    code: 'parameter_invalid',
    param: 'after_expiration.recovery.allow_promotion_codes',
  });
  assert.deepEqual(refusal({ ...valid, after_expiration: { recovery: { enabled: true, days: 5 } } }), {
    code: 'parameter_unknown',
    param: 'after_expiration.recovery.days',
  });
  assert.deepEqual(
    refusal({
      line_items: valid.line_items,
      currency: 'usd',
      ui_mode: 'embedded',
      after_expiration: { recovery: { enabled: true } },
    }),
    { code: 'parameter_invalid', param: 'after_expiration.recovery.enabled' },
  );
});
