import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { cancelPaymentByApi } from '@/lib/merchant-api/payments/cancel-payment-by-api';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(({ merchantId, params, body }) => cancelPaymentByApi(db(), merchantId, params.id!, body), {
  ids: { id: 'payment' },
});
