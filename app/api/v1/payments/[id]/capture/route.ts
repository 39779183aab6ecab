import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { capturePaymentByApi } from '@/lib/merchant-api/payments/capture-payment-by-api';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(
  ({ merchantId, params, body }) => capturePaymentByApi(db(), merchantId, params.id!, body),
  {
    ids: { id: 'payment' },
  },
);
