import { API_VERSION, type ResolvedOptions } from '../config.js';
import { newId } from '../state/ids.js';
import type { AccountState } from '../state/store.js';

/**
 * Keeps the SANDBOX_WEBHOOK_URL endpoint of an account in line with the current settings:
 * created (subscribed to `*`) when configured, updated when they changed, removed when unset.
 */
export function syncEnvEndpoint(account: AccountState, options: ResolvedOptions, nowSeconds: number): void {
  const existing = [...account.webhookEndpoints.values()].find((we) => we.fromEnv);
  const { webhookUrl: url, webhookSecret: secret } = options;
  if (!url || !secret) {
    if (existing) account.webhookEndpoints.delete(existing.id);
    return;
  }
  if (existing) {
    existing.url = url;
    existing.secret = secret;
    return;
  }
  const id = newId('we');
  account.webhookEndpoints.set(id, {
    id,
    created: nowSeconds,
    url,
    enabledEvents: ['*'],
    secret,
    status: 'enabled',
    description: 'SANDBOX_WEBHOOK_URL',
    metadata: {},
    apiVersion: API_VERSION,
    fromEnv: true,
  });
}
