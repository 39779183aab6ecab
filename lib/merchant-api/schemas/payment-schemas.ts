import { z } from 'zod';
import { ZListParams } from '@/lib/objects/pagination';
import { PUBLIC_PAYMENT_STATUSES } from '@/lib/objects/public-payment-status';

export const ZApiListPayments = ZListParams.extend({
  status: z.enum(PUBLIC_PAYMENT_STATUSES).optional().describe('Only payments with this status.'),
  checkout_session: z.string().max(100).optional().describe('Only the payment of this checkout session.'),
});
