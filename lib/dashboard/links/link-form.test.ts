import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Db } from '@/lib/db/create-prisma';
import { createPaymentLink } from '@/lib/links/create-payment-link';
import { updatePaymentLink } from '@/lib/links/update-payment-link';
import { ApiError } from '@/lib/merchant-api/api-error';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { linkErrorInMajorUnits } from './link-error-in-major-units';
import { EMPTY_LINK_FORM, linkFormToApi, linkToForm, type TLinkForm } from './link-form';

let database: TestDatabase;
let db: Db;
let merchantId: string;

before(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  merchantId = (await createMerchant(db, { name: 'Form shop' })).id;
});
after(() => database.close());

const form = (change: Partial<TLinkForm>): TLinkForm => ({ ...EMPTY_LINK_FORM, ...change });

/** The error the dashboard shows for `form` in `currency`: the conversion's, else the domain's, in major units. */
async function refusal(values: TLinkForm, currency = 'usd'): Promise<{ param: string | undefined; message: string }> {
  try {
    await createPaymentLink(db, merchantId, { currency, ...linkFormToApi(values, currency) }, true);
  } catch (error) {
    const shown = linkErrorInMajorUnits(error, currency);
    assert.ok(shown instanceof ApiError, String(error));
    return { param: shown.param, message: shown.message };
  }
  throw new Error('expected a refusal');
}

test('amounts typed in major units become minor units with the currency’s exponent', async () => {
  const items = [
    { name: 'Lamp', price: '45.5', quantity: '2' },
    { name: 'Bulb', price: '1,25', quantity: '1' },
  ];
  assert.deepEqual(linkFormToApi(form({ lineItems: items }), 'usd').line_items, [
    { name: 'Lamp', unit_amount: 4550, quantity: 2 },
    { name: 'Bulb', unit_amount: 125, quantity: 1 },
  ]);
  assert.equal(
    linkFormToApi(form({ lineItems: [{ name: 'Tea', price: '1200', quantity: '1' }] }), 'jpy').line_items?.[0]
      ?.unit_amount,
    1200,
  );
  assert.equal(
    linkFormToApi(form({ lineItems: [{ name: 'Tea', price: '1.250', quantity: '1' }] }), 'kwd').line_items?.[0]
      ?.unit_amount,
    1250,
  );
  const custom = linkFormToApi(
    form({ pricing: 'custom', customAmount: { name: 'Donation', minimum: '5', maximum: '', preset: '20.00' } }),
    'eur',
  );
  assert.deepEqual(custom.custom_amount, { name: 'Donation', minimum: 500, preset: 2000 });
  assert.equal(custom.line_items, undefined);
});

test('blank optional fields mean the API’s defaults; a redirect or a limit is sent as the API spells it', () => {
  const plain = linkFormToApi(form({ lineItems: [{ name: 'Lamp', price: '45', quantity: '1' }] }), 'usd');
  assert.deepEqual(plain.after_completion, { type: 'hosted_confirmation' });
  assert.equal(plain.restrictions, null);
  assert.equal(plain.inactive_message, null);
  const full = linkFormToApi(
    form({
      lineItems: [{ name: 'Lamp', price: '45', quantity: '1' }],
      afterCompletion: 'redirect',
      redirectUrl: ' https://shop.example.com/thanks ',
      limit: '10',
      inactiveMessage: ' Sold out ',
      threeDSecureUi: 'redirect',
    }),
    'usd',
  );
  assert.deepEqual(full.after_completion, { type: 'redirect', redirect: { url: 'https://shop.example.com/thanks' } });
  assert.deepEqual(full.restrictions, { completed_sessions: { limit: 10 } });
  assert.equal(full.inactive_message, 'Sold out');
  assert.equal(full.three_d_secure_ui, 'redirect');
  const message = linkFormToApi(
    form({ lineItems: [{ name: 'Lamp', price: '45', quantity: '1' }], confirmationMessage: 'Thanks!' }),
    'usd',
  );
  assert.deepEqual(message.after_completion, {
    type: 'hosted_confirmation',
    hosted_confirmation: { custom_message: 'Thanks!' },
  });
});

