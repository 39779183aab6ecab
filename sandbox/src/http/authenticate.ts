import type { IncomingHttpHeaders } from 'node:http';
import { authenticationError } from './api-error.js';
import type { FormObject } from './form-body.js';

export interface Credentials {
  accountId: string;
  mode: 'secret' | 'publishable';
}

const KEY = /^(sk|pk)_test_([A-Za-z0-9_]+)$/;

const NO_KEY =
  "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.";

export const PUBLISHABLE_NOT_ALLOWED =
  'This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.';

function mask(key: string): string {
  return key.length > 12
    ? `${key.slice(0, 8)}${'*'.repeat(Math.min(key.length - 12, 20))}${key.slice(-4)}`
    : '********';
}

function keyFromHeader(header: string | undefined): string | null {
  if (!header) return null;
  const [scheme, value = ''] = header.trim().split(/\s+/, 2);
  if (/^bearer$/i.test(scheme ?? '')) return value;
  if (/^basic$/i.test(scheme ?? '')) return Buffer.from(value, 'base64').toString('utf8').split(':')[0] ?? '';
  return header.trim();
}

/**
 * `sk_test_<x>` (secret) or `pk_test_<x>` (publishable) name account `<x>` (CONTRACT.md). The key
 * comes from `Authorization` (Bearer, or Basic as curl's `-u`), or for publishable keys from a
 * `key` param as Stripe.js sends it; that param is removed from `params`.
 */
export function authenticate(headers: IncomingHttpHeaders, params: FormObject): Credentials {
  let key = keyFromHeader(headers.authorization);
  if (key === null && typeof params.key === 'string' && params.key.startsWith('pk_')) key = params.key;
  delete params.key;
  if (!key) throw authenticationError(NO_KEY);
  const match = KEY.exec(key);
  if (!match) {
    if (/^(sk|pk|rk)_live_/.test(key)) {
      throw authenticationError('The Stripe sandbox accepts test-mode keys only (sk_test_... / pk_test_...).');
    }
    throw authenticationError(`Invalid API Key provided: ${mask(key)}`);
  }
  return { accountId: match[2] as string, mode: match[1] === 'sk' ? 'secret' : 'publishable' };
}
