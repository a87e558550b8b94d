/**
 * The web app in a real browser over a real store: the bundled sample corpus in a temporary SQLite
 * file, the real server on 127.0.0.1, Debian's chromium through playwright-core. Each page is
 * checked against what the API says it should show (texts, rows, chart marks, highlights) and
 * photographed into test-artifacts/web/. The XSS probe is an article ingested through the real
 * extractor whose text, title and outlet hold script and markup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, HAVE_CHROMIUM, afterNavigation, launch, openPage, screenshot, visit, type Session, type WatchedPage } from './browser.js';
import { HAVE_STORE, NO_STORE_REASON, startSampleServer, XSS_PROBE, type SampleServer } from './sample-store.js';

if (!HAVE_CHROMIUM) console.warn(`test/web: skipped, no chromium at ${CHROMIUM} (apt-get install chromium)`);
if (!HAVE_STORE) console.warn(`test/web: skipped, ${NO_STORE_REASON}`);

describe.skipIf(!HAVE_CHROMIUM || !HAVE_STORE)('web app over the sample corpus', () => {
  let app: SampleServer;
  let session: Session;
  let w: WatchedPage;
  const api = async (path: string) => {
    const res = await fetch(app.base + path);
    expect(res.status, path).toBe(200);
    return res.json() as Promise<any>;
  };

  beforeAll(async () => {
    app = await startSampleServer({ xss: true });
    session = await launch();
    w = await openPage(session);
  });
  afterAll(async () => {
    await session?.close();
    await app?.close();
  });

  it('stories page: the counts and a card per story', async () => {
    const stats = await api('/api/stats');
    const { stories } = await api('/api/stories?limit=200');
    expect(stats.articles).toBeGreaterThanOrEqual(12);
    await visit(w.page, app.base, '/');
    const page = w.page;
    expect(await page.locator('h1').textContent()).toBe('Stories');
    await page.waitForSelector('.stats[data-loaded="true"]');
    expect(await page.locator('.stat b').first().textContent()).toBe(stats.articles.toLocaleString('en-US'));
    expect(await page.locator('.story-card').count()).toBe(stories.length);
    expect(await page.locator('.story-card h3').allTextContents()).toEqual(stories.map((s: any) => s.label));
    await screenshot(page, 'stories');
    expect(w.problems).toEqual([]);
  });

  it('story page: timeline by date and source, a chart per figure series with its marks', async () => {
    const { stories } = await api('/api/stories');
    const story = stories[0];
    const tl = await api(`/api/stories/${story.id}/timeline`);
    const figs = await api(`/api/stories/${story.id}/figures`);
    expect(tl.claims.length).toBeGreaterThan(0);
    await afterNavigation(w.page, () => w.page.click(`.story-card[data-story="${story.id}"] h3 a`));
    const page = w.page;
    expect(new URL(page.url()).pathname).toBe(`/stories/${story.id}`);
    expect(await page.locator('h1').first().textContent()).toBe(story.label);
    // Timeline: one entry per claim, grouped by day in date order, each naming its source.
    expect(await page.locator('.timeline .entry').count()).toBe(tl.claims.length);
    const days = await page.locator('.timeline > li.day').evaluateAll((els) => els.map((e) => e.getAttribute('data-date')));
    expect(days).toEqual([...new Set(tl.claims.map((c: any) => c.date ?? 'undated'))]);
    expect(await page.locator('.timeline .entry .who').allTextContents())
      .toEqual(tl.claims.map((c: any) => c.source ?? 'unattributed'));
    // Charts: one per series, drawn, with as many marks and sources as the series has.
    expect(await page.locator('.series').count()).toBe(figs.series.length);
    for (const [i, s] of figs.series.entries()) {
      const card = page.locator('.series').nth(i);
      const dated = s.points.filter((p: any) => p.date);
      if (dated.length) await card.locator('.chart[data-drawn="true"] canvas').first().waitFor();
      expect(await card.locator('.chart').getAttribute('data-points')).toBe(String(dated.length));
      const sources = [...new Set(dated.map((p: any) => p.source || 'unattributed'))];
      expect(await card.locator('.chart-legend [data-source]').allTextContents()).toEqual(sources);
      expect(await card.locator('table.points tbody tr').count()).toBe(s.points.length);
      expect(await card.locator('table.points tbody tr.conflict').count()).toBe(s.points.filter((p: any) => p.conflict).length);
      expect(await card.locator('h3 .badge-conflict').count()).toBe(s.conflict ? 1 : 0);
    }
    await screenshot(page, 'story');
    expect(w.problems).toEqual([]);
  });

  it('a story with conflicting figures shows them marked', async () => {
    const { stories } = await api('/api/stories?limit=200');
    let found: { id: number; series: any } | null = null;
    for (const s of stories) {
      const figs = await api(`/api/stories/${s.id}/figures`);
      const series = figs.series.find((x: any) => x.conflict);
      if (series) { found = { id: s.id, series }; break; }
    }
    expect(found, 'the sample corpus should hold a story with conflicting figures').not.toBeNull();
    await visit(w.page, app.base, `/stories/${found!.id}`);
    const card = w.page.locator(`.series[data-series="${found!.series.id}"]`);
    await card.locator('.chart[data-drawn="true"]').waitFor();
    expect(await card.locator('h3 .badge-conflict').textContent()).toBe('conflict');
    expect(await card.locator('.flag-notes li.flag-conflict').count()).toBe(found!.series.flags.filter((f: any) => f.kind === 'conflict').length);
    await card.screenshot({ path: 'test-artifacts/web/story-conflict-chart.png' });
    await card.locator('details.points summary').click();
    expect(await card.locator('table.points tbody tr.conflict').first().isVisible()).toBe(true);
  });

  it('article page: every claim, figure and date highlighted, with a legend', async () => {
    const { stories } = await api('/api/stories');
    const story = await api(`/api/stories/${stories[0].id}`);
    // The article of the story with the most claims.
    let best: any = null;
    for (const a of story.articles) {
      const view = await api(`/api/articles/${a.id}`);
      if (!best || view.ledger.claims.length > best.ledger.claims.length) best = view;
    }
    const l = best.ledger;
    await visit(w.page, app.base, `/articles/${best.article.id}`);
    const page = w.page;
    const text = page.locator('.article-text');
    // The text is all there, verbatim.
    const shown = (await text.innerText()).replace(/\s+/g, ' ').trim();
    expect(shown).toBe(l.document.text.replace(/\s+/g, ' ').trim());
    // Each layer's pieces join up to its spans.
    const joined = async (cls: string) => (await text.locator(`.hl-${cls}`).allTextContents()).join('');
    const cues = [...new Map(l.claims.map((c: any) => [`${c.cue.start}`, c.cue])).values()].sort((a: any, b: any) => a.start - b.start);
    expect(await joined('cue')).toBe(cues.map((c: any) => c.text).join(''));
    for (const c of l.claims) expect(await joined('content')).toContain(c.content.text.slice(0, 40));
    for (const q of l.quantities) expect(await joined('figure')).toContain(q.text);
    for (const t of l.times) expect(await joined('date')).toContain(t.text);
    expect(await page.locator('.legend .claims-list li').count()).toBe(l.claims.length);
    expect(await page.locator('.legend input[data-layer]').count()).toBe(6);
    await screenshot(page, 'article');
    expect(w.problems).toEqual([]);
  });

  it('claims page: the filters narrow the table', async () => {
    await visit(w.page, app.base, '/claims');
    const page = w.page;
    const all = await api('/api/claims?limit=50');
    expect(await page.locator('table.claims tbody tr').count()).toBe(all.claims.length);
    const denied = await api('/api/claims?stance=deny&limit=50');
    await page.selectOption('select[name="stance"]', 'deny');
    await afterNavigation(page, () => page.click('form.filters button[type="submit"]'));
    expect(new URL(page.url()).searchParams.get('stance')).toBe('deny');
    expect(await page.locator('table.claims tbody tr').count()).toBe(denied.claims.length);
    if (denied.claims.length) expect(await page.locator('table.claims tbody .badge-deny').count()).toBe(denied.claims.length);
    await screenshot(page, 'claims-deny');
    const source = all.claims.find((c: any) => c.source)?.source as string;
    await visit(w.page, app.base, `/claims?source=${encodeURIComponent(source)}`);
    const bySource = await api(`/api/claims?source=${encodeURIComponent(source)}&limit=50`);
    expect(await page.locator('table.claims tbody tr').count()).toBe(bySource.claims.length);
    await screenshot(page, 'claims');
    expect(w.problems).toEqual([]);
  });

  it('entity pages: the list and one entity with the claims it made', async () => {
    const { entities } = await api('/api/entities?limit=200');
    await visit(w.page, app.base, '/entities');
    expect(await w.page.locator('table.entities tbody tr').count()).toBe(entities.length);
    await screenshot(w.page, 'entities');
    const speaker = entities.filter((e: any) => e.claim_count > 0).sort((a: any, b: any) => b.claim_count - a.claim_count)[0];
    expect(speaker, 'some entity is the source of a claim').toBeDefined();
    const detail = await api(`/api/entities/${speaker.id}`);
    await afterNavigation(w.page, () => w.page.click(`table.entities tr[data-entity="${speaker.id}"] a`));
    expect(await w.page.locator('h1').first().innerText()).toContain(speaker.canonical);
    expect(await w.page.locator('table.claims').first().locator('tbody tr').count()).toBe(detail.claims.length);
    await screenshot(w.page, 'entity');
    expect(w.problems).toEqual([]);
  });

  it('search: the box finds claims and articles, matching words marked', async () => {
    const { stories } = await api('/api/stories');
    const word = (stories[0].entities[0] ?? stories[0].label).split(/\s+/)[0];
    await visit(w.page, app.base, '/');
    await w.page.fill('form.search input', word);
    await afterNavigation(w.page, () => w.page.press('form.search input', 'Enter'));
    const res = await api(`/api/search?q=${encodeURIComponent(word)}&limit=50`);
    expect(res.claims.length + res.articles.length).toBeGreaterThan(0);
    expect(await w.page.locator('.claim-results li').count()).toBe(res.claims.length);
    expect(await w.page.locator('.article-results li').count()).toBe(res.articles.length);
    expect(await w.page.locator('.results mark').count()).toBeGreaterThan(0);
    await screenshot(w.page, 'search');
    expect(w.problems).toEqual([]);
  });

  it('XSS probe: script and markup in an article stay inert, visible text', async () => {
    await visit(w.page, app.base, `/articles/${app.xssArticleId}`);
    const page = w.page;
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(w.dialogs).toEqual([]);
    expect(await page.locator('main script, main img, main [onerror]').count()).toBe(0);
    expect(await page.locator('main b', { hasText: /^bold$/ }).count()).toBe(0);
    expect(await page.locator('main i', { hasText: /^Wire$/ }).count()).toBe(0);
    const text = await page.locator('.article-text').innerText();
    expect(text).toContain('<script>window.__xss = 2; alert("xss")</script>');
    expect(text).toContain('<img src=x onerror="window.__xss = 3; alert(1)">');
    expect(text).toContain('<b>bold</b> & "quoted"');
    expect(await page.locator('.article-text h1').innerText()).toBe(XSS_PROBE.title);
    expect(await page.locator('.article-meta').innerText()).toContain(XSS_PROBE.outlet);
    // The search page shows the probe's words literally too.
    await visit(w.page, app.base, '/search?q=spokesman');
    expect(await page.locator('main script, main img').count()).toBe(0);
    await visit(w.page, app.base, `/articles/${app.xssArticleId}`);
    await screenshot(page, 'xss-probe');
    expect(w.dialogs).toEqual([]);
    expect(w.problems).toEqual([]);
  });
});
