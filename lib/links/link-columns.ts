import type { z } from 'zod';
import { MAX_AMOUNT, minimumAmount } from '@/lib/money/currencies';
import type { ZApiAfterCompletion, ZApiCustomAmount } from './link-schemas';
import type { TStoredLinkLineItem } from '@/lib/objects/link-line-items';
import {
  apiAdjustableQuantity,
  quantityBounds,
  type TApiAdjustableQuantity,
} from '@/lib/line-items/adjustable-quantity';

type Pricing = {
  line_items?: {
    name: string;
    unit_amount: number;
    quantity: number;
    image_url?: string;
    adjustable_quantity?: TApiAdjustableQuantity;
  }[];
  custom_amount?: z.infer<typeof ZApiCustomAmount>;
};

/** The columns that hold a link's pricing: fixed items, or a customer-chosen amount with its bounds resolved. */
export function pricingColumns(pricing: Pricing, currency: string) {
  if (pricing.custom_amount) {
    const custom = pricing.custom_amount;
    return {
      lineItems: [],
      customAmountName: custom.name,
      customAmountMin: custom.minimum ?? minimumAmount(currency),
      customAmountMax: custom.maximum ?? MAX_AMOUNT,
      customAmountPreset: custom.preset ?? null,
    };
  }
  const lineItems: TStoredLinkLineItem[] = (pricing.line_items ?? []).map((item) => ({
    name: item.name,
    unit_amount: item.unit_amount,
    quantity: item.quantity,
    ...(item.image_url !== undefined && { image_url: item.image_url }),
    ...(item.adjustable_quantity?.enabled && {
      adjustable_quantity: apiAdjustableQuantity(quantityBounds(item.adjustable_quantity)),
    }),
  }));
  return { lineItems, customAmountName: null, customAmountMin: null, customAmountMax: null, customAmountPreset: null };
}

/** The columns of `after_completion`: a receipt with an optional message, or a redirect URL. */
export function afterCompletionColumns(afterCompletion: z.infer<typeof ZApiAfterCompletion>) {
  return afterCompletion.type === 'redirect'
    ? { afterCompletion: 'redirect', redirectUrl: afterCompletion.redirect.url, confirmationMessage: null }
    : {
        afterCompletion: 'hosted_confirmation',
        redirectUrl: null,
        confirmationMessage: afterCompletion.hosted_confirmation?.custom_message ?? null,
      };
}
