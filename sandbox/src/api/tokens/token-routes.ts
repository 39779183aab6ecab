import { findTestCardByPaymentMethod } from '../../cards.js';
import { invalidRequest, resourceMissing } from '../../http/api-error.js';
import type { Params } from '../../http/params.js';
import { newId } from '../../state/ids.js';
import type { AccountState } from '../../state/store.js';
import type { CardDetails, TokenRecord } from '../../state/types.js';
import type { ApiContext, HandlerResult } from '../context.js';
import { cardDetails, testCardDetails } from '../payment-methods/resolve-payment-method.js';
import { validateCard } from '../payment-methods/validate-card.js';
import { BROWSER_PARAMS } from '../shared/browser-params.js';
import { serializeToken } from './serialize-token.js';

const CARD_FIELDS = [
  'name',
  'address_line1',
  'address_line2',
  'address_city',
  'address_state',
  'address_zip',
  'address_country',
  'currency',
];

/** POST /v1/tokens — a card token (Stripe.js `createToken`, or a secret key in test mode). */
export function createToken(ctx: ApiContext): HandlerResult {
  const extra = ctx.keyMode === 'publishable' ? BROWSER_PARAMS : [];
  const p = ctx.params.allowOnly(['card', 'expand', ...extra]);
  const card = p.object('card', { required: true }) as Params;
  card.allowOnly(['number', 'exp_month', 'exp_year', 'cvc', ...CARD_FIELDS]);
  const valid = validateCard(
    {
      number: card.string('number', { required: true }) as string,
      expMonth: card.integer('exp_month', { required: true }) as number,
      expYear: card.integer('exp_year', { required: true }) as number,
      cvc: card.string('cvc') ?? null,
    },
    new Date(ctx.rt.clock.nowMs()),
  );
  for (const field of CARD_FIELDS) card.string(field, { max: 5000 });
  const token: TokenRecord = {
    id: newId('tok'),
    created: ctx.rt.clock.nowSeconds(),
    card: cardDetails(valid),
    name: card.string('name') ?? null,
    used: false,
  };
  ctx.account.tokens.set(token.id, token);
  ctx.rt.store.changed();
  return { body: serializeToken(token) };
}

/** GET /v1/tokens/:id (secret key). */
export function retrieveToken(ctx: ApiContext): HandlerResult {
  ctx.params.allowOnly(['expand']);
  const id = ctx.pathParams[0] as string;
  const token = ctx.account.tokens.get(id);
  if (!token) throw resourceMissing('token', id, 'token');
  return { body: serializeToken(token) };
}

/**
 * The card behind `card[token]`: a token of this account, used once, or a test token `tok_<x>` (the card of
 * `pm_card_<x>`, e.g. `tok_visa`, `tok_br`), which works any number of times.
 */
export function cardFromToken(account: AccountState, id: string, param: string, now: Date): CardDetails {
  const stored = account.tokens.get(id);
  if (stored) {
    if (stored.used)
      throw invalidRequest(`You cannot use a Stripe token more than once: ${id}.`, {
        code: 'token_already_used',
        param,
      });
    stored.used = true;
    return stored.card;
  }
  const test = id.startsWith('tok_') ? findTestCardByPaymentMethod(`pm_card_${id.slice(4)}`) : undefined;
  if (test) return testCardDetails(test, now);
  throw resourceMissing('token', id, param, 400);
}
