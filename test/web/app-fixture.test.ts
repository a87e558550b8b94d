/**
 * The web app in a real browser (Debian's chromium through playwright-core) over the in-memory
 * fixture API: exact checks of what each page shows for known data, and the XSS probe, whose
 * script and markup sit inside a claim's source, cue and content spans and in the title, outlet
 * and story label. The same pages over a real store and the sample corpus: app.test.ts.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ClaimtrailServer } from '../../src/server/index.js';
import { fixtureData, XSS_TEXT } from '../server/fixture.js';
import { HAVE_CHROMIUM, CHROMIUM, afterNavigation, launch, openPage, screenshot, visit, type Session, type WatchedPage } from './browser.js';

if (!HAVE_CHROMIUM) console.warn(`test/web: skipped, no chromium at ${CHROMIUM} (apt-get install chromium)`);

describe.skipIf(!HAVE_CHROMIUM)('web app over fixture data', () => {
  let server: ClaimtrailServer;
  let base: string;
  let session: Session;
  let w: WatchedPage;

  beforeAll(async () => {
    server = createApiServer(fixtureData());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    session = await launch();
    w = await openPage(session);
  });
  afterAll(async () => {
    await session?.close();
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
  });

  it('story page: timeline by date and source, one chart with marks per source', async () => {
    await visit(w.page, base, '/stories/1');
    const page = w.page;
    expect(await page.locator('h1').first().textContent()).toBe('Troops at the border');
    expect(await page.locator('.timeline .day-date').allTextContents()).toEqual(['23 Oct 2024', '28 Oct 2024']);
    expect(await page.locator('.timeline .entry .who').allTextContents()).toEqual(['The Pentagon', 'Moscow', 'The Pentagon', 'Seoul']);
    expect(await page.locator('.timeline .entry .fig').allTextContents()).toEqual(['at least 3,000 troops', '10,000 troops', '11,000–12,000 troops']);
    const chart = page.locator('.series .chart');
    await page.waitForSelector('.series .chart[data-drawn="true"] canvas');
    expect(await chart.getAttribute('data-points')).toBe('3');
    expect(await chart.getAttribute('data-sources')).toBe('2');
    expect(await page.locator('.series .chart-legend [data-source]').allTextContents()).toEqual(['The Pentagon', 'Seoul']);
    expect(await page.locator('.series h3 .badge').allTextContents()).toEqual(['conflict', 'revised']);
    expect(await page.locator('.series table.points tbody tr.conflict').count()).toBe(2);
    await screenshot(page, 'fixture-story');
    expect(w.problems).toEqual([]);
  });

  it('claims page: filters narrow the table and live in the URL', async () => {
    await visit(w.page, base, '/claims');
    const page = w.page;
    expect(await page.locator('table.claims tbody tr').count()).toBe(5);
    await page.selectOption('select[name="stance"]', 'deny');
    await afterNavigation(page, () => page.click('form.filters button[type="submit"]'));
    expect(new URL(page.url()).search).toBe('?stance=deny');
    expect(await page.locator('table.claims tbody tr td:nth-child(4)').allTextContents()).toEqual(['that any troops were sent']);
  });

  it('XSS probe: script and markup in article text, title, outlet and story label stay inert text', async () => {
    await visit(w.page, base, '/articles/3');
    const page = w.page;
    await page.waitForTimeout(200);
    // No script ran, no dialog opened, no element was injected.
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(w.dialogs).toEqual([]);
    expect(await page.locator('main script, main img, main [onerror]').count()).toBe(0);
    expect(await page.locator('main b', { hasText: /^bold$/ }).count()).toBe(0);
    expect(await page.locator('main i', { hasText: /^Outlet$/ }).count()).toBe(0);
    // The markup is visible literally.
    const body = await page.locator('.article-text').innerText();
    expect(body).toContain(XSS_TEXT);
    expect(await page.locator('.article-text h1').innerText()).toBe('Probe <script>alert("title")</script>');
    expect(await page.locator('.article-meta').innerText()).toContain('Probe <i>Outlet</i>');
    expect(await page.locator('.crumbs').innerText()).toContain('Probe <b>story</b>');
    // …and still highlighted as the claim it is.
    expect(await page.locator('.article-text .hl-content').first().innerText()).toBe('<script>window.__xss = 1; alert("xss")</script>');
    expect(await page.locator('.article-text .hl-source').innerText()).toBe('Officials');
    await screenshot(page, 'fixture-xss-probe');
    expect(w.problems).toEqual([]);
  });

  it('article page: legend switches a layer off', async () => {
    await visit(w.page, base, '/articles/2');
    const page = w.page;
    const fig = page.locator('.article-text .hl-figure').first();
    expect(await fig.innerText()).toBe('10,000');
    const on = await fig.evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.uncheck('.legend input[data-layer="figure"]');
    const off = await fig.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(on).not.toBe(off);
    await page.check('.legend input[data-layer="figure"]');
  });

  it('shows an error page for what does not exist', async () => {
    await visit(w.page, base, '/stories/99');
    expect(await w.page.locator('.error').innerText()).toContain('no story 99');
  });
});
