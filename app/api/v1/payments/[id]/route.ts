import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { findPayment } from '@/lib/merchant-api/payments/find-payment';
import { serializePayment } from '@/lib/objects/serialize';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(
  async ({ merchantId, params }) => serializePayment(await findPayment(db(), merchantId, params.id!)),
  { ids: { id: 'payment' } },
);
