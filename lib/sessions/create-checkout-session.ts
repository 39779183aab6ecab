import type { Db } from '@/lib/db/create-prisma';
import { metrics } from '@/lib/observability/metrics';
import { sqlTimestamp } from '@/lib/db/sql-timestamp';
import type { CheckoutSession, LineItem } from '@/lib/generated/prisma/client';
import { newId } from '@/lib/ids/new-id';
import { ZCreateCheckoutSession, type TCreateCheckoutSession } from './checkout-schemas';
import { resolveUpFrontDiscount } from './resolve-up-front-discount';

/**
 * Creates an open checkout session; the total is computed here from the line items, never taken from
 * input. The session and its items go in with one SQL statement (atomic without a transaction) on the
 * pool directly: this is the merchant API's hottest write, and Prisma's nested create of the same rows
 * costs about four times the CPU (bench/merchant-api-throughput.ts, createPrisma).
 */
export async function createCheckoutSession(
  db: Db,
  input: TCreateCheckoutSession,
  now = new Date(),
): Promise<CheckoutSession & { lineItems: LineItem[] }> {
  const data = ZCreateCheckoutSession.parse(input);
  const discount = await resolveUpFrontDiscount(db, data, now);
  const id = newId('cs');
  const session: CheckoutSession = {
    id,
    merchantId: data.merchantId,
    status: 'open',
    currency: data.currency,
    amountTotal:
      data.lineItems.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0) - discount.amountDiscount,
    customerEmail: data.customerEmail ?? null,
    successUrl: data.successUrl ?? null,
    completionMessage: data.completionMessage ?? null,
    cancelUrl: data.cancelUrl ?? null,
    threeDSecureUi: data.threeDSecureUi,
    uiMode: data.uiMode,
    locale: data.locale ?? null,
    clientReferenceId: data.clientReferenceId ?? null,
    metadata: data.metadata,
    paymentLinkId: data.paymentLinkId ?? null,
    embedOrigin: data.embedOrigin ?? null,
    checkoutOptions: data.checkoutOptions,
    captureMethod: data.captureMethod,
    collected: null,
    expiresAt: new Date(now.getTime() + data.expiresInSeconds * 1000),
    completedAt: null,
    expiredAt: null,
    createdAt: now,
    updatedAt: now,
    allowPromotionCodes: data.allowPromotionCodes,
    couponId: discount.couponId,
    promotionCodeId: discount.promotionCodeId,
    amountDiscount: discount.amountDiscount,
    recoveryEnabled: data.recovery?.enabled ?? false,
    recoveryAllowPromotionCodes: data.recovery?.allowPromotionCodes ?? false,
    recoveryTokenHash: null,
    recoveryExpiresAt: null,
    recoveredFromId: data.recoveredFromId ?? null,
  };
  const lineItems: LineItem[] = data.lineItems.map((item, position) => ({
    id: newId('li'),
    sessionId: id,
    position,
    name: item.name,
    unitAmount: item.unitAmount,
    quantity: item.quantity,
    imageUrl: item.imageUrl ?? null,
    adjustableQuantity: item.adjustableQuantity ?? null,
  }));
  const rows = lineItems.map((item) => ({
    id: item.id,
    session_id: item.sessionId,
    position: item.position,
    name: item.name,
    unit_amount: item.unitAmount,
    quantity: item.quantity,
    image_url: item.imageUrl,
    adjustable_quantity: item.adjustableQuantity,
  }));
  await db.pool.query(
    `WITH session AS (
       INSERT INTO checkout_sessions (id, merchant_id, status, currency, amount_total, customer_email, success_url, completion_message,
         cancel_url, three_d_secure_ui, ui_mode, locale, client_reference_id, metadata, payment_link_id, embed_origin, expires_at, created_at, updated_at,
         checkout_options, allow_promotion_codes, coupon_id, promotion_code_id, amount_discount, capture_method, recovery_enabled,
         recovery_allow_promotion_codes, recovered_from)
       VALUES ($1, $2, 'open', $3, $4, $5, $6, $7, $8, $9::"ThreeDSecureUi", $10::"UiMode", $11, $12, $13::jsonb, $14, $15,
         $16::timestamp, $17::timestamp, $17::timestamp, $19::jsonb, $20, $21, $22, $23, $24::"CaptureMethod", $25, $26, $27)
     )
     INSERT INTO line_items (id, session_id, position, name, unit_amount, quantity, image_url, adjustable_quantity)
     SELECT id, session_id, position, name, unit_amount, quantity, image_url, adjustable_quantity
     FROM jsonb_to_recordset($18::jsonb) AS item(id text, session_id text, position int, name text, unit_amount int, quantity int, image_url text,
       adjustable_quantity jsonb)`,
    [
      id,
      session.merchantId,
      session.currency,
      session.amountTotal,
      session.customerEmail,
      session.successUrl,
      session.completionMessage,
      session.cancelUrl,
      session.threeDSecureUi,
      session.uiMode,
      session.locale,
      session.clientReferenceId,
      JSON.stringify(session.metadata),
      session.paymentLinkId,
      session.embedOrigin,
      sqlTimestamp(session.expiresAt),
      sqlTimestamp(now),
      JSON.stringify(rows),
      JSON.stringify(session.checkoutOptions),
      session.allowPromotionCodes,
      session.couponId,
      session.promotionCodeId,
      session.amountDiscount,
      session.captureMethod,
      session.recoveryEnabled,
      session.recoveryAllowPromotionCodes,
      session.recoveredFromId,
    ],
  );
  metrics().sessionsCreated.inc({ mode: data.paymentLinkId ? 'link' : data.uiMode });
  return { ...session, lineItems };
}
