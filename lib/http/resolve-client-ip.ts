import proxyaddr from 'proxy-addr';
import type { TrustProxy } from '@/lib/env/trusted-proxies';

/**
 * The client's address from the connecting peer and the X-Forwarded-For chain: walked right to left,
 * each hop is believed only while the address that sent it is a trusted proxy. Without trusted
 * proxies the peer itself is the client, whatever the header says.
 */
export function resolveClientIp(peer: string, forwardedFor: string | null, trust: TrustProxy): string {
  const request = {
    socket: { remoteAddress: peer },
    headers: forwardedFor === null ? {} : { 'x-forwarded-for': forwardedFor },
  };
  const address = proxyaddr(request as unknown as Parameters<typeof proxyaddr>[0], (candidate) => trust(candidate));
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
}
