import type { PaymentMethodRecord } from '../../state/types.js';
import { cardChecks } from './card-checks.js';

/** The PaymentMethod as the API returns it. */
export function serializePaymentMethod(pm: PaymentMethodRecord) {
  const { card } = pm;
  return {
    id: pm.id,
    object: 'payment_method' as const,
    allow_redisplay: 'unspecified' as const,
    billing_details: pm.billingDetails,
    card: {
      brand: card.brand,
      checks: cardChecks(card, pm.billingDetails),
      country: card.country,
      display_brand: card.brand,
      exp_month: card.expMonth,
      exp_year: card.expYear,
      fingerprint: card.fingerprint,
      funding: card.funding,
      generated_from: null,
      last4: card.last4,
      networks: { available: [card.brand], preferred: null },
      regulated_status: 'unregulated' as const,
      three_d_secure_usage: { supported: card.testCard !== 'pm_card_amex_threeDSecureNotSupported' },
      wallet: null,
    },
    created: pm.created,
    customer: null,
    customer_account: null,
    livemode: false,
    metadata: pm.metadata,
    type: 'card' as const,
  };
}
