import type { TokenRecord } from '../../state/types.js';

/** Card brands as the legacy Card object names them. */
const BRAND_NAMES: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'MasterCard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
};

/** The Token as the API returns it, with its legacy Card object. */
export function serializeToken(token: TokenRecord) {
  const { card } = token;
  return {
    id: token.id,
    object: 'token' as const,
    card: {
      id: `card_${token.id.slice(4)}`,
      object: 'card' as const,
      address_city: null,
      address_country: null,
      address_line1: null,
      address_line1_check: null,
      address_line2: null,
      address_state: null,
      address_zip: null,
      address_zip_check: null,
      brand: BRAND_NAMES[card.brand] ?? 'Unknown',
      country: card.country,
      cvc_check: 'unchecked',
      dynamic_last4: null,
      exp_month: card.expMonth,
      exp_year: card.expYear,
      fingerprint: card.fingerprint,
      funding: card.funding,
      last4: card.last4,
      metadata: {},
      name: token.name,
      tokenization_method: null,
      wallet: null,
    },
    client_ip: null,
    created: token.created,
    livemode: false,
    type: 'card' as const,
    used: token.used,
  };
}
