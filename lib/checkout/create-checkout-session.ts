import type { Db } from '@/lib/db/create-prisma';
import { newId } from '@/lib/ids/new-id';
import { ZCreateCheckoutSession, type TCreateCheckoutSession } from './checkout-schemas';

/** Creates an open checkout session; the total is computed here from the line items, never taken from input. */
export async function createCheckoutSession(db: Db, input: TCreateCheckoutSession, now = new Date()) {
  const data = ZCreateCheckoutSession.parse(input);
  const amountTotal = data.lineItems.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0);
  return db.checkoutSession.create({
    data: {
      id: newId('cs'),
      merchantId: data.merchantId,
      currency: data.currency,
      amountTotal,
      customerEmail: data.customerEmail ?? null,
      successUrl: data.successUrl,
      completionMessage: data.completionMessage ?? null,
      cancelUrl: data.cancelUrl ?? null,
      threeDSecureUi: data.threeDSecureUi,
      uiMode: data.uiMode,
      locale: data.locale ?? null,
      clientReferenceId: data.clientReferenceId ?? null,
      metadata: data.metadata,
      paymentLinkId: data.paymentLinkId ?? null,
      expiresAt: new Date(now.getTime() + data.expiresInSeconds * 1000),
      lineItems: {
        create: data.lineItems.map((item, position) => ({
          id: newId('li'),
          position,
          name: item.name,
          unitAmount: item.unitAmount,
          quantity: item.quantity,
          imageUrl: item.imageUrl ?? null,
        })),
      },
    },
    include: { lineItems: { orderBy: { position: 'asc' } } },
  });
}

/** Fills `{CHECKOUT_SESSION_ID}` and `{PAYMENT_ID}` in a merchant URL template. */
export function fillUrlTemplate(template: string, ids: { sessionId: string; paymentId?: string | null }): string {
  return template
    .replaceAll('{CHECKOUT_SESSION_ID}', encodeURIComponent(ids.sessionId))
    .replaceAll('{PAYMENT_ID}', encodeURIComponent(ids.paymentId ?? ''));
}
