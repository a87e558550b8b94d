/**
 * The HTTP layer with real requests against a real server over an in-memory fixture: routes and
 * /openapi.json kept in step, JSON errors, security headers, the write token, body limits, and the
 * URL-ingest guard. (The store-backed API is tested in store-api.test.ts.)
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ClaimtrailServer } from '../../src/server/index.js';
import { buildOpenApi } from '../../src/server/openapi.js';
import { fixtureData } from './fixture.js';

async function start(opts: Parameters<typeof createApiServer>[1] = {}) {
  const data = fixtureData();
  const server = createApiServer(data, opts);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, base, data, close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

let s: Awaited<ReturnType<typeof start>>;
let w: Awaited<ReturnType<typeof start>>;
beforeAll(async () => {
  s = await start();
  w = await start({ token: 'sekrit-token', maxBodyBytes: 10_000 });
});
afterAll(async () => {
  await s.close();
  await w.close();
});

const getJson = async (url: string) => {
  const res = await fetch(url);
  return { res, body: await res.json() as Record<string, any> };
};

describe('OpenAPI', () => {
  it('describes exactly the routes the router serves', () => {
    const doc = buildOpenApi();
    const described = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)).sort();
    const served = (s.server as ClaimtrailServer).routes().map((r) => `${r.method} ${r.path}`).sort();
    expect(served).toEqual(described);
    expect(served).toContain('GET /api/stories/{id}/timeline');
    expect(served).toContain('POST /api/ingest');
  });

  it('is served at /openapi.json and every $ref resolves', async () => {
    const { res, body } = await getJson(`${s.base}/openapi.json`);
    expect(res.status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    const refs = JSON.stringify(body).match(/"#\/components\/schemas\/[A-Za-z]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(20);
    for (const r of refs) expect(body.components.schemas[r.slice(22, -1)], r).toBeDefined();
    const ops = Object.values(body.paths).flatMap((p: any) => Object.values(p)) as any[];
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
  });
});

describe('reading', () => {
  it('lists stories and serves a story, its timeline and its figure series', async () => {
    const list = await getJson(`${s.base}/api/stories`);
    expect(list.body.stories.map((x: any) => x.label)).toEqual(['Troops at the border', 'Probe <b>story</b>']);
    const story = await getJson(`${s.base}/api/stories/1`);
    expect(story.body.articles).toHaveLength(2);
    const tl = await getJson(`${s.base}/api/stories/1/timeline`);
    expect(tl.body.claims.map((c: any) => c.source)).toEqual(['The Pentagon', 'Moscow', 'The Pentagon', 'Seoul']);
    const figs = await getJson(`${s.base}/api/stories/1/figures`);
    expect(figs.body.series[0].points.map((p: any) => p.value)).toEqual([3000, 10000, 11000]);
  });

  it('passes claim filters through, validated', async () => {
    const { body } = await getJson(`${s.base}/api/claims?stance=deny`);
    expect(body.claims.map((c: any) => c.source)).toEqual(['Moscow']);
    const r2 = await getJson(`${s.base}/api/claims?from=2024-10-24&to=2024-10-30`);
    expect(r2.body.claims.map((c: any) => c.date)).toEqual(['2024-10-28', '2024-10-28']);
    const bad = await getJson(`${s.base}/api/claims?stance=shout`);
    expect(bad.res.status).toBe(400);
    expect(bad.body).toEqual({ status: 400, message: 'query parameter "stance" must be one of assert, deny, decline, warn, promise, request, question (got "shout")' });
    const order = await getJson(`${s.base}/api/claims?from=2024-11-01&to=2024-10-01`);
    expect(order.body.message).toBe('"from" (2024-11-01) is after "to" (2024-10-01)');
    const date = await getJson(`${s.base}/api/claims?from=yesterday`);
    expect(date.res.status).toBe(400);
    const story = await getJson(`${s.base}/api/claims?story=77`);
    expect(story.body).toEqual({ status: 404, message: 'no story 77' });
  });

  it('answers errors as JSON {status, message}', async () => {
    expect((await getJson(`${s.base}/api/stories/99`)).body).toEqual({ status: 404, message: 'no story 99' });
    expect((await getJson(`${s.base}/api/stories/abc`)).body).toEqual({ status: 400, message: 'story ids are whole numbers (got "abc")' });
    expect((await getJson(`${s.base}/api/nothing`)).body).toEqual({ status: 404, message: 'no API route at /api/nothing' });
    expect((await getJson(`${s.base}/api/articles?limit=100000`)).body.status).toBe(400);
    expect((await getJson(`${s.base}/api/search`)).body).toEqual({ status: 400, message: 'query parameter "q" is required' });
    const del = await fetch(`${s.base}/api/stories`, { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET');
    expect(await del.json()).toEqual({ status: 405, message: 'method DELETE is not allowed here (allowed: GET)' });
    const long = await fetch(`${s.base}/api/search?q=${'x'.repeat(5000)}`);
    expect(long.status).toBe(414);
  });
});

describe('security headers', () => {
  it('sends a strict CSP and friends on pages, files, API answers and errors', async () => {
    for (const path of ['/', '/stories/1', '/static/app.js', '/api/stats', '/api/nothing', '/nothing']) {
      const res = await fetch(s.base + path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("style-src 'self'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it('serves the app for app paths, its files by name only, and uPlot', async () => {
    const page = await fetch(`${s.base}/articles/3`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/static/app.js"></script>');
    expect(html).not.toMatch(/<script>|style=/);
    const js = await fetch(`${s.base}/static/app.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const uplot = await fetch(`${s.base}/vendor/uplot/uPlot.iife.min.js`);
    expect(uplot.status).toBe(200);
    expect((await uplot.text()).length).toBeGreaterThan(20_000);
    for (const path of ['/static/../package.json', '/static/%2e%2e/package.json', '/static/..%2fpackage.json', '/vendor/uplot/../package.json']) {
      const res = await fetch(s.base + path);
      expect(res.status, path).toBe(404);
    }
    const etag = js.headers.get('etag')!;
    const again = await fetch(`${s.base}/static/app.js`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });
});

describe('ingest', () => {
  const post = (base: string, body: string, headers: Record<string, string> = {}) => fetch(`${base}/api/ingest`, {
    method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers },
  });
  const article = JSON.stringify({ text: 'Officials said 40 people were hurt.', title: 'Hurt', published: '2024-10-01' });

  it('is refused with 403 when no token is configured', async () => {
    const res = await post(s.base, article, { Authorization: 'Bearer anything' });
    expect(res.status).toBe(403);
    expect((await res.json()).message).toMatch(/read-only/);
    expect(s.data.ingested).toHaveLength(0);
  });

  it('needs the right bearer token', async () => {
    const none = await post(w.base, article);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    const wrong = await post(w.base, article, { Authorization: 'Bearer sekrit-tokeN' });
    expect(wrong.status).toBe(401);
    expect(w.data.ingested).toHaveLength(0);
    const right = await post(w.base, article, { Authorization: 'Bearer sekrit-token' });
    expect(right.status).toBe(201);
    expect((await right.json()).article.title).toBe('Hurt');
    expect(w.data.ingested.at(-1)).toEqual({ text: 'Officials said 40 people were hurt.', title: 'Hurt', published: '2024-10-01' });
  });

  it('limits the body size and checks its shape', async () => {
    const auth = { Authorization: 'Bearer sekrit-token' };
    const big = await post(w.base, JSON.stringify({ text: 'x'.repeat(20_000) }), auth);
    expect(big.status).toBe(413);
    expect((await big.json()).message).toMatch(/request body too large \(\d+ bytes; the limit is 10000\)/);
    expect((await post(w.base, 'text=hello', { ...auth, 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await (await post(w.base, '{nope', auth)).json()).message).toBe('the request body is not valid JSON');
    expect((await (await post(w.base, '{"text": 5}', auth)).json()).message).toBe('"text" must be a string');
    expect((await (await post(w.base, '{"text": "a", "html": "b"}', auth)).json()).message).toBe('give "text" or "html", not both');
    expect((await (await post(w.base, '{"text": "a", "published": "soon"}', auth)).json()).status).toBe(400);
    expect((await (await post(w.base, '{"txt": "a"}', auth)).json()).message).toMatch(/unknown field "txt"/);
  });

  it('cuts off a streamed body (no Content-Length) at the limit', async () => {
    const port = new URL(w.base).port;
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/api/ingest', method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer sekrit-token', 'Transfer-Encoding': 'chunked' } },
      (res) => { res.resume(); resolve(res.statusCode ?? 0); });
      req.on('error', reject);
      for (let i = 0; i < 30; i++) req.write('x'.repeat(1000));
      req.end();
    });
    expect(status).toBe(413);
  });

  it('refuses URLs on loopback and private addresses unless allowed', async () => {
    const page = http.createServer((_req, res) => { res.setHeader('Content-Type', 'text/plain'); res.end('The minister said 12 schools closed.'); });
    await new Promise<void>((r) => page.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(page.address() as AddressInfo).port}/story`;
    const auth = { Authorization: 'Bearer sekrit-token' };
    try {
      const refused = await post(w.base, JSON.stringify({ url }), auth);
      expect(refused.status).toBe(422);
      expect((await refused.json()).message).toMatch(/127\.0\.0\.1, a loopback or private address/);
      for (const bad of ['http://169.254.169.254/latest/meta-data/', 'http://[::1]:80/', 'http://10.0.0.1/', 'file:///etc/passwd']) {
        const res = await post(w.base, JSON.stringify({ url: bad }), auth);
        expect(res.status, bad).toBe(422);
      }
      const open = await start({ token: 't', allowPrivateUrls: true });
      try {
        const ok = await post(open.base, JSON.stringify({ url, published: '2024-10-02' }), { Authorization: 'Bearer t' });
        expect(ok.status).toBe(201);
        expect(open.data.ingested[0]).toEqual({ url, published: '2024-10-02', text: 'The minister said 12 schools closed.' });
      } finally {
        await open.close();
      }
    } finally {
      await new Promise((r) => page.close(r));
    }
  });
});
