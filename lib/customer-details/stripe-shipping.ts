import type { CollectedDetails } from './parse-customer-details';

/** The PaymentIntent's `shipping` for what the customer entered, or undefined when no address was asked. */
export function stripeShipping(collected: unknown) {
  const shipping = (collected as CollectedDetails | null)?.shipping_details;
  if (!shipping) return undefined;
  const { line1, line2, city, state, postal_code, country } = shipping.address;
  return {
    name: shipping.name,
    phone: (collected as CollectedDetails).customer_details.phone ?? undefined,
    address: {
      line1,
      line2: line2 ?? undefined,
      city,
      state: state ?? undefined,
      postal_code: postal_code ?? undefined,
      country,
    },
  };
}
