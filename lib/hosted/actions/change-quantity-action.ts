'use server';

import { z } from 'zod';
import { DomainError } from '@/lib/core/domain-error';
import { db } from '@/lib/db/db';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { logger } from '@/lib/observability/logger';
import { PAYMENT_IN_PROGRESS } from '@/lib/sessions/update-session-amount';
import { changeLineItemQuantity, type ChangedAmounts } from '@/lib/sessions/change-line-item-quantity';

const ZChangeQuantityInput = z.object({
  sessionId: zObjectId('checkout_session'),
  /** The item's place in the session's list (0-based), as the page lists them. */
  position: z.number().int().min(0).max(99),
  quantity: z.number().int().min(0).max(999_999),
});

/** What the page shows after a quantity change: the server's amounts, or why nothing changed. */
export type QuantityResult =
  | ({ kind: 'changed' } & ChangedAmounts)
  /** `invalid`: outside the item's bounds or not adjustable; `busy`: a payment is in flight; `closed`: paid or expired. */
  | { kind: 'refused'; reason: 'invalid' | 'busy' | 'closed' | 'unavailable' };

/**
 * The customer changed an item's quantity on a checkout page (hosted, link or embedded). The bounds are checked
 * and the total recomputed on the server; the client's idea of the total is never asked for.
 */
export async function changeQuantityAction(input: unknown): Promise<QuantityResult> {
  const parsed = ZChangeQuantityInput.safeParse(input);
  if (!parsed.success) return { kind: 'refused', reason: 'invalid' };
  try {
    return { kind: 'changed', ...(await changeLineItemQuantity(db(), parsed.data)) };
  } catch (error) {
    if (!(error instanceof DomainError)) {
      logger().error({ action: 'change-quantity', err: String(error) }, 'customer action failed');
      return { kind: 'refused', reason: 'unavailable' };
    }
    if (error.code === 'invalid_state')
      return { kind: 'refused', reason: error.message === PAYMENT_IN_PROGRESS ? 'busy' : 'closed' };
    return { kind: 'refused', reason: 'invalid' };
  }
}
