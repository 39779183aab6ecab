import type { CollectedDetails } from './parse-customer-details';

/** `customer_details` and `shipping_details` as the API and webhooks show them (null until the customer paid). */
export function serializeCollected(collected: unknown) {
  const details = (collected ?? null) as CollectedDetails | null;
  return {
    customer_details: details?.customer_details ?? null,
    shipping_details: details?.shipping_details ?? null,
  };
}
