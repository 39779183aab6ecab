import { z } from 'zod';
import { compileTrustedProxies } from '@/lib/env/trusted-proxies';

const postgresUrl = z.string().refine((value) => {
  try {
    return ['postgres:', 'postgresql:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}, 'must be a postgres:// or postgresql:// URL, e.g. postgresql://user:pass@localhost:5432/tillpoint');

const port = z.coerce.number().int().min(0).max(65535);
const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .transform((value) => value.replace(/\/+$/, ''));

/** 32 random bytes, base64: the AES-256-GCM key that encrypts webhook signing secrets at rest. */
export const encryptionKey = z
  .string()
  .refine(
    (value) => Buffer.from(value, 'base64').length === 32,
    'must be 32 bytes in base64, e.g. `openssl rand -base64 32`',
  );

/** Seconds to wait before each retry of a failed merchant webhook delivery, e.g. `5,300,1800`. */
const retrySchedule = z
  .string()
  .regex(/^\d+(\.\d+)?(,\d+(\.\d+)?)*$/, 'must be a comma-separated list of seconds, e.g. 5,300,1800')
  .transform((value) => value.split(',').map(Number));

/** `TRUSTED_PROXIES`: comma-separated CIDRs or addresses of the proxies in front of Tillpoint. */
const trustedProxies = z.string().refine((value) => {
  try {
    compileTrustedProxies(value);
    return true;
  } catch {
    return false;
  }
}, 'must be a comma-separated list of CIDRs or IP addresses, e.g. 10.0.0.0/8,::1');

/** Settings every Tillpoint process reads. Empty strings count as unset, like most .env loaders. */
export const baseEnvSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  TILLPOINT_DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_DB_PORT: port.default(54329),
  PORT: port.default(3000),
  TILLPOINT_PUBLIC_URL: httpUrl.optional(),
  SANDBOX_PORT: port.default(12111),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_\w+$/, 'must look like sk_test_... or sk_live_...')
    .optional(),
  STRIPE_PUBLISHABLE_KEY: z
    .string()
    .regex(/^pk_(test|live)_\w+$/, 'must look like pk_test_... or pk_live_...')
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_\w+$/, 'must look like whsec_...')
    .optional(),
  STRIPE_API_URL: httpUrl.optional(),
  STRIPE_JS_URL: httpUrl.optional(),
  /** How long one Stripe API request may take before the client gives up (the outcome is then unknown). */
  STRIPE_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(15_000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  RECONCILE_AFTER_SECONDS: z.coerce.number().int().min(1).max(86_400).default(120),
  JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  /** How long a payment waiting on 3-D Secure holds a place under a payment link's limit. */
  LINK_PLACE_HOLD_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  API_RATE_LIMIT_KEY_BURST: z.coerce.number().int().min(1).default(100),
  API_RATE_LIMIT_KEY_PER_SECOND: z.coerce.number().positive().default(25),
  API_RATE_LIMIT_IP_BURST: z.coerce.number().int().min(1).default(400),
  API_RATE_LIMIT_IP_PER_SECOND: z.coerce.number().positive().default(100),
  PAYMENT_RATE_LIMIT_SESSION_BURST: z.coerce.number().int().min(1).default(10),
  PAYMENT_RATE_LIMIT_SESSION_PER_MINUTE: z.coerce.number().positive().default(2),
  PAYMENT_RATE_LIMIT_IP_BURST: z.coerce.number().int().min(1).default(60),
  PAYMENT_RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().positive().default(20),
  PAYMENT_RATE_LIMIT_LINK_BURST: z.coerce.number().int().min(1).default(20),
  PAYMENT_RATE_LIMIT_LINK_PER_MINUTE: z.coerce.number().positive().default(6),
  PAYMENT_RATE_LIMIT_MERCHANT_BURST: z.coerce.number().int().min(1).default(100),
  PAYMENT_RATE_LIMIT_MERCHANT_PER_MINUTE: z.coerce.number().positive().default(30),
  PAYMENT_RATE_LIMIT_CARD_BURST: z.coerce.number().int().min(1).default(10),
  PAYMENT_RATE_LIMIT_CARD_PER_MINUTE: z.coerce.number().positive().default(2),
  LINK_RATE_LIMIT_IP_BURST: z.coerce.number().int().min(1).default(30),
  LINK_RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().positive().default(10),
  LOGIN_RATE_LIMIT_EMAIL_BURST: z.coerce.number().int().min(1).default(5),
  LOGIN_RATE_LIMIT_EMAIL_PER_MINUTE: z.coerce.number().positive().default(1),
  LOGIN_RATE_LIMIT_IP_BURST: z.coerce.number().int().min(1).default(30),
  LOGIN_RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().positive().default(10),
  TRUSTED_PROXIES: trustedProxies.optional(),
  /** Bearer token a Prometheus scrape of /api/metrics presents; unset, the endpoint answers 404. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  SSE_MAX_STREAMS_PER_IP: z.coerce.number().int().min(1).default(20),
  SSE_MAX_STREAMS_PER_PAYMENT: z.coerce.number().int().min(1).default(5),
  TILLPOINT_ENCRYPTION_KEY: encryptionKey.optional(),
  WEBHOOK_RETRY_SCHEDULE: retrySchedule.default([
    5, 300, 1800, 7200, 18_000, 36_000, 36_000, 36_000, 36_000, 36_000, 36_000, 16_000,
  ]),
  WEBHOOK_DISABLE_AFTER_SECONDS: z.coerce.number().int().min(1).default(259_200),
  /** Lets merchant webhooks reach loopback and private addresses (local receivers); `npm start` sets it with the sandbox. */
  WEBHOOK_ALLOW_PRIVATE_TARGETS: z.stringbool({ error: 'must be true or false' }).default(false),
  /** Port of the demo merchant site `npm start` runs next to Tillpoint (embedded checkout on another origin); 0 turns it off. */
  DEMO_SITE_PORT: port.default(3001),
  /** Set by the launcher for the web app when the demo merchant site runs: the landing page links to it. */
  DEMO_SITE_URL: httpUrl.optional(),
});

/** What the web app needs once the launcher (or the operator) has filled in the Stripe side. */
export const appEnvSchema = baseEnvSchema.extend({
  DATABASE_URL: postgresUrl,
  TILLPOINT_PUBLIC_URL: httpUrl,
  STRIPE_SECRET_KEY: baseEnvSchema.shape.STRIPE_SECRET_KEY.unwrap(),
  STRIPE_PUBLISHABLE_KEY: baseEnvSchema.shape.STRIPE_PUBLISHABLE_KEY.unwrap(),
  STRIPE_WEBHOOK_SECRET: baseEnvSchema.shape.STRIPE_WEBHOOK_SECRET.unwrap(),
  TILLPOINT_ENCRYPTION_KEY: encryptionKey,
});

export type BaseEnv = z.infer<typeof baseEnvSchema>;
export type AppEnv = z.infer<typeof appEnvSchema>;
