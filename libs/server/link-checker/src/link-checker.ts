import type { LinkCheckOutcome } from '@wres/shared/contracts';
import { createHash } from 'node:crypto';
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import type { IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import { addressVerdict, hostOf } from './address-rules';
import { formatBytes, isDocumentContentType } from './document-types';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Finds every address of a host name; the system resolver (hosts file, then DNS) by default. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface LinkCheckOptions {
  /**
   * Loopback, private, link-local and other non-public addresses are refused unless allowed. Only a
   * non-production configuration allows them (so tests can use local servers); a function decides hop by hop.
   */
  allowPrivateAddresses: boolean | ((hop: URL) => boolean);
  /** The whole check, from the first DNS look-up to the last byte. */
  timeoutMs?: number;
  /** The most of a body read; a larger one is cut off. */
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  resolveHost?: HostResolver;
}

export interface LinkCheckResult {
  url: string;
  outcome: Exclude<LinkCheckOutcome, 'missing'>;
  /** What happened, in a sentence for people. */
  explanation: string;
  /** A 2xx with a non-empty HTML page, PDF or office document. */
  returnsDocument: boolean;
  httpStatus: number | null;
  finalUrl: string | null;
  contentType: string | null;
  bytesRead: number;
  contentSha256: string | null;
  elapsedMs: number;
  redirects: number;
}

export const LINK_CHECK_DEFAULTS = {
  timeoutMs: 10_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent:
    'WRES-Assurance-Portal-LinkChecker/1.0 (checks the links in NHS WRES annual reports; one GET per check)',
} as const;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The error code of a connection the pinned look-up would not allow. */
const PINNED_LOOKUP_REFUSED = 'ELINKCHECKREFUSED';

/** A check that stopped with an outcome other than `reachable`. */
class LinkProblem extends Error {
  constructor(
    readonly outcome: LinkCheckResult['outcome'],
    readonly explanation: string,
  ) {
    super(explanation);
  }
}

/** What has been learnt so far, so every ending reports as much as is known. */
interface Progress {
  url: string;
  redirects: number;
  httpStatus: number | null;
  finalUrl: string | null;
  contentType: string | null;
  bytesRead: number;
}

export const systemResolver: HostResolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

/**
 * Checks one link with a single GET: http or https only; every hop's host resolved once and refused if any of
 * its addresses is not public (unless allowed), then connected to exactly the addresses checked, so a DNS
 * answer that changes between the check and the connection cannot redirect it; at most `maxRedirects`
 * redirects, each checked the same way; one deadline for the whole check; bodies read as a stream and cut
 * off past `maxBytes`. Never throws: every ending is an outcome with a sentence for people.
 */
export async function checkLink(url: string, options: LinkCheckOptions): Promise<LinkCheckResult> {
  const settings = { ...LINK_CHECK_DEFAULTS, resolveHost: systemResolver, ...options };
  const started = performance.now();
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), settings.timeoutMs);
  const progress: Progress = {
    url,
    redirects: 0,
    httpStatus: null,
    finalUrl: null,
    contentType: null,
    bytesRead: 0,
  };
  const result = (
    outcome: LinkCheckResult['outcome'],
    explanation: string,
    contentSha256: string | null = null,
  ): LinkCheckResult => ({
    url,
    outcome,
    explanation,
    returnsDocument:
      outcome === 'reachable' &&
      progress.bytesRead > 0 &&
      isDocumentContentType(progress.contentType) &&
      contentSha256 !== null,
    httpStatus: progress.httpStatus,
    finalUrl: progress.finalUrl,
    contentType: progress.contentType,
    bytesRead: progress.bytesRead,
    contentSha256,
    elapsedMs: Math.round(performance.now() - started),
    redirects: progress.redirects,
  });
  try {
    const hash = await follow(settings, deadline.signal, progress);
    const what = progress.contentType ?? 'content of no stated type';
    const explanation = isDocumentContentType(progress.contentType)
      ? progress.bytesRead > 0
        ? `The link works: the site answered ${progress.httpStatus} with ${formatBytes(progress.bytesRead)} of ${what}.`
        : `The site answered ${progress.httpStatus} but sent an empty page.`
      : `The site answered ${progress.httpStatus} with ${formatBytes(progress.bytesRead)} of ${what}, ` +
        `which is not a web page, PDF or office document.`;
    return result('reachable', explanation, hash);
  } catch (error) {
    if (error instanceof LinkProblem) return result(error.outcome, error.explanation);
    if ((error as NodeJS.ErrnoException).code === PINNED_LOOKUP_REFUSED) {
      return result(
        'refused-address',
        'The connection was refused: it would not have gone to a checked address.',
      );
    }
    if (deadline.signal.aborted) {
      return result(
        'timeout',
        `The site did not answer in full within ${settings.timeoutMs / 1000} seconds.`,
      );
    }
    return result('network-error', `The site could not be reached: ${describeNetworkError(error)}.`);
  } finally {
    clearTimeout(timer);
  }
}

