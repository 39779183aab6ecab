import type { PaymentIntentRecord } from '../../state/types.js';

/** The PaymentIntent as a secret key sees it. */
export function serializePaymentIntent(pi: PaymentIntentRecord) {
  return {
    id: pi.id,
    object: 'payment_intent' as const,
    allowed_payment_method_types: null,
    amount: pi.amount,
    amount_capturable: pi.amountCapturable,
    amount_details: { tip: {} },
    amount_received: pi.amountReceived,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: pi.automaticPaymentMethods,
    canceled_at: pi.canceledAt,
    cancellation_reason: pi.cancellationReason,
    capture_method: pi.captureMethod,
    client_secret: pi.clientSecret,
    confirmation_method: pi.confirmationMethod,
    created: pi.created,
    currency: pi.currency,
    customer: null,
    customer_account: null,
    description: pi.description,
    excluded_payment_method_types: null,
    last_payment_error: pi.lastPaymentError,
    latest_charge: pi.latestChargeId,
    livemode: false,
    managed_payments: null,
    metadata: pi.metadata,
    next_action: pi.nextAction,
    on_behalf_of: null,
    payment_method: pi.paymentMethodId,
    payment_method_options: {
      card: {
        installments: null,
        mandate_options: null,
        network: null,
        request_three_d_secure: pi.requestThreeDSecure,
        ...pi.cardOptions,
      },
    },
    payment_method_types: pi.paymentMethodTypes,
    payment_record: null,
    processing: null,
    receipt_email: pi.receiptEmail,
    review: null,
    setup_future_usage: pi.setupFutureUsage,
    shipping: pi.shipping,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: pi.status,
    transfer_data: null,
    transfer_group: null,
    ...echoedExtra(pi),
    payment_method_configuration_details: paymentMethodConfiguration(pi),
  };
}

/** Stored params echoed under their own names (`payment_method_configuration` shows as its details). */
function echoedExtra(pi: PaymentIntentRecord): Record<string, unknown> {
  return Object.fromEntries(Object.entries(pi.extra ?? {}).filter(([key]) => key !== 'payment_method_configuration'));
}

/** Automatic payment methods come from a payment method configuration (the account default unless one is named). */
function paymentMethodConfiguration(pi: PaymentIntentRecord) {
  if (!pi.automaticPaymentMethods?.enabled) return null;
  const named = pi.extra?.payment_method_configuration;
  return { id: typeof named === 'string' ? named : 'pmc_sandbox_default', parent: null };
}

const CLIENT_FIELDS = [
  'id',
  'object',
  'amount',
  'amount_details',
  'automatic_payment_methods',
  'canceled_at',
  'cancellation_reason',
  'capture_method',
  'client_secret',
  'confirmation_method',
  'created',
  'currency',
  'description',
  'last_payment_error',
  'livemode',
  'next_action',
  'payment_method',
  'payment_method_configuration_details',
  'payment_method_types',
  'processing',
  'receipt_email',
  'setup_future_usage',
  'shipping',
  'source',
  'status',
] as const;

/** The subset a publishable key + client_secret may read (no metadata, charges or amounts received). */
export function serializeClientPaymentIntent(pi: PaymentIntentRecord): Record<string, unknown> {
  const full: Record<string, unknown> = serializePaymentIntent(pi);
  return Object.fromEntries(CLIENT_FIELDS.map((key) => [key, full[key]]));
}
