import type { CollectedDetails } from './parse-customer-details';

/** `customer_details`, `shipping_details`, `custom_fields` values and `consent` as the API and webhooks show them (null until the customer paid). */
export function serializeCollected(collected: unknown) {
  const details = (collected ?? null) as CollectedDetails | null;
  return {
    customer_details: details?.customer_details ?? null,
    shipping_details: details?.shipping_details ?? null,
    custom_fields: details?.custom_fields ?? [],
    consent: details?.consent ?? null,
  };
}
