import { z } from 'zod';
import type { PaymentLink } from '@/lib/generated/prisma/client';

/** A fixed-price item as stored in `payment_links.line_items` (the API's own shape). */
export const ZStoredLinkLineItem = z.object({
  name: z.string(),
  unit_amount: z.number().int(),
  quantity: z.number().int(),
  image_url: z.string().nullable().optional(),
  /** `{ enabled: true, minimum, maximum }` with the bounds resolved; absent for a fixed quantity. */
  adjustable_quantity: z
    .object({ enabled: z.literal(true), minimum: z.number().int(), maximum: z.number().int() })
    .nullable()
    .optional(),
});

export type TStoredLinkLineItem = z.infer<typeof ZStoredLinkLineItem>;

/** The link's fixed-price items (empty for a customer-chosen amount). */
export function linkLineItems(link: Pick<PaymentLink, 'lineItems'>): TStoredLinkLineItem[] {
  return z.array(ZStoredLinkLineItem).parse(link.lineItems);
}

/** The fixed total in minor units, or null for a customer-chosen amount. */
export function linkFixedTotal(link: Pick<PaymentLink, 'lineItems' | 'customAmountName'>): number | null {
  if (link.customAmountName !== null) return null;
  return linkLineItems(link).reduce((sum, item) => sum + item.unit_amount * item.quantity, 0);
}
