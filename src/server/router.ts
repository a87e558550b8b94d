/**
 * A small router: `GET /api/stories/{id}` style patterns (OpenAPI path syntax, so the router's
 * table and /openapi.json can be compared one to one), matched segment by segment.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './http.js';

export type Method = 'GET' | 'POST';

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
}

export type Handler = (ctx: RequestContext) => Promise<unknown> | unknown;

export interface Route {
  method: Method;
  /** OpenAPI-style path: `/api/stories/{id}/timeline`. */
  path: string;
  handler: Handler;
}

interface Compiled extends Route {
  segments: string[];
}

export class Router {
  private readonly routes: Compiled[] = [];

  add(method: Method, path: string, handler: Handler): this {
    this.routes.push({ method, path, handler, segments: path.split('/').slice(1) });
    return this;
  }

  /** Every route, for /openapi.json checks. */
  list(): Route[] {
    return this.routes.map(({ method, path, handler }) => ({ method, path, handler }));
  }

  /**
   * The handler and parameters for a request, a 405 when the path exists with other methods, or
   * null when no route has this path. HEAD is served by GET routes.
   */
  match(method: string, pathname: string): { route: Route; params: Record<string, string> } | null {
    const parts = pathname.split('/').slice(1);
    const allowed: string[] = [];
    for (const r of this.routes) {
      const params = matchSegments(r.segments, parts);
      if (!params) continue;
      if (r.method === method || (method === 'HEAD' && r.method === 'GET')) return { route: r, params };
      allowed.push(r.method);
    }
    if (allowed.length) {
      throw new HttpError(405, `method ${method} is not allowed here (allowed: ${allowed.join(', ')})`,
        { Allow: allowed.join(', ') });
    }
    return null;
  }
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | null {
  if (pattern.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i];
    if (p.startsWith('{') && p.endsWith('}')) {
      let value: string;
      try {
        value = decodeURIComponent(parts[i]);
      } catch {
        throw new HttpError(400, 'the path holds an invalid percent-encoding');
      }
      if (value === '') return null;
      params[p.slice(1, -1)] = value;
    } else if (p !== parts[i]) return null;
  }
  return params;
}
