import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { sendTestEvent } from '@/lib/merchant-api/webhook-endpoints/send-test-event';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(({ merchantId, params, body }) => sendTestEvent(db(), merchantId, params.id!, body), {
  ids: { id: 'webhook_endpoint' },
});
