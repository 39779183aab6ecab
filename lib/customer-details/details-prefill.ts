import type { Address, CollectedDetails } from './parse-customer-details';

/**
 * The checkout form's values (by its flat field names: `name`, `phone`, `billing_line1`, `custom_<key>`...)
 * from details the customer already gave, to fill the form in again. Consent is never among them.
 */
export function detailsPrefill(collected: unknown): Record<string, string> {
  const details = (collected ?? null) as Partial<CollectedDetails> | null;
  const values: Record<string, string> = {};
  const put = (name: string, value: string | null | undefined) => {
    if (typeof value === 'string' && value) values[name] = value;
  };
  const address = (prefix: 'billing' | 'shipping', given: Address | null | undefined) => {
    put(`${prefix}_country`, given?.country);
    put(`${prefix}_line1`, given?.line1);
    put(`${prefix}_line2`, given?.line2);
    put(`${prefix}_city`, given?.city);
    put(`${prefix}_state`, given?.state);
    put(`${prefix}_postal_code`, given?.postal_code);
  };
  put('name', details?.customer_details?.name);
  put('business_name', details?.customer_details?.business_name);
  put('phone', details?.customer_details?.phone);
  address('billing', details?.customer_details?.address);
  address('shipping', details?.shipping_details?.address);
  const customFields = Array.isArray(details?.custom_fields) ? details.custom_fields : [];
  for (const custom of customFields) put(`custom_${custom.key}`, custom.value);
  return values;
}
