'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { clientIp } from '@/lib/http/client-ip';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { logger } from '@/lib/observability/logger';
import { limitPromotionCodeTries } from '@/lib/sessions/promotion-code-limits';
import { setSessionDiscount, type SetDiscountResult } from '@/lib/sessions/set-session-discount';

const ZInput = z.object({
  sessionId: zObjectId('checkout_session'),
  /** The code as typed; null removes the applied one. */
  code: z.string().trim().min(1).max(40).nullable(),
});

export type PromotionCodeActionResult = SetDiscountResult | { ok: false; reason: 'rate_limited' | 'error' };

/** The customer applies or removes a promotion code; the server recomputes the total (the page then refreshes). */
export async function promotionCodeAction(input: unknown): Promise<PromotionCodeActionResult> {
  const parsed = ZInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { sessionId, code } = parsed.data;
  try {
    if (code !== null && (await limitPromotionCodeTries(sessionId, clientIp(await headers()))))
      return { ok: false, reason: 'rate_limited' };
    return await setSessionDiscount(db(), sessionId, code);
  } catch (error) {
    logger().error(
      { sessionId, err: error instanceof Error ? error.message : String(error) },
      'promotion code action failed',
    );
    return { ok: false, reason: 'error' };
  }
}
