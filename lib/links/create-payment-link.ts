import type { Db } from '@/lib/db/create-prisma';
import { newId, randomToken } from '@/lib/ids/new-id';
import { requireTermsUrl } from '@/lib/merchants/require-terms-url';
import { checkLinkRedirect } from './check-link-redirect';
import { afterCompletionColumns, pricingColumns } from './link-columns';
import { ZApiCreatePaymentLink } from './link-schemas';
import { linkCheckoutColumns } from './link-checkout-columns';

/**
 * Creates a payment link from the API's snake_case fields (`TApiCreatePaymentLink`); throws a ZodError
 * or a DomainError on bad input. The slug is 24 random base62 characters: links cannot be guessed.
 */
export async function createPaymentLink(db: Db, merchantId: string, input: unknown, testMode: boolean) {
  const data = ZApiCreatePaymentLink.parse(input);
  if (data.after_completion?.type === 'redirect')
    await checkLinkRedirect(db, merchantId, data.after_completion.redirect.url, testMode);
  if (data.consent_collection?.terms_of_service === 'required') await requireTermsUrl(db, merchantId);
  return db.paymentLink.create({
    data: {
      id: newId('plink'),
      merchantId,
      slug: randomToken(24),
      active: data.active ?? true,
      inactiveMessage: data.inactive_message ?? null,
      currency: data.currency,
      ...pricingColumns(data, data.currency),
      ...afterCompletionColumns(data.after_completion ?? { type: 'hosted_confirmation' }),
      completedLimit: data.restrictions?.completed_sessions.limit ?? null,
      threeDSecureUi: data.three_d_secure_ui ?? 'modal',
      metadata: data.metadata ?? {},
      captureMethod: data.payment_intent_data?.capture_method ?? 'automatic',
      ...linkCheckoutColumns(data),
    },
  });
}
