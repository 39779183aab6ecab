import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { redeliverEvent } from '@/lib/merchant-api/events/redeliver-event';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(({ merchantId, params, body }) => redeliverEvent(db(), merchantId, params.id!, body), {
  ids: { id: 'event' },
});
