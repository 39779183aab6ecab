import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { createApiKey } from '@/lib/merchant-api/api-keys/create-api-key';
import { listApiKeys } from '@/lib/merchant-api/api-keys/list-api-keys';
import { queryOf } from '@/lib/merchant-api/query-of';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(({ merchantId, body }) => createApiKey(db(), merchantId, body), { secretField: 'secret' });
export const GET = apiRoute(({ merchantId, request }) => listApiKeys(db(), merchantId, queryOf(request)));
