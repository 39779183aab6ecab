import { z } from 'zod';
import { quantityOutsideBounds, quantityBounds, ZApiAdjustableQuantity } from '@/lib/line-items/adjustable-quantity';
import { ZLineItem } from './checkout-schemas';

/** A line item in the API's snake_case (checkout sessions and payment links alike). */
export const ZApiLineItem = z
  .strictObject({
    name: ZLineItem.shape.name.describe('Shown to the customer; 1 to 250 characters.'),
    unit_amount: ZLineItem.shape.unitAmount.describe(
      'Price of one unit in minor units of `currency` (cents for usd). As Stripe takes them: three-decimal currencies (bhd, jod, kwd, omr, tnd) end in 0; huf, twd and isk are whole units (multiples of 100).',
    ),
    quantity: ZLineItem.shape.quantity.describe(
      '1 to 999. With `adjustable_quantity`, the starting quantity, within its bounds.',
    ),
    image_url: ZLineItem.shape.imageUrl.describe('https URL of a product image.'),
    adjustable_quantity: ZApiAdjustableQuantity.optional(),
  })
  .superRefine((item, ctx) => {
    const outside = quantityOutsideBounds(item.quantity, quantityBounds(item.adjustable_quantity));
    if (outside) ctx.addIssue({ code: 'custom', path: ['quantity'], message: outside });
  });
