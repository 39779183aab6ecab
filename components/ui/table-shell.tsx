import type { ReactNode } from 'react';

export type TableHeading = string | { label: ReactNode; key: string; className?: string };

/**
 * The card around a dashboard table: a screen-reader caption, the column headings and the rows (`children`,
 * the `<tr>`s). Shown from `shownFrom` up; below it the page shows its own stacked cards instead.
 */
export function TableShell({
  caption,
  headings,
  shownFrom = 'md',
  fixed = false,
  children,
}: {
  caption: string;
  headings: TableHeading[];
  shownFrom?: 'md' | 'xl';
  /** Column widths from the headings' classes instead of the content. */
  fixed?: boolean;
  children: ReactNode;
}) {
  const shown = shownFrom === 'xl' ? 'xl:block' : 'md:block';
  return (
    <div className={`hidden overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm ${shown}`}>
      <table className={fixed ? 'w-full table-fixed text-left text-sm' : 'w-full text-left text-sm'}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
          <tr>
            {headings.map((heading) =>
              typeof heading === 'string' ? (
                <th key={heading} scope="col" className="px-4 py-3 font-medium">
                  {heading}
                </th>
              ) : (
                <th key={heading.key} scope="col" className={`${heading.className ?? ''} px-4 py-3 font-medium`.trim()}>
                  {heading.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
