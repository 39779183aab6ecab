import { isIP } from 'node:net';
import { classifyAddress, type AddressClass } from './target-address';
import type { TargetSettings } from './target-settings';

/**
 * Why a merchant may not register `url` as a webhook endpoint, or null. Judges the URL alone: a host
 * name is checked again at each delivery, once resolved (see resolveTarget), since DNS can change.
 * Plain http is for local receivers only (localhost or a local address), never in live mode.
 */
export function webhookUrlProblem(url: URL, settings: TargetSettings): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an https URL';
  if (url.username || url.password) return 'must not contain a user name or password';
  const host = literalHostClass(url.hostname);
  if (host === 'forbidden') return 'must not point at a link-local, multicast, unspecified or reserved address';
  if (host === 'local' && !settings.allowPrivateTargets) return 'must not point at a local or private address';
  if (url.protocol === 'http:' && settings.liveMode) return 'must be an https URL (live mode)';
  if (url.protocol === 'http:' && host !== 'local') return 'must be an https URL (http is only for local receivers)';
  return null;
}

/** The class of a host written as an address (the URL parser already normalised odd IPv4 spellings), or of `localhost`; null for other names. */
function literalHostClass(hostname: string): AddressClass | null {
  const host = hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host)) return classifyAddress(host);
  return /^(.+\.)?localhost\.?$/i.test(host) ? 'local' : null;
}
