import { readQuantityBounds } from '@/lib/line-items/adjustable-quantity';
import { createCheckoutSession } from '@/lib/sessions/create-checkout-session';
import type { Db } from '@/lib/db/create-prisma';
import { isLinkSlug } from '@/lib/ids/object-ids';
import { amountStep, amountStepProblem } from '@/lib/money/currencies';
import { formatAmount } from '@/lib/money/format-amount';
import { inactiveMessageOf, isLinkClosed } from '@/lib/sessions/link-availability';
import { linkLineItems } from '@/lib/objects/link-line-items';
import { prefillParams, type LinkPrefill } from './link-prefill';
import { parseAmountInput } from './parse-amount-input';
import { paymentLinkUrl } from '@/lib/objects/payment-link-url';
import { readCheckoutOptions } from '@/lib/customer-details/checkout-options';

/** What a customer must know about amounts in currencies Stripe takes only in steps of 10 or 100 minor units. */
const STEP_HINTS: Record<number, string> = { 10: ', with 0 as its last decimal', 100: ', in whole units' };

export type OpenLinkInput = {
  slug: string;
  /** What the customer typed, for a customer-chosen amount; ignored for fixed prices. */
  amount?: string;
  prefill: LinkPrefill;
  publicUrl: string;
  /** The customer's locale, for the amounts in messages. */
  displayLocale: string;
};

export type OpenLinkResult =
  | { kind: 'opened'; sessionId: string }
  | { kind: 'not_found' }
  | { kind: 'closed'; message: string }
  /** The bounds formatted for the customer, and the currency's amount step (10: last decimal 0, 100: whole units). */
  | { kind: 'invalid_amount'; minimum: string; maximum: string; step: number; message: string };

/**
 * A customer proceeds from a link page: opens a new checkout session of their own with the link's items
 * (or the amount they chose), its after-completion behaviour, and the validated prefill. A deactivated
 * link, or one whose completed-sessions limit is reached, opens nothing.
 */
export async function openLinkCheckout(db: Db, input: OpenLinkInput): Promise<OpenLinkResult> {
  if (!isLinkSlug(input.slug)) return { kind: 'not_found' };
  const link = await db.paymentLink.findUnique({ where: { slug: input.slug } });
  if (!link) return { kind: 'not_found' };
  if (isLinkClosed(link)) return { kind: 'closed', message: inactiveMessageOf(link) };

  let lineItems = linkLineItems(link).map((item) => ({
    name: item.name,
    unitAmount: item.unit_amount,
    quantity: item.quantity,
    imageUrl: item.image_url ?? undefined,
    adjustableQuantity: readQuantityBounds(item.adjustable_quantity),
  }));
  if (link.customAmountName !== null) {
    const [min, max] = [link.customAmountMin!, link.customAmountMax!];
    const amount = parseAmountInput(input.amount ?? '', link.currency);
    if (amount === null || amount < min || amount > max || amountStepProblem(amount, link.currency)) {
      const money = (value: number) => formatAmount(value, link.currency, input.displayLocale);
      return {
        kind: 'invalid_amount',
        minimum: money(min),
        maximum: money(max),
        step: amountStep(link.currency),
        message: `Enter an amount between ${money(min)} and ${money(max)}${STEP_HINTS[amountStep(link.currency)] ?? ''}.`,
      };
    }
    lineItems = [
      { name: link.customAmountName, unitAmount: amount, quantity: 1, imageUrl: undefined, adjustableQuantity: null },
    ];
  }

  const query = new URLSearchParams(prefillParams(input.prefill)).toString();
  const session = await createCheckoutSession(db, {
    merchantId: link.merchantId,
    paymentLinkId: link.id,
    currency: link.currency,
    lineItems,
    customerEmail: input.prefill.email,
    locale: input.prefill.locale ?? link.locale ?? undefined,
    checkoutOptions: readCheckoutOptions(link.checkoutOptions),
    allowPromotionCodes: link.allowPromotionCodes,
    clientReferenceId: input.prefill.clientReferenceId,
    successUrl: link.afterCompletion === 'redirect' && link.redirectUrl ? link.redirectUrl : undefined,
    completionMessage: link.afterCompletion === 'redirect' ? undefined : (link.confirmationMessage ?? undefined),
    cancelUrl: paymentLinkUrl(input.publicUrl, link.slug) + (query ? `?${query}` : ''),
    threeDSecureUi: link.threeDSecureUi,
    captureMethod: link.captureMethod,
    metadata: link.metadata as Record<string, string>,
  });
  return { kind: 'opened', sessionId: session.id };
}
