import { PageHeader } from '@/components/dashboard/page-header';
import { requireDashboardUser } from '@/lib/auth/current-user';

export default async function OverviewPage() {
  const { merchant } = await requireDashboardUser();
  return <PageHeader title="Overview" description={`How ${merchant.name} is doing.`} />;
}
