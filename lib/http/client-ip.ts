import { appEnv } from '@/lib/env/app-env';
import { resolveClientIp } from './resolve-client-ip';
import { socketPeer } from './socket-peer';
import { compileTrustedProxies, type TrustProxy } from '@/lib/env/trusted-proxies';

let configured: TrustProxy | undefined;

function configuredTrust(): TrustProxy {
  configured ??= compileTrustedProxies(appEnv().TRUSTED_PROXIES);
  return configured;
}

/**
 * The client's IP for per-client limits: the socket address, or the X-Forwarded-For hop just left of
 * the last `TRUSTED_PROXIES` hop. When the socket address is unknown every request shares the key
 * `unknown`, so limits get stricter rather than spoofable.
 */
export function clientIp(headers: Pick<Headers, 'get'>, trust?: TrustProxy): string {
  const peer = socketPeer(headers);
  if (peer === null) return 'unknown';
  return resolveClientIp(peer, headers.get('x-forwarded-for'), trust ?? configuredTrust());
}
