import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zodToDomainError } from '@/lib/core/zod-to-domain-error';
import { ZApiCreateCheckoutSession } from '@/lib/merchant-api/schemas/checkout-session-schemas';
import { ZApiCreatePaymentLink } from '@/lib/links/link-schemas';
import {
  apiAdjustableQuantity,
  quantityBounds,
  quantityOutsideBounds,
  readQuantityBounds,
} from './adjustable-quantity';

const session = (item: Record<string, unknown>) => ({
  currency: 'eur',
  success_url: 'https://shop.example/t',
  line_items: [{ name: 'Mug', unit_amount: 1500, quantity: 2, ...item }],
});

function refusal(body: unknown, schema: typeof ZApiCreateCheckoutSession | typeof ZApiCreatePaymentLink) {
  const result = schema.safeParse(body);
  assert.ok(!result.success, `expected a refusal of ${JSON.stringify(body)}`);
  const error = zodToDomainError(result.error);
  return [error.code, error.param];
}

test('valid bounds pass; omitted bounds take Stripe’s defaults (0 and 99)', () => {
  const parsed = ZApiCreateCheckoutSession.parse(session({ adjustable_quantity: { enabled: true, maximum: 10 } }));
  assert.deepEqual(quantityBounds(parsed.line_items[0]!.adjustable_quantity), { minimum: 0, maximum: 10 });
  assert.deepEqual(quantityBounds({ enabled: true }), { minimum: 0, maximum: 99 });
  assert.equal(quantityBounds({ enabled: false }), null);
  assert.equal(quantityBounds(undefined), null);
  const edge = session({ quantity: 999, adjustable_quantity: { enabled: true, minimum: 999, maximum: 999_999 } });
  assert.ok(ZApiCreateCheckoutSession.safeParse(edge).success);
});

test('each invalid adjustable_quantity is a 400 naming its parameter', () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ adjustable_quantity: { enabled: true, maximum: 1_000_000 } }, 'line_items.0.adjustable_quantity.maximum'],
    [{ adjustable_quantity: { enabled: true, minimum: -1 } }, 'line_items.0.adjustable_quantity.minimum'],
    [{ adjustable_quantity: { enabled: true, minimum: 1.5 } }, 'line_items.0.adjustable_quantity.minimum'],
    [{ adjustable_quantity: { enabled: true, maximum: 0 } }, 'line_items.0.adjustable_quantity.maximum'],
    [{ adjustable_quantity: { enabled: true, minimum: 5, maximum: 3 } }, 'line_items.0.adjustable_quantity.minimum'],
    [{ adjustable_quantity: { enabled: false, maximum: 3 } }, 'line_items.0.adjustable_quantity.maximum'],
    [{ adjustable_quantity: { enabled: false, minimum: 1 } }, 'line_items.0.adjustable_quantity.minimum'],
    [{ adjustable_quantity: { maximum: 3 } }, 'line_items.0.adjustable_quantity.enabled'],
    [{ adjustable_quantity: { enabled: true, step: 2 } }, 'line_items.0.adjustable_quantity.step'],
    [{ adjustable_quantity: { enabled: true, minimum: 3, maximum: 9 } }, 'line_items.0.quantity'],
    [{ quantity: 120, adjustable_quantity: { enabled: true } }, 'line_items.0.quantity'],
  ];
  for (const [item, param] of cases) {
    const [code, named] = refusal(session(item), ZApiCreateCheckoutSession);
    assert.equal(named, param, JSON.stringify(item));
    assert.match(String(code), /^parameter_(invalid|missing|unknown)$/);
  }
});

test('payment links take the same rules', () => {
  const link = { currency: 'usd', line_items: [{ name: 'Lamp', unit_amount: 4500, quantity: 1 }] };
  const ok = ZApiCreatePaymentLink.parse({
    ...link,
    line_items: [{ ...link.line_items[0], adjustable_quantity: { enabled: true, minimum: 1, maximum: 5 } }],
  });
  assert.deepEqual(ok.line_items?.[0]?.adjustable_quantity, { enabled: true, minimum: 1, maximum: 5 });
  const bad = {
    ...link,
    line_items: [{ ...link.line_items[0], adjustable_quantity: { enabled: true, minimum: 6, maximum: 5 } }],
  };
  assert.deepEqual(refusal(bad, ZApiCreatePaymentLink), [
    'parameter_invalid',
    'line_items.0.adjustable_quantity.minimum',
  ]);
});

test('stored bounds read back; anything malformed is a fixed quantity', () => {
  assert.deepEqual(readQuantityBounds({ minimum: 1, maximum: 4 }), { minimum: 1, maximum: 4 });
  assert.deepEqual(apiAdjustableQuantity({ minimum: 1, maximum: 4 }), { enabled: true, minimum: 1, maximum: 4 });
  for (const junk of [null, undefined, 'x', { minimum: -1, maximum: 4 }, { minimum: 1 }])
    assert.equal(readQuantityBounds(junk), null);
  assert.equal(quantityOutsideBounds(4, { minimum: 1, maximum: 4 }), null);
  assert.match(quantityOutsideBounds(5, { minimum: 1, maximum: 4 }) ?? '', /between/);
  assert.equal(quantityOutsideBounds(5000, null), null);
});
