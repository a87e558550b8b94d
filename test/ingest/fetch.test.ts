import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostPacer, politeFetch, USER_AGENT } from '../../src/ingest/fetch.js';
import { sourceItems, type IngestFailure, type IngestItem } from '../../src/ingest/sources.js';

const PAGE = (t: string): string => `<!doctype html><html><head><title>${t}</title></head><body><article><h1>${t}</h1>` +
  `<p>${'The officials said the figure had changed again on Tuesday. '.repeat(8)}</p></article></body></html>`;

let base = '';
let closedPort = 0;
const agents: string[] = [];
const server = http.createServer((req, res) => {
  agents.push(String(req.headers['user-agent']));
  const url = req.url ?? '/';
  if (url === '/feed.xml') {
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title><link>${base}/</link><description>d</description>
      <item><title>First</title><link>${base}/a1</link><pubDate>Wed, 23 Oct 2024 10:00:00 GMT</pubDate></item>
      <item><title>Second</title><link>${base}/missing</link></item>
      <item><title>Third</title><link>${base}/a3</link><pubDate>Thu, 24 Oct 2024 10:00:00 GMT</pubDate></item>
      </channel></rss>`);
  } else if (url === '/atom.xml') {
    res.writeHead(200, { 'Content-Type': 'application/atom+xml' });
    res.end(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>x</id><updated>2024-10-23T00:00:00Z</updated>
      <entry><title>Atom one</title><id>1</id><link href="${base}/a1"/><updated>2024-10-25T08:00:00Z</updated></entry></feed>`);
  } else if (url === '/broken.xml') {
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    res.end('<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>x</ti');
  } else if (url === '/big') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<p>' + 'x'.repeat(5000) + '</p>');
  } else if (url === '/slow') {
    setTimeout(() => { res.writeHead(200, { 'Content-Type': 'text/html' }); res.end(PAGE('Slow')); }, 1500);
  } else if (url === '/image') {
    res.writeHead(200, { 'Content-Type': 'image/png' });
    res.end(Buffer.from([1, 2, 3]));
  } else if (url === '/a1' || url === '/a3') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(PAGE(url === '/a1' ? 'Article one' : 'Article three'));
  } else {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  }
});

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = http.createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
});
afterAll(async () => { await new Promise<void>((r) => server.close(() => r())); });

const all = async (url: string): Promise<Array<IngestItem | IngestFailure>> => {
  const out = [];
  for await (const x of sourceItems({ type: 'url', url }, { hostDelayMs: 0, timeoutMs: 800, maxBytes: 4000 })) out.push(x);
  return out;
};

describe('politeFetch', () => {
  const pacer = new HostPacer(0);
  it('names claimtrail in its user agent', async () => {
    await politeFetch(`${base}/a1`, pacer);
    expect(agents.at(-1)).toBe(USER_AGENT);
  });
  it.each([
    ['/missing', 'HTTP 404 Not Found'],
    ['/big', 'too large (over 4000 bytes)'],
    ['/slow', 'timed out'],
    ['/image', 'not a text page (image/png)'],
  ])('%s → %s', async (path, reason) => {
    await expect(politeFetch(`${base}${path}`, pacer, { timeoutMs: 800, maxBytes: 4000 })).rejects.toMatchObject({ name: 'FetchError', message: reason });
  });
  it('reports a closed port as refused', async () => {
    await expect(politeFetch(`http://127.0.0.1:${closedPort}/`, pacer)).rejects.toThrow('connection refused');
  });
  it('refuses what is not http(s)', async () => {
    await expect(politeFetch('file:///etc/passwd', pacer)).rejects.toThrow('only http and https URLs are fetched (not file)');
  });
  it('waits between two requests to one host', async () => {
    const p = new HostPacer(200);
    const t0 = performance.now();
    await p.wait('h');
    await p.wait('h');
    await p.wait('other');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(190);
    expect(performance.now() - t0).toBeLessThan(400);
  });
});

describe('sourceItems: URLs and feeds', () => {
  it('fetches each RSS item, keeps its title, date, link and the feed as outlet; a dead link is a failure', async () => {
    const r = await all(`${base}/feed.xml`);
    expect(r).toHaveLength(3);
    expect(r[0]).toMatchObject({
      origin: { source: `${base}/a1`, kind: 'feed', feed: `${base}/feed.xml` }, kind: 'html',
      meta: { title: 'First', published: '2024-10-23', url: `${base}/a1`, outlet: 'Test Wire' },
    });
    expect(r[1]).toEqual({ source: `${base}/missing`, reason: 'HTTP 404 Not Found' });
    expect(r[2]).toMatchObject({ meta: { title: 'Third', published: '2024-10-24' } });
  });
  it('reads Atom feeds too', async () => {
    const r = await all(`${base}/atom.xml`);
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ meta: { title: 'Atom one', published: '2024-10-25', outlet: 'Atom Wire' } });
  });
  it('reports a broken feed with its reason', async () => {
    const [r] = await all(`${base}/broken.xml`);
    expect((r as IngestFailure).source).toBe(`${base}/broken.xml`);
    expect((r as IngestFailure).reason).toMatch(/^broken feed \(/);
  });
  it('reads a page as HTML with its URL', async () => {
    expect(await all(`${base}/a3`)).toMatchObject([{ kind: 'html', origin: { source: `${base}/a3`, kind: 'html' }, meta: { url: `${base}/a3` } }]);
  });
  it('reports an unreachable URL', async () => {
    expect(await all(`http://127.0.0.1:${closedPort}/x`)).toEqual([{ source: `http://127.0.0.1:${closedPort}/x`, reason: 'connection refused' }]);
  });
});
