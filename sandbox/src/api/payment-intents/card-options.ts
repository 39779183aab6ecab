import type { Params } from '../../http/params.js';
import type { PaymentIntentRecord } from '../../state/types.js';

const AVAILABILITY = ['if_available', 'never'] as const;
const NETWORKS = [
  'amex',
  'cartes_bancaires',
  'diners',
  'discover',
  'eftpos_au',
  'girocard',
  'interac',
  'jcb',
  'link',
  'mastercard',
  'unionpay',
  'unknown',
  'visa',
] as const;

export interface CardOptionsInput {
  requestThreeDSecure: PaymentIntentRecord['requestThreeDSecure'] | undefined;
  /** Options echoed in `payment_method_options.card` (null = unset). */
  echo: Record<string, unknown>;
}

/** `payment_method_options[card][...]`: every documented option, validated like Stripe. */
export function readCardOptionParams(card: Params): CardOptionsInput {
  card.allowOnly([
    'capture_method',
    'cvc_token',
    'installments',
    'mandate_options',
    'moto',
    'network',
    'request_extended_authorization',
    'request_incremental_authorization',
    'request_multicapture',
    'request_overcapture',
    'request_three_d_secure',
    'require_cvc_recollection',
    'setup_future_usage',
    'statement_descriptor_suffix_kana',
    'statement_descriptor_suffix_kanji',
    'three_d_secure',
  ]);
  const echo: Record<string, unknown> = {};
  const keep = (key: string, value: unknown) => {
    if (value !== undefined) echo[key] = value;
  };
  keep('capture_method', card.enumOf('capture_method', ['manual'] as const));
  keep('network', card.enumOf('network', NETWORKS));
  for (const key of [
    'request_extended_authorization',
    'request_incremental_authorization',
    'request_multicapture',
    'request_overcapture',
  ]) {
    keep(key, card.enumOf(key, AVAILABILITY));
  }
  keep('require_cvc_recollection', card.boolean('require_cvc_recollection'));
  keep('setup_future_usage', card.enumOf('setup_future_usage', ['none', 'off_session', 'on_session'] as const));
  keep('statement_descriptor_suffix_kana', card.string('statement_descriptor_suffix_kana', { max: 22 }));
  keep('statement_descriptor_suffix_kanji', card.string('statement_descriptor_suffix_kanji', { max: 17 }));
  card.boolean('moto');
  card.string('cvc_token');
  card.object('installments');
  card.object('mandate_options');
  card.object('three_d_secure');
  const threeDS = card.enumOf('request_three_d_secure', ['automatic', 'any', 'challenge'] as const);
  return { requestThreeDSecure: threeDS ?? undefined, echo };
}

export function applyCardOptions(pi: PaymentIntentRecord, input: CardOptionsInput | undefined): void {
  if (!input) return;
  if (input.requestThreeDSecure) pi.requestThreeDSecure = input.requestThreeDSecure;
  pi.cardOptions = { ...(pi.cardOptions ?? {}), ...input.echo };
}

/** Card payments capture manually when the PI or its card options say so. */
export function capturesManually(pi: PaymentIntentRecord): boolean {
  return pi.captureMethod === 'manual' || pi.cardOptions?.capture_method === 'manual';
}
