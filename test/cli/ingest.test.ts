/**
 * The ingest command end to end, as a user runs it (the built bin): the sample corpus, a batch with
 * bad inputs next to good ones, and a kill -9 in the middle of an ingest followed by the same ingest.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'claimtrail-ingest-cli-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function count(db: string, sql = 'SELECT COUNT(*) AS n FROM articles'): number {
  const d = new Database(db, { readonly: true, fileMustExist: true });
  try { return (d.prepare(sql).get() as { n: number }).n; } finally { d.close(); }
}

describe('claimtrail ingest samples/', () => {
  it('stores the 21 sample articles, then none again, and groups the troop reports into one story', () => {
    const db = join(dir, 'samples.db');
    const first = cli(['ingest', 'samples/', '--db', db, '--jobs', '2']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`^ingest: 21 added, 0 skipped as duplicates, 0 failed in [\\d.]+ s \\([\\d.]+ articles/s, 2 jobs\\) → ${db.replace(/[.]/g, '\\.')}\\n$`));
    const again = cli(['ingest', 'samples', '--db', db, '--jobs', '1']);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^ingest: 0 added, 21 skipped as duplicates, 0 failed /);
    expect(count(db)).toBe(21);

    const stories = JSON.parse(cli(['stories', '--db', db, '--format', 'json']).stdout) as Array<{
      id: number; label: string; first: string; last: string; articles: Array<{ id: number; title: string; published: string; source: string }>;
    }>;
    const troops = stories[0];
    expect(troops.articles).toHaveLength(17);
    expect(troops.articles.every((a) => a.source.startsWith('samples/troops/'))).toBe(true);
    expect([troops.first, troops.last]).toEqual(['2024-10-17', '2025-01-14']);
    expect(troops.articles[0]).toMatchObject({ title: 'North Korea readying thousands of troops for Russia, diplomat says', published: '2024-10-17', source: 'samples/troops/01-diplomat-10000.txt' });
    expect(stories.slice(1).map((s) => s.articles.map((a) => a.source.split('/').pop()).sort())).toEqual(
      expect.arrayContaining([['01-port-strike.txt', '02-port-strike-ends.txt'], ['03-rates.txt', '04-rates-cut.txt']]));
  });
});

describe('a batch with bad inputs', () => {
  let server: http.Server;
  let base = '';
  let closed = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/broken.xml') {
        res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
        res.end('<?xml version="1.0"?><rss version="2.0"><channel><title>B</title><item><title>x</ti');
      } else if (req.url === '/page') {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end(`<!doctype html><html><head><title>Harbor workers vote to strike</title></head><body><article><h1>Harbor workers vote to strike</h1>
          <p>Harbor workers in Port Lemay voted on Monday to strike from next week, their union said, after talks on pay failed.</p>
          <p>The union said 1,200 members took part in the vote and 91% backed a walkout. The port operator said it regretted the decision.</p></article></body></html>`);
      } else { res.writeHead(404); res.end(); }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const probe = http.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    closed = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
  });
  afterAll(async () => { await new Promise<void>((r) => server.close(() => r())); });

  it('reports each bad input with its reason and stores the rest', async () => {
    const db = join(dir, 'bad.db');
    const binary = join(dir, 'photo.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    const lines = join(dir, 'batch.jsonl');
    writeFileSync(lines, [
      JSON.stringify({ title: 'Rates held at 3%', text: 'The central bank of Norland held its rate at 3% on Thursday, governor Ida Lund said.', published: '2025-03-06', outlet: 'Wire' }),
      '{broken',
    ].join('\n') + '\n');
    const args = ['ingest', 'samples/other/01-port-strike.txt', binary, join(dir, 'missing.txt'), lines,
      `${base}/broken.xml`, `http://127.0.0.1:${closed}/article`, `${base}/page`, '--db', db, '--jobs', '2'];
    const r = await new Promise<{ status: number | null; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, [join(ROOT, 'bin', 'claimtrail.js'), ...args], { cwd: ROOT });
      let stdout = '';
      child.stdout.on('data', (d) => { stdout += d; });
      child.on('close', (status) => resolve({ status, stdout }));
    });
    expect(r.status).toBe(1);
    const out = r.stdout.split('\n');
    expect(out[0]).toMatch(/^ingest: 3 added, 0 skipped as duplicates, 5 failed in /);
    const failed = out.slice(1).filter(Boolean);
    expect(failed.filter((l) => !l.includes(':2: not JSON')).sort()).toEqual([
      `  failed: ${base}/broken.xml: broken feed (The XML document is not well-formed)`,
      `  failed: ${binary}: the file is binary, not text`,
      `  failed: ${join(dir, 'missing.txt')}: no such file or folder`,
      `  failed: http://127.0.0.1:${closed}/article: connection refused`,
    ].sort());
    expect(failed.filter((l) => l.startsWith(`  failed: ${lines}:2: not JSON (`))).toHaveLength(1);
    expect(count(db)).toBe(3);
    expect(count(db, `SELECT COUNT(*) AS n FROM articles WHERE source = '${base}/page' AND title = 'Harbor workers vote to strike'`)).toBe(1);
  });
});

describe('kill -9 in the middle of an ingest', () => {
  it('then the same ingest again: every article stored once, none lost', async () => {
    const n = 400;
    const corpus = join(dir, 'big.jsonl');
    const rows: string[] = [];
    for (let i = 0; i < n; i++) {
      const body = Array.from({ length: 12 }, (_, k) =>
        `Officials in district ${i} said on Monday that ${100 + ((i * 7 + k) % 900)} people had been moved from homes near river ${k}, and the mayor of town ${i}-${k} warned that more could follow.`).join(' ');
      rows.push(JSON.stringify({ title: `Flood report number ${i}`, text: body, published: '2025-01-01', outlet: `Outlet ${i % 5}` }));
    }
    writeFileSync(corpus, rows.join('\n') + '\n');
    const db = join(dir, 'kill.db');
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'claimtrail.js'), 'ingest', corpus, '--db', db, '--jobs', '2'], { cwd: ROOT, stdio: 'ignore' });
    // Wait until some articles are in, but not all, then kill -9.
    let stored = 0;
    for (let t = 0; t < 600; t++) {
      await new Promise((r) => setTimeout(r, 50));
      if (!existsSync(db)) continue;
      try { stored = count(db); } catch { continue; }
      if (stored >= 20) break;
    }
    expect(stored).toBeGreaterThanOrEqual(20);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    const afterKill = count(db);
    expect(afterKill).toBeLessThan(n);

    const again = cli(['ingest', corpus, '--db', db, '--jobs', '2']);
    expect(again.status).toBe(0);
    const m = /^ingest: (\d+) added, (\d+) skipped as duplicates, 0 failed/.exec(again.stdout);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBe(n - afterKill);
    expect(Number(m![2])).toBe(afterKill);
    expect(count(db)).toBe(n);
    expect(count(db, 'SELECT COUNT(DISTINCT hash) AS n FROM articles')).toBe(n);
    expect(count(db, 'SELECT COUNT(DISTINCT title) AS n FROM articles')).toBe(n);
    // Every article's rows are whole: its full-text row and its LSH buckets are there.
    expect(count(db, 'SELECT COUNT(*) AS n FROM articles_fts')).toBe(n);
    expect(count(db, 'SELECT COUNT(DISTINCT article_id) AS n FROM lsh')).toBe(n);
    expect(count(db, 'SELECT SUM(n_articles) AS n FROM stories WHERE merged_into IS NULL')).toBe(n);
    expect(readFileSync(corpus, 'utf8').split('\n').filter(Boolean)).toHaveLength(n);
  }, 120_000);
});
