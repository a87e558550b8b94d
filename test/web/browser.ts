/**
 * Browser-test helpers: Debian's chromium driven by playwright-core, a fresh profile per run, and
 * a page that records console errors, CSP violations and dialogs so tests can assert none happened.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CLAIMTRAIL_CHROMIUM ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'web');

export interface Session {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'claimtrail-chromium-'));
  // A fresh profile each run (playwright passes it to chromium as --user-data-dir).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-dev-shm-usage',
    ],
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  /** Dialogs (alert, confirm, prompt) that opened: an XSS probe must leave this empty. */
  dialogs: string[];
}

export async function openPage(session: Session): Promise<WatchedPage> {
  const page = await session.context.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss(); });
  return { page, problems, dialogs };
}

/** Go to `path` (a full page load) and wait until the app has rendered it (body[data-ready] set). */
export async function visit(page: Page, base: string, path: string): Promise<void> {
  await page.goto(base + path, { waitUntil: 'load' });
  await page.waitForFunction(() => document.body.hasAttribute('data-ready'), undefined, { timeout: 20_000 });
}

/** Wait for the app to finish rendering after a click or form submission inside the page. */
export async function afterNavigation(page: Page, action: () => Promise<void>): Promise<void> {
  const before = await page.evaluate(() => document.body.getAttribute('data-ready'));
  await action();
  await page.waitForFunction((prev) => document.body.getAttribute('data-ready') !== prev, before, { timeout: 20_000 });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
