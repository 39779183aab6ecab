import proxyaddr from 'proxy-addr';

/** A compiled `TRUSTED_PROXIES` list: true for an address the operator's proxies connect from. */
export type TrustProxy = (address: string) => boolean;

/**
 * Compiles a comma-separated list of CIDRs, single addresses or proxy-addr's names (`loopback`,
 * `linklocal`, `uniquelocal`); an empty list trusts no proxy. Throws a TypeError on a bad entry.
 */
export function compileTrustedProxies(list: string | undefined): TrustProxy {
  const entries = (list ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const trust = proxyaddr.compile(entries);
  return (address) => trust(address, 0);
}
