/**
 * Small HTTP helpers for the API: JSON errors, JSON replies, bounded request bodies and typed
 * query parameters. Every error leaves the server as `{"status": N, "message": "..."}`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** An error with an HTTP status; its message is safe to show to the client. */
export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
    this.name = 'HttpError';
  }
}

export interface ErrorBody {
  status: number;
  message: string;
}

/** Write `body` as JSON with `status`; HEAD requests get the headers only. */
export function sendJson(req: IncomingMessage, res: ServerResponse, status: number, body: unknown,
  headers: Record<string, string> = {}): void {
  const data = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(data.length),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : data);
}

export function sendError(req: IncomingMessage, res: ServerResponse, status: number, message: string,
  headers: Record<string, string> = {}): void {
  const body: ErrorBody = { status, message };
  sendJson(req, res, status, body, headers);
}

/**
 * Read the request body up to `limit` bytes: a declared Content-Length over the limit is refused
 * before reading, and a streamed body is cut off as soon as it passes the limit (413).
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) {
    throw new HttpError(413, `request body too large (${declared} bytes; the limit is ${limit})`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > limit) {
      throw new HttpError(413, `request body too large (over ${limit} bytes)`);
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** Parse a JSON object body; anything else is a 400 or a 415. */
export async function readJsonObject(req: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(415, 'the request body must be JSON (Content-Type: application/json)');
  }
  const raw = await readBody(req, limit);
  let value: unknown;
  try {
    value = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, 'the request body is not valid JSON');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new HttpError(400, 'the request body must be a JSON object');
  }
  return value as Record<string, unknown>;
}

/** Typed access to a URL's query string; bad values are 400s that name the parameter. */
export class Query {
  constructor(private readonly params: URLSearchParams) {}

  has(name: string): boolean {
    const v = this.params.get(name);
    return v !== null && v !== '';
  }

  string(name: string, maxLength = 500): string | undefined {
    const v = this.params.get(name);
    if (v === null || v === '') return undefined;
    if (v.length > maxLength) throw new HttpError(400, `query parameter "${name}" is too long (max ${maxLength} characters)`);
    return v;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const v = this.params.get(name);
    if (v === null || v === '') return fallback;
    if (!/^\d+$/.test(v)) throw new HttpError(400, `query parameter "${name}" must be a whole number (got "${v.slice(0, 40)}")`);
    const n = Number(v);
    if (n < min || n > max) throw new HttpError(400, `query parameter "${name}" must be between ${min} and ${max} (got ${n})`);
    return n;
  }

  date(name: string): string | undefined {
    const v = this.string(name, 40);
    if (v === undefined) return undefined;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v + 'T00:00:00Z'))) {
      throw new HttpError(400, `query parameter "${name}" must be a date YYYY-MM-DD (got "${v.slice(0, 40)}")`);
    }
    return v;
  }

  choice<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const v = this.string(name, 100);
    if (v === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(v)) {
      throw new HttpError(400, `query parameter "${name}" must be one of ${allowed.join(', ')} (got "${v.slice(0, 40)}")`);
    }
    return v as T;
  }
}
