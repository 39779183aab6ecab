import Link from 'next/link';
import type { ReactNode } from 'react';

/** The phone-width stand-in for a dashboard table: one card per row, each a link to the row's page. */
export function CardList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ul aria-label={label} className="space-y-2 md:hidden">
      {children}
    </ul>
  );
}

/** One card of a `CardList`: the whole card is the link. */
export function CardLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <li>
      <Link
        href={href}
        className="block rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-500"
      >
        {children}
      </Link>
    </li>
  );
}

/** A card's first line: what it is about in bold figures at the left, its status badge at the right. */
export function CardHeadline({ title, badge }: { title: ReactNode; badge: ReactNode }) {
  return (
    <span className="flex items-center justify-between gap-3">
      <span className="font-semibold tabular-nums text-slate-900">{title}</span>
      {badge}
    </span>
  );
}
