/**
 * The one place that turns Stripe's failure codes into sentences a customer understands, and into
 * Tillpoint's normalised 3-D Secure failure codes. Lost, stolen and fraud declines get the generic
 * sentence on purpose: telling a fraudster why a card failed helps them.
 */
const DECLINE_MESSAGES: Record<string, string> = {
  insufficient_funds: 'Your card has insufficient funds. Try another card.',
  card_velocity_exceeded:
    'Your card was declined: it has been used too often recently. Try another card or contact your bank.',
  expired_card: 'Your card has expired. Check the expiration date or use another card.',
  incorrect_cvc: "Your card's security code is incorrect. Check it and try again.",
  processing_error: 'An error occurred while processing your card. Try again in a little bit.',
};

const CODE_MESSAGES: Record<string, string> = {
  expired_card: 'Your card has expired. Check the expiration date or use another card.',
  incorrect_cvc: "Your card's security code is incorrect. Check it and try again.",
  invalid_cvc: "Your card's security code is invalid. Check it and try again.",
  incorrect_number: 'Your card number is incorrect. Check it and try again.',
  invalid_number: 'Your card number is invalid. Check it and try again.',
  invalid_expiry_month: "Your card's expiration month is invalid.",
  invalid_expiry_year: "Your card's expiration year is invalid.",
  processing_error: 'An error occurred while processing your card. Try again in a little bit.',
  payment_intent_authentication_failure:
    "We couldn't verify this payment with your bank. Try again, or use another card.",
  authentication_required: 'Your bank needs you to verify this payment. Try again.',
  payment_intent_payment_attempt_expired: 'Verifying the payment took too long. Please try again.',
  three_d_secure_timeout: 'Verifying the payment took too long. Please try again.',
};

const GENERIC_DECLINE = 'Your card was declined. Try another card or contact your bank.';
const FALLBACK = 'Your payment could not be completed. Try another card.';

export function customerMessage(code: string | null | undefined, declineCode?: string | null): string {
  if (code === 'card_declined') return (declineCode && DECLINE_MESSAGES[declineCode]) || GENERIC_DECLINE;
  return (code && CODE_MESSAGES[code]) || FALLBACK;
}

export type ThreeDSecureFailure =
  'three_d_secure_failed' | 'three_d_secure_timeout' | 'three_d_secure_not_supported' | 'three_d_secure_error';

/**
 * Tillpoint's 3DS failure code for a failed attempt, or null when the failure was not about 3DS.
 * `duringAuthentication` says the payment had gone to `requires_action` in this attempt.
 */
export function threeDSecureFailure(
  code: string | null | undefined,
  duringAuthentication: boolean,
): ThreeDSecureFailure | null {
  switch (code) {
    case 'payment_intent_authentication_failure':
      return 'three_d_secure_failed';
    case 'payment_intent_payment_attempt_expired':
    case 'three_d_secure_timeout':
      return 'three_d_secure_timeout';
    case 'card_not_enrolled':
    case 'three_d_secure_not_supported':
      return 'three_d_secure_not_supported';
    case 'processing_error':
      return duringAuthentication ? 'three_d_secure_error' : null;
    default:
      return null;
  }
}
