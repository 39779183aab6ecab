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
};

/** A message key under `details.errors`, per form field (`name`, `billing.postal_code`, `shipping.country`...). */
export type DetailProblem =
  'required' | 'tooLong' | 'invalidPhone' | 'invalidPostalCode' | 'invalidCountry' | 'countryNotAllowed';
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

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    details: {
      customer_details: { name, business_name: business, phone, address: billing },
      shipping_details: shipping ? { name: name ?? '', address: shipping } : null,
    },
  };
}
