import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ZCheckoutOptions } from './checkout-options';
import { parseCustomerDetails } from './parse-customer-details';

const everything = ZCheckoutOptions.parse({
  billing_address_collection: 'required',
  phone_number_collection: { enabled: true },
  shipping_address_collection: { allowed_countries: ['DE', 'AT'] },
  name_collection: { business: { enabled: true } },
});

const form = (values: Record<string, string>) => (name: string) => values[name] ?? '';

const valid = {
  name: 'Ada Lovelace',
  business_name: 'Analytical Engines GmbH',
  phone: '030 1234567',
  billing_country: 'US',
  billing_line1: '1 Main St',
  billing_city: 'Springfield',
  billing_state: 'IL',
  billing_postal_code: '62701',
  shipping_country: 'DE',
  shipping_line1: 'Unter den Linden 1',
  shipping_city: 'Berlin',
  shipping_postal_code: '10117',
};

test('valid details come back in Stripe’s shape, the phone in E.164 for the address’s country', () => {
  const parsed = parseCustomerDetails(
    everything,
    form({ ...valid, billing_country: 'DE', billing_state: '', billing_postal_code: '10117' }),
  );
  assert.equal(parsed.ok, true);
  if (!parsed.ok) return;
  assert.deepEqual(parsed.details.customer_details, {
    name: 'Ada Lovelace',
    business_name: 'Analytical Engines GmbH',
    phone: '+49301234567',
    address: { line1: '1 Main St', line2: null, city: 'Springfield', state: null, postal_code: '10117', country: 'DE' },
  });
  assert.deepEqual(parsed.details.shipping_details, {
    name: 'Ada Lovelace',
    address: {
      line1: 'Unter den Linden 1',
      line2: null,
      city: 'Berlin',
      state: null,
      postal_code: '10117',
      country: 'DE',
    },
  });
});

test('each bad field is named: missing, a US state, a postal code per country, a country not shipped to, a phone', () => {
  const parsed = parseCustomerDetails(
    everything,
    form({ ...valid, name: ' ', billing_state: '', billing_postal_code: '6270', shipping_country: 'FR', phone: '12' }),
  );
  assert.deepEqual(parsed, {
    ok: false,
    problems: {
      name: 'required',
      'billing.state': 'required',
      'billing.postal_code': 'invalidPostalCode',
      'shipping.country': 'countryNotAllowed',
      phone: 'invalidPhone',
    },
  });
});

test('nothing asked, nothing required', () => {
  assert.deepEqual(parseCustomerDetails({}, form({})), {
    ok: true,
    details: {
      customer_details: { name: null, business_name: null, phone: null, address: null },
      shipping_details: null,
      custom_fields: [],
      consent: null,
    },
  });
});

test('custom fields are checked by type and length; consent must be given and is timed', () => {
  const options = ZCheckoutOptions.parse({
    custom_fields: [
      { key: 'vat_id', label: { type: 'custom', custom: 'VAT ID' }, type: 'text', text: { minimum_length: 5 } },
      { key: 'seats', label: { type: 'custom', custom: 'Seats' }, type: 'numeric', optional: true },
      {
        key: 'size',
        label: { type: 'custom', custom: 'Size' },
        type: 'dropdown',
        dropdown: {
          options: [
            { label: 'Small', value: 's' },
            { label: 'Large', value: 'l' },
          ],
        },
      },
    ],
    consent_collection: { terms_of_service: 'required' },
  });
  assert.deepEqual(
    parseCustomerDetails(options, form({ custom_vat_id: 'DE1', custom_seats: 'two', custom_size: 'xl' })),
    {
      ok: false,
      problems: {
        'custom_fields.vat_id': 'tooShort',
        'custom_fields.seats': 'notNumeric',
        'custom_fields.size': 'invalidOption',
        consent_terms: 'consentRequired',
      },
    },
  );
  const parsed = parseCustomerDetails(
    options,
    form({ custom_vat_id: 'DE123456789', custom_size: 'l', consent_terms: 'accepted' }),
    new Date(1_700_000_000_000),
  );
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.details.custom_fields, [
    { key: 'vat_id', type: 'text', value: 'DE123456789' },
    { key: 'seats', type: 'numeric', value: null },
    { key: 'size', type: 'dropdown', value: 'l' },
  ]);
  assert.deepEqual(parsed.details.consent, { terms_of_service: 'accepted', accepted_at: 1_700_000_000 });
});
