import { EXAMPLE_PAYMENT, listOf } from './openapi-examples';
import { registerOperation } from './openapi-registry';
import { ZApiCreateRefund, ZApiListRefunds } from './schemas/refund-schemas';

const REFUND = {
  id: 'rfd_6Wm3Qx8Lz1Tb5Nc9Vr2Kp7Hd',
  object: 'refund',
  payment: EXAMPLE_PAYMENT.id,
  amount: 1500,
  currency: 'usd',
  status: 'succeeded',
  reason: 'requested_by_customer',
  failure_reason: null,
  created: 1_790_010_000,
};
const PAYMENT_ID = { id: 'The payment id (`pay_...`).' };

registerOperation({
  method: 'post',
  path: '/api/v1/payments/{id}/refunds',
  tag: 'Payments',
  summary: 'Refund a payment',
  description:
    'Refunds all (no `amount`) or part of a succeeded payment through the payment processor. Several partial refunds may follow one another; together they never exceed the amount, even when sent at the same time. On success the payment’s `amount_refunded` grows and a `payment.refunded` event is sent, carrying the payment with its `refunds`. When the processor refuses, the answer is 402 `refund_failed`, the refund is kept with `status: failed` and its `failure_reason`, and nothing was refunded. When the processor’s answer is lost (a server error, a timeout), the refund is answered with `status: pending` and is never guessed failed: Tillpoint reads the truth back from the processor (its refund webhooks and a reconciler) and the refund ends `succeeded` or `failed`; retrying meanwhile cannot refund twice. Send an `Idempotency-Key` so that a retry never refunds twice.',
  pathParams: PAYMENT_ID,
  body: ZApiCreateRefund,
  requestExample: { amount: 1500, reason: 'requested_by_customer' },
  responseDescription: 'The refund.',
  responseExample: REFUND,
  errors: [
    'resource_missing',
    'parameter_invalid',
    'parameter_unknown',
    'payment_not_refundable',
    'amount_too_large',
    'refund_failed',
    'invalid_json',
  ],
});
registerOperation({
  method: 'get',
  path: '/api/v1/payments/{id}/refunds',
  tag: 'Payments',
  summary: 'List a payment’s refunds',
  description: 'Newest first, failed ones included.',
  pathParams: PAYMENT_ID,
  query: ZApiListRefunds,
  responseDescription: 'A page of refunds.',
  responseExample: listOf('/api/v1/payments/{id}/refunds', REFUND),
  errors: ['resource_missing', 'parameter_invalid', 'parameter_unknown'],
});
