import 'server-only';
import { hkdfSync } from 'node:crypto';
import { appEnv } from '@/lib/env/app-env';

/**
 * The key action tokens are signed with, derived from TILLPOINT_ENCRYPTION_KEY: random per data
 * folder in a local run, the operator's secret in production, so no public value (such as the
 * sandbox's fixed Stripe key) lets anyone forge a token. Stable across restarts, never shown.
 */
export function threeDSecureTokenSecret(): string {
  const key = Buffer.from(appEnv().TILLPOINT_ENCRYPTION_KEY, 'base64');
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'tillpoint action-url token v2', 32)).toString('hex');
}
