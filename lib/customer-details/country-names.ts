import 'server-only';
import countries from 'i18n-iso-countries';
import type { Locale } from '@/lib/i18n/locales';

const registered = new Set<string>();

/** Country names in the customer's language, sorted as they read them; only that language's names are loaded. */
export async function countryOptions(codes: string[], locale: Locale): Promise<[string, string][]> {
  const language = locale === 'pt-BR' ? 'pt' : locale;
  if (!registered.has(language)) {
    countries.registerLocale((await import(`i18n-iso-countries/langs/${language}.json`)).default);
    registered.add(language);
  }
  const collator = new Intl.Collator(locale);
  return codes
    .map((code): [string, string] => [code, countries.getName(code, language, { select: 'official' }) ?? code])
    .sort((a, b) => collator.compare(a[1], b[1]));
}
