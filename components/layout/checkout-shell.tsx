import { getTranslations } from 'next-intl/server';
import { CustomerIntl } from '@/components/i18n/customer-intl';
import { Logo } from '@/components/ui/logo';
import type { Locale } from '@/lib/i18n/locales';
import { brandTheme } from '@/lib/merchants/brand-theme';

type ShellProps = {
  children: React.ReactNode;
  locale: Locale;
  wide?: boolean;
  brandColor?: string | null;
  /** false for a page without client components: no messages are shipped to the browser (see CustomerIntl). */
  clientMessages?: boolean;
};

/** The frame of customer-facing pages in the merchant's brand colour: content centred, a quiet "Powered by" footer. */
export async function CheckoutShell({
  children,
  locale,
  wide = false,
  brandColor = null,
  clientMessages = true,
}: ShellProps) {
  const t = await getTranslations({ locale, namespace: 'shell' });
  return (
    <CustomerIntl
      locale={locale}
      className="flex min-h-dvh flex-col bg-slate-50"
      style={brandTheme(brandColor).style}
      clientMessages={clientMessages}
    >
      <main className={`mx-auto w-full flex-1 px-5 py-8 sm:py-14 ${wide ? 'max-w-5xl' : 'max-w-lg'}`}>{children}</main>
      <footer className="flex items-center justify-center gap-2 pb-8 text-xs text-slate-500">
        {t('poweredBy')} <Logo className="text-xs text-slate-600" />
      </footer>
    </CustomerIntl>
  );
}

/** A centred card with an icon, a heading and text: expired, paid, not found, failed. */
export function StatusCard({
  tone,
  title,
  children,
}: {
  tone: 'success' | 'warning' | 'error' | 'info';
  title: string;
  children?: React.ReactNode;
}) {
  const colours = {
    success: 'bg-emerald-100 text-emerald-700',
    warning: 'bg-amber-100 text-amber-700',
    error: 'bg-red-100 text-red-700',
    info: 'bg-brand-100 text-brand-700',
  };
  const icons = {
    success: 'M5 13l4 4L19 7',
    warning: 'M12 8v5m0 3h.01',
    error: 'M6 6l12 12M18 6L6 18',
    info: 'M12 8h.01M11 12h1v5h1',
  };
  return (
    <section className="rounded-2xl border border-slate-200 bg-white p-7 text-center shadow-sm sm:p-10">
      <span className={`mx-auto flex h-12 w-12 items-center justify-center rounded-full ${colours[tone]}`}>
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-6 w-6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.4"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d={icons[tone]} />
        </svg>
      </span>
      <h1 className="mt-5 text-xl font-semibold text-slate-900">{title}</h1>
      <div className="mt-3 space-y-4 text-sm text-slate-600">{children}</div>
    </section>
  );
}
