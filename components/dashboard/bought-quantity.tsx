import { readQuantityBounds } from '@/lib/line-items/adjustable-quantity';

/** How many of an item were bought, and when the customer chose it, the bounds they chose within. */
export function BoughtQuantity({ quantity, adjustableQuantity }: { quantity: number; adjustableQuantity: unknown }) {
  const bounds = readQuantityBounds(adjustableQuantity);
  return (
    <>
      <span className="text-slate-600" data-testid="bought-quantity">
        {' '}
        × {quantity}
      </span>
      {bounds && (
        <span className="text-xs text-slate-500">
          {' '}
          (chosen by the customer, {bounds.minimum}–{bounds.maximum})
        </span>
      )}
    </>
  );
}
