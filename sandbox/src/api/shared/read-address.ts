import type { Params } from '../../http/params.js';
import type { Address } from '../../state/types.js';

/** `...[address][line1]` etc.; unknown keys are refused, absent ones are null. */
export function readAddress(p: Params): Address {
  p.allowOnly(['city', 'country', 'line1', 'line2', 'postal_code', 'state']);
  const field = (key: string) => p.string(key, { max: 5000 }) ?? null;
  return {
    city: field('city'),
    country: field('country'),
    line1: field('line1'),
    line2: field('line2'),
    postal_code: field('postal_code'),
    state: field('state'),
  };
}
