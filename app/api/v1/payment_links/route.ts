import { db } from '@/lib/db/db';
import { createPaymentLink } from '@/lib/links/create-payment-link';
import { listPaymentLinks } from '@/lib/links/list-payment-links';
import { serializePaymentLink } from '@/lib/objects/serialize-payment-link';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { isTestMode, publicUrl } from '@/lib/merchant-api/api-settings';
import { queryOf } from '@/lib/merchant-api/query-of';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(async ({ merchantId, body }) =>
  serializePaymentLink(await createPaymentLink(db(), merchantId, body, isTestMode()), publicUrl()),
);
export const GET = apiRoute(({ merchantId, request }) =>
  listPaymentLinks(db(), merchantId, queryOf(request), publicUrl()),
);
