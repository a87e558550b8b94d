/**
 * The API over a real store (the sample corpus in a temporary SQLite file) with real HTTP requests:
 * the answers agree with the store, filters filter, 404s are 404s, and ingest with the token adds an
 * article once (the same text again is a duplicate).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_STORE, NO_STORE_REASON, startSampleServer, type SampleServer } from '../web/sample-store.js';

if (!HAVE_STORE) console.warn(`test/server: store-backed API tests skipped, ${NO_STORE_REASON}`);

describe.skipIf(!HAVE_STORE)('API over the sample store', () => {
  let app: SampleServer;
  const get = async (path: string, status = 200) => {
    const res = await fetch(app.base + path);
    expect(res.status, path).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    return res.json() as Promise<any>;
  };

  beforeAll(async () => { app = await startSampleServer({ token: 'tok' }); });
  afterAll(async () => { await app?.close(); });

  it('stats and stories agree with the store', async () => {
    const stats = await get('/api/stats');
    const s = await app.store.stats();
    expect(stats).toMatchObject({ articles: s.articles, stories: s.stories, claims: s.claims, entities: s.entities });
    const { stories, more } = await get('/api/stories');
    expect(more).toBe(s.stories > 100);
    const rows = await app.store.listStories({ limit: 100 });
    expect(stories.map((x: any) => [x.id, x.label, x.article_count])).toEqual(rows.map((r) => [r.id, r.label, r.articleCount]));
  });

  it('a story, its timeline and its figure series', async () => {
    const [first] = await app.store.listStories({ limit: 1 });
    const detail = (await app.store.getStory(first.id))!;
    const story = await get(`/api/stories/${first.id}`);
    expect(story.articles.map((a: any) => a.id)).toEqual(detail.articles.map((a) => a.id));
    const tl = await get(`/api/stories/${first.id}/timeline`);
    expect(tl.claims.map((c: any) => [c.id, c.date, c.source, c.stance])).toEqual(detail.timeline.map((t) => [t.claimId, t.date, t.source, t.stance]));
    const figs = await get(`/api/stories/${first.id}/figures`);
    const series = await app.store.figureSeries(first.id);
    expect(figs.series.map((s: any) => s.points.map((p: any) => p.value))).toEqual(series.map((s) => s.points.map((p) => p.value)));
    for (const [i, s] of series.entries()) {
      const flagged = new Set(s.flags.filter((f) => f.kind === 'conflict').flatMap((f) => f.points));
      expect(figs.series[i].points.map((p: any) => p.conflict)).toEqual(s.points.map((_, j) => flagged.has(j)));
    }
    await get('/api/stories/987654', 404);
  });

  it('claims filter by stance, source and dates', async () => {
    const all = await get('/api/claims?limit=500');
    expect(all.claims.length).toBeGreaterThan(0);
    for (const stance of ['assert', 'deny']) {
      const some = await get(`/api/claims?stance=${stance}&limit=500`);
      expect(some.claims.every((c: any) => c.stance === stance)).toBe(true);
      expect(some.claims.length).toBe(all.claims.filter((c: any) => c.stance === stance).length);
    }
    const dated = all.claims.filter((c: any) => /^\d{4}-\d{2}-\d{2}$/.test(c.date ?? '')).map((c: any) => c.date).sort();
    const mid = dated[Math.floor(dated.length / 2)];
    const late = await get(`/api/claims?from=${mid}&limit=500`);
    expect(late.claims.length).toBeGreaterThan(0);
    expect(late.claims.every((c: any) => c.date >= mid)).toBe(true);
    const source = all.claims.find((c: any) => c.source)!.source as string;
    const by = await get(`/api/claims?source=${encodeURIComponent(source)}&limit=500`);
    expect(by.claims.length).toBeGreaterThan(0);
    expect(by.claims.every((c: any) => (c.source ?? '').toLowerCase().includes(source.toLowerCase()) ||
      (c.source_entity?.canonical ?? '').toLowerCase().includes(source.toLowerCase()))).toBe(true);
  });

  it('an article carries its ledger, and its entity links point at real entities', async () => {
    const [row] = await app.store.listArticles({ limit: 1 });
    const view = await get(`/api/articles/${row.id}`);
    expect(view.ledger.document.id).toBe(row.hash);
    for (const sp of view.ledger.claims.map((c: any) => c.content)) {
      expect(view.ledger.document.text.slice(sp.start, sp.end)).toBe(sp.text);
    }
    for (const id of Object.values(view.entity_links) as number[]) {
      const e = await get(`/api/entities/${id}`);
      expect(e.id).toBe(id);
    }
    await get('/api/articles/987654', 404);
  });

  it('search finds claims and articles', async () => {
    const [row] = await app.store.listArticles({ limit: 1 });
    const word = (row.title ?? 'the').split(/\W+/).find((w) => w.length > 4) ?? 'said';
    const res = await get(`/api/search?q=${encodeURIComponent(word)}`);
    expect(res.articles.length).toBeGreaterThan(0);
  });

  it('ingest with the token adds an article once', async () => {
    const body = JSON.stringify({ text: 'Rescuers said 14 people were pulled from the rubble on Tuesday, the fire brigade said.', title: 'Fourteen rescued', published: '2024-12-03', outlet: 'Test Wire' });
    const post = () => fetch(`${app.base}/api/ingest`, { method: 'POST', body, headers: { 'Content-Type': 'application/json', Authorization: 'Bearer tok' } });
    const before = (await app.store.stats()).articles;
    const first = await post();
    expect(first.status).toBe(201);
    const a = await first.json();
    expect(a.added).toBe(true);
    expect(a.article.title).toBe('Fourteen rescued');
    const again = await (await post()).json();
    expect(again.added).toBe(false);
    expect(again.article.id).toBe(a.article.id);
    expect((await app.store.stats()).articles).toBe(before + 1);
    const view = await get(`/api/articles/${a.article.id}`);
    expect(view.article.outlet).toBe('Test Wire');
  });
});
