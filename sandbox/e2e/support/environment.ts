import Stripe from 'stripe';

/** Keys of the e2e merchant account (any sk_test_<x> / pk_test_<x> pair is valid in the sandbox). */
export const SECRET_KEY = 'sk_test_e2e';
export const PUBLISHABLE_KEY = 'pk_test_e2e';

/** Set by global-setup.ts for the workers. */
export const ENV = {
  sandboxUrl: 'SANDBOX_E2E_SANDBOX_URL',
  fixtureUrl: 'SANDBOX_E2E_FIXTURE_URL',
  manualConfirmationUrl: 'SANDBOX_E2E_MANUAL_CONFIRMATION_URL',
} as const;

function required(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(
      `${name} is not set: run through sandbox/playwright.config.ts (its globalSetup starts the servers).`,
    );
  return value;
}

export const sandboxUrl = () => required(ENV.sandboxUrl);
export const fixtureUrl = () => required(ENV.fixtureUrl);
export const manualConfirmationUrl = () => required(ENV.manualConfirmationUrl);

/** A stripe-node client on the sandbox, for asserting server-side state. */
export function sandboxStripe(): Stripe {
  const url = new URL(sandboxUrl());
  return new Stripe(SECRET_KEY, { host: url.hostname, port: Number(url.port), protocol: 'http', maxNetworkRetries: 0 });
}
