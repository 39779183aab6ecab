import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detailsPrefill } from './details-prefill';
import { parseCustomerDetails } from './parse-customer-details';

test('details a customer gave become the form values they came from, without consent', () => {
  const fields: Record<string, string> = {
    name: 'Ada Lovelace',
    phone: '+43 1 234567',
    shipping_country: 'AT',
    shipping_line1: 'Stephansplatz 1',
    shipping_city: 'Wien',
    shipping_postal_code: '1010',
    custom_size: 'l',
    consent_terms: 'accepted',
  };
  const parsed = parseCustomerDetails(
    {
      phone_number_collection: { enabled: true },
      shipping_address_collection: { allowed_countries: ['AT'] },
      custom_fields: [
        {
          key: 'size',
          label: { type: 'custom', custom: 'Size' },
          type: 'dropdown',
          dropdown: { options: [{ label: 'Large', value: 'l' }] },
        },
      ],
      consent_collection: { terms_of_service: 'required' },
    },
    (name) => fields[name] ?? '',
  );
  assert.ok(parsed.ok);
  assert.deepEqual(detailsPrefill(parsed.details), {
    name: 'Ada Lovelace',
    phone: '+431234567',
    shipping_country: 'AT',
    shipping_line1: 'Stephansplatz 1',
    shipping_city: 'Wien',
    shipping_postal_code: '1010',
    custom_size: 'l',
  });
  assert.deepEqual(detailsPrefill(null), {});
  assert.deepEqual(detailsPrefill({ customer_details: 'garbage', custom_fields: 'garbage' }), {});
});
