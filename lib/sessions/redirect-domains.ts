import { parseTemplatedUrl } from '@/lib/sessions/checkout-schemas';
import { isLocalHost } from '@/lib/http/local-hosts';

/**
 * True when `url`'s host is one of `domains` or a subdomain of one. An empty list allows any host;
 * local hosts are allowed in test mode. `url` is already known to be a valid redirect URL.
 */
export function isRedirectHostAllowed(url: string, domains: readonly string[], testMode: boolean): boolean {
  if (domains.length === 0) return true;
  const host = parseTemplatedUrl(url)?.hostname.toLowerCase();
  if (!host) return false;
  if (testMode && isLocalHost(host)) return true;
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
