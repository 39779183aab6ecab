/** A titled card of a dashboard page; the heading labels the region for screen readers. */
export function Section({
  id,
  title,
  description,
  actions,
  children,
  flush = false,
}: {
  id: string;
  title: string;
  description?: React.ReactNode;
  actions?: React.ReactNode;
  children: React.ReactNode;
  /** No inner padding: for tables that run to the card's edges. */
  flush?: boolean;
}) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="flex flex-col gap-2 border-b border-slate-100 px-5 py-4 sm:flex-row sm:items-center sm:justify-between">
        <div className="min-w-0">
          <h2 id={id} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          {description && <p className="mt-0.5 text-sm text-slate-600">{description}</p>}
        </div>
        {actions && <div className="flex shrink-0 flex-wrap gap-2">{actions}</div>}
      </div>
      <div className={flush ? '' : 'px-5 py-4'}>{children}</div>
    </section>
  );
}

/** Label/value pairs of an object's details; `stacked` puts each label above its value (narrow columns). */
export function DetailList({
  items,
  stacked = false,
}: {
  items: { label: string; value: React.ReactNode }[];
  stacked?: boolean;
}) {
  return (
    <dl className="divide-y divide-slate-100 text-sm">
      {items.map((item) => (
        <div
          key={item.label}
          className={`py-2.5 first:pt-0 last:pb-0 ${stacked ? '' : 'grid grid-cols-[8.5rem_minmax(0,1fr)] gap-3'}`}
        >
          <dt className={stacked ? 'text-xs font-medium text-slate-600' : 'text-slate-600'}>{item.label}</dt>
          <dd className={`min-w-0 break-words text-slate-900 ${stacked ? 'mt-0.5' : ''}`}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
