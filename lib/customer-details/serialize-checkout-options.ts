import { readCheckoutOptions } from './checkout-options';

/** What a session asks the customer for, every option present (null when not asked). */
export function serializeCheckoutOptions(stored: unknown) {
  const options = readCheckoutOptions(stored);
  return {
    billing_address_collection: options.billing_address_collection ?? 'auto',
    phone_number_collection: { enabled: options.phone_number_collection?.enabled ?? false },
    shipping_address_collection: options.shipping_address_collection ?? null,
    name_collection: options.name_collection ?? null,
    custom_fields: options.custom_fields ?? [],
    custom_text: options.custom_text ?? null,
    consent_collection: options.consent_collection ?? null,
    submit_type: options.submit_type ?? 'pay',
  };
}
