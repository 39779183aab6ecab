/**
 * Postal code shapes per country (the common ones; others accept any 2–10 letters, digits, spaces or
 * dashes), and the countries whose addresses need a state or province. Matching ignores case.
 */
const POSTAL_CODES: Record<string, RegExp> = {
  US: /^\d{5}(-\d{4})?$/,
  CA: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/,
  DE: /^\d{5}$/,
  FR: /^\d{5}$/,
  ES: /^\d{5}$/,
  IT: /^\d{5}$/,
  NL: /^\d{4} ?[A-Z]{2}$/,
  BE: /^\d{4}$/,
  AT: /^\d{4}$/,
  CH: /^\d{4}$/,
  PT: /^\d{4}-\d{3}$/,
  BR: /^\d{5}-?\d{3}$/,
  PL: /^\d{2}-\d{3}$/,
  SE: /^\d{3} ?\d{2}$/,
  DK: /^\d{4}$/,
  FI: /^\d{5}$/,
  NO: /^\d{4}$/,
  CZ: /^\d{3} ?\d{2}$/,
  JP: /^\d{3}-?\d{4}$/,
  AU: /^\d{4}$/,
  IE: /^[A-Z\d]{3} ?[A-Z\d]{4}$/,
  MX: /^\d{5}$/,
  IN: /^\d{6}$/,
};

const NO_POSTAL_CODE = new Set(['AE', 'HK', 'QA']);

const STATE_REQUIRED = new Set(['US', 'CA', 'AU', 'BR', 'MX', 'JP', 'IN']);

export function needsState(country: string): boolean {
  return STATE_REQUIRED.has(country);
}

export function needsPostalCode(country: string): boolean {
  return !NO_POSTAL_CODE.has(country);
}

export function isPostalCode(country: string, value: string): boolean {
  const pattern = POSTAL_CODES[country] ?? /^[A-Z\d][A-Z\d -]{0,8}[A-Z\d]$/;
  return pattern.test(value.trim().toUpperCase());
}
