import type { Db } from '@/lib/db/create-prisma';
import { domainError } from '@/lib/core/domain-error';
import { paramPath } from '@/lib/core/zod-to-domain-error';
import { checkLinkRedirect } from './check-link-redirect';
import { findPaymentLink } from './find-payment-link';
import { afterCompletionColumns, pricingColumns } from './link-columns';
import { linkPricingProblem } from './link-pricing-problem';
import { ZApiUpdatePaymentLink } from './link-schemas';
import { readCheckoutOptions } from '@/lib/customer-details/checkout-options';
import { requireTermsUrl } from '@/lib/merchants/require-terms-url';
import { linkCheckoutColumns } from './link-checkout-columns';

/**
 * Updates a link from `TApiUpdatePaymentLink` fields: given fields replace the old ones (metadata too);
 * line_items or custom_amount replaces the pricing. Sessions already opened keep what they were opened
 * with. Links are never deleted: `active: false` deactivates them.
 */
export async function updatePaymentLink(db: Db, merchantId: string, linkId: string, input: unknown, testMode: boolean) {
  const data = ZApiUpdatePaymentLink.parse(input);
  const link = await findPaymentLink(db, merchantId, linkId);
  const problem = linkPricingProblem(data, link.currency);
  if (problem) {
    const param = paramPath(problem.path);
    throw domainError('parameter_invalid', `Invalid ${param}: ${problem.message}`, param);
  }
  if (data.after_completion?.type === 'redirect')
    await checkLinkRedirect(db, merchantId, data.after_completion.redirect.url, testMode);
  if (data.consent_collection?.terms_of_service === 'required') await requireTermsUrl(db, merchantId);
  return db.paymentLink.update({
    where: { id: link.id },
    data: {
      ...(data.active !== undefined && { active: data.active }),
      ...(data.inactive_message !== undefined && { inactiveMessage: data.inactive_message }),
      ...((data.line_items || data.custom_amount) && pricingColumns(data, link.currency)),
      ...(data.after_completion && afterCompletionColumns(data.after_completion)),
      ...(data.restrictions !== undefined && { completedLimit: data.restrictions?.completed_sessions.limit ?? null }),
      ...(data.three_d_secure_ui !== undefined && { threeDSecureUi: data.three_d_secure_ui }),
      ...(data.metadata !== undefined && { metadata: data.metadata }),
      ...(data.payment_intent_data?.capture_method && { captureMethod: data.payment_intent_data.capture_method }),
      ...linkCheckoutColumns(data, readCheckoutOptions(link.checkoutOptions)),
    },
  });
}
