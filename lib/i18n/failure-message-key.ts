/** A key under `errors` in the message files. */
export type FailureMessageKey = keyof (typeof import('@/messages/en.json'))['errors'];

// Lost, stolen and fraud declines get the generic sentence on purpose: telling a fraudster why a card failed helps them.
const DECLINES: Record<string, FailureMessageKey> = {
  insufficient_funds: 'insufficientFunds',
  card_velocity_exceeded: 'cardVelocityExceeded',
  expired_card: 'expiredCard',
  incorrect_cvc: 'incorrectCvc',
  processing_error: 'processingError',
};

const CODES: Record<string, FailureMessageKey> = {
  card_declined: 'cardDeclined',
  expired_card: 'expiredCard',
  incorrect_cvc: 'incorrectCvc',
  invalid_cvc: 'invalidCvc',
  incorrect_number: 'incorrectNumber',
  invalid_number: 'invalidNumber',
  invalid_expiry_month: 'invalidExpiryMonth',
  invalid_expiry_year: 'invalidExpiryYear',
  processing_error: 'processingError',
  payment_intent_authentication_failure: 'authenticationFailed',
  authentication_required: 'authenticationRequired',
  payment_intent_payment_attempt_expired: 'authenticationTimeout',
  three_d_secure_timeout: 'authenticationTimeout',
  authentication_canceled: 'authenticationCanceled',
  interrupted: 'interrupted',
  rate_limited: 'rateLimited',
  temporarily_unavailable: 'processorUnreachable',
};

/**
 * The customer's sentence for a failure, as a message key: the same codes and choices as
 * lib/payments/failure-messages.ts (the English sentences the API and dashboard keep), in every locale.
 */
export function failureMessageKey(code: string | null | undefined, declineCode?: string | null): FailureMessageKey {
  if (code === 'card_declined') return (declineCode && DECLINES[declineCode]) || 'cardDeclined';
  return (code && CODES[code]) || 'generic';
}

const UNAVAILABLE: Record<string, FailureMessageKey> = {
  expired: 'sessionExpired',
  complete: 'sessionComplete',
  not_found: 'sessionNotFound',
  busy: 'busy',
  discount_unavailable: 'discountUnavailable',
};

/** The sentence for a checkout that cannot take a payment now; null for a payment link's own message. */
export function unavailableMessageKey(reason: string): FailureMessageKey | null {
  return UNAVAILABLE[reason] ?? null;
}
