import { createCheckoutSession } from '@/lib/checkout/create-checkout-session';
import type { Db } from '@/lib/db/create-prisma';
import { apiError } from '../api-error';
import { isRedirectHostAllowed } from '../redirect-domains';
import { ZApiCreateCheckoutSession, toCreateCheckoutSession } from '../schemas/checkout-session-schemas';
import { serializeCheckoutSession } from '../serialize';

/** Creates a checkout session from an API body; redirect URLs must be on the merchant's allowed domains. */
export async function createSessionForMerchant(db: Db, merchantId: string, body: unknown, publicUrl: string, testMode: boolean) {
  const input = ZApiCreateCheckoutSession.parse(body);
  const [merchant] = await db.$queryRaw<{ allowedRedirectDomains: string[] }[]>`
    SELECT allowed_redirect_domains AS "allowedRedirectDomains" FROM merchants WHERE id = ${merchantId}`;
  if (!merchant) throw new Error(`merchant ${merchantId} is missing`);
  for (const param of ['success_url', 'cancel_url'] as const) {
    const url = input[param];
    if (url && !isRedirectHostAllowed(url, merchant.allowedRedirectDomains, testMode)) {
      throw apiError('url_not_allowed', `${param} must be on one of the account's allowed_redirect_domains.`, param);
    }
  }
  const session = await createCheckoutSession(db, toCreateCheckoutSession(input, merchantId));
  return serializeCheckoutSession({ ...session, payment: null }, publicUrl);
}
