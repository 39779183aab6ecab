import { isIPv6 } from 'node:net';
import ipaddr from 'ipaddr.js';

/** `public`: a global unicast address; `local`: loopback or private; `forbidden`: never a webhook target. */
export type AddressClass = 'public' | 'local' | 'forbidden';

const LOCAL_RANGES: ReadonlySet<string> = new Set(['loopback', 'private', 'uniqueLocal', 'carrierGradeNat']);

/**
 * Classifies an IP address in any spelling ipaddr.js reads (decimal, hex, octal, short IPv4; IPv6
 * with an IPv4-mapped tail, which counts as its IPv4 address). Link-local (cloud metadata included),
 * multicast, broadcast, unspecified, reserved and documentation ranges are forbidden, and so are the
 * IPv6 forms that carry an IPv4 address elsewhere (IPv4-compatible, NAT64, 6to4, Teredo, SIIT).
 */
export function classifyAddress(address: string): AddressClass {
  const text = isIPv6(address) ? hexIpv6(address) : address;
  if (text === null || !ipaddr.isValid(text)) return 'forbidden';
  const parsed = ipaddr.process(text);
  const range = parsed.range();
  if (LOCAL_RANGES.has(range)) return 'local';
  if (range !== 'unicast') return 'forbidden';
  return parsed.kind() === 'ipv6' && isIpv4Compatible(parsed as ipaddr.IPv6) ? 'forbidden' : 'public';
}

/** Whether a webhook may connect to `address`: public ones always, local ones only when the operator allows them. */
export function isAllowedAddress(address: string, allowPrivateTargets: boolean): boolean {
  const kind = classifyAddress(address);
  return kind === 'public' || (kind === 'local' && allowPrivateTargets);
}

// ipaddr.js reads any dotted IPv6 tail as IPv4-mapped (`::127.0.0.1` as `::ffff:7f00:1`), and the system
// resolver writes IPv4-compatible answers that way; the URL parser's form is all hex.
// Null for what the URL parser refuses (a zone id, `fe80::1%eth0`).
function hexIpv6(address: string): string | null {
  const url = `http://[${address}]/`;
  return URL.canParse(url) ? new URL(url).hostname.slice(1, -1) : null;
}

// ::a.b.c.d (deprecated IPv4-compatible IPv6), which ipaddr.js leaves in its unicast range.
function isIpv4Compatible(address: ipaddr.IPv6): boolean {
  return address.parts.slice(0, 6).every((part) => part === 0);
}
