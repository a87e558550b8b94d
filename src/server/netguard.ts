/**
 * Fetching a URL on a client's behalf without letting it reach this machine or its private
 * network (SSRF): every address a host name resolves to is checked, the check runs inside the
 * socket's own DNS lookup (so a name cannot resolve to a public address for the check and a
 * private one for the connection), and every redirect is checked again.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Address ranges a URL ingest may not reach unless private URLs are explicitly allowed. */
const BLOCKED = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata lives here)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) BLOCKED.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 96], // unspecified, loopback, and the deprecated IPv4-compatible form
  ['2001::', 32], // Teredo (tunnels to any IPv4 address)
  ['2002::', 16], // 6to4 (embeds any IPv4 address)
  ['64:ff9b::', 96], // NAT64
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
] as const) BLOCKED.addSubnet(net, bits, 'ipv6');

/** True when `address` (IPv4 or IPv6) is loopback, private, link-local or otherwise not public. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family === 6) {
    // IPv4-mapped (::ffff:a.b.c.d, also written ::ffff:7f00:1): judged as the IPv4 address it is.
    const mapped = /^(?:0{0,4}:){0,5}:?ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return BLOCKED.check(mapped[1], 'ipv4');
    const hex = /^(?:0{0,4}:){0,5}:?ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
    if (hex) {
      const hi = parseInt(hex[1], 16);
      const lo = parseInt(hex[2], 16);
      return BLOCKED.check(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`, 'ipv4');
    }
    return BLOCKED.check(address, 'ipv6');
  }
  return true; // not an address at all: refuse
}

export class UrlRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UrlRefused';
  }
}

export interface GuardOptions {
  allowPrivate?: boolean;
  /** Resolver, for tests; defaults to the system's. */
  resolve?: (host: string) => Promise<LookupAddress[]>;
}

function systemResolve(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    dnsLookup(host, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses)));
  });
}

/** Parse and check a URL's scheme and host before anything is fetched. */
export function parsePublicUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UrlRefused(`"${raw.slice(0, 200)}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UrlRefused(`only http and https URLs can be ingested (got ${url.protocol})`);
  }
  if (url.username || url.password) throw new UrlRefused('URLs with credentials are refused');
  return url;
}

/**
 * Resolve a URL's host and refuse it when any of its addresses is loopback or private (unless
 * allowed). Returns the addresses.
 */
export async function checkUrl(raw: string, opts: GuardOptions = {}): Promise<LookupAddress[]> {
  const url = parsePublicUrl(raw);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const resolve = opts.resolve ?? systemResolve;
  let addresses: LookupAddress[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await resolve(host);
    } catch (err) {
      throw new UrlRefused(`cannot resolve ${host}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
  if (addresses.length === 0) throw new UrlRefused(`${host} resolves to no address`);
  if (!opts.allowPrivate) {
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad) {
      throw new UrlRefused(`${host} resolves to ${bad.address}, a loopback or private address; ` +
        'start the server with private URLs allowed to ingest from it');
    }
  }
  return addresses;
}

export interface FetchedPage {
  url: string;
  status: number;
  contentType: string;
  body: string;
}

export interface FetchOptions extends GuardOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

/**
 * GET a public URL as text, checking the address of every connection (redirects included) and
 * bounding time and size.
 */
export async function fetchPublicUrl(raw: string, opts: FetchOptions = {}): Promise<FetchedPage> {
  const maxRedirects = opts.maxRedirects ?? 5;
  let current = raw;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    await checkUrl(current, opts);
    const page = await getOnce(current, opts);
    if ('location' in page) {
      current = new URL(page.location, current).href;
      continue;
    }
    return page;
  }
  throw new UrlRefused(`too many redirects (more than ${maxRedirects})`);
}

function guardedLookup(opts: GuardOptions): LookupFunction {
  const resolve = opts.resolve ?? systemResolve;
  return ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    resolve(hostname).then((addresses) => {
      const bad = opts.allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
      if (bad) {
        callback(new UrlRefused(`${hostname} resolves to ${bad.address}, a loopback or private address`));
      } else if (addresses.length === 0) {
        callback(new UrlRefused(`${hostname} resolves to no address`));
      } else if (options?.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    }, (err: unknown) => callback(err));
  }) as unknown as LookupFunction;
}

function getOnce(raw: string, opts: FetchOptions): Promise<FetchedPage | { location: string }> {
  const url = new URL(raw);
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const maxBytes = opts.maxBytes ?? 5 * 1024 * 1024;
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolveP, rejectP) => {
    let settled = false;
    const resolve = (v: FetchedPage | { location: string }) => { if (!settled) { settled = true; resolveP(v); } };
    const reject = (e: unknown) => { if (!settled) { settled = true; rejectP(e); } };
    const req = mod.get(url, {
      lookup: guardedLookup(opts),
      timeout: timeoutMs,
      headers: { 'User-Agent': 'claimtrail (+https://github.com/claimtrail)', Accept: 'text/html, text/plain;q=0.9, */*;q=0.1' },
    }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        resolve({ location: res.headers.location });
        return;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        reject(new UrlRefused(`the server answered ${status}`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > maxBytes) {
          reject(new UrlRefused(`the page is larger than ${maxBytes} bytes`));
          res.destroy();
          req.destroy();
          return;
        }
        chunks.push(c);
      });
      res.on('end', () => resolve({
        url: url.href, status, contentType: String(res.headers['content-type'] ?? ''),
        body: Buffer.concat(chunks).toString('utf8'),
      }));
      res.on('error', reject);
    });
    req.on('timeout', () => {
      reject(new UrlRefused(`no answer within ${timeoutMs} ms`));
      req.destroy();
    });
    req.on('error', reject);
  });
}
