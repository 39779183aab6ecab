import countries from 'i18n-iso-countries';

/** True for an ISO 3166-1 alpha-2 code (upper case, as Stripe spells them). */
export function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value) && countries.isValid(value);
}

/** Every assigned alpha-2 code. */
export function allCountryCodes(): string[] {
  return Object.keys(countries.getAlpha2Codes());
}
