import type { Db } from '@/lib/db/create-prisma';
import { DomainError } from '@/lib/core/domain-error';
import { quantityOutsideBounds, readQuantityBounds } from '@/lib/line-items/adjustable-quantity';
import { updateSessionAmount } from './update-session-amount';

/** `position`: the item's 0-based place in the session's list. */
export type QuantityChange = { sessionId: string; position: number; quantity: number };

/** The session's amounts after a change: each line's total and the session's, in minor units. */
export type ChangedAmounts = {
  currency: string;
  amountTotal: number;
  lineItems: { position: number; quantity: number; amountTotal: number }[];
};

/**
 * A customer sets one line item's quantity. Only an item with `adjustable_quantity` changes, only within its
 * bounds; the total is recomputed on the server (`updateSessionAmount`, which refuses while a payment is in
 * flight). Anything refused changes nothing.
 */
export async function changeLineItemQuantity(
  db: Db,
  change: QuantityChange,
  now = new Date(),
): Promise<ChangedAmounts> {
  if (!Number.isSafeInteger(change.quantity))
    throw new DomainError('parameter_invalid', 'The quantity must be a whole number.', 'quantity');
  const session = await updateSessionAmount(
    db,
    change.sessionId,
    async (tx, locked) => {
      const item = locked.lineItems.find((candidate) => candidate.position === change.position);
      if (!item) throw new DomainError('resource_missing', 'This item is not part of the checkout.', 'line_item');
      const bounds = readQuantityBounds(item.adjustableQuantity);
      if (!bounds) throw new DomainError('parameter_invalid', 'This item’s quantity cannot be changed.', 'quantity');
      const outside = quantityOutsideBounds(change.quantity, bounds);
      if (outside) throw new DomainError('parameter_invalid', `The quantity ${outside}.`, 'quantity');
      await tx.lineItem.update({ where: { id: item.id }, data: { quantity: change.quantity } });
    },
    now,
  );
  return {
    currency: session.currency,
    amountTotal: session.amountTotal,
    lineItems: session.lineItems.map((item) => ({
      position: item.position,
      quantity: item.quantity,
      amountTotal: item.unitAmount * item.quantity,
    })),
  };
}
