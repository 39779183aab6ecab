import Link from 'next/link';

export type ListPosition = { before: string } | { after: string };

/** The address of a status-filtered, paginated dashboard list (`/dashboard/links?status=…&after=…`). */
export function statusListHref(path: string, status: string | undefined, position?: ListPosition): string {
  const query = new URLSearchParams({ ...(status && { status }), ...position });
  return `${path}${query.size ? `?${query}` : ''}`;
}

/** "All" and one pill per status above a list; the current one is marked for screen readers too. */
export function StatusTabs<S extends string>({
  path,
  current,
  labels,
}: {
  path: string;
  current: S | undefined;
  labels: Record<S, string>;
}) {
  const tabs: [S | undefined, string][] = [[undefined, 'All'], ...(Object.entries(labels) as [S, string][])];
  return (
    <nav aria-label="Filter by status" className="flex flex-wrap gap-2">
      {tabs.map(([value, label]) => (
        <Link
          key={label}
          href={statusListHref(path, value)}
          aria-current={value === current ? 'page' : undefined}
          className={`rounded-full px-3.5 py-1.5 text-sm font-medium ${value === current ? 'bg-brand-600 text-white' : 'border border-slate-300 bg-white text-slate-700 hover:bg-slate-50'}`}
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
