import { useTranslations } from 'next-intl';
import { linkRefusalTitleKey, localizedLinkRefusal } from '@/lib/sessions/link-refusal-text';

const strong = (chunks: React.ReactNode) => <strong className="font-semibold text-slate-900">{chunks}</strong>;

type Props = {
  state:
    | { kind: 'paid'; paymentId: string; authorized: boolean }
    | { kind: 'expired' }
    | { kind: 'link_unavailable'; message: string };
  merchantName: string;
  totalLabel: string;
  /** In the overlay: a button that asks the host page to close the checkout. */
  onClose?: () => void;
};

/** The frame's final screens: paid (only ever shown from the database status), expired, or a payment link that no longer takes payments. */
export function EmbedStatus({ state, merchantName, totalLabel, onClose }: Props) {
  const paid = state.kind === 'paid';
  const t = useTranslations('embed');
  const tc = useTranslations('checkout');
  const tl = useTranslations('link');
  const ts = useTranslations('status');
  const ta = useTranslations('authorization');
  const authorized = state.kind === 'paid' && state.authorized;
  return (
    <section className="px-6 py-10 text-center sm:px-10 sm:py-12">
      <span
        className={`mx-auto flex h-12 w-12 items-center justify-center rounded-full ${paid ? 'bg-emerald-100 text-emerald-700' : 'bg-amber-100 text-amber-700'}`}
      >
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
          <path d={paid ? 'M5 13l4 4L19 7' : 'M12 8v5m0 3h.01'} />
        </svg>
      </span>
      <h1 className="mt-5 text-xl font-semibold text-slate-900">
        {paid
          ? authorized
            ? ta('title')
            : ts('succeededTitle')
          : state.kind === 'link_unavailable'
            ? tl(linkRefusalTitleKey(state.message))
            : tc('expiredTitle')}
      </h1>
      <div className="mt-3 space-y-1 text-sm text-slate-600">
        {paid ? (
          <>
            {authorized && <p>{ta('body', { merchant: merchantName })}</p>}
            <p>
              {authorized
                ? ta.rich('held', { amount: totalLabel, strong })
                : t.rich('received', { merchant: merchantName, amount: totalLabel, strong })}
            </p>
            <p>
              {t('reference')}{' '}
              <span className="font-mono text-xs text-slate-800" data-testid="payment-reference">
                {state.paymentId}
              </span>
            </p>
          </>
        ) : state.kind === 'link_unavailable' ? (
          <>
            <p className="whitespace-pre-line">{localizedLinkRefusal(state.message, tl('placesHeld'))}</p>
            <p>{tc('noPaymentTaken')}</p>
          </>
        ) : (
          <p>{t('expiredBody', { merchant: merchantName })}</p>
        )}
      </div>
      {onClose && (
        <button
          type="button"
          onClick={onClose}
          className="mt-6 rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          {paid ? t('done') : t('close')}
        </button>
      )}
    </section>
  );
}
