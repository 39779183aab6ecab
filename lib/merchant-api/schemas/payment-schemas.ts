import { z } from 'zod';
import { ZListParams } from '@/lib/objects/pagination';

export const PAYMENT_STATUSES = [
  'requires_payment_method',
  'requires_confirmation',
  'requires_action',
  'processing',
  'requires_capture',
  'succeeded',
  'canceled',
] as const;

export const ZApiListPayments = ZListParams.extend({
  status: z.enum(PAYMENT_STATUSES).optional().describe('Only payments with this status.'),
  checkout_session: z.string().max(100).optional().describe('Only the payment of this checkout session.'),
});
