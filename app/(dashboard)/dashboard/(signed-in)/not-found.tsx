import Link from 'next/link';
import { EmptyState } from '@/components/dashboard/empty-state';

export default function DashboardNotFound() {
  return (
    <div className="pt-4">
      <h1 className="mb-6 text-2xl font-semibold tracking-tight text-slate-900">Not found</h1>
      <EmptyState title="There is nothing here in your account">
        The address may be mistyped, or what it points to belongs to another account.{' '}
        <Link href="/dashboard" className="font-medium text-brand-700 underline">
          Back to the overview
        </Link>
      </EmptyState>
    </div>
  );
}
