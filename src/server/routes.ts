/**
 * The API's routes: request validation, the write token, then one call into `ApiData`. Each path
 * here is described in openapi.ts (a test holds the two together).
 */
import { StoreQueryError } from '../store/types.js';
import type { ApiData, IngestInput } from './api-types.js';
import { HttpError, Query, readJsonObject } from './http.js';
import { fetchPublicUrl, UrlRefused } from './netguard.js';
import { ENTITY_TYPES, STANCES } from './openapi.js';
import type { RequestContext, Router } from './router.js';
import { sameSecret } from './security.js';

export interface ApiOptions {
  token: string | undefined;
  allowPrivateUrls: boolean;
  maxBodyBytes: number;
  /** Time and size limits for fetching a URL to ingest. */
  fetchTimeoutMs?: number;
}

/** Longest article text accepted by POST /api/ingest (characters), beyond the byte limit. */
export const MAX_ARTICLE_CHARS = 1_000_000;

const notFound = (what: string, id: number | string): HttpError => new HttpError(404, `no ${what} ${String(id).slice(0, 200)}`);

/** A path id: a whole number, else a 400 naming it. */
function idOf(params: Record<string, string>, what: string): number {
  const raw = params.id;
  if (!/^\d{1,15}$/.test(raw)) throw new HttpError(400, `${what} ids are whole numbers (got "${raw.slice(0, 40)}")`);
  return Number(raw);
}

export function apiRoutes(router: Router, data: ApiData, opts: ApiOptions): void {
  const q = (ctx: RequestContext) => new Query(ctx.url.searchParams);

  router
    .add('GET', '/api/stats', () => data.stats())
    .add('GET', '/api/stories', (ctx) => data.stories(q(ctx).int('limit', 100, 1, 500), q(ctx).int('offset', 0, 0, 1e9)))
    .add('GET', '/api/stories/{id}', async ({ params }) => {
      const id = idOf(params, 'story');
      return (await data.story(id)) ?? Promise.reject(notFound('story', id));
    })
    .add('GET', '/api/stories/{id}/timeline', async ({ params }) => {
      const id = idOf(params, 'story');
      return (await data.timeline(id)) ?? Promise.reject(notFound('story', id));
    })
    .add('GET', '/api/stories/{id}/figures', async ({ params }) => {
      const id = idOf(params, 'story');
      return (await data.figures(id)) ?? Promise.reject(notFound('story', id));
    })
    .add('GET', '/api/claims', async (ctx) => {
      const query = q(ctx);
      const from = query.date('from');
      const to = query.date('to');
      if (from && to && from > to) throw new HttpError(400, `"from" (${from}) is after "to" (${to})`);
      const story = query.has('story') ? query.int('story', 0, 0, 1e15) : undefined;
      const page = await data.claims({
        source: query.string('source', 200), entity: query.string('entity', 200), stance: query.choice('stance', STANCES),
        story, from, to, limit: query.int('limit', 50, 1, 500), offset: query.int('offset', 0, 0, 1e9),
      });
      if (!page) throw notFound('story', story ?? '');
      return page;
    })
    .add('GET', '/api/entities', (ctx) => {
      const query = q(ctx);
      return data.entities({
        q: query.string('q', 200), type: query.choice('type', ENTITY_TYPES),
        limit: query.int('limit', 100, 1, 500), offset: query.int('offset', 0, 0, 1e9),
      });
    })
    .add('GET', '/api/entities/{id}', async ({ params }) => {
      const id = idOf(params, 'entity');
      return (await data.entity(id)) ?? Promise.reject(notFound('entity', id));
    })
    .add('GET', '/api/articles', (ctx) => {
      const query = q(ctx);
      return data.articles({
        story: query.has('story') ? query.int('story', 0, 0, 1e15) : undefined,
        limit: query.int('limit', 50, 1, 500), offset: query.int('offset', 0, 0, 1e9),
      });
    })
    .add('GET', '/api/articles/{id}', async ({ params }) => {
      const id = idOf(params, 'article');
      return (await data.article(id)) ?? Promise.reject(notFound('article', id));
    })
    .add('GET', '/api/search', async (ctx) => {
      const query = q(ctx);
      const text = query.string('q', 200)?.trim();
      if (!text) throw new HttpError(400, 'query parameter "q" is required');
      try {
        return await data.search(text, query.int('limit', 50, 1, 200));
      } catch (err) {
        if (err instanceof StoreQueryError) throw new HttpError(400, `cannot search for "${text.slice(0, 100)}": ${err.message}`);
        throw err;
      }
    })
    .add('POST', '/api/ingest', async (ctx) => {
      authorise(ctx, opts.token);
      const body = await readJsonObject(ctx.req, opts.maxBodyBytes);
      const input = ingestInput(body);
      if (input.text === undefined && input.html === undefined) {
        if (!input.url) throw new HttpError(400, 'give the article as "text" or "html", or a "url" to fetch');
        try {
          const page = await fetchPublicUrl(input.url, { allowPrivate: opts.allowPrivateUrls, timeoutMs: opts.fetchTimeoutMs });
          if (/html/i.test(page.contentType) || /^\s*</.test(page.body)) input.html = page.body;
          else input.text = page.body;
          input.url = page.url;
        } catch (err) {
          if (err instanceof UrlRefused) throw new HttpError(422, `cannot ingest ${input.url.slice(0, 200)}: ${err.message}`);
          throw new HttpError(422, `cannot fetch ${input.url.slice(0, 200)}: ${(err as Error).message}`);
        }
      }
      try {
        return await data.ingest(input);
      } catch (err) {
        if (err instanceof HttpError) throw err;
        if (err instanceof StoreQueryError) throw new HttpError(400, err.message);
        if (err instanceof RangeError || (err as Error)?.name === 'InputError') throw new HttpError(422, (err as Error).message);
        throw err;
      }
    });
}

