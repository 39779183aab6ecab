import 'server-only';
import { hkdfSync } from 'node:crypto';
import { appEnv } from '@/lib/env/app-env';

/**
 * The key recovery tokens are made with, derived from TILLPOINT_ENCRYPTION_KEY under its own label (so
 * it is unrelated to the 3-D Secure action-token key): stable across restarts and instances, never shown.
 */
export function recoveryTokenSecret(): string {
  const key = Buffer.from(appEnv().TILLPOINT_ENCRYPTION_KEY, 'base64');
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'tillpoint checkout recovery token v1', 32)).toString(
    'hex',
  );
}
