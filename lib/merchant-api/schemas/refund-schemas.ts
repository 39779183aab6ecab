import { z } from 'zod';
import { MAX_AMOUNT } from '@/lib/money/currencies';
import { REFUND_REASONS } from '@/lib/payments/refund-reasons';
import { ZListParams } from '@/lib/objects/pagination';

/** `POST /api/v1/payments/{id}/refunds` */
export const ZApiCreateRefund = z.strictObject({
  amount: z
    .number({ error: 'must be a whole number of minor units' })
    .int('must be a whole number of minor units')
    .min(1, 'must be at least 1')
    .max(MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`)
    .optional()
    .describe('Minor units to refund (1000 = $10.00). Default: everything not yet refunded.'),
  reason: z
    .enum(REFUND_REASONS, { error: `must be one of ${REFUND_REASONS.join(', ')}` })
    .optional()
    .describe(`Why: ${REFUND_REASONS.join(', ')}.`),
});

export const ZApiListRefunds = ZListParams;
