import { addressVerdict, hostOf } from './address-rules';

describe('addressVerdict', () => {
  it.each([
    ['8.8.8.8'],
    ['1.1.1.1'],
    ['151.101.0.81'],
    ['2606:4700:4700::1111'],
    ['2a00:1450:4009:81f::200e'],
    // NAT64 of a public IPv4 address reaches that public address.
    ['64:ff9b::808:808'],
  ])('allows the public address %s', (address) => {
    expect(addressVerdict(address)).toEqual({ allowed: true });
  });

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456:789a::1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['169.254.0.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.254', 'carrier-grade NAT'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.10', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    // IPv4-mapped, NAT64 and IPv4-compatible IPv6 forms of refused IPv4 addresses.
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['64:ff9b::a00:1', 'private'],
    ['64:ff9b::7f00:1', 'loopback'],
    ['::7f00:1', 'reserved'],
    ['2002:7f00:1::1', 'reserved'],
  ])('refuses %s as %s', (address, kind) => {
    const verdict = addressVerdict(address);
    expect(verdict.allowed).toBe(false);
    expect(verdict.allowed ? '' : verdict.kind).toContain(kind);
  });

  it('names the metadata service’s range in words', () => {
    expect(addressVerdict('169.254.169.254')).toEqual({
      allowed: false,
      kind: 'a link-local address (where cloud metadata services live)',
    });
  });

  it.each([['localhost'], ['example.nhs.uk'], [''], ['127.1'], ['999.1.1.1']])(
    'refuses %p, which is not an IP address in standard form',
    (text) => {
      expect(addressVerdict(text)).toEqual({ allowed: false, kind: 'not an IP address' });
    },
  );
});

describe('hostOf', () => {
  it('gives the host as the network sees it, normalised by the URL parser', () => {
    expect(hostOf(new URL('http://[::1]:8080/x'))).toBe('::1');
    expect(hostOf(new URL('http://[::ffff:127.0.0.1]/'))).toBe('::ffff:7f00:1');
    // Other spellings of an IPv4 address reach the rules as the address they stand for.
    expect(hostOf(new URL('http://2130706433/'))).toBe('127.0.0.1');
    expect(hostOf(new URL('http://0x7f.1/'))).toBe('127.0.0.1');
    expect(hostOf(new URL('https://Reports.Example.NHS.uk./wres'))).toBe('reports.example.nhs.uk.');
  });
});
