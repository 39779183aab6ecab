import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { publicUrl } from '@/lib/merchant-api/api-settings';
import { findSession } from '@/lib/merchant-api/checkout-sessions/find-session';
import { serializeCheckoutSession } from '@/lib/objects/serialize';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(
  async ({ merchantId, params }) =>
    serializeCheckoutSession(await findSession(db(), merchantId, params.id!), publicUrl()),
  { ids: { id: 'checkout_session' } },
);
