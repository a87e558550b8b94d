/**
 * The HTTP server: the JSON API under /api/, its OpenAPI 3 description at /openapi.json, and the
 * web app (index.html for every app path, static files under /static/ and /vendor/). Built on
 * node:http with a small router; every response carries strict security headers, every error is
 * JSON `{status, message}`, bodies are size-limited, and writes need a bearer token.
 */
import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Store } from '../store/types.js';
import type { ApiData } from './api-types.js';
import { HttpError, sendError, sendJson } from './http.js';
import { buildOpenApi } from './openapi.js';
import { Router } from './router.js';
import { apiRoutes, type ApiOptions } from './routes.js';
import { setSecurityHeaders } from './security.js';
import { viewsOf } from './views.js';
import { loadStaticFiles, type StaticFile } from './static.js';

export interface ServerOptions {
  /** Bearer token that allows POST /api/ingest; without one the API is read-only (403). */
  token?: string;
  /** Let URL ingest reach loopback and private addresses (off by default). */
  allowPrivateUrls?: boolean;
  /** Largest request body accepted, in bytes (default 2 MiB). */
  maxBodyBytes?: number;
  /** Log one line per request to this function (none by default). */
  log?: (line: string) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
/** Longest request URL accepted. */
export const MAX_URL_LENGTH = 4096;

/** Paths the web app routes itself: the server answers them with index.html. */
const APP_PATHS = [/^\/$/, /^\/stories\/[^/]+$/, /^\/articles\/[^/]+$/, /^\/entities(?:\/[^/]+)?$/, /^\/claims$/, /^\/search$/];

export interface ClaimtrailServer extends Server {
  /** The API's routes, as the router serves them. */
  routes(): Array<{ method: string; path: string }>;
}

/** The server over a store. */
export function createServer(store: Store, opts: ServerOptions = {}): ClaimtrailServer {
  return createApiServer(viewsOf(store), opts);
}

/** The server over any source of API data (a store's views, or a fixture in tests). */
export function createApiServer(data: ApiData, opts: ServerOptions = {}): ClaimtrailServer {
  const apiOpts: ApiOptions = {
    token: opts.token && opts.token.length > 0 ? opts.token : undefined,
    allowPrivateUrls: opts.allowPrivateUrls ?? false,
    maxBodyBytes: opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  };
  const router = new Router();
  apiRoutes(router, data, apiOpts);
  const openapi = JSON.stringify(buildOpenApi());
  const files = loadStaticFiles();

  const server = http.createServer({ maxHeaderSize: 16 * 1024, requestTimeout: 30_000, headersTimeout: 15_000 },
    (req, res) => {
      const t0 = performance.now();
      handle(req, res).catch((err: unknown) => fail(req, res, err)).finally(() => {
        opts.log?.(`${req.method} ${req.url} ${res.statusCode} ${(performance.now() - t0).toFixed(1)}ms`);
      });
    }) as ClaimtrailServer;
  server.routes = () => router.list().map(({ method, path }) => ({ method, path }));
  server.keepAliveTimeout = 5_000;
  return server;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    if ((req.url ?? '').length > MAX_URL_LENGTH) throw new HttpError(414, `the URL is too long (max ${MAX_URL_LENGTH} characters)`);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const path = url.pathname;

    if (path.startsWith('/api/')) {
      const found = router.match(method, path);
      if (!found) throw new HttpError(404, `no API route at ${path}`);
      const body = await found.route.handler({ req, res, url, params: found.params });
      if (!res.headersSent) sendJson(req, res, found.route.method === 'POST' ? 201 : 200, body);
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      throw new HttpError(405, `method ${method} is not allowed here (allowed: GET, HEAD)`, { Allow: 'GET, HEAD' });
    }
    if (path === '/openapi.json') {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(method === 'HEAD' ? undefined : openapi);
      return;
    }
    if (path === '/favicon.ico') return sendStatic(req, res, files.get('/static/favicon.svg'));
    if (files.has(path)) return sendStatic(req, res, files.get(path));
    if (APP_PATHS.some((re) => re.test(path))) return sendStatic(req, res, files.get('/static/index.html'), true);
    throw new HttpError(404, `nothing at ${path}`);
  }
}

function sendStatic(req: IncomingMessage, res: ServerResponse, file: StaticFile | undefined, page = false): void {
  if (!file) throw new HttpError(404, 'the web app is not installed (src/web/static is missing)');
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, { ETag: file.etag });
    res.end();
    return;
  }
  res.writeHead(200, {
    'Content-Type': file.type,
    'Content-Length': String(file.body.length),
    ETag: file.etag,
    'Cache-Control': page ? 'no-cache' : 'public, max-age=300',
  });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

function fail(req: IncomingMessage, res: ServerResponse, err: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (err instanceof HttpError) {
    // A body cut off part-way is not read further: close the connection rather than drain it.
    const close: Record<string, string> = err.status === 413 ? { Connection: 'close' } : {};
    sendError(req, res, err.status, err.message, { ...err.headers, ...close });
  } else {
    process.stderr.write(`claimtrail serve: ${(err as Error)?.stack ?? String(err)}\n`);
    sendError(req, res, 500, 'internal server error');
  }
}
