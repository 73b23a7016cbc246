import ipaddr from 'ipaddr.js';
import { isIP } from 'node:net';

/** Whether the checker may connect to an address and, if not, what kind of address it is, in words. */
export type AddressVerdict = { allowed: true } | { allowed: false; kind: string };

/** ipaddr.js's names for ranges, as a person would say them. Any other range is "a reserved address". */
const RANGE_WORDS: Readonly<Record<string, string>> = {
  loopback: 'a loopback address (this machine)',
  private: 'a private network address',
  uniqueLocal: 'a private network address',
  linkLocal: 'a link-local address (where cloud metadata services live)',
  unspecified: 'an unspecified address',
  carrierGradeNat: 'a carrier-grade NAT address',
  multicast: 'a multicast address',
  broadcast: 'a broadcast address',
};

/** 64:ff9b::/96: NAT64 carries an IPv4 address in its last 32 bits, so that address is what gets reached. */
const NAT64_PREFIX = ipaddr.IPv6.parseCIDR('64:ff9b::/96');
/** Only 2000::/3 is allocated for global unicast; everything outside it is special-purpose. */
const GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR('2000::/3');

function refused(range: string): AddressVerdict {
  return { allowed: false, kind: RANGE_WORDS[range] ?? 'a reserved address' };
}

/**
 * May the checker connect to this IP address when private addresses are not allowed? Only public unicast
 * addresses pass: loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16, so the
 * 169.254.169.254 metadata service, and fe80::/10), unspecified, carrier-grade NAT (100.64/10), multicast,
 * broadcast and reserved ranges are refused, and so are IPv4-mapped and NAT64 IPv6 forms of any of them.
 */
export function addressVerdict(address: string): AddressVerdict {
  if (isIP(address) === 0 || !ipaddr.isValid(address)) return { allowed: false, kind: 'not an IP address' };
  // process() turns an IPv4-mapped IPv6 address (::ffff:127.0.0.1) into the IPv4 address it stands for.
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') {
    const range = parsed.range();
    return range === 'unicast' ? { allowed: true } : refused(range);
  }
  const ipv6 = parsed as ipaddr.IPv6;
  if (ipv6.match(NAT64_PREFIX)) {
    const embedded = ipaddr.IPv4.parse(ipv6.toByteArray().slice(12).join('.'));
    return addressVerdict(embedded.toString());
  }
  const range = ipv6.range();
  if (range !== 'unicast') return refused(range);
  // Outside 2000::/3 "unicast" still covers forms such as ::7f00:1 (IPv4-compatible 127.0.0.1).
  return ipv6.match(GLOBAL_UNICAST) ? { allowed: true } : refused('reserved');
}

/** The host of a URL as the network sees it: IPv6 literals lose their brackets. */
export function hostOf(url: URL): string {
  return url.hostname.startsWith('[') && url.hostname.endsWith(']')
    ? url.hostname.slice(1, -1)
    : url.hostname;
}
