/** The sandbox's stored records. Plain JSON-able data so persistence.ts can save them as they are. */
import type { serializePaymentMethod } from '../api/payment-methods/serialize-payment-method.js';

export type PaymentIntentStatus =
  | 'requires_payment_method'
  | 'requires_confirmation'
  | 'requires_action'
  | 'processing'
  | 'requires_capture'
  | 'canceled'
  | 'succeeded';

export interface CardDetails {
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  funding: string;
  country: string;
  fingerprint: string;
  /** The `pm_card_*` name of the test card whose behaviour applies, or null for an ordinary card. */
  testCard: string | null;
}

export interface Address {
  city: string | null;
  country: string | null;
  line1: string | null;
  line2: string | null;
  postal_code: string | null;
  state: string | null;
}

export interface BillingDetails {
  address: Address | null;
  email: string | null;
  name: string | null;
  phone: string | null;
  tax_id: string | null;
}

export interface Shipping {
  address: Address;
  carrier: string | null;
  name: string;
  phone: string | null;
  tracking_number: string | null;
}

export interface PaymentMethodRecord {
  id: string;
  created: number;
  card: CardDetails;
  billingDetails: BillingDetails;
  metadata: Record<string, string>;
  /** Set once a payment with `setup_future_usage` succeeded with it (STRIPE_FACTS §1, 4000002500003155). */
  setUpForFutureUsage: boolean;
}

export interface ThreeDSecureResult {
  authentication_flow: 'challenge' | 'frictionless' | null;
  electronic_commerce_indicator: string | null;
  exemption_indicator: null;
  result: 'authenticated' | 'attempt_acknowledged' | 'failed' | 'processing_error' | 'not_supported';
  result_reason: string | null;
  transaction_id: string | null;
  version: string | null;
}

export interface ChargeOutcome {
  advice_code: null;
  network_advice_code: null;
  network_decline_code: null;
  network_status: string;
  reason: string | null;
  risk_level: string;
  risk_score: number;
  seller_message: string;
  type: string;
}

export interface ChargeRecord {
  id: string;
  created: number;
  amount: number;
  amountCaptured: number;
  /** Refunded through Refund objects plus any released uncaptured remainder. */
  amountRefunded: number;
  currency: string;
  status: 'succeeded' | 'failed';
  captured: boolean;
  paymentIntentId: string;
  paymentMethodId: string;
  card: CardDetails;
  billingDetails: BillingDetails;
  threeDSecure: ThreeDSecureResult | null;
  outcome: ChargeOutcome;
  failureCode: string | null;
  failureMessage: string | null;
  description: string | null;
  receiptEmail: string | null;
  metadata: Record<string, string>;
  refundIds: string[];
  /** Set once the capture is recorded in the balance (`charge.updated` announces it). */
  balanceTransactionId?: string | null;
}

/** A card token (`tok_…`): card details, usable once to make a PaymentMethod. */
export interface TokenRecord {
  id: string;
  created: number;
  card: CardDetails;
  name: string | null;
  used: boolean;
}

/** What a customer entered, kept for one confirmation (`stripe.createConfirmationToken`). */
export interface ConfirmationTokenRecord {
  id: string;
  created: number;
  expiresAt: number;
  /** The PaymentMethod made from the entered card; it becomes the PaymentIntent's when the token is used. */
  paymentMethodId: string;
  returnUrl: string | null;
  setupFutureUsage: 'on_session' | 'off_session' | null;
  shipping: Shipping | null;
  /** The PaymentIntent that used it (a token works once). */
  paymentIntentId: string | null;
}

/** Money moving in the account's balance: a captured charge (`charge`) or a refund (`refund`). */
export interface BalanceTransactionRecord {
  id: string;
  created: number;
  availableOn: number;
  amount: number;
  fee: number;
  currency: string;
  type: 'charge' | 'refund';
  /** The charge or refund it records. */
  sourceId: string;
}

