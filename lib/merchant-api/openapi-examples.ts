/** Example objects for the API reference (ids and times are illustrative). */
export const EXAMPLE_SESSION = {
  id: 'cs_4fJ2kQ9xZrT1mN8pL3vB6wYc',
  object: 'checkout.session',
  url: 'https://pay.example.com/c/cs_4fJ2kQ9xZrT1mN8pL3vB6wYc',
  status: 'open',
  amount_subtotal: 4500,
  amount_total: 4500,
  total_details: { amount_discount: 0 },
  discounts: [],
  allow_promotion_codes: false,
  currency: 'usd',
  line_items: [
    {
      name: 'Walnut desk lamp',
      unit_amount: 4500,
      quantity: 1,
      amount_total: 4500,
      image_url: null,
      adjustable_quantity: { enabled: true, minimum: 1, maximum: 10 },
    },
  ],
  customer_email: 'ada@example.com',
  client_reference_id: 'order_1042',
  metadata: { order: '1042' },
  success_url: 'https://shop.example.com/thanks?session={CHECKOUT_SESSION_ID}',
  cancel_url: 'https://shop.example.com/cart',
  three_d_secure_ui: 'modal',
  ui_mode: 'hosted',
  embed_origin: null,
  locale: null,
  payment_intent_data: { capture_method: 'automatic' },
  payment: null,
  payment_link: null,
  after_expiration: { recovery: { enabled: true, allow_promotion_codes: false, url: null, expires_at: null } },
  recovered_from: null,
  created: 1_790_000_000,
  expires_at: 1_790_086_400,
  completed_at: null,
};

/** The example session once it expired unpaid: its recovery URL opens for 30 days. */
export const EXAMPLE_EXPIRED_SESSION = {
  ...EXAMPLE_SESSION,
  status: 'expired',
  after_expiration: {
    recovery: {
      enabled: true,
      allow_promotion_codes: false,
      url: 'https://pay.example.com/recover/q0Tn3yV8bWm2cX5rJ7kL9pA1sD4fG6hZ8eR2tY4uI0o',
      expires_at: 1_792_678_400,
    },
  },
};

export const EXAMPLE_CREATE_SESSION = {
  line_items: [
    {
      name: 'Walnut desk lamp',
      unit_amount: 4500,
      quantity: 1,
      adjustable_quantity: { enabled: true, minimum: 1, maximum: 10 },
    },
  ],
  currency: 'usd',
  success_url: 'https://shop.example.com/thanks?session={CHECKOUT_SESSION_ID}',
  cancel_url: 'https://shop.example.com/cart',
  customer_email: 'ada@example.com',
  client_reference_id: 'order_1042',
  metadata: { order: '1042' },
  after_expiration: { recovery: { enabled: true } },
};

export const EXAMPLE_PAYMENT = {
  id: 'pay_8sKd2Lq0Vn5Xb7Tz1Rw4Yp6M',
  object: 'payment',
  status: 'succeeded',
  amount: 4500,
  amount_subtotal: 4500,
  amount_total: 4500,
  total_details: { amount_discount: 0 },
  discounts: [],
  capture_method: 'automatic',
  amount_capturable: 0,
  amount_captured: 4500,
  amount_released: 0,
  amount_refunded: 0,
  currency: 'usd',
  pending_request: null,
  cancellation_reason: null,
  checkout_session: EXAMPLE_SESSION.id,
  payment_intent: 'pi_3Nk2Lq0Vn5Xb7Tz1Rw4Yp6M',
  anomaly_at: null,
  last_error: null,
  next_action: null,
  card: { brand: 'visa', last4: '4242' },
  created: 1_790_000_100,
  succeeded_at: 1_790_000_104,
  timeline: [
    { from: null, to: 'processing', source: 'action', source_ref: 'start-payment', detail: null, at: 1_790_000_101 },
    {
      from: 'processing',
      to: 'succeeded',
      source: 'webhook',
      source_ref: 'evt_3Nk2...',
      detail: null,
      at: 1_790_000_104,
    },
  ],
  anomalies: [],
};

export const EXAMPLE_API_KEY = {
  id: 'key_2Ld8Qw0Zx5Vb7Nc1Mr4Tp6Ys',
  object: 'api_key',
  name: 'Production server',
  prefix: 'sk_test_7hQ2',
  created: 1_790_000_000,
  last_used: 1_790_003_600,
  revoked_at: null,
};

export const EXAMPLE_ACCOUNT = {
  id: 'mer_9Qw2Er4Ty6Ui8Op0As1Df3Gh',
  object: 'account',
  name: 'Acme',
  allowed_redirect_domains: ['shop.example.com'],
  allowed_embed_origins: ['https://shop.example.com'],
  created: 1_789_000_000,
};

export const listOf = (url: string, item: unknown) => ({ object: 'list', data: [item], has_more: false, url });

/** How operations that mint a secret answer a replayed Idempotency-Key. */
export const SECRET_NOT_REPLAYED =
  'A replay with the same `Idempotency-Key` answers the same object with `secret: null`: the secret is never kept for replays, so a lost response means creating (or rolling) again.';