type Settings = Required<LinkCheckOptions>;

/** Follows the link hop by hop; resolves with the SHA-256 of the final body. */
async function follow(settings: Settings, signal: AbortSignal, progress: Progress): Promise<string> {
  let current = progress.url;
  for (;;) {
    const hop = parseWebAddress(current, progress.redirects > 0);
    progress.finalUrl = hop.href;
    const mayBePrivate =
      typeof settings.allowPrivateAddresses === 'function'
        ? settings.allowPrivateAddresses(hop)
        : settings.allowPrivateAddresses;
    const addresses = await addressesOf(hop, settings.resolveHost, signal);
    if (!mayBePrivate) mustAllBePublic(hop, addresses, progress.redirects > 0);

    const response = await get(hop, addresses, mayBePrivate, settings.userAgent, signal);
    progress.httpStatus = response.statusCode ?? null;
    progress.contentType = headerText(response.headers['content-type']);
    const status = response.statusCode ?? 0;
    const location = headerText(response.headers.location);

    if (REDIRECTS.has(status) && location) {
      // A redirect's own body is of no interest, however large.
      response.destroy();
      if (progress.redirects >= settings.maxRedirects) {
        throw new LinkProblem(
          'too-many-redirects',
          `The link redirected more than ${settings.maxRedirects} times, so the check stopped following it.`,
        );
      }
      progress.redirects += 1;
      current = resolveLocation(location, hop);
      continue;
    }
    if (status < 200 || status > 299) {
      response.destroy();
      if (status === 404 || status === 410) {
        throw new LinkProblem(
          'not-found',
          `The site answered ${status}: the page was not found, so the link is broken or the document has moved.`,
        );
      }
      throw new LinkProblem(
        'http-error',
        `The site answered ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''} instead of the page.`,
      );
    }
    return readBody(response, settings.maxBytes, progress);
  }
}

function parseWebAddress(address: string, redirected: boolean): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw notWebAddress(address, redirected);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw notWebAddress(address, redirected);
  return url;
}

function notWebAddress(address: string, redirected: boolean): LinkProblem {
  const shown = address.length > 200 ? `${address.slice(0, 200)}…` : address;
  return new LinkProblem(
    'invalid-url',
    redirected
      ? `The link redirected to "${shown}", which is not a web address (http or https).`
      : `"${shown}" is not a web address (http or https).`,
  );
}

function resolveLocation(location: string, from: URL): string {
  try {
    return new URL(location, from).href;
  } catch {
    // Reported by the next hop's parse, with the address as the site gave it.
    return location;
  }
}

async function addressesOf(url: URL, resolve: HostResolver, signal: AbortSignal): Promise<ResolvedAddress[]> {
  const host = hostOf(url);
  const family = isIP(host);
  if (family === 4 || family === 6) return [{ address: host, family }];
  let addresses: ResolvedAddress[];
  try {
    // A look-up cannot be cancelled; the deadline still ends the check.
    addresses = await Promise.race([resolve(host), aborted(signal)]);
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LinkProblem(
      'network-error',
      `The site could not be reached: the host name ${host} could not be found (${describeNetworkError(error)}).`,
    );
  }
  if (addresses.length === 0) {
    throw new LinkProblem('network-error', `The site could not be reached: ${host} has no address.`);
  }
  return addresses;
}

