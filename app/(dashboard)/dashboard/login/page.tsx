import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/dashboard/sign-in-form';
import { Logo } from '@/components/ui/logo';
import { getDashboardUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

export default async function SignInPage() {
  if (await getDashboardUser()) redirect('/dashboard');
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center bg-slate-50 px-5 py-12">
      <main className="w-full max-w-sm">
        <Logo className="text-lg" />
        <h1 className="mt-8 text-2xl font-semibold tracking-tight text-slate-900">Sign in to your dashboard</h1>
        <p className="mt-2 text-sm text-slate-600">
          Payments, payment links, keys, webhooks and settings of your business.
        </p>
        <div className="mt-8 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
          <SignInForm />
        </div>
        <p className="mt-6 text-xs text-slate-600">
          No account yet? An operator creates one with{' '}
          <code className="rounded bg-slate-200/70 px-1 py-0.5 text-slate-800">npx tillpoint users create</code>.
        </p>
      </main>
    </div>
  );
}
