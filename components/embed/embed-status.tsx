import { linkRefusalTitle } from '@/lib/sessions/link-refusal-text';

type Props = {
  state: { kind: 'paid'; paymentId: string } | { kind: 'expired' } | { kind: 'link_unavailable'; message: string };
  merchantName: string;
  totalLabel: string;
  /** In the overlay: a button that asks the host page to close the checkout. */
  onClose?: () => void;
};

/** The frame's final screens: paid (only ever shown from the database status), expired, or a payment link that no longer takes payments. */
export function EmbedStatus({ state, merchantName, totalLabel, onClose }: Props) {
  const paid = state.kind === 'paid';
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
          ? 'Payment successful'
          : state.kind === 'link_unavailable'
            ? linkRefusalTitle(state.message)
            : 'This checkout has expired'}
      </h1>
      <div className="mt-3 space-y-1 text-sm text-slate-600">
        {paid ? (
          <>
            <p>
              {merchantName} has received your payment of{' '}
              <strong className="font-semibold text-slate-900">{totalLabel}</strong>.
            </p>
            <p>
              Reference{' '}
              <span className="font-mono text-xs text-slate-800" data-testid="payment-reference">
                {state.paymentId}
              </span>
            </p>
          </>
        ) : state.kind === 'link_unavailable' ? (
          <>
            <p className="whitespace-pre-line">{state.message}</p>
            <p>No payment was taken.</p>
          </>
        ) : (
          <p>No payment was taken. Start again on {merchantName}’s site.</p>
        )}
      </div>
      {onClose && (
        <button
          type="button"
          onClick={onClose}
          className="mt-6 rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          {paid ? 'Done' : 'Close'}
        </button>
      )}
    </section>
  );
}
