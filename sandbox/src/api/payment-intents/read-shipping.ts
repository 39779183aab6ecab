import type { Params } from '../../http/params.js';
import type { Shipping } from '../../state/types.js';
import { readAddress } from '../shared/read-address.js';

/** `shipping[name]`, `shipping[address][...]`, ... on create/update/confirm; empty unsets it. */
export function readShipping(p: Params): Shipping | null | undefined {
  const shipping = p.object('shipping');
  if (!shipping) return shipping;
  shipping.allowOnly(['address', 'carrier', 'name', 'phone', 'tracking_number']);
  return {
    address: readAddress(shipping.object('address', { required: true }) as Params),
    carrier: shipping.string('carrier', { max: 5000 }) ?? null,
    name: shipping.string('name', { required: true, max: 5000 }) as string,
    phone: shipping.string('phone', { max: 5000 }) ?? null,
    tracking_number: shipping.string('tracking_number', { max: 5000 }) ?? null,
  };
}
