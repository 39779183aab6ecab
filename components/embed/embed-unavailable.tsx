import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { textDirection } from '@/lib/i18n/locales';

/** Shown in place of an embedded checkout that does not exist or is not meant to be embedded. */
export async function EmbedUnavailable({ locale, mismatch = false }: { locale: Locale; mismatch?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'embed' });
  return (
    <main data-embed-root className="p-1" lang={locale} dir={textDirection(locale)}>
      <section className="rounded-2xl border border-slate-200 bg-white px-6 py-10 text-center">
        <h1 className="text-lg font-semibold text-slate-900">
          {mismatch ? t('mismatchTitle') : t('unavailableTitle')}
        </h1>
        <p className="mt-2 text-sm text-slate-600">{t('unavailableBody')}</p>
      </section>
    </main>
  );
}
