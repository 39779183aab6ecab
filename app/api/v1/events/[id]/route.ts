import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { findEvent } from '@/lib/merchant-api/events/find-event';
import { serializeEvent } from '@/lib/objects/serialize-webhooks';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(
  async ({ merchantId, params }) => serializeEvent(await findEvent(db(), merchantId, params.id!)),
  { ids: { id: 'event' } },
);
