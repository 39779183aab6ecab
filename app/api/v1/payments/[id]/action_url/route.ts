import { actionTokenSecret } from '@/lib/checkout/action-token-secret';
import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { publicUrl } from '@/lib/merchant-api/api-settings';
import { createActionUrl } from '@/lib/merchant-api/payments/create-action-url';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(
  ({ merchantId, params }) => createActionUrl(db(), merchantId, params.id!, publicUrl(), actionTokenSecret()),
  { ids: { id: 'payment' } },
);
