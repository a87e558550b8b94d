/**
 * Polite fetching for ingest: http(s) only, a user agent that names claimtrail, a time limit per
 * request, a size limit on bodies, and a pause between two requests to the same host.
 */
import { VERSION } from '../version.js';

export const USER_AGENT = `claimtrail/${VERSION} (news claim ledger; +https://www.npmjs.com/package/claimtrail)`;

export interface FetchOptions {
  /** Per request, headers to last byte (default 15 s). */
  timeoutMs?: number;
  /** Largest body read (default 5 MiB). */
  maxBytes?: number;
  /** Least time between two requests to one host (default 300 ms). */
  hostDelayMs?: number;
}

export interface Fetched {
  url: string;
  /** The URL after redirects. */
  finalUrl: string;
  contentType: string;
  text: string;
}

/** A fetch that did not give a usable body; the message says why in a few words. */
export class FetchError extends Error {
  constructor(readonly url: string, reason: string) {
    super(reason);
    this.name = 'FetchError';
  }
}

export const DEFAULT_FETCH: Required<FetchOptions> = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, hostDelayMs: 300 };

/** Schedules requests so that one host sees at most one request per `delay`. */
export class HostPacer {
  private next = new Map<string, number>();
  constructor(private readonly delayMs: number) {}

  async wait(host: string): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, at + this.delayMs);
    if (at > now) await new Promise((r) => setTimeout(r, at - now));
  }
}

function explain(err: unknown): string {
  const e = err as { name?: string; code?: string; cause?: { code?: string; message?: string }; message?: string };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'timed out';
  const code = e?.cause?.code ?? e?.code;
  switch (code) {
    case 'ECONNREFUSED': return 'connection refused';
    case 'ENOTFOUND': case 'EAI_AGAIN': return 'host not found';
    case 'ECONNRESET': return 'connection reset';
    case 'EHOSTUNREACH': case 'ENETUNREACH': return 'host unreachable';
    case 'CERT_HAS_EXPIRED': case 'DEPTH_ZERO_SELF_SIGNED_CERT': case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE': return 'bad TLS certificate';
    default: return code ? `network error (${code})` : (e?.cause?.message ?? e?.message ?? String(err));
  }
}

/** Is this string a URL that ingest may fetch? (http and https only) */
export function checkFetchable(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError(raw, 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(raw, `only http and https URLs are fetched (not ${url.protocol.replace(':', '')})`);
  }
  return url;
}

export async function politeFetch(raw: string, pacer: HostPacer, opts: FetchOptions = {}): Promise<Fetched> {
  const o = { ...DEFAULT_FETCH, ...opts };
  const url = checkFetchable(raw);
  await pacer.wait(url.host);
  const signal = AbortSignal.timeout(o.timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: {
        'User-Agent': USER_AGENT,
        Accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
      },
    });
  } catch (err) {
    throw new FetchError(raw, explain(err));
  }
  const finalUrl = res.url || url.href;
  if (!/^https?:/i.test(finalUrl)) throw new FetchError(raw, 'redirected to a URL that is not http(s)');
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new FetchError(raw, `HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
  }
  const contentType = (res.headers.get('content-type') ?? '').toLowerCase();
  if (/^(?:image|audio|video|font)\/|application\/(?:pdf|zip|octet-stream)/.test(contentType)) {
    await res.body?.cancel().catch(() => undefined);
    throw new FetchError(raw, `not a text page (${contentType.split(';')[0]})`);
  }
  const declared = Number(res.headers.get('content-length') ?? 'NaN');
  if (Number.isFinite(declared) && declared > o.maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new FetchError(raw, `too large (${declared} bytes; the limit is ${o.maxBytes})`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    if (res.body) {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        if (size > o.maxBytes) {
          await res.body.cancel().catch(() => undefined);
          throw new FetchError(raw, `too large (over ${o.maxBytes} bytes)`);
        }
        chunks.push(chunk);
      }
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    throw new FetchError(raw, explain(err));
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) throw new FetchError(raw, 'empty response');
  const charset = /charset=([\w-]+)/.exec(contentType)?.[1] ?? 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(charset).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
  }
  return { url: raw, finalUrl, contentType, text };
}
