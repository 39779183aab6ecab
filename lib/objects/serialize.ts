import { apiAdjustableQuantity } from '@/lib/line-items/adjustable-quantity';
import type {
  ApiKey,
  CheckoutSession,
  LineItem,
  Merchant,
  Payment,
  PaymentAnomaly,
  PaymentEvent,
  Refund,
} from '@/lib/generated/prisma/client';
import { serializeCheckoutOptions } from '@/lib/customer-details/serialize-checkout-options';
import { serializeCollected } from '@/lib/customer-details/serialize-collected';
import { customerMessage } from '@/lib/objects/failure-messages';
import { publicPaymentStatus } from '@/lib/objects/public-payment-status';
import { serializeAfterExpiration } from '@/lib/recovery/serialize-after-expiration';

const unix = (date: Date | null) => (date ? Math.floor(date.getTime() / 1000) : null);

/** Stripe's `discounts`: the one coupon applied, and the promotion code it came from (or null). */
const discountsOf = (row: { couponId: string | null; promotionCodeId: string | null }) =>
  row.couponId ? [{ coupon: row.couponId, promotion_code: row.promotionCodeId }] : [];

/** The merchant API's representation of a checkout session (also the data of checkout.session.* events). */
export function serializeCheckoutSession(
  session: CheckoutSession & { lineItems: LineItem[]; payment: Pick<Payment, 'id'> | null },
  publicUrl: string,
) {
  return {
    id: session.id,
    object: 'checkout.session' as const,
    url: `${publicUrl}/c/${session.id}`,
    status: session.status,
    amount_subtotal: session.amountTotal + session.amountDiscount,
    amount_total: session.amountTotal,
    total_details: { amount_discount: session.amountDiscount },
    discounts: discountsOf(session),
    allow_promotion_codes: session.allowPromotionCodes,
    currency: session.currency,
    line_items: session.lineItems.map((item) => ({
      name: item.name,
      unit_amount: item.unitAmount,
      quantity: item.quantity,
      amount_total: item.unitAmount * item.quantity,
      image_url: item.imageUrl,
      adjustable_quantity: apiAdjustableQuantity(item.adjustableQuantity),
    })),
    customer_email: session.customerEmail,
    client_reference_id: session.clientReferenceId,
    metadata: session.metadata as Record<string, string>,
    success_url: session.successUrl,
    cancel_url: session.cancelUrl,
    three_d_secure_ui: session.threeDSecureUi,
    ui_mode: session.uiMode,
    embed_origin: session.embedOrigin,
    locale: session.locale,
    payment_intent_data: { capture_method: session.captureMethod },
    ...serializeCheckoutOptions(session.checkoutOptions),
    ...serializeCollected(session.collected),
    payment: session.payment?.id ?? null,
    payment_link: session.paymentLinkId,
    after_expiration: serializeAfterExpiration(session, publicUrl),
    recovered_from: session.recoveredFromId,
    created: unix(session.createdAt),
    expires_at: unix(session.expiresAt),
    completed_at: unix(session.completedAt),
  };
}

/**
 * The merchant API's representation of a payment (also the data of payment.* events). `session.collected`,
 * when given, adds what the customer entered (`customer_details`, `shipping_details`).
 */
