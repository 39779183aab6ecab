import { invalidRequest } from '../../http/api-error.js';
import type { Params } from '../../http/params.js';
import type { AccountState } from '../../state/store.js';
import type { BillingDetails, CardDetails } from '../../state/types.js';
import { cardFromToken } from '../tokens/token-routes.js';
import { cardDetails, emptyBillingDetails } from './resolve-payment-method.js';
import { validateCard } from './validate-card.js';
import { readAddress } from '../shared/read-address.js';

export interface PaymentMethodData {
  card: CardDetails;
  billingDetails: BillingDetails;
  metadata: Record<string, string>;
}

/**
 * Reads `type=card&card[...]&billing_details[...]&metadata[...]` (PaymentMethod create, or
 * `payment_method_data` on a PaymentIntent) and validates the card, typed in or as `card[token]`.
 * `extraKeys` are allowed too.
 */
export function readPaymentMethodData(
  p: Params,
  now: Date,
  account: AccountState,
  extraKeys: readonly string[] = [],
): PaymentMethodData {
  p.allowOnly(['type', 'card', 'billing_details', 'metadata', 'allow_redisplay', ...extraKeys]);
  const type = p.string('type', { required: true });
  if (type !== 'card') {
    throw invalidRequest(`Invalid ${p.name('type')}: the sandbox supports only card`, { param: p.name('type') });
  }
  const card = p.object('card', { required: true }) as Params;
  card.allowOnly(['number', 'exp_month', 'exp_year', 'cvc', 'networks', 'token']);
  const token = card.string('token');
  const metadata = p.metadata() ?? {};
  const keep = Object.fromEntries(Object.entries(metadata).filter((e): e is [string, string] => e[1] !== null));
  if (token) {
    if (card.has('number')) {
      throw invalidRequest('You may only specify one of these parameters: number, token.', {
        code: 'parameters_exclusive',
        param: card.name('token'),
      });
    }
    return {
      card: cardFromToken(account, token, card.name('token'), now),
      billingDetails: readBillingDetails(p),
      metadata: keep,
    };
  }
  const valid = validateCard(
    {
      number: card.string('number', { required: true }) as string,
      expMonth: card.integer('exp_month', { required: true }) as number,
      expYear: card.integer('exp_year', { required: true }) as number,
      cvc: card.string('cvc') ?? null,
    },
    now,
  );
  return { card: cardDetails(valid), billingDetails: readBillingDetails(p), metadata: keep };
}

function readBillingDetails(p: Params): BillingDetails {
  const details = emptyBillingDetails();
  const billing = p.object('billing_details');
  if (!billing) return details;
  billing.allowOnly(['address', 'email', 'name', 'phone', 'tax_id']);
  details.email = billing.string('email', { max: 800 }) ?? null;
  details.name = billing.string('name', { max: 5000 }) ?? null;
  details.phone = billing.string('phone', { max: 5000 }) ?? null;
  details.tax_id = billing.string('tax_id', { max: 5000 }) ?? null;
  const address = billing.object('address');
  if (address) details.address = readAddress(address);
  return details;
}
