import { threeDSecureTokenSecret } from '@/lib/hosted/three-d-secure-token-secret';
import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { publicUrl } from '@/lib/merchant-api/api-settings';
import { createThreeDSecureUrl } from '@/lib/merchant-api/payments/create-three-d-secure-url';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(
  ({ merchantId, params }) =>
    createThreeDSecureUrl(db(), merchantId, params.id!, publicUrl(), threeDSecureTokenSecret()),
  { ids: { id: 'payment' } },
);
