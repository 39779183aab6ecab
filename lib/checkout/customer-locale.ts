import { negotiateLocale } from '@/lib/i18n/negotiate-locale';
import type { Locale } from '@/lib/i18n/locales';

/** The customer's language (and money format): the session's `locale`, else the best match for Accept-Language, else English. */
export function customerLocale(sessionLocale: string | null, acceptLanguage: string | null): Locale {
  return negotiateLocale(sessionLocale, acceptLanguage);
}