/** Writes need `Authorization: Bearer <token>`; with no token configured the API is read-only. */
function authorise(ctx: RequestContext, token: string | undefined): void {
  if (!token) throw new HttpError(403, 'this server is read-only: start it with a token (--token or CLAIMTRAIL_TOKEN) to allow ingest');
  const header = String(ctx.req.headers.authorization ?? '');
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) throw new HttpError(401, 'ingest needs "Authorization: Bearer <token>"', { 'WWW-Authenticate': 'Bearer' });
  if (!sameSecret(m[1], token)) throw new HttpError(401, 'the bearer token is wrong', { 'WWW-Authenticate': 'Bearer' });
}

function ingestInput(body: Record<string, unknown>): IngestInput {
  const out: IngestInput = {};
  for (const key of ['text', 'html', 'title', 'published', 'outlet', 'url'] as const) {
    const v = body[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') throw new HttpError(400, `"${key}" must be a string`);
    out[key] = v;
  }
  const unknown = Object.keys(body).filter((k) => !['text', 'html', 'title', 'published', 'outlet', 'url'].includes(k));
  if (unknown.length) throw new HttpError(400, `unknown field "${unknown[0].slice(0, 50)}" (allowed: text, html, url, title, published, outlet)`);
  if (out.text !== undefined && out.html !== undefined) throw new HttpError(400, 'give "text" or "html", not both');
  const content = out.text ?? out.html;
  if (content !== undefined) {
    if (content.trim() === '') throw new HttpError(400, 'the article is empty');
    if (content.length > MAX_ARTICLE_CHARS) throw new HttpError(413, `the article is too long (over ${MAX_ARTICLE_CHARS} characters)`);
  }
  if (out.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(out.published)) {
    throw new HttpError(400, `"published" must be a date YYYY-MM-DD (got "${out.published.slice(0, 40)}")`);
  }
  return out;
}
