import { invalidRequest, resourceMissing } from '../../http/api-error.js';
import type { Params } from '../../http/params.js';

type Reader = (p: Params, key: string) => unknown;

const text =
  (max?: number): Reader =>
  (p, key) =>
    p.string(key, max ? { max } : {});
const objectId =
  (prefix: string, kind: string): Reader =>
  (p, key) => {
    const id = p.string(key);
    if (id && !id.startsWith(prefix)) throw resourceMissing(kind, id, key, 400);
    return id;
  };
const nonNegative: Reader = (p, key) => {
  const value = p.integer(key);
  if (typeof value === 'number' && value < 0) {
    throw invalidRequest(`Invalid ${key}: must be a non-negative integer`, { param: key });
  }
  return value;
};
const list: Reader = (p, key) => p.stringArray(key);
const hash: Reader = (p, key) => {
  p.object(key);
  return undefined;
};
const transferData: Reader = (p, key) => {
  const data = p.object(key);
  if (!data) return data;
  data.allowOnly(['destination', 'amount']);
  const destination = objectId('acct_', 'account')(data, 'destination') as string | undefined;
  if (!destination)
    throw invalidRequest(`Missing required param: ${key}[destination].`, { param: `${key}[destination]` });
  return { amount: nonNegative(data, 'amount') ?? null, destination };
};
const radarOptions: Reader = (p, key) => {
  const options = p.object(key);
  options?.allowOnly(['session']);
  options?.string('session');
  return undefined;
};

/** Documented PaymentIntent params the sandbox stores and echoes as top-level fields of the same name. */
const STORED: Record<string, Reader> = {
  statement_descriptor: text(22),
  statement_descriptor_suffix: text(22),
  transfer_group: text(),
  customer: objectId('cus_', 'customer'),
  customer_account: text(),
  on_behalf_of: objectId('acct_', 'account'),
  application_fee_amount: nonNegative,
  excluded_payment_method_types: list,
  payment_method_configuration: objectId('pmc_', 'payment_method_configuration'),
  transfer_data: transferData,
};

/** Documented params that are type-checked and then ignored (README: "Ignored PaymentIntent parameters"). */
const IGNORED: Record<string, Reader> = {
  allowed_payment_method_types: list,
  amount_details: hash,
  amount_to_confirm: nonNegative,
  hooks: hash,
  mandate: text(),
  mandate_data: hash,
  payment_details: hash,
  radar_options: radarOptions,
};

const FOR: Record<'create' | 'update' | 'confirm', string[]> = {
  create: [...Object.keys(STORED), ...Object.keys(IGNORED).filter((k) => k !== 'amount_to_confirm')],
  update: [...Object.keys(STORED).filter((k) => k !== 'on_behalf_of'), 'amount_details', 'hooks', 'payment_details'],
  confirm: [
    'excluded_payment_method_types',
    'allowed_payment_method_types',
    'amount_details',
    'amount_to_confirm',
    'hooks',
    'mandate',
    'mandate_data',
    'payment_details',
    'radar_options',
  ],
};

/** The extra param names an endpoint accepts (for `allowOnly`). */
export const extraParamNames = (endpoint: keyof typeof FOR): readonly string[] => FOR[endpoint];

/** Validates the endpoint's extra params; returns the stored ones that were sent (null = unset). */
export function readExtraParams(p: Params, endpoint: keyof typeof FOR): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (const key of FOR[endpoint]) {
    if (!p.has(key)) continue;
    const reader = STORED[key];
    if (reader) stored[key] = reader(p, key) ?? null;
    else IGNORED[key]?.(p, key);
  }
  return stored;
}
