import { Spinner } from '@/components/checkout/spinner';

/** One section of the Settings page: a heading, what it affects, and its own form. */
export function SettingsCard({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-xl border border-slate-200 bg-white">
      <div className="border-b border-slate-200 px-4 py-4 sm:px-6">
        <h2 id={`${id}-heading`} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        <div className="mt-1 text-sm text-slate-600">{description}</div>
      </div>
      <div className="px-4 py-5 sm:px-6">{children}</div>
    </section>
  );
}

/** The row under a settings form: its progress-aware submit button and the outcome, announced. */
export function SaveRow({
  pending,
  saved,
  label = 'Save',
  pendingLabel = 'Saving…',
  children,
}: {
  pending: boolean;
  saved: string | null;
  label?: string;
  pendingLabel?: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending && <Spinner />}
        {pending ? pendingLabel : label}
      </button>
      {children}
      <p role="status" className="text-sm text-emerald-800">
        {saved}
      </p>
    </div>
  );
}
