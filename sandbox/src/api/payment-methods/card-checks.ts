import { findTestCardByKey } from '../../cards.js';
import type { BillingDetails, CardDetails } from '../../state/types.js';

/** `card.checks` of a PaymentMethod or charge: a check runs only on what was given, and a test card may fail it. */
export function cardChecks(card: CardDetails, billing: BillingDetails) {
  const failing = (card.testCard && findTestCardByKey(card.testCard)?.checks) || {};
  const address = billing.address;
  const result = (given: boolean, override: string | undefined) => override ?? (given ? 'pass' : null);
  return {
    address_line1_check: result(Boolean(address?.line1), failing.line1),
    address_postal_code_check: result(Boolean(address?.postal_code), failing.postalCode),
    cvc_check: failing.cvc ?? 'pass',
  };
}
