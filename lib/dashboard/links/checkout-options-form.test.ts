import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Db } from '@/lib/db/create-prisma';
import { createPaymentLink } from '@/lib/links/create-payment-link';
import { updatePaymentLink } from '@/lib/links/update-payment-link';
import { updateAccount } from '@/lib/merchant-api/account/update-account';
import { ApiError } from '@/lib/merchant-api/api-error';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { checkoutOptionParams } from './checkout-option-params';
import {
  dropdownOptionsFromLines,
  EMPTY_CHECKOUT_OPTIONS_FORM,
  EMPTY_CUSTOM_FIELD,
  type TCheckoutOptionsForm,
} from './checkout-options-form';
import { linkErrorInMajorUnits } from './link-error-in-major-units';
import { EMPTY_LINK_FORM, linkFormToApi, linkToForm, type TLinkForm } from './link-form';

let database: TestDatabase;
let db: Db;
let merchantId: string;
let bareMerchantId: string;

before(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  merchantId = (await createMerchant(db, { name: 'Options shop' })).id;
  await updateAccount(db, merchantId, { terms_of_service_url: 'https://shop.example/terms' });
  bareMerchantId = (await createMerchant(db, { name: 'No terms shop' })).id;
});
after(() => database.close());

const lamp = [{ name: 'Lamp', price: '45.00', quantity: '1' }];
const form = (checkout: Partial<TCheckoutOptionsForm>): TLinkForm => ({
  ...EMPTY_LINK_FORM,
  lineItems: lamp,
  checkout: { ...EMPTY_CHECKOUT_OPTIONS_FORM, ...checkout },
});

const everything: TCheckoutOptionsForm = {
  locale: 'de',
  billingAddress: 'required',
  phone: true,
  businessName: 'optional',
  shipping: true,
  shippingCountries: ['DE', 'AT', 'CH'],
  customFields: [
    { ...EMPTY_CUSTOM_FIELD, key: 'gift_note', label: 'Gift note', optional: true, maxLength: '80' },
    { ...EMPTY_CUSTOM_FIELD, key: 'vat_id', label: 'Customer number', type: 'numeric', minLength: '6' },
    {
      ...EMPTY_CUSTOM_FIELD,
      key: 'size',
      label: 'Size',
      type: 'dropdown',
      options: dropdownOptionsFromLines('Small\nLarge', []),
    },
  ],
  submitMessage: 'Ships in 2 days.',
  termsMessage: '',
  afterSubmitMessage: 'Questions? https://shop.example/help',
  consent: true,
  submitType: 'book',
};

test('every checkout option of the form reaches the link under its API name and comes back to the form', async () => {
  const link = await createPaymentLink(
    db,
    merchantId,
    { currency: 'eur', ...linkFormToApi(form(everything), 'eur') },
    true,
  );
  assert.equal(link.locale, 'de');
  assert.deepEqual(link.checkoutOptions, {
    billing_address_collection: 'required',
    phone_number_collection: { enabled: true },
    name_collection: { business: { enabled: true, optional: true } },
    shipping_address_collection: { allowed_countries: ['DE', 'AT', 'CH'] },
    custom_fields: [
      {
        key: 'gift_note',
        label: { type: 'custom', custom: 'Gift note' },
        type: 'text',
        optional: true,
        text: { maximum_length: 80 },
      },
      {
        key: 'vat_id',
        label: { type: 'custom', custom: 'Customer number' },
        type: 'numeric',
        optional: false,
        numeric: { minimum_length: 6 },
      },
      {
        key: 'size',
        label: { type: 'custom', custom: 'Size' },
        type: 'dropdown',
        optional: false,
        dropdown: {
          options: [
            { label: 'Small', value: 'Small' },
            { label: 'Large', value: 'Large' },
          ],
        },
      },
    ],
    custom_text: {
      submit: { message: 'Ships in 2 days.' },
      after_submit: { message: 'Questions? https://shop.example/help' },
    },
    consent_collection: { terms_of_service: 'required' },
    submit_type: 'book',
  });
  assert.deepEqual(linkToForm(link).checkout, everything);
});