export interface RefundRecord {
  id: string;
  created: number;
  amount: number;
  chargeId: string;
  paymentIntentId: string;
  paymentMethodId: string;
  currency: string;
  reason: string | null;
  metadata: Record<string, string>;
  balanceTransactionId?: string | null;
}

/** A confirmation waiting on, or past, a 3DS challenge. */
export interface AuthenticationAttempt {
  token: string;
  paymentMethodId: string;
  status: 'pending' | 'completed' | 'failed';
  /** Sandbox-clock ms when the customer completed the challenge (manual confirmation re-confirms after it). */
  completedAt: number | null;
}

export interface LastPaymentError {
  charge?: string;
  code: string;
  decline_code?: string;
  doc_url: string;
  message: string;
  param?: string;
  payment_method?: ReturnType<typeof serializePaymentMethod>;
  type: 'card_error' | 'invalid_request_error';
}

export interface NextAction {
  type: 'redirect_to_url' | 'use_stripe_sdk';
  redirect_to_url?: { url: string; return_url: string };
  use_stripe_sdk?: { type: 'three_d_secure_redirect'; stripe_js: string; source: string };
}

export interface PaymentIntentRecord {
  id: string;
  created: number;
  clientSecret: string;
  amount: number;
  currency: string;
  status: PaymentIntentStatus;
  captureMethod: 'automatic' | 'automatic_async' | 'manual';
  confirmationMethod: 'automatic' | 'manual';
  paymentMethodId: string | null;
  paymentMethodTypes: string[];
  automaticPaymentMethods: { enabled: boolean; allow_redirects?: 'always' | 'never' } | null;
  description: string | null;
  receiptEmail: string | null;
  shipping: Shipping | null;
  metadata: Record<string, string>;
  setupFutureUsage: 'on_session' | 'off_session' | null;
  requestThreeDSecure: 'automatic' | 'any' | 'challenge';
  /** Other `payment_method_options.card` values, echoed as sent (capture_method, network, ...). */
  cardOptions?: Record<string, unknown>;
  /** Documented params stored and echoed under their own names (statement_descriptor, customer, ...). */
  extra?: Record<string, unknown>;
  returnUrl: string | null;
  nextAction: NextAction | null;
  lastPaymentError: LastPaymentError | null;
  latestChargeId: string | null;
  amountCapturable: number;
  amountReceived: number;
  canceledAt: number | null;
  cancellationReason: string | null;
  authentication: AuthenticationAttempt | null;
}

export interface WebhookEndpointRecord {
  id: string;
  created: number;
  url: string;
  enabledEvents: string[];
  secret: string;
  status: 'enabled' | 'disabled';
  description: string | null;
  metadata: Record<string, string>;
  apiVersion: string | null;
  /** Configured by SANDBOX_WEBHOOK_URL rather than the API. */
  fromEnv: boolean;
}

export interface EventRecord {
  id: string;
  created: number;
  type: string;
  object: unknown;
  previousAttributes: Record<string, unknown> | null;
  requestId: string | null;
  idempotencyKey: string | null;
  /** Endpoints that have not yet acknowledged the event with a 2xx. */
  pendingWebhooks: number;
}

export interface StoredResponse {
  method: string;
  path: string;
  fingerprint: string;
  status: number;
  body: string;
  requestId: string;
  headers: Record<string, string>;
  createdAt: number;
}

export interface ThreeDsTokenRecord {
  token: string;
  accountId: string;
  paymentIntentId: string;
  returnUrl: string | null;
  status: 'pending' | 'completed' | 'failed';
}

export interface DeliveryAttemptRecord {
  id: string;
  event_id: string;
  event_type: string;
  endpoint_id: string;
  url: string;
  /** 1 for the first attempt of a delivery, 2+ for retries. */
  attempt: number;
  /** Which copy when the duplicate knob is on (1-based). */
  copy: number;
  status: number | null;
  error: string | null;
  duration_ms: number;
  created: number;
  next_retry_at: number | null;
}
