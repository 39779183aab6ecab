import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { isTestMode, publicUrl } from '@/lib/merchant-api/api-settings';
import { createSessionForMerchant } from '@/lib/merchant-api/checkout-sessions/create-session';
import { listSessions } from '@/lib/merchant-api/checkout-sessions/list-sessions';
import { queryOf } from '@/lib/merchant-api/query-of';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(({ merchantId, merchant, body }) =>
  createSessionForMerchant(db(), merchantId, merchant, body, publicUrl(), isTestMode()),
);
export const GET = apiRoute(({ merchantId, request }) => listSessions(db(), merchantId, queryOf(request), publicUrl()));