export function serializePayment(
  payment: Payment & {
    timeline?: PaymentEvent[];
    refunds?: Refund[];
    anomalies?: PaymentAnomaly[];
    session?: { collected: unknown };
  },
) {
  return {
    id: payment.id,
    object: 'payment' as const,
    status: publicPaymentStatus(payment.status),
    amount: payment.amount,
    amount_subtotal: payment.amount + payment.amountDiscount,
    amount_total: payment.amount,
    total_details: { amount_discount: payment.amountDiscount },
    discounts: discountsOf(payment),
    capture_method: payment.captureMethod,
    /** Authorized and not yet captured or released. */
    amount_capturable: payment.status === 'requires_capture' ? payment.amount : 0,
    amount_captured: payment.status === 'succeeded' ? (payment.amountCaptured ?? payment.amount) : 0,
    amount_released: payment.amountReleased,
    amount_refunded: payment.amountRefunded,
    currency: payment.currency,
    /** A capture or cancellation sent to Stripe whose outcome no webhook has reported yet. */
    pending_request: pendingRequest(payment),
    cancellation_reason: payment.status === 'canceled' ? payment.cancellationReason : null,
    checkout_session: payment.sessionId,
    /** The Stripe PaymentIntent behind this payment (null until the customer first pays). */
    payment_intent: payment.stripePaymentIntentId,
    /** When Stripe reported something that did not match this payment (see `anomalies`); null normally. */
    anomaly_at: unix(payment.anomalyAt),
    last_error: payment.lastErrorCode
      ? {
          code: payment.lastErrorCode,
          decline_code: payment.lastDeclineCode,
          message: payment.lastErrorMessage ?? customerMessage(payment.lastErrorCode, payment.lastDeclineCode),
          three_d_secure_failure: payment.threeDSecureFailure,
        }
      : null,
    next_action: payment.status === 'requires_action' ? { type: payment.nextActionType ?? 'use_stripe_sdk' } : null,
    card: payment.cardLast4 ? { brand: payment.cardBrand, last4: payment.cardLast4 } : null,
    ...(payment.session && serializeCollected(payment.session.collected)),
    created: unix(payment.createdAt),
    succeeded_at: unix(payment.succeededAt),
    ...(payment.timeline && {
      timeline: payment.timeline.map((event) => ({
        from: event.fromStatus,
        to: event.toStatus,
        source: event.source,
        source_ref: event.sourceRef,
        detail: event.detail,
        at: unix(event.createdAt),
      })),
    }),
    ...(payment.refunds && { refunds: payment.refunds.map(serializeRefund) }),
    ...(payment.anomalies && {
      anomalies: payment.anomalies.map((anomaly) => ({
        kind: anomaly.kind,
        stripe_object: anomaly.stripeObjectId,
        detail: anomaly.detail,
        created: unix(anomaly.createdAt),
      })),
    }),
  };
}

function pendingRequest(payment: Payment) {
  if (payment.status !== 'requires_capture') return null;
  if (payment.captureRequestedAt)
    return {
      type: 'capture' as const,
      amount_to_capture: payment.captureRequestedAmount,
      requested_at: unix(payment.captureRequestedAt),
    };
  if (payment.cancelRequestedAt)
    return {
      type: 'cancel' as const,
      cancellation_reason: payment.cancellationReason,
      requested_at: unix(payment.cancelRequestedAt),
    };
  return null;
}

/** The merchant API's representation of a refund (`status`: pending, succeeded or failed). */
export function serializeRefund(refund: Refund) {
  return {
    id: refund.id,
    object: 'refund' as const,
    payment: refund.paymentId,
    amount: refund.amount,
    currency: refund.currency,
    status: refund.status,
    reason: refund.reason,
    failure_reason: refund.failureReason,
    created: unix(refund.createdAt),
  };
}

/** The merchant API's representation of an API key; `secret` only in the response that created it. */
export function serializeApiKey(key: ApiKey, secret?: string) {
  return {
    id: key.id,
    object: 'api_key' as const,
    name: key.name,
    prefix: key.prefix,
    ...(secret !== undefined && { secret }),
    created: unix(key.createdAt),
    last_used: unix(key.lastUsedAt),
    revoked_at: unix(key.revokedAt),
  };
}

/** The merchant API's representation of the merchant's own account settings. */
export function serializeAccount(merchant: Merchant) {
  return {
    id: merchant.id,
    object: 'account' as const,
    name: merchant.name,
    allowed_redirect_domains: merchant.allowedRedirectDomains,
    allowed_embed_origins: merchant.allowedEmbedOrigins,
    brand_color: merchant.brandColor,
    terms_of_service_url: merchant.termsOfServiceUrl,
    logo_url: merchant.logoUrl,
    created: unix(merchant.createdAt),
  };
}
