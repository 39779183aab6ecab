import 'server-only';
import Stripe from 'stripe';
import { appEnv } from '@/lib/env/app-env';
import { recordStripeResponse } from './stripe-health';

const holder = globalThis as typeof globalThis & { tillpointStripe?: Stripe };

/**
 * The one Stripe SDK client. With STRIPE_API_URL set (the sandbox) requests go there; otherwise to
 * api.stripe.com. Nothing outside lib/stripe imports the SDK.
 */
export function stripe(): Stripe {
  holder.tillpointStripe ??= createStripe(
    appEnv().STRIPE_SECRET_KEY,
    appEnv().STRIPE_API_URL,
    appEnv().STRIPE_TIMEOUT_MS,
  );
  return holder.tillpointStripe;
}

export function createStripe(secretKey: string, apiUrl?: string, timeoutMs = 15_000): Stripe {
  const target = apiUrl ? new URL(apiUrl) : null;
  const client = new Stripe(secretKey, {
    maxNetworkRetries: 2,
    timeout: timeoutMs,
    appInfo: { name: 'Tillpoint' },
    ...(target && {
      host: target.hostname,
      port: Number(target.port || (target.protocol === 'https:' ? 443 : 80)),
      protocol: target.protocol === 'https:' ? 'https' : 'http',
    }),
  });
  client.on('response', recordStripeResponse);
  return client;
}

export type { Stripe };