test('every refusal names the API parameter of the field at fault, with amounts in major units', async () => {
  const item = (change: object) => [{ name: 'Lamp', price: '45', quantity: '1', ...change }];
  assert.deepEqual(await refusal(form({ lineItems: item({ price: '' }) })), {
    param: 'line_items.0.unit_amount',
    message: 'Invalid line_items.0.unit_amount: enter a price.',
  });
  assert.deepEqual(await refusal(form({ lineItems: item({ price: '45.555' }) })), {
    param: 'line_items.0.unit_amount',
    message: 'Invalid line_items.0.unit_amount: enter an amount like 12.50 (USD has 2 decimal places).',
  });
  assert.match(
    (await refusal(form({ lineItems: item({ price: '12.5' }) }), 'jpy')).message,
    /like 1200 \(JPY has no decimal places\)/,
  );
  assert.deepEqual(await refusal(form({ lineItems: item({ quantity: 'two' }) })), {
    param: 'line_items.0.quantity',
    message: 'Invalid line_items.0.quantity: enter a whole number, like 1.',
  });
  assert.deepEqual(await refusal(form({ lineItems: [...item({}), { name: ' ', price: '3', quantity: '1' }] })), {
    param: 'line_items.1.name',
    message: 'Invalid line_items.1.name: must not be empty',
  });
  assert.deepEqual(await refusal(form({ lineItems: item({ quantity: '1000' }) })), {
    param: 'line_items.0.quantity',
    message: 'Invalid line_items.0.quantity: must be at most 999',
  });
  assert.deepEqual(await refusal(form({ lineItems: item({ price: '0.20' }) })), {
    param: 'line_items',
    message: 'Invalid line_items: total must be at least $0.50',
  });
  assert.deepEqual(await refusal(form({ lineItems: item({ price: '1000000' }) })), {
    param: 'line_items.0.unit_amount',
    message: 'Invalid line_items.0.unit_amount: must be at most $999,999.99',
  });
  assert.deepEqual(await refusal(form({ lineItems: [] })), {
    param: 'line_items',
    message: 'Invalid line_items: must have at least one item',
  });

  const custom = (change: object) =>
    form({ pricing: 'custom', customAmount: { name: 'Donation', minimum: '', maximum: '', preset: '', ...change } });
  assert.deepEqual(await refusal(custom({ minimum: '10', maximum: '5' })), {
    param: 'custom_amount.maximum',
    message: 'Invalid custom_amount.maximum: must not be below minimum',
  });
  assert.deepEqual(await refusal(custom({ minimum: '0.10' })), {
    param: 'custom_amount.minimum',
    message: 'Invalid custom_amount.minimum: must be at least $0.50',
  });
  assert.deepEqual(await refusal(custom({ name: '' })), {
    param: 'custom_amount.name',
    message: 'Invalid custom_amount.name: must not be empty',
  });

  const plain = item({});
  assert.deepEqual(await refusal(form({ lineItems: plain, limit: '0' })), {
    param: 'restrictions.completed_sessions.limit',
    message: 'Invalid restrictions.completed_sessions.limit: must be at least 1',
  });
  assert.deepEqual(await refusal(form({ lineItems: plain, limit: 'ten' })), {
    param: 'restrictions.completed_sessions.limit',
    message: 'Invalid restrictions.completed_sessions.limit: enter a whole number, like 100.',
  });
  assert.deepEqual(
    await refusal(form({ lineItems: plain, afterCompletion: 'redirect', redirectUrl: 'ftp://shop.example.com' })),
    {
      param: 'after_completion.redirect.url',
      message: 'Invalid after_completion.redirect.url: must be an https URL (plain http only for localhost)',
    },
  );
  assert.equal((await refusal(form({ lineItems: plain, inactiveMessage: 'x'.repeat(501) }))).param, 'inactive_message');
});

test('an existing link fills the edit form, and saving it unchanged changes nothing', async () => {
  const link = await createPaymentLink(
    db,
    merchantId,
    {
      currency: 'usd',
      line_items: [{ name: 'Lamp', unit_amount: 4550, quantity: 2 }],
      after_completion: { type: 'redirect', redirect: { url: 'https://shop.example.com/thanks' } },
      restrictions: { completed_sessions: { limit: 5 } },
      inactive_message: 'Sold out',
      three_d_secure_ui: 'redirect',
    },
    true,
  );
  const values = linkToForm(link);
  assert.deepEqual(values.lineItems, [{ name: 'Lamp', price: '45.50', quantity: '2' }]);
  assert.equal(values.limit, '5');
  const saved = await updatePaymentLink(db, merchantId, link.id, linkFormToApi(values, link.currency), true);
  for (const column of [
    'lineItems',
    'afterCompletion',
    'redirectUrl',
    'completedLimit',
    'inactiveMessage',
    'threeDSecureUi',
    'customAmountName',
  ] as const) {
    assert.deepEqual(saved[column], link[column], column);
  }

  const donation = await createPaymentLink(
    db,
    merchantId,
    { currency: 'jpy', custom_amount: { name: 'Donation', minimum: 500 } },
    true,
  );
  assert.deepEqual(linkToForm(donation).customAmount, { name: 'Donation', minimum: '500', maximum: '', preset: '' });
  const again = await updatePaymentLink(db, merchantId, donation.id, linkFormToApi(linkToForm(donation), 'jpy'), true);
  assert.equal(again.customAmountMax, donation.customAmountMax);
});

test('adjustable quantity: the switch and bounds become adjustable_quantity, blanks take the defaults, and round-trip', async () => {
  const adjustable = (minimum: string, maximum: string) => [
    { name: 'Seeds', price: '3.50', quantity: '2', adjustable: { enabled: true, minimum, maximum } },
  ];
  assert.deepEqual(linkFormToApi(form({ lineItems: adjustable('1', '6') }), 'usd').line_items?.[0], {
    name: 'Seeds',
    unit_amount: 350,
    quantity: 2,
    adjustable_quantity: { enabled: true, minimum: 1, maximum: 6 },
  });
  assert.deepEqual(linkFormToApi(form({ lineItems: adjustable('', '') }), 'usd').line_items?.[0]?.adjustable_quantity, {
    enabled: true,
  });
  const off = [
    { name: 'Seeds', price: '3.50', quantity: '2', adjustable: { enabled: false, minimum: '1', maximum: '' } },
  ];
  assert.equal(linkFormToApi(form({ lineItems: off }), 'usd').line_items?.[0]?.adjustable_quantity, undefined);
  assert.deepEqual(await refusal(form({ lineItems: adjustable('x', '6') })), {
    param: 'line_items.0.adjustable_quantity.minimum',
    message: 'Invalid line_items.0.adjustable_quantity.minimum: enter a whole number, like 1.',
  });
  assert.equal(
    (await refusal(form({ lineItems: adjustable('7', '6') }))).param,
    'line_items.0.adjustable_quantity.minimum',
  );

  const link = await createPaymentLink(
    db,
    merchantId,
    {
      currency: 'usd',
      ...linkFormToApi(form({ lineItems: adjustable('', '6') }), 'usd'),
    },
    true,
  );
  assert.deepEqual(linkToForm(link).lineItems[0]?.adjustable, { enabled: true, minimum: '0', maximum: '6' });
});
