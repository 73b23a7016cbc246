import net from 'node:net';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { formatBytes, isDocumentContentType } from './document-types';
import { checkLink, pinnedLookup } from './link-checker';
import type { HostResolver, ResolvedAddress } from './link-checker';

/*
 * Everything here ends before any connection: these checks must refuse without a socket being opened, and
 * the spy fails the test (and stops the attempt) if one is.
 */
describe('checkLink, before connecting', () => {
  let connect: jest.SpyInstance;

  beforeEach(() => {
    connect = jest.spyOn(net.Socket.prototype, 'connect').mockImplementation(() => {
      throw new Error('This test must not open a connection');
    });
  });

  afterEach(() => {
    expect(connect).not.toHaveBeenCalled();
    connect.mockRestore();
  });

  const resolverOf = (table: Record<string, string[]>): jest.MockedFunction<HostResolver> =>
    jest.fn(async (hostname: string) => {
      const addresses = table[hostname];
      if (!addresses)
        throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
      return addresses.map((address): ResolvedAddress => ({
        address,
        family: net.isIP(address) === 6 ? 6 : 4,
      }));
    });

  it.each([['not a web address'], ['ftp://files.example.nhs.uk/wres.pdf'], ['javascript:alert(1)'], ['']])(
    'refuses %p as not a web address',
    async (url) => {
      const resolveHost = resolverOf({});
      const result = await checkLink(url, { allowPrivateAddresses: false, resolveHost });
      expect(result).toMatchObject({
        outcome: 'invalid-url',
        httpStatus: null,
        bytesRead: 0,
        contentSha256: null,
        returnsDocument: false,
      });
      expect(result.explanation).toMatch(/is not a web address \(http or https\)\.$/);
      expect(resolveHost).not.toHaveBeenCalled();
    },
  );

  it.each([
    ['http://127.0.0.1:8080/report.pdf', 'a loopback address'],
    ['http://10.0.0.1/report.pdf', 'a private network address'],
    ['http://169.254.169.254/latest/meta-data/', 'a link-local address'],
    ['http://[::1]/report.pdf', 'a loopback address'],
    ['http://[::ffff:10.0.0.1]/', 'a private network address'],
    ['http://2130706433/', 'a loopback address'],
    ['https://100.64.1.1/', 'a carrier-grade NAT address'],
  ])('refuses %s (%s) without resolving or connecting', async (url, kind) => {
    const resolveHost = resolverOf({});
    const result = await checkLink(url, { allowPrivateAddresses: false, resolveHost });
    expect(result.outcome).toBe('refused-address');
    expect(result.explanation).toContain(kind);
    expect(result.explanation).toMatch(/which the portal never fetches\.$/);
    expect(resolveHost).not.toHaveBeenCalled();
  });

  it('refuses a host name if any of its addresses is private, whatever order they come in', async () => {
    const resolveHost = resolverOf({
      'rebind.example.test': ['93.184.216.34', '127.0.0.1'],
      'internal.example.test': ['10.20.30.40'],
    });
    const rebind = await checkLink('https://rebind.example.test/wres.pdf', {
      allowPrivateAddresses: false,
      resolveHost,
    });
    expect(rebind.outcome).toBe('refused-address');
    expect(rebind.explanation).toBe(
      'The link leads to rebind.example.test, which resolves to 127.0.0.1: a loopback address (this machine), ' +
        'which the portal never fetches.',
    );
    const internal = await checkLink('http://internal.example.test/', {
      allowPrivateAddresses: false,
      resolveHost,
    });
    expect(internal.outcome).toBe('refused-address');
    expect(resolveHost).toHaveBeenCalledTimes(2);
  });

  it('reports a host name that does not resolve as a network error', async () => {
    const result = await checkLink('https://no-such-trust.example.test/', {
      allowPrivateAddresses: false,
      resolveHost: resolverOf({}),
    });
    expect(result.outcome).toBe('network-error');
    expect(result.explanation).toBe(
      'The site could not be reached: the host name no-such-trust.example.test could not be found ' +
        '(the host name does not exist (ENOTFOUND)).',
    );
  });

  it('times out while the host name is still being looked up', async () => {
    const never: HostResolver = () => new Promise(() => undefined);
    const result = await checkLink('https://slow-dns.example.test/', {
      allowPrivateAddresses: false,
      resolveHost: never,
      timeoutMs: 50,
    });
    expect(result.outcome).toBe('timeout');
    expect(result.explanation).toBe('The site did not answer in full within 0.05 seconds.');
    expect(result.elapsedMs).toBeGreaterThanOrEqual(45);
    expect(result.elapsedMs).toBeLessThan(1_000);
  });
});

describe('pinnedLookup', () => {
  const lookUp = (
    addresses: ResolvedAddress[],
    mayBePrivate: boolean,
    options: LookupOptions,
  ): Promise<{ error: NodeJS.ErrnoException | null; address: string | LookupAddress[]; family?: number }> =>
    new Promise((resolve) =>
      pinnedLookup(addresses, mayBePrivate)('any-name.example.test', options, (error, address, family) =>
        resolve({ error, address, family }),
      ),
    );
  const publicAddresses: ResolvedAddress[] = [
    { address: '93.184.216.34', family: 4 },
    { address: '2606:2800:220:1:248:1893:25c8:1946', family: 6 },
  ];

  it('answers with the checked addresses only, never asking DNS again', async () => {
    expect(await lookUp(publicAddresses, false, { all: true })).toEqual({
      error: null,
      address: publicAddresses,
      family: undefined,
    });
    expect(await lookUp(publicAddresses, false, {})).toEqual({
      error: null,
      address: '93.184.216.34',
      family: 4,
    });
    expect(await lookUp(publicAddresses, false, { family: 6 })).toEqual({
      error: null,
      address: '2606:2800:220:1:248:1893:25c8:1946',
      family: 6,
    });
  });

  it('applies the address rule again, so a private address never reaches a connection', async () => {
    const refused = await lookUp([{ address: '169.254.169.254', family: 4 }], false, { all: true });
    expect(refused.error?.code).toBe('ELINKCHECKREFUSED');
    const allowed = await lookUp([{ address: '127.0.0.1', family: 4 }], true, {});
    expect(allowed).toEqual({ error: null, address: '127.0.0.1', family: 4 });
  });
});

describe('documents', () => {
  it.each([
    ['text/html; charset=utf-8', true],
    ['application/pdf', true],
    ['APPLICATION/PDF', true],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', true],
    ['application/vnd.oasis.opendocument.text', true],
    ['application/msword', true],
    ['image/png', false],
    ['application/json', false],
    ['application/octet-stream', false],
    [null, false],
  ])('counts %p as a document: %p', (contentType, expected) => {
    expect(isDocumentContentType(contentType)).toBe(expected);
  });

  it('writes sizes as people read them', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(12_595)).toBe('12.3 kB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
  });
});
