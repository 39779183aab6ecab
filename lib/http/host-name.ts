/** A DNS host name in lower case: labels of letters, digits and inner hyphens (no wildcards, no underscores). */
export const HOST_NAME = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$/;

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Whether a URL's `hostname` names one site: a host name with at least two labels (`shop.example.com`),
 * an IP address, or a local host. `*`, `*.com` and a bare top-level domain (`com`) do not.
 */
export function isSiteHost(hostname: string, isLocal: boolean): boolean {
  if (isLocal || IPV4.test(hostname) || /^\[[0-9a-f:.]+\]$/.test(hostname)) return true;
  return HOST_NAME.test(hostname) && hostname.includes('.') && !/^\d+$/.test(hostname.split('.').at(-1)!);
}
