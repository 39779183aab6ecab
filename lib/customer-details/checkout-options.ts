import { z } from 'zod';
import { isCountryCode } from './countries';
import { ZConsentCollection, ZCustomFields, ZCustomText } from './custom-fields-schema';

const ZCountry = z.string().refine(isCountryCode, 'must be an ISO 3166-1 alpha-2 country code such as DE or US');

/**
 * What a checkout asks the customer for, under Stripe Checkout's parameter names; stored as given on the
 * session (`checkoutOptions`) and copied from a payment link to each of its sessions.
 */
export const ZCheckoutOptions = z.strictObject({
  billing_address_collection: z
    .enum(['auto', 'required'])
    .optional()
    .describe(
      '`required`: the customer enters a full billing address (country-aware: postal code rules, state where the country needs one). `auto` (default): only what the card needs.',
    ),
  phone_number_collection: z
    .strictObject({ enabled: z.boolean() })
    .optional()
    .describe(
      '`{ "enabled": true }`: the customer gives a phone number, validated and stored in E.164 (`+4930123456`).',
    ),
  shipping_address_collection: z
    .strictObject({
      allowed_countries: z
        .array(ZCountry)
        .min(1, 'must name at least one country')
        .max(250)
        .refine((codes) => new Set(codes).size === codes.length, 'must not repeat a country'),
    })
    .optional()
    .describe(
      'Asks for a shipping address in one of `allowed_countries` (ISO 3166-1 alpha-2, e.g. `["DE", "AT", "CH"]`).',
    ),
  name_collection: z
    .strictObject({
      business: z.strictObject({ enabled: z.boolean(), optional: z.boolean().optional() }).optional(),
    })
    .optional()
    .describe(
      '`{ "business": { "enabled": true } }`: the customer may give a business name (for invoices and VAT); `optional: false` makes it required. The customer’s own name is asked whenever an address or phone is.',
    ),
  custom_fields: ZCustomFields.optional(),
  custom_text: ZCustomText.optional(),
  consent_collection: ZConsentCollection.optional(),
  submit_type: z
    .enum(['pay', 'book', 'donate'])
    .optional()
    .describe(
      'The words on the button: `pay` (default, “Pay €12.00”), `book` (“Book”) or `donate` (“Donate €12.00”), in the customer’s language.',
    ),
});

export type CheckoutOptions = z.infer<typeof ZCheckoutOptions>;

/** Reads stored options; anything unreadable counts as nothing asked. */
export function readCheckoutOptions(value: unknown): CheckoutOptions {
  const parsed = ZCheckoutOptions.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}

/** The customer's name is asked whenever an address or a phone number is, or a business name. */
export function asksForName(options: CheckoutOptions): boolean {
  return (
    options.billing_address_collection === 'required' ||
    options.phone_number_collection?.enabled === true ||
    options.shipping_address_collection !== undefined ||
    options.name_collection?.business?.enabled === true
  );
}
