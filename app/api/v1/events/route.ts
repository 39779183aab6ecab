import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { listEvents } from '@/lib/merchant-api/events/list-events';
import { queryOf } from '@/lib/merchant-api/query-of';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(({ merchantId, request }) => listEvents(db(), merchantId, queryOf(request)));
