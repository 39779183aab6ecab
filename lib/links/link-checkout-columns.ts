import type { CheckoutOptions } from '@/lib/customer-details/checkout-options';

type LinkCheckoutInput = { [K in keyof CheckoutOptions]?: CheckoutOptions[K] | null } & {
  locale?: string;
  allow_promotion_codes?: boolean;
};

const OPTION_KEYS = [
  'billing_address_collection',
  'phone_number_collection',
  'shipping_address_collection',
  'name_collection',
  'submit_type',
  'custom_fields',
  'custom_text',
  'consent_collection',
] as const;

/** A link's `locale`, `allow_promotion_codes` and checkout options as columns; on update only what was given replaces the old value, null removes it. */
export function linkCheckoutColumns(input: LinkCheckoutInput, current: CheckoutOptions = {}) {
  const given = OPTION_KEYS.some((key) => input[key] !== undefined);
  const options: CheckoutOptions = { ...current };
  for (const key of OPTION_KEYS) {
    if (input[key] === null) delete options[key];
    else if (input[key] !== undefined) Object.assign(options, { [key]: input[key] });
  }
  return {
    ...(input.locale !== undefined && { locale: input.locale === 'auto' ? null : input.locale }),
    ...(given && { checkoutOptions: options }),
    ...(input.allow_promotion_codes !== undefined && { allowPromotionCodes: input.allow_promotion_codes }),
  };
}
