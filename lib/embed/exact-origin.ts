import { isHttpsOrLocal } from '@/lib/http/local-hosts';

/** True for `https://host[:port]` (or plain http on a local host) with nothing after the port. */
export function isExactOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return isHttpsOrLocal(url) && url.origin.toLowerCase() === value.toLowerCase();
  } catch {
    return false;
  }
}
