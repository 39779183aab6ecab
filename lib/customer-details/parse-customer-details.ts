import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { asksForName, type CheckoutOptions } from './checkout-options';
import { isCountryCode } from './countries';
import { isPostalCode, needsPostalCode, needsState } from './postal-codes';

export type Address = {
  line1: string;
  line2: string | null;
  city: string;
  state: string | null;
  postal_code: string | null;
  country: string;
};

/** What the customer gave, in the shape the API and webhooks return (Stripe's names). */
export type CollectedDetails = {
  customer_details: {
    name: string | null;
    business_name: string | null;
    phone: string | null;
    address: Address | null;
  };
  shipping_details: { name: string; address: Address } | null;
  /** `custom_fields` values by the merchant's keys (null for an optional field left empty). */
  custom_fields: { key: string; type: 'text' | 'numeric' | 'dropdown'; value: string | null }[];
  /** `consent_collection`: when the customer ticked the terms of service box (unix seconds). */
  consent: { terms_of_service: 'accepted'; accepted_at: number } | null;
};

/** A message key under `details.errors`, per form field (`name`, `billing.postal_code`, `shipping.country`...). */
export type DetailProblem =
  | 'required'
  | 'tooLong'
  | 'tooShort'
  | 'notNumeric'
  | 'invalidOption'
  | 'consentRequired'
  | 'invalidPhone'
  | 'invalidPostalCode'
  | 'invalidCountry'
  | 'countryNotAllowed';
export type DetailProblems = Record<string, DetailProblem>;

const MAX_LENGTH = 200;

/**
 * Validates the customer's details against what the checkout asks for, on the server: required fields,
 * postal codes and states per country, allowed shipping countries, phone numbers (to E.164). The form's
 * field names are flat: `name`, `business_name`, `phone`, `billing_line1`, `shipping_country`, ...
 */
export function parseCustomerDetails(
  options: CheckoutOptions,
  field: (name: string) => string,
  now = new Date(),
): { ok: true; details: CollectedDetails } | { ok: false; problems: DetailProblems } {
  const problems: DetailProblems = {};
  const text = (name: string, required: boolean): string | null => {
    const value = field(name).trim();
    const key = /^(billing|shipping)_/.test(name) ? name.replace('_', '.') : name;
    if (value.length > MAX_LENGTH) problems[key] = 'tooLong';
    else if (!value && required) problems[key] = 'required';
    return value || null;
  };
  const address = (prefix: 'billing' | 'shipping', allowed: string[] | null): Address | null => {
    const country = field(`${prefix}_country`).trim().toUpperCase();
    if (!isCountryCode(country)) problems[`${prefix}.country`] = country ? 'invalidCountry' : 'required';
    else if (allowed && !allowed.includes(country)) problems[`${prefix}.country`] = 'countryNotAllowed';
    const line1 = text(`${prefix}_line1`, true);
    const line2 = text(`${prefix}_line2`, false);
    const city = text(`${prefix}_city`, true);
    const state = text(`${prefix}_state`, needsState(country));
    const postal = text(`${prefix}_postal_code`, needsPostalCode(country));
    if (postal && !problems[`${prefix}.postal_code`] && !isPostalCode(country, postal))
      problems[`${prefix}.postal_code`] = 'invalidPostalCode';
    return { line1: line1 ?? '', line2, city: city ?? '', state, postal_code: postal?.toUpperCase() ?? null, country };
  };

  const name = text('name', asksForName(options));
  const business = options.name_collection?.business?.enabled
    ? text('business_name', options.name_collection.business.optional === false)
    : null;
  const billing = options.billing_address_collection === 'required' ? address('billing', null) : null;
  const shippingCountries = options.shipping_address_collection?.allowed_countries ?? null;
  const shipping = shippingCountries ? address('shipping', shippingCountries) : null;

  let phone: string | null = null;
  if (options.phone_number_collection?.enabled) {
    const raw = field('phone').trim();
    const region = (billing?.country || shipping?.country || undefined) as CountryCode | undefined;
    const parsed = raw ? parsePhoneNumberFromString(raw, region) : undefined;
    if (!raw) problems.phone = 'required';
    else if (!parsed?.isValid()) problems.phone = 'invalidPhone';
    else phone = parsed.number;
  }

  const customFields = (options.custom_fields ?? []).map((custom) => {
    const value = field(`custom_${custom.key}`).trim();
    const key = `custom_fields.${custom.key}`;
    const lengths = custom.text ?? custom.numeric;
    if (!value) {
      if (!custom.optional) problems[key] = 'required';
    } else if (custom.type === 'numeric' && !/^\d+$/.test(value)) problems[key] = 'notNumeric';
    else if (custom.type === 'dropdown' && !custom.dropdown?.options.some((option) => option.value === value))
      problems[key] = 'invalidOption';
    else if (value.length > (lengths?.maximum_length ?? 255)) problems[key] = 'tooLong';
    else if (value.length < (lengths?.minimum_length ?? 1)) problems[key] = 'tooShort';
    return { key: custom.key, type: custom.type, value: value || null };
  });
  const consentAsked = options.consent_collection?.terms_of_service === 'required';
  if (consentAsked && field('consent_terms') !== 'accepted') problems.consent_terms = 'consentRequired';

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    details: {
      customer_details: { name, business_name: business, phone, address: billing },
      shipping_details: shipping ? { name: name ?? '', address: shipping } : null,
      custom_fields: customFields,
      consent: consentAsked ? { terms_of_service: 'accepted', accepted_at: Math.floor(now.getTime() / 1000) } : null,
    },
  };
}
