/** Hosts that are always acceptable in test mode (a developer's own machine). */
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * True when `url`'s host is one of `domains` or a subdomain of one. An empty list allows any host;
 * local hosts are allowed in test mode. `url` is already known to be a valid redirect URL.
 */
export function isRedirectHostAllowed(url: string, domains: readonly string[], testMode: boolean): boolean {
  if (domains.length === 0) return true;
  let host: string;
  try {
    host = new URL(url.replace(/\{(PAYMENT_ID|CHECKOUT_SESSION_ID)\}/g, 'template')).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (testMode && LOCAL_HOSTS.includes(host)) return true;
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
