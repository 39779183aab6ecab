/** One number of the overview with what it counts underneath. */
export function StatCard({
  label,
  value,
  detail,
  children,
}: {
  label: string;
  value: React.ReactNode;
  detail?: React.ReactNode;
  children?: React.ReactNode;
}) {
  return (
    <div className="min-w-0 rounded-xl border border-slate-200 bg-white px-4 py-4 shadow-sm sm:px-5">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-1.5">
        <span className="block truncate text-2xl font-semibold tabular-nums tracking-tight text-slate-900">
          {value}
        </span>
        {detail && <span className="mt-1 block text-xs text-slate-600">{detail}</span>}
        {children}
      </dd>
    </div>
  );
}
