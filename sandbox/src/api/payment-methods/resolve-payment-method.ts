import { createHash } from 'node:crypto';
import {
  findTestCardByKey,
  findTestCardByNumber,
  findTestCardByPaymentMethod,
  testCardKey,
  type TestCard,
} from '../../cards.js';
import { resourceMissing } from '../../http/api-error.js';
import { newId } from '../../state/ids.js';
import type { AccountState } from '../../state/store.js';
import type { BillingDetails, CardDetails, PaymentMethodRecord } from '../../state/types.js';
import type { ValidCard } from './validate-card.js';

export const emptyBillingDetails = (): BillingDetails => ({
  address: null,
  email: null,
  name: null,
  phone: null,
  tax_id: null,
});

const fingerprint = (number: string) =>
  createHash('sha256').update(`tillpoint-sandbox:${number}`).digest('base64url').slice(0, 16);

/** Card details to store: never the number, only last4, a fingerprint and the test-card name. */
export function cardDetails(card: ValidCard): CardDetails {
  const test = findTestCardByNumber(card.number);
  return {
    brand: card.brand,
    last4: card.number.slice(-4),
    expMonth: card.expMonth,
    expYear: card.expYear,
    funding: test?.funding ?? 'credit',
    country: test?.country ?? 'US',
    fingerprint: fingerprint(card.number),
    testCard: test ? testCardKey(test) : null,
  };
}

export function storePaymentMethod(
  account: AccountState,
  created: number,
  card: CardDetails,
  billingDetails: BillingDetails,
  metadata: Record<string, string> = {},
): PaymentMethodRecord {
  const pm: PaymentMethodRecord = {
    id: newId('pm'),
    created,
    card,
    billingDetails,
    metadata,
    setUpForFutureUsage: false,
  };
  account.paymentMethods.set(pm.id, pm);
  return pm;
}

/** Card details of a test card, as its `pm_card_*` id (or `tok_*` test token) yields them. */
export function testCardDetails(test: TestCard, now: Date): CardDetails {
  return cardDetails({ number: test.number, brand: test.brand, expMonth: 12, expYear: now.getUTCFullYear() + 3 });
}

/**
 * A `payment_method` param: a stored `pm_...` of this account, or a `pm_card_*` test id, which
 * (as on Stripe) yields a fresh PaymentMethod each time it is used.
 */
export function resolvePaymentMethod(
  account: AccountState,
  id: string,
  nowSeconds: number,
  notFoundStatus = 400,
): PaymentMethodRecord {
  const stored = account.paymentMethods.get(id);
  if (stored) return stored;
  const test = findTestCardByPaymentMethod(id);
  if (test) {
    return storePaymentMethod(
      account,
      nowSeconds,
      testCardDetails(test, new Date(nowSeconds * 1000)),
      emptyBillingDetails(),
    );
  }
  throw resourceMissing('PaymentMethod', id, 'payment_method', notFoundStatus);
}

/** The behaviour row for a stored card (ordinary cards behave like a plain successful Visa). */
export function behaviourOf(pm: PaymentMethodRecord): TestCard | undefined {
  return pm.card.testCard ? findTestCardByKey(pm.card.testCard) : undefined;
}
