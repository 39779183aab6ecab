import { isSiteHost } from '@/lib/http/host-name';
import { isHttpsOrLocal, isLocalHost } from '@/lib/http/local-hosts';

/** True for `https://host[:port]` (or plain http on a local host) with nothing after the port, the host one site (no `*`). */
export function isExactOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      isHttpsOrLocal(url) &&
      isSiteHost(url.hostname, isLocalHost(url.hostname)) &&
      url.origin.toLowerCase() === value.toLowerCase()
    );
  } catch {
    return false;
  }
}
