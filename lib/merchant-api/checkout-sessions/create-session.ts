import { createCheckoutSession } from '@/lib/sessions/create-checkout-session';
import type { Db } from '@/lib/db/create-prisma';
import type { MerchantSettings } from '../authenticate-api-key';
import { apiError } from '../api-error';
import { isRedirectHostAllowed } from '@/lib/sessions/redirect-domains';
import { ZApiCreateCheckoutSession, toCreateCheckoutSession } from '../schemas/checkout-session-schemas';
import { serializeCheckoutSession } from '@/lib/objects/serialize';
import { requireTermsUrl } from '@/lib/merchants/require-terms-url';
import { resolveEmbedOrigin } from './resolve-embed-origin';

/** Creates a checkout session from an API body; redirect URLs must be on the merchant's allowed domains, an embed origin among its allowed embed origins. */
export async function createSessionForMerchant(
  db: Db,
  merchantId: string,
  merchant: MerchantSettings,
  body: unknown,
  publicUrl: string,
  testMode: boolean,
) {
  const input = ZApiCreateCheckoutSession.parse(body);
  for (const param of ['success_url', 'cancel_url'] as const) {
    const url = input[param];
    if (url && !isRedirectHostAllowed(url, merchant.allowedRedirectDomains, testMode)) {
      throw apiError('url_not_allowed', `${param} must be on one of the account's allowed_redirect_domains.`, param);
    }
  }
  if (input.consent_collection?.terms_of_service === 'required') await requireTermsUrl(db, merchantId);
  const embedOrigin =
    input.ui_mode === 'embedded' ? resolveEmbedOrigin(input.embed_origin, merchant.allowedEmbedOrigins) : undefined;
  const session = await createCheckoutSession(db, toCreateCheckoutSession(input, merchantId, new Date(), embedOrigin));
  return serializeCheckoutSession({ ...session, payment: null }, publicUrl);
}
