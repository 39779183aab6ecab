import { db } from '@/lib/db/db';
import { getAccount } from '@/lib/merchant-api/account/get-account';
import { updateAccount } from '@/lib/merchant-api/account/update-account';
import { apiRoute } from '@/lib/merchant-api/api-route';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(({ merchantId }) => getAccount(db(), merchantId));
export const POST = apiRoute(({ merchantId, body }) => updateAccount(db(), merchantId, body));
