import { NextIntlClientProvider } from 'next-intl';
import { loadMessages } from '@/lib/i18n/load-messages';
import { textDirection, type Locale } from '@/lib/i18n/locales';

/** The namespaces client components read; the others are rendered on the server and never shipped. */
const CLIENT_NAMESPACES = [
  'checkout',
  'status',
  'action',
  'link',
  'embed',
  'errors',
  'details',
  'authorization',
] as const;

/**
 * A customer page's language: `lang` and `dir` on its root (logical CSS properties mirror under `rtl`)
 * and the active locale's messages for client components, only that locale's.
 */
export async function CustomerIntl({
  locale,
  className,
  style,
  children,
}: {
  locale: Locale;
  className?: string;
  style?: React.CSSProperties;
  children: React.ReactNode;
}) {
  const messages = await loadMessages(locale);
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
  return (
    <NextIntlClientProvider locale={locale} messages={clientMessages} timeZone="UTC">
      <div lang={locale} dir={textDirection(locale)} className={className} style={style}>
        {children}
      </div>
    </NextIntlClientProvider>
  );
}
