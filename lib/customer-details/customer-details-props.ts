import 'server-only';
import type { CustomerDetailsProps } from './customer-details-view';
import type { Locale } from '@/lib/i18n/locales';
import { asksForName, readCheckoutOptions } from './checkout-options';
import { countryOptions } from './country-names';
import { allCountryCodes } from './countries';
import { customFieldLabel } from './custom-fields-schema';

/** The hosted form's customer fields for a session's options, in the customer's language; null when nothing is asked. */
export async function customerDetailsProps(
  storedOptions: unknown,
  locale: Locale,
  termsOfServiceUrl: string | null,
  prefill: Record<string, string> = {},
): Promise<CustomerDetailsProps | null> {
  const options = readCheckoutOptions(storedOptions);
  const billing = options.billing_address_collection === 'required';
  const shipping = options.shipping_address_collection?.allowed_countries ?? [];
  if (!asksForName(options) && !options.custom_fields?.length && !options.consent_collection && !options.custom_text)
    return null;
  return {
    options,
    askName: asksForName(options),
    customFields: (options.custom_fields ?? []).map((custom) => ({
      key: custom.key,
      label: customFieldLabel(custom, locale),
      type: custom.type,
      optional: custom.optional ?? false,
      minLength: (custom.text ?? custom.numeric)?.minimum_length,
      maxLength: (custom.text ?? custom.numeric)?.maximum_length,
      options: (custom.dropdown?.options ?? []).map((option): [string, string] => [option.value, option.label]),
    })),
    termsUrl: options.consent_collection?.terms_of_service === 'required' ? termsOfServiceUrl : null,
    billingCountries: billing ? await countryOptions(allCountryCodes(), locale) : [],
    shippingCountries: shipping.length > 0 ? await countryOptions(shipping, locale) : [],
    defaultCountry: new Intl.Locale(locale).maximize().region ?? 'US',
    prefill,
  };
}
