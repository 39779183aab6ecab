import { z } from 'zod';

/** Stripe's ceiling for `adjustable_quantity.maximum` (and `minimum`). */
export const MAX_ADJUSTABLE_QUANTITY = 999_999;
/** Stripe's defaults when a bound is omitted. */
const DEFAULT_MINIMUM = 0;
const DEFAULT_MAXIMUM = 99;

/** The bounds a customer may choose a line item's quantity within, as stored on the line item. */
export const ZQuantityBounds = z.object({
  minimum: z.number().int().min(0).max(MAX_ADJUSTABLE_QUANTITY),
  maximum: z.number().int().min(1).max(MAX_ADJUSTABLE_QUANTITY),
});
export type TQuantityBounds = z.infer<typeof ZQuantityBounds>;

const ZBound = z.number().int('must be a whole number').max(MAX_ADJUSTABLE_QUANTITY, 'must be at most 999999');

/** `line_items[].adjustable_quantity`, under Stripe Checkout's names and limits. */
export const ZApiAdjustableQuantity = z
  .strictObject({
    enabled: z.boolean().describe('Whether the customer may change this item’s quantity on the checkout page.'),
    minimum: ZBound.min(0, 'must be at least 0')
      .optional()
      .describe('Smallest quantity the customer may choose, 0 to 999999. Default: 0.'),
    maximum: ZBound.min(1, 'must be at least 1')
      .optional()
      .describe('Largest quantity the customer may choose, up to 999999. Default: 99.'),
  })
  .superRefine((value, ctx) => {
    if (!value.enabled) {
      for (const bound of ['minimum', 'maximum'] as const) {
        if (value[bound] !== undefined)
          ctx.addIssue({ code: 'custom', path: [bound], message: 'may only be set when enabled is true' });
      }
      return;
    }
    const { minimum, maximum } = { minimum: DEFAULT_MINIMUM, maximum: DEFAULT_MAXIMUM, ...definedOnly(value) };
    if (minimum > maximum)
      ctx.addIssue({ code: 'custom', path: ['minimum'], message: `must not be above maximum (${maximum})` });
  })
  .describe('Lets the customer change the quantity on the checkout page, within these bounds.');

export type TApiAdjustableQuantity = z.infer<typeof ZApiAdjustableQuantity>;

/** The stored bounds of an API `adjustable_quantity`, or null when the quantity is fixed. */
export function quantityBounds(value: TApiAdjustableQuantity | undefined | null): TQuantityBounds | null {
  if (!value?.enabled) return null;
  return { minimum: value.minimum ?? DEFAULT_MINIMUM, maximum: value.maximum ?? DEFAULT_MAXIMUM };
}

/** The API's `adjustable_quantity` for stored bounds (null for a fixed quantity). */
export function apiAdjustableQuantity(stored: unknown): { enabled: true; minimum: number; maximum: number } | null {
  const bounds = readQuantityBounds(stored);
  return bounds && { enabled: true, ...bounds };
}

/** Bounds read back from a JSON column; anything else (null, a malformed value) is a fixed quantity. */
export function readQuantityBounds(stored: unknown): TQuantityBounds | null {
  const parsed = ZQuantityBounds.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** Why `quantity` is outside the bounds, or null. */
export function quantityOutsideBounds(quantity: number, bounds: TQuantityBounds | null): string | null {
  if (!bounds || (quantity >= bounds.minimum && quantity <= bounds.maximum)) return null;
  return `must be between adjustable_quantity.minimum (${bounds.minimum}) and maximum (${bounds.maximum})`;
}

function definedOnly(value: { minimum?: number; maximum?: number }) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    minimum?: number;
    maximum?: number;
  };
}
