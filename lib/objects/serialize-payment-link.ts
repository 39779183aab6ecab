import type { PaymentLink } from '@/lib/generated/prisma/client';
import { linkFixedTotal, linkLineItems } from './link-line-items';
import { paymentLinkQrUrl, paymentLinkUrl } from './payment-link-url';
import { serializeCheckoutOptions } from '@/lib/customer-details/serialize-checkout-options';

const unix = (date: Date) => Math.floor(date.getTime() / 1000);

/** The merchant API's representation of a payment link. */
export function serializePaymentLink(link: PaymentLink, publicUrl: string) {
  return {
    id: link.id,
    object: 'payment_link' as const,
    url: paymentLinkUrl(publicUrl, link.slug),
    qr_code_url: paymentLinkQrUrl(publicUrl, link.slug),
    active: link.active,
    inactive_message: link.inactiveMessage,
    currency: link.currency,
    line_items: linkLineItems(link).map((item) => ({
      name: item.name,
      unit_amount: item.unit_amount,
      quantity: item.quantity,
      amount_total: item.unit_amount * item.quantity,
      image_url: item.image_url ?? null,
      adjustable_quantity: item.adjustable_quantity ?? null,
    })),
    custom_amount:
      link.customAmountName !== null
        ? {
            name: link.customAmountName,
            minimum: link.customAmountMin,
            maximum: link.customAmountMax,
            preset: link.customAmountPreset,
          }
        : null,
    amount_total: linkFixedTotal(link),
    after_completion:
      link.afterCompletion === 'redirect'
        ? { type: 'redirect' as const, redirect: { url: link.redirectUrl } }
        : { type: 'hosted_confirmation' as const, hosted_confirmation: { custom_message: link.confirmationMessage } },
    restrictions: { completed_sessions: { limit: link.completedLimit, count: link.completedCount } },
    three_d_secure_ui: link.threeDSecureUi,
    metadata: link.metadata as Record<string, string>,
    locale: link.locale,
    allow_promotion_codes: link.allowPromotionCodes,
    payment_intent_data: { capture_method: link.captureMethod },
    ...serializeCheckoutOptions(link.checkoutOptions),
    created: unix(link.createdAt),
    updated: unix(link.updatedAt),
  };
}

export type SerializedPaymentLink = ReturnType<typeof serializePaymentLink>;
