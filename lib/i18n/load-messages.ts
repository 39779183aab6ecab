import type { Locale } from './locales';

export type Messages = typeof import('@/messages/en.json');

/** One locale's message file, imported on demand so a page loads only the language it renders. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await import(`@/messages/${locale}.json`)).default as Messages;
}
