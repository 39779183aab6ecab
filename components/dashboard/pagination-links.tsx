import Link from 'next/link';

/** Newer / Older links of a newest-first list; `href` builds the address of a page from its cursor. */
export function PaginationLinks({
  previous,
  next,
  href,
  label,
}: {
  previous: string | null;
  next: string | null;
  href: (cursor: { before: string } | { after: string }) => string;
  label: string;
}) {
  if (!previous && !next) return null;
  const disabled = 'btn-secondary pointer-events-none opacity-50';
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-3">
      {previous ? (
        <Link href={href({ before: previous })} className="btn-secondary" rel="prev">
          ← Newer
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          ← Newer
        </span>
      )}
      {next ? (
        <Link href={href({ after: next })} className="btn-secondary" rel="next">
          Older →
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          Older →
        </span>
      )}
    </nav>
  );
}
