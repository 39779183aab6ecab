import { db } from '@/lib/db/db';
import { findPaymentLink } from '@/lib/links/find-payment-link';
import { serializePaymentLink } from '@/lib/objects/serialize-payment-link';
import { updatePaymentLink } from '@/lib/links/update-payment-link';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { isTestMode, publicUrl } from '@/lib/merchant-api/api-settings';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(
  async ({ merchantId, params }) =>
    serializePaymentLink(await findPaymentLink(db(), merchantId, params.id!), publicUrl()),
  { ids: { id: 'payment_link' } },
);
export const POST = apiRoute(
  async ({ merchantId, params, body }) =>
    serializePaymentLink(await updatePaymentLink(db(), merchantId, params.id!, body, isTestMode()), publicUrl()),
  { ids: { id: 'payment_link' } },
);
