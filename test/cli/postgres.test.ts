/**
 * The commands with `--db postgres://…`, as a user runs them (the built bin), against a real
 * PostgreSQL server (test/helpers/postgres.ts): ingest of the sample corpus gives the same stories as
 * a SQLite file, the other commands (serve included) read it, two ingests at once keep the stories whole, and a bad or
 * unreachable database is one line naming it (password hidden) and a non-zero exit. Skipped, saying
 * why, without PostgreSQL's binaries.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { postgresSkipReason, startPostgres } from '../helpers/postgres.js';

const skip = postgresSkipReason();
const server = skip ? null : await startPostgres('claimtrail_cli');
const dir = server ? mkdtempSync(join(tmpdir(), 'claimtrail-pg-cli-')) : '';
afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type StoryJson = { id: number; label: string; articleCount: number; articles: Array<{ source: string }> };
/** Each story as the sorted sources of its articles, stories in listing order. */
const grouping = (json: string): string[][] => (JSON.parse(json) as StoryJson[]).map((s) => s.articles.map((a) => a.source).sort());

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Run the bin without waiting (for two at once). */
function cliAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [join(ROOT, 'bin', 'claimtrail.js'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => { stdout += d; });
    p.stderr.on('data', (d: Buffer) => { stderr += d; });
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

if (!server) {
  console.warn(`claimtrail: ${skip}`);
  describe('claimtrail --db postgres://…', () => {
    it.skip(`skipped: ${skip}`, () => undefined);
  });
} else {
  const url = server.url;
  describe('claimtrail --db postgres://…', () => {
    it('ingests the samples into PostgreSQL with the same stories as into a SQLite file', () => {
      const first = cli(['ingest', 'samples', '--db', url, '--jobs', '2']);
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(/^ingest: 21 added, 0 skipped as duplicates, 0 failed /);
      const again = cli(['ingest', 'samples', '--db', url, '--jobs', '1', '--format', 'json']);
      expect(again.status).toBe(0);
      expect(JSON.parse(again.stdout)).toMatchObject({ db: url, added: 0, duplicates: 21, failed: 0 });

      const file = join(dir, 'samples.db');
      expect(cli(['ingest', 'samples', '--db', file, '--jobs', '2']).status).toBe(0);
      const pgStories = cli(['stories', '--db', url, '--format', 'json']);
      expect(pgStories.status).toBe(0);
      const liteStories = cli(['stories', '--db', file, '--format', 'json']);
      expect(grouping(pgStories.stdout)).toEqual(grouping(liteStories.stdout));
      expect(grouping(pgStories.stdout).map((s) => s.length)).toEqual([17, 2, 2]);
      expect((JSON.parse(pgStories.stdout) as StoryJson[]).map((s) => s.label))
        .toEqual((JSON.parse(liteStories.stdout) as StoryJson[]).map((s) => s.label));
    });

    it('answers story, figures, search, export and stats from PostgreSQL as from the SQLite file', () => {
      const file = join(dir, 'samples.db');
      const troops = (JSON.parse(cli(['stories', '--db', url, '--format', 'json']).stdout) as StoryJson[])[0].id;
      for (const args of [['story', String(troops)], ['figures', String(troops), '--format', 'json'], ['search', 'troops', '--format', 'jsonl'],
        ['search', 'Kursk', '--in', 'articles', '--format', 'csv'], ['export', '--format', 'csv'], ['export', '--format', 'plover']]) {
        const p = cli([...args, '--db', url]);
        const l = cli([...args, '--db', file]);
        expect(p.status, args.join(' ')).toBe(0);
        expect(p.stdout.length, args.join(' ')).toBeGreaterThan(0);
        if (args[0] === 'search') {
          // The engines rank differently (bm25 vs ts_rank_cd) and cut snippets differently: the same hits.
          const n = (s: string) => s.trim().split('\n').length;
          expect(n(p.stdout), args.join(' ')).toBe(n(l.stdout));
        } else {
          expect(p.stdout, args.join(' ')).toBe(l.stdout);
        }
      }
      const exp = cli(['export', '--format', 'jsonl', '--db', url]).stdout.trim().split('\n');
      expect(exp).toHaveLength(21);
      const stats = JSON.parse(cli(['stats', '--db', url, '--format', 'json']).stdout) as Record<string, unknown>;
      const liteStats = JSON.parse(cli(['stats', '--db', file, '--format', 'json']).stdout) as Record<string, unknown>;
      expect(stats).toMatchObject({ kind: 'postgres', location: url, articles: 21, schemaVersion: 1 });
      for (const k of ['articles', 'claims', 'quantities', 'figureSeries', 'entities', 'events', 'stories', 'storiesMulti', 'first', 'last']) {
        expect(stats[k], k).toEqual(liteStats[k]);
      }
    });

    it('serves the same API answers from PostgreSQL as from the SQLite file', async () => {
      const file = join(dir, 'samples.db');
      const serve = async (db: string) => {
        const port = await freePort();
        const child = spawn(process.execPath, [join(ROOT, 'bin', 'claimtrail.js'), 'serve', '--db', db, '--port', String(port)], { cwd: ROOT });
        let err = '';
        child.stderr.on('data', (d: Buffer) => { err += d; });
        const t0 = Date.now();
        while (!/serving/.test(err)) {
          if (Date.now() - t0 > 30_000 || child.exitCode !== null) throw new Error(`serve did not start: ${err}`);
          await new Promise((r) => setTimeout(r, 100));
        }
        return { base: `http://127.0.0.1:${port}`, stop: () => new Promise((r) => { child.once('exit', r); child.kill('SIGTERM'); }) };
      };
      const [p, l] = [await serve(url), await serve(file)];
      try {
        const troops = ((await (await fetch(`${l.base}/api/stories`)).json()) as { stories?: StoryJson[] } & StoryJson[]);
        const first = (Array.isArray(troops) ? troops : troops.stories ?? [])[0];
        for (const path of ['/api/stories', `/api/stories/${first.id}`, `/api/stories/${first.id}/figures`, '/api/claims?source=Kirby',
          '/api/entities?limit=20', '/api/articles?limit=5']) {
          const [a, b] = await Promise.all([fetch(p.base + path), fetch(l.base + path)]);
          expect(a.status, path).toBe(200);
          const strip = (x: unknown) => JSON.parse(JSON.stringify(x).replace(/"addedAt":"[^"]*"/g, '"addedAt":""').replace(/"(bytes|location|kind)":("[^"]*"|\d+|null)/g, '"$1":0'));
          expect(strip(await a.json()), path).toEqual(strip(await b.json()));
        }
        expect((await fetch(`${p.base}/api/search?q=troops`)).status).toBe(200);
      } finally {
        await Promise.all([p.stop(), l.stop()]);
      }
    });

    it('keeps every article once and every story whole when two ingests write at the same time', async () => {
      const both = await server.createDatabase('claimtrail_two');
      const [a, b] = await Promise.all([
        cliAsync(['ingest', 'samples/troops', 'samples/other', '--db', both, '--jobs', '1']),
        cliAsync(['ingest', 'samples/other', 'samples/troops', '--db', both, '--jobs', '1']),
      ]);
      expect(a.status, a.stderr).toBe(0);
      expect(b.status, b.stderr).toBe(0);
      const added = (s: string) => Number(/(\d+) added/.exec(s)![1]);
      expect(added(a.stdout) + added(b.stdout)).toBe(21);
      const c = new pg.Client({ connectionString: both });
      await c.connect();
      try {
        expect((await c.query('SELECT COUNT(*)::int AS n, COUNT(DISTINCT hash)::int AS d FROM articles')).rows[0]).toEqual({ n: 21, d: 21 });
        const bad = await c.query(`SELECT s.id FROM stories s WHERE s.merged_into IS NULL
          AND s.n_articles <> (SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id)`);
        expect(bad.rows).toEqual([]);
        const orphans = await c.query('SELECT a.id FROM articles a JOIN stories s ON s.id = a.story_id WHERE s.merged_into IS NOT NULL');
        expect(orphans.rows).toEqual([]);
      } finally {
        await c.end();
      }
      const stories = grouping(cli(['stories', '--db', both, '--format', 'json']).stdout);
      expect(stories.flat()).toHaveLength(21);
      // The troop reports still make one story.
      expect(stories[0].filter((s) => s.includes('troops/'))).toHaveLength(17);
    });

    it('refuses an unreachable server or a bad connection string with one line naming it, password hidden', () => {
      const down = `postgres://ann:s3cret@127.0.0.1:${server.port + 1}/news`;
      for (const args of [['stories'], ['ingest', 'samples/other'], ['serve', '--port', '0']]) {
        const r = cli([...args, '--db', down]);
        expect(r.status, args[0]).not.toBe(0);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(new RegExp(`^claimtrail: postgres://ann:\\*\\*\\*@127\\.0\\.0\\.1:${server.port + 1}/news: cannot open the store: .+\\n$`));
        expect(r.stderr).not.toContain('s3cret');
      }
      // A password in a working URL is hidden too where ingest and serve name the store.
      const withPassword = url.replace('postgres://postgres@', 'postgres://postgres:s3cret@');
      expect(withPassword).toContain(':s3cret@');
      const ok = cli(['ingest', 'samples/other', '--db', withPassword, '--jobs', '1']);
      expect(ok.status).toBe(0);
      expect(ok.stdout).toMatch(/→ postgres:\/\/postgres:\*\*\*@/);
      expect(ok.stdout + ok.stderr).not.toContain('s3cret');
      const bad = cli(['stats', '--db', 'postgres://ann:s3cret@[oops/news']);
      expect(bad.status).not.toBe(0);
      expect(bad.stderr).toMatch(/^claimtrail: postgres:\/\/ann:\*\*\*@\[oops\/news: cannot open the store: not a valid PostgreSQL connection string.*\n$/);
      const nodb = cli(['stats', '--db', url.replace(/[^/]+$/, 'missing_db')]);
      expect(nodb.status).not.toBe(0);
      expect(nodb.stderr).toMatch(/missing_db: cannot open the store: database "missing_db" does not exist\n$/);
    });
  });
}
