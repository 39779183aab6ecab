import type { Metadata } from 'next';
import Link from 'next/link';
import { ApiKeysPanel } from '@/components/dashboard/developers/api-keys-panel';
import { WebhookEndpointsPanel } from '@/components/dashboard/developers/webhook-endpoints-panel';
import { PageHeader } from '@/components/dashboard/page-header';
import { requireDashboardUser } from '@/lib/auth/current-user';
import { apiKeyRows } from '@/lib/dashboard/developers/api-key-rows';
import { db } from '@/lib/db/db';
import { listEndpoints } from '@/lib/merchant-api/webhook-endpoints/list-endpoints';

export const metadata: Metadata = { title: 'Developers' };

export default async function DevelopersPage() {
  const { merchant } = await requireDashboardUser();
  const [keys, endpoints] = await Promise.all([
    apiKeyRows(db(), merchant.id),
    listEndpoints(db(), merchant.id, { limit: 100 }),
  ]);
  return (
    <>
      <PageHeader
        title="Developers"
        description="Keys for the API, and the webhook endpoints Tillpoint sends events to."
        actions={
          <Link href="/docs/api" className="btn-secondary">
            API reference
          </Link>
        }
      />
      <div className="space-y-12">
        <ApiKeysPanel keys={keys} />
        <WebhookEndpointsPanel endpoints={endpoints.data} />
      </div>
    </>
  );
}
