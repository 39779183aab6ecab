import { invalidRequest, parameterMissing, resourceMissing } from '../../http/api-error.js';
import type { PaymentIntentRecord } from '../../state/types.js';
import type { ApiContext } from '../context.js';
import { expandObject } from '../shared/expand.js';
import { serializeClientPaymentIntent, serializePaymentIntent } from './serialize-payment-intent.js';

/**
 * The PaymentIntent named in the path. A publishable key must also present its `client_secret`
 * (Stripe.js style); a secret key may, and then it must match too.
 */
export function loadPaymentIntent(ctx: ApiContext): PaymentIntentRecord {
  const id = ctx.pathParams[0] as string;
  const pi = ctx.account.paymentIntents.get(id);
  const clientSecret = ctx.params.string('client_secret');
  if (ctx.keyMode === 'publishable' && !clientSecret) throw parameterMissing('client_secret');
  if (!pi) throw resourceMissing('payment_intent', id, 'intent');
  if (clientSecret && clientSecret !== pi.clientSecret) {
    throw invalidRequest(
      'The client_secret provided does not match the client_secret associated with the PaymentIntent.',
      { param: 'client_secret' },
    );
  }
  return pi;
}

/** The response body: the client subset for publishable keys, else the full object expanded. */
export function presentPaymentIntent(ctx: ApiContext, pi: PaymentIntentRecord, expand: readonly string[]): unknown {
  if (ctx.keyMode === 'publishable') return serializeClientPaymentIntent(pi);
  return expandObject(ctx, serializePaymentIntent(pi), expand);
}