test('an edit that turns options off removes them from the link, and keeps labels translated through the API', async () => {
  const link = await createPaymentLink(
    db,
    merchantId,
    { currency: 'eur', ...linkFormToApi(form(everything), 'eur') },
    true,
  );
  await updatePaymentLink(
    db,
    merchantId,
    link.id,
    {
      custom_fields: [
        { key: 'note', label: { type: 'custom', custom: 'Note', translations: { de: 'Notiz' } }, type: 'text' },
      ],
    },
    true,
  );
  const shown = linkToForm(await db.paymentLink.findUniqueOrThrow({ where: { id: link.id } }));
  assert.deepEqual(shown.checkout.customFields[0]!.translations, { de: 'Notiz' });
  const relabelled = { ...shown.checkout.customFields[0]!, label: 'Order note' };
  await updatePaymentLink(
    db,
    merchantId,
    link.id,
    linkFormToApi(form({ ...EMPTY_CHECKOUT_OPTIONS_FORM, customFields: [relabelled] }), 'eur'),
    true,
  );
  const edited = await db.paymentLink.findUniqueOrThrow({ where: { id: link.id } });
  assert.equal(edited.locale, null);
  assert.deepEqual(edited.checkoutOptions, {
    billing_address_collection: 'auto',
    phone_number_collection: { enabled: false },
    custom_fields: [
      {
        key: 'note',
        label: { type: 'custom', custom: 'Order note', translations: { de: 'Notiz' } },
        type: 'text',
        optional: false,
      },
    ],
    submit_type: 'pay',
  });
  await updatePaymentLink(db, merchantId, link.id, linkFormToApi(form({}), 'eur'), true);
  const cleared = await db.paymentLink.findUniqueOrThrow({ where: { id: link.id } });
  assert.deepEqual(linkToForm(cleared).checkout, EMPTY_CHECKOUT_OPTIONS_FORM);
});

/** The refusal the dashboard shows for `values`, with the parameter it names. */
async function refusal(values: TLinkForm, merchant = merchantId) {
  try {
    await createPaymentLink(db, merchant, { currency: 'eur', ...linkFormToApi(values, 'eur') }, true);
  } catch (error) {
    const shown = linkErrorInMajorUnits(error, 'eur');
    assert.ok(shown instanceof ApiError, String(error));
    return { param: shown.param ?? '', message: shown.message };
  }
  throw new Error('expected a refusal');
}

/** True when the form shows an error naming `param` beside a field: the parameter, or the nearest enclosing one. */
function shownBeside(param: string, checkout: TCheckoutOptionsForm): boolean {
  const known = new Set(checkoutOptionParams(checkout));
  return param.split('.').some((_, at, parts) => known.has(parts.slice(0, parts.length - at).join('.')));
}

test('each bad option is refused naming a parameter the form shows beside its field', async () => {
  const field = (change: Partial<TCheckoutOptionsForm['customFields'][number]>) => ({
    ...EMPTY_CUSTOM_FIELD,
    key: 'note',
    label: 'Note',
    ...change,
  });
  const cases: [Partial<TCheckoutOptionsForm>, string, RegExp][] = [
    [
      { shipping: true, shippingCountries: [] },
      'shipping_address_collection.allowed_countries',
      /at least one country/,
    ],
    [{ customFields: [field({ type: 'dropdown' })] }, 'custom_fields.0.dropdown.options', /at least one option/],
    [
      { customFields: [field({}), field({ key: 'b' }), field({ key: 'c' }), field({ key: 'd' })] },
      'custom_fields',
      /at most 3/,
    ],
    [{ customFields: [field({}), field({})] }, 'custom_fields', /unique/],
    [{ customFields: [field({ key: 'gift note' })] }, 'custom_fields.0.key', /letters, digits/],
    [{ customFields: [field({ label: '' })] }, 'custom_fields.0.label.custom', /empty/],
    [{ customFields: [field({ minLength: 'ten' })] }, 'custom_fields.0.text.minimum_length', /whole number/],
    [
      { customFields: [field({ type: 'numeric', minLength: '9', maxLength: '3' })] },
      'custom_fields.0.numeric.minimum_length',
      /maximum_length/,
    ],
    [{ submitMessage: 'x'.repeat(1300) }, 'custom_text.submit.message', /1200/],
    [{ locale: 'xx' }, 'locale', /auto or one of/],
  ];
  for (const [checkout, param, message] of cases) {
    const shown = await refusal(form(checkout));
    assert.equal(shown.param, param, JSON.stringify(checkout).slice(0, 80));
    assert.match(shown.message, message);
    assert.ok(shownBeside(param, { ...EMPTY_CHECKOUT_OPTIONS_FORM, ...checkout }), param);
  }
  const consent = await refusal(form({ consent: true }), bareMerchantId);
  assert.equal(consent.param, 'consent_collection.terms_of_service');
  assert.ok(shownBeside(consent.param, EMPTY_CHECKOUT_OPTIONS_FORM));
});

test('dropdown options keep the values they had and get unique values from new labels', () => {
  const first = dropdownOptionsFromLines('Small\n\n Größe L \n!!!\nSmall', []);
  assert.deepEqual(first, [
    { label: 'Small', value: 'Small' },
    { label: 'Größe L', value: 'GroeL' },
    { label: '!!!', value: 'option3' },
    { label: 'Small', value: 'option4' },
  ]);
  const kept = dropdownOptionsFromLines('Medium\nSmall', [{ label: 'Small', value: 's1' }]);
  assert.deepEqual(kept, [
    { label: 'Medium', value: 'Medium' },
    { label: 'Small', value: 's1' },
  ]);
});
