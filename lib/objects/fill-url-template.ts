/** Fills `{CHECKOUT_SESSION_ID}` and `{PAYMENT_ID}` in a merchant URL template. */
export function fillUrlTemplate(template: string, ids: { sessionId: string; paymentId?: string | null }): string {
  return template
    .replaceAll('{CHECKOUT_SESSION_ID}', encodeURIComponent(ids.sessionId))
    .replaceAll('{PAYMENT_ID}', encodeURIComponent(ids.paymentId ?? ''));
}
