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
  'quantity',
  'promotion',
  'authorization',
] as const;

/**
 * A customer page's language: `lang` and `dir` on its root (logical CSS properties mirror under `rtl`)
 * and the active locale's messages for client components, only that locale's. A page without client
 * components passes `clientMessages={false}` and ships none: the root not-found page is rendered into every
 * page's payload (as Next.js's not-found boundary) in the browser's language, which may not be the page's.
 */
export async function CustomerIntl({
  locale,
  className,
  style,
  clientMessages = true,
  children,
}: {
  locale: Locale;
  className?: string;
  style?: React.CSSProperties;
  clientMessages?: boolean;
  children: React.ReactNode;
}) {
  const root = (
    <div lang={locale} dir={textDirection(locale)} className={className} style={style}>
      {children}
    </div>
  );
  if (!clientMessages) return root;
  const messages = await loadMessages(locale);
  const shipped = Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
  return (
    <NextIntlClientProvider locale={locale} messages={shipped} timeZone="UTC">
      {root}
    </NextIntlClientProvider>
  );
}
