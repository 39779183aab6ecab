'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export const NAV_ITEMS = [
  { href: '/dashboard', label: 'Overview' },
  { href: '/dashboard/payments', label: 'Payments' },
  { href: '/dashboard/sessions', label: 'Checkout sessions' },
  { href: '/dashboard/recovery', label: 'Checkout recovery' },
  { href: '/dashboard/links', label: 'Payment links' },
  { href: '/dashboard/discounts', label: 'Discounts' },
  { href: '/dashboard/developers', label: 'Developers' },
  { href: '/dashboard/settings', label: 'Settings' },
] as const;

function isActive(pathname: string, href: string): boolean {
  return href === '/dashboard' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

/** The dashboard's sections; the current one is marked for screen readers too. */
export function DashboardNav({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <ul className="space-y-0.5">
      {NAV_ITEMS.map((item) => {
        const active = isActive(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              onClick={onNavigate}
              aria-current={active ? 'page' : undefined}
              className={`block rounded-lg px-3 py-2 text-sm font-medium ${active ? 'bg-brand-50 text-brand-700' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900'}`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
