/**
 * Params a Stripe.js-like client adds to publishable-key calls; accepted and ignored so the
 * browser half can mimic Stripe.js without tripping `parameter_unknown`.
 */
export const BROWSER_PARAMS = [
  '_stripe_version',
  '_stripe_account',
  'payment_user_agent',
  'time_on_page',
  'guid',
  'muid',
  'sid',
  'referrer',
  'client_attribution_metadata',
] as const;
