import type { Db } from '@/lib/db/create-prisma';
import { sqlTimestamp } from '@/lib/db/sql-timestamp';
import type { CheckoutSession, LineItem } from '@/lib/generated/prisma/client';
import { newId } from '@/lib/ids/new-id';
import { ZCreateCheckoutSession, type TCreateCheckoutSession } from './checkout-schemas';

/**
 * Creates an open checkout session; the total is computed here from the line items, never taken from
 * input. The session and its items go in with one SQL statement (atomic without a transaction): this
 * is the merchant API's hottest write, and one raw statement costs a quarter of the CPU of Prisma's
 * nested create (bench/merchant-api-throughput.ts).
 */
export async function createCheckoutSession(db: Db, input: TCreateCheckoutSession, now = new Date()): Promise<CheckoutSession & { lineItems: LineItem[] }> {
  const data = ZCreateCheckoutSession.parse(input);
  const id = newId('cs');
  const session: CheckoutSession = {
    id,
    merchantId: data.merchantId,
    status: 'open',
    currency: data.currency,
    amountTotal: data.lineItems.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0),
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
    expiresAt: new Date(now.getTime() + data.expiresInSeconds * 1000),
    completedAt: null,
    expiredAt: null,
    createdAt: now,
    updatedAt: now,
  };
  const lineItems: LineItem[] = data.lineItems.map((item, position) => ({
    id: newId('li'),
    sessionId: id,
    position,
    name: item.name,
    unitAmount: item.unitAmount,
    quantity: item.quantity,
    imageUrl: item.imageUrl ?? null,
  }));
  const rows = lineItems.map((item) => ({ ...item, session_id: item.sessionId, unit_amount: item.unitAmount, image_url: item.imageUrl }));
  const [createdAt, expiresAt] = [sqlTimestamp(now), sqlTimestamp(session.expiresAt)];
  await db.$executeRaw`
    WITH session AS (
      INSERT INTO checkout_sessions (id, merchant_id, status, currency, amount_total, customer_email, success_url, completion_message,
        cancel_url, three_d_secure_ui, ui_mode, locale, client_reference_id, metadata, payment_link_id, embed_origin, expires_at, created_at, updated_at)
      VALUES (${id}, ${session.merchantId}, 'open', ${session.currency}, ${session.amountTotal}, ${session.customerEmail}, ${session.successUrl},
        ${session.completionMessage}, ${session.cancelUrl}, ${session.threeDSecureUi}::"ThreeDSecureUi", ${session.uiMode}::"UiMode", ${session.locale},
        ${session.clientReferenceId}, ${JSON.stringify(session.metadata)}::jsonb, ${session.paymentLinkId}, ${session.embedOrigin},
        ${expiresAt}::timestamp, ${createdAt}::timestamp, ${createdAt}::timestamp)
    )
    INSERT INTO line_items (id, session_id, position, name, unit_amount, quantity, image_url)
    SELECT id, session_id, position, name, unit_amount, quantity, image_url
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS item(id text, session_id text, position int, name text, unit_amount int, quantity int, image_url text)`;
  return { ...session, lineItems };
}

/** Fills `{CHECKOUT_SESSION_ID}` and `{PAYMENT_ID}` in a merchant URL template. */
export function fillUrlTemplate(template: string, ids: { sessionId: string; paymentId?: string | null }): string {
  return template
    .replaceAll('{CHECKOUT_SESSION_ID}', encodeURIComponent(ids.sessionId))
    .replaceAll('{PAYMENT_ID}', encodeURIComponent(ids.paymentId ?? ''));
}
