import { EXAMPLE_PAYMENT } from './openapi-examples';
import { registerOperation } from './openapi-registry';
import { ZApiCancelPayment, ZApiCapturePayment } from './schemas/capture-schemas';

const PAYMENT_ID = { id: 'The payment id (`pay_...`).' };
const AUTHORIZED = {
  ...EXAMPLE_PAYMENT,
  status: 'authorized',
  amount: 4500,
  capture_method: 'manual',
  amount_capturable: 4500,
  amount_captured: 0,
  succeeded_at: null,
  timeline: undefined,
  anomalies: undefined,
};
const WEBHOOK_RULE =
  'The payment changes only when Stripe’s verified webhook (or the reconciler reading Stripe) reports the outcome: the answer is 200 with the settled payment when that happened within a moment, otherwise 202 with the payment still `authorized` and the request in `pending_request`; poll the payment or wait for the event.';
const REPEATS =
  'Repeats: the same `Idempotency-Key` replays the first answer (status and body). Without it, a repeat while the request is pending sends the same request to Stripe again (Stripe replays its first answer, so nothing happens twice) and answers 202 again; once the outcome is recorded, a repeat is a 400 that changes nothing. When Stripe’s answer is lost (a server error, a timeout), the request is answered 202 and stays pending; the truth comes from the PaymentIntent (webhook or reconciler), never from a second call. A request Stripe never carried out is dropped by the reconciler after a minute, and may then be sent again.';

registerOperation({
  method: 'post',
  path: '/api/v1/payments/{id}/capture',
  tag: 'Payments',
  summary: 'Capture an authorized payment',
  description: `For a payment made with \`payment_intent_data.capture_method: manual\` and now \`authorized\`: charges all of it or \`amount_to_capture\`; the rest of the authorization is released (\`amount_released\`) and refunds are capped at \`amount_captured\`. Sends \`payment.captured\` then \`payment.succeeded\`. ${WEBHOOK_RULE} ${REPEATS} Refused with 400, changing nothing: more than authorized (\`amount_too_large\`, param \`amount_to_capture\`), a payment already captured (\`payment_already_captured\`), canceled, not authorized, with automatic capture, or with a cancellation under way (\`payment_not_capturable\`).`,
  pathParams: PAYMENT_ID,
  body: ZApiCapturePayment,
  requestExample: { amount_to_capture: 3000 },
  status: 200,
  responseDescription: 'The payment: 200 captured (`succeeded`), or 202 still `authorized` with `pending_request`.',
  responseExample: {
    ...AUTHORIZED,
    status: 'succeeded',
    amount_capturable: 0,
    amount_captured: 3000,
    amount_released: 1500,
    succeeded_at: 1_790_050_000,
  },
  errors: [
    'resource_missing',
    'parameter_invalid',
    'parameter_unknown',
    'amount_too_large',
    'payment_already_captured',
    'payment_not_capturable',
    'invalid_json',
  ],
});
registerOperation({
  method: 'post',
  path: '/api/v1/payments/{id}/cancel',
  tag: 'Payments',
  summary: 'Cancel an authorized payment',
  description: `Releases the whole authorization of an \`authorized\` payment; it ends \`canceled\` with \`amount_released\` equal to its amount and its \`cancellation_reason\`, and \`payment.canceled\` is sent (also when Stripe cancels an authorization left uncaptured for 7 days, with \`cancellation_reason: automatic\`). ${WEBHOOK_RULE} ${REPEATS} Refused with 400 \`payment_not_cancelable\`, changing nothing: a captured payment (refund it instead), a canceled one, one not authorized (expire its checkout session instead), or one with a capture under way.`,
  pathParams: PAYMENT_ID,
  body: ZApiCancelPayment,
  requestExample: { cancellation_reason: 'requested_by_customer' },
  responseDescription: 'The payment: 200 `canceled`, or 202 still `authorized` with `pending_request`.',
  responseExample: {
    ...AUTHORIZED,
    status: 'canceled',
    amount_capturable: 0,
    amount_released: 4500,
    cancellation_reason: 'requested_by_customer',
  },
  errors: ['resource_missing', 'parameter_invalid', 'parameter_unknown', 'payment_not_cancelable', 'invalid_json'],
});
