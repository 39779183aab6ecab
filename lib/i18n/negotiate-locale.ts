import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from './locales';

// CLDR reads a bare `pt` as Brazilian Portuguese, so the matcher sees our `pt` (European) as `pt-PT`.
const MATCH_TAGS: string[] = LOCALES.map((locale) => (locale === 'pt' ? 'pt-PT' : locale));
const FROM_MATCH_TAG = new Map<string, Locale>(LOCALES.map((locale, index) => [MATCH_TAGS[index]!, locale]));

function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The language of a customer page: the session's or link's `locale` when it names a supported one,
 * otherwise the best match for the browser's `Accept-Language` (by quality, with CLDR's fallbacks:
 * `es-ES` → `es`, `pt-PT` → `pt`, `no` → `nb`), otherwise English.
 */
export function negotiateLocale(requested: string | null | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(requested)) return requested;
  const asked = [requested && requested !== 'auto' ? requested : null]
    .concat(new Negotiator({ headers: { 'accept-language': acceptLanguage ?? '' } }).languages())
    .map((tag) => (tag ? canonical(tag) : null))
    .filter((tag): tag is string => tag !== null);
  if (asked.length === 0) return DEFAULT_LOCALE;
  return FROM_MATCH_TAG.get(match(asked, MATCH_TAGS, DEFAULT_LOCALE, { algorithm: 'best fit' })) ?? DEFAULT_LOCALE;
}
