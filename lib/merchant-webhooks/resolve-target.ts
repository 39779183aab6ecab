import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isAllowedAddress } from './target-address';

export type ResolvedAddress = { address: string; family: 4 | 6 };
/** Answers the addresses of a host name (the system resolver unless a test injects one). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

/** A delivery target that may not be contacted; its message is what the delivery log shows. */
export class TargetRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TargetRefused';
  }
}

/**
 * Resolves a URL's host once and returns the one address the connection must use (the caller pins
 * it, so a second DNS answer cannot redirect the request). Refuses the host when any of its
 * addresses is not allowed, so a name cannot mix a public and a private answer.
 */
export async function resolveTarget(
  hostname: string,
  options: { allowPrivateTargets: boolean; resolver?: Resolver },
): Promise<ResolvedAddress> {
  const host = hostname.replace(/^\[(.*)\]$/, '$1');
  const literal = isIP(host);
  let addresses: ResolvedAddress[];
  if (literal) addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await (options.resolver ?? systemResolver)(host);
    } catch (error) {
      throw new TargetRefused(`cannot resolve ${host}: ${(error as { code?: string }).code ?? 'lookup failed'}`);
    }
  }
  if (addresses.length === 0) throw new TargetRefused(`cannot resolve ${host}: no address`);
  if (!addresses.every(({ address }) => isAllowedAddress(address, options.allowPrivateTargets))) {
    throw new TargetRefused(
      `refused: ${literal ? `${host} is` : `${host} resolves to`} an address webhooks may not reach`,
    );
  }
  return addresses[0]!;
}
