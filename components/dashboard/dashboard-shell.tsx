'use client';

import { useState } from 'react';
import { Logo } from '@/components/ui/logo';
import { signOutAction } from '@/lib/auth/actions/sign-out-action';
import { DashboardNav } from './dashboard-nav';

type Props = { merchantName: string; userEmail: string; children: React.ReactNode };

/** Sidebar navigation on wide screens; a menu button and a drop-down panel on phones. */
export function DashboardShell({ merchantName, userEmail, children }: Props) {
  const [menuOpen, setMenuOpen] = useState(false);
  const account = (
    <div className="border-t border-slate-200 pt-4 text-sm">
      <p className="truncate font-medium text-slate-900">{merchantName}</p>
      <p className="truncate text-slate-600">{userEmail}</p>
      <form action={signOutAction} className="mt-3">
        <button type="submit" className="btn-secondary w-full">
          Sign out
        </button>
      </form>
    </div>
  );
  return (
    <div className="min-h-dvh bg-slate-50 lg:flex">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-3 focus:top-3 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 flex items-center justify-between border-b border-slate-200 bg-white px-4 py-3 lg:hidden">
        <Logo />
        <button
          type="button"
          className="btn-secondary"
          aria-expanded={menuOpen}
          aria-controls="mobile-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {menuOpen ? 'Close' : 'Menu'}
        </button>
      </header>
      {menuOpen && (
        <nav
          id="mobile-nav"
          aria-label="Dashboard"
          className="space-y-4 border-b border-slate-200 bg-white px-4 py-4 lg:hidden"
        >
          <DashboardNav onNavigate={() => setMenuOpen(false)} />
          {account}
        </nav>
      )}
      <aside className="hidden w-64 shrink-0 flex-col justify-between border-r border-slate-200 bg-white px-4 py-6 lg:sticky lg:top-0 lg:flex lg:h-dvh">
        <div className="space-y-8">
          <div className="px-3">
            <Logo />
          </div>
          <nav aria-label="Dashboard">
            <DashboardNav />
          </nav>
        </div>
        {account}
      </aside>
      <main id="main" className="min-w-0 flex-1 px-4 py-6 sm:px-8 sm:py-10">
        <div className="mx-auto max-w-6xl">{children}</div>
      </main>
    </div>
  );
}
