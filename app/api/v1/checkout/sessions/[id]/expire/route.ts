import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { publicUrl } from '@/lib/merchant-api/api-settings';
import { expireSessionByApi } from '@/lib/merchant-api/checkout-sessions/expire-session-by-api';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(
  ({ merchantId, params, body }) => expireSessionByApi(db(), merchantId, params.id!, body, publicUrl()),
  { ids: { id: 'checkout_session' } },
);
