import { getRequestConfig } from 'next-intl/server';
import { loadMessages } from './load-messages';
import { DEFAULT_LOCALE, isLocale } from './locales';

/**
 * next-intl's per-request configuration. Pages decide the customer's locale themselves (session,
 * link or Accept-Language: negotiate-locale.ts) and pass it explicitly; nothing is read from the URL.
 */
export default getRequestConfig(async ({ locale }) => {
  const resolved = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return { locale: resolved, messages: await loadMessages(resolved), timeZone: 'UTC' };
});
