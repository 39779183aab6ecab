import type { Metadata } from 'next';
import { DashboardShell } from '@/components/dashboard/dashboard-shell';
import { requireDashboardUser } from '@/lib/auth/current-user';

export const metadata: Metadata = {
  title: { default: 'Dashboard', template: '%s · Dashboard · Tillpoint' },
  robots: { index: false },
};

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const { user, merchant } = await requireDashboardUser();
  return (
    <DashboardShell merchantName={merchant.name} userEmail={user.email}>
      {children}
    </DashboardShell>
  );
}
