import 'server-only';
import type { CustomerDetailsProps } from '@/components/checkout/customer-details-fields';
import type { Locale } from '@/lib/i18n/locales';
import { asksForName, readCheckoutOptions } from './checkout-options';
import { countryOptions } from './country-names';
import { allCountryCodes } from './countries';

/** The hosted form's customer fields for a session's options, in the customer's language; null when nothing is asked. */
export async function customerDetailsProps(
  storedOptions: unknown,
  locale: Locale,
): Promise<CustomerDetailsProps | null> {
  const options = readCheckoutOptions(storedOptions);
  const billing = options.billing_address_collection === 'required';
  const shipping = options.shipping_address_collection?.allowed_countries ?? [];
  if (!asksForName(options)) return null;
  return {
    options,
    askName: true,
    billingCountries: billing ? await countryOptions(allCountryCodes(), locale) : [],
    shippingCountries: shipping.length > 0 ? await countryOptions(shipping, locale) : [],
    defaultCountry: new Intl.Locale(locale).maximize().region ?? 'US',
  };
}