/** Every address must pass: whichever one the connection used, it must be one that was checked. */
function mustAllBePublic(url: URL, addresses: readonly ResolvedAddress[], redirected: boolean): void {
  for (const { address } of addresses) {
    const verdict = addressVerdict(address);
    if (verdict.allowed) continue;
    const host = hostOf(url);
    const where = host === address ? address : `${host}, which resolves to ${address}`;
    throw new LinkProblem(
      'refused-address',
      `The link ${redirected ? 'redirects' : 'leads'} to ${where}: ${verdict.kind}, which the portal never fetches.`,
    );
  }
}

/**
 * A DNS look-up for the connection that answers only with the addresses already checked (applying the same
 * rule again), so the connection goes exactly where the check said it may.
 */
export function pinnedLookup(addresses: readonly ResolvedAddress[], mayBePrivate: boolean): LookupFunction {
  return (_hostname, options, callback) => {
    const wanted = options.family === 4 || options.family === 6 ? options.family : null;
    const usable = addresses.filter(
      ({ address, family }) =>
        (wanted === null || family === wanted) && (mayBePrivate || addressVerdict(address).allowed),
    );
    if (usable.length === 0) {
      const error: NodeJS.ErrnoException = new Error('No checked address may be connected to');
      error.code = PINNED_LOOKUP_REFUSED;
      callback(error, '', 0);
      return;
    }
    if (options.all)
      callback(
        null,
        usable.map(({ address, family }) => ({ address, family })),
      );
    else callback(null, usable[0].address, usable[0].family);
  };
}

function get(
  url: URL,
  addresses: readonly ResolvedAddress[],
  mayBePrivate: boolean,
  userAgent: string,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      {
        protocol: url.protocol,
        hostname: hostOf(url),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers: {
          'User-Agent': userAgent,
          Accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8',
          // The hash is of the document itself, not of one compression of it.
          'Accept-Encoding': 'identity',
        },
        // A fresh connection per hop, never shared, never through a proxy from the environment.
        agent: false,
        lookup: pinnedLookup(addresses, mayBePrivate),
        signal,
      },
      (response) => {
        // Later socket errors surface on the response; keep them from being unhandled here.
        request.on('error', () => undefined);
        resolve(response);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

async function readBody(response: IncomingMessage, maxBytes: number, progress: Progress): Promise<string> {
  const tooLarge = () =>
    new LinkProblem(
      'too-large',
      `The document is larger than ${formatBytes(maxBytes)}, so the check stopped reading it.`,
    );
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const hash = createHash('sha256');
  for await (const chunk of response as AsyncIterable<Buffer>) {
    progress.bytesRead += chunk.length;
    if (progress.bytesRead > maxBytes) {
      response.destroy();
      throw tooLarge();
    }
    hash.update(chunk);
  }
  return hash.digest('hex');
}

function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(new Error('The check ran out of time'));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
}

function headerText(value: string | string[] | undefined): string | null {
  const text = Array.isArray(value) ? value[0] : value;
  return text ? text.slice(0, 200) : null;
}

const NETWORK_ERRORS: Readonly<Record<string, string>> = {
  ENOTFOUND: 'the host name does not exist',
  EAI_AGAIN: 'the host name could not be looked up just now',
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ETIMEDOUT: 'the connection timed out',
  ERR_STREAM_PREMATURE_CLOSE: 'the connection closed before the document was complete',
  ECONNABORTED: 'the connection closed before the document was complete',
  CERT_HAS_EXPIRED: 'its certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is self-signed',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate is for another name',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its certificate could not be verified',
};

function describeNetworkError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && NETWORK_ERRORS[code]) return `${NETWORK_ERRORS[code]} (${code})`;
  if (code) return code;
  return error instanceof Error ? error.message : String(error);
}
