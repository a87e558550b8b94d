/**
 * The PostgreSQL store against a real server (test/helpers/postgres.ts starts one in a temporary
 * folder): the Store contract, migrations and writers at the same time, the same stories and series
 * as SQLite on the sample corpus, and its errors. Skipped, saying why, without PostgreSQL's binaries.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMeantime } from '../../eval/datasets/meantime.js';
import { ingest } from '../../src/ingest/index.js';
import { extract } from '../../src/pipeline.js';
import { openStore } from '../../src/store/index.js';
import { redactUrl } from '../../src/store/postgres/index.js';
import type { Store } from '../../src/store/types.js';
import { ROOT } from '../helpers/cli.js';
import { postgresSkipReason, startPostgres } from '../helpers/postgres.js';
import { SPECS, storeContract } from './contract.js';
import { makeLedger } from './fixtures.js';

const skip = postgresSkipReason();
const server = skip ? null : await startPostgres();
afterAll(async () => { await server?.stop(); });

let dbs = 0;
const fresh = async (name: string): Promise<string> => server!.createDatabase(`${name}_${++dbs}`);

async function query(url: string, sql: string): Promise<Array<Record<string, unknown>>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return (await c.query(sql)).rows; } finally { await c.end(); }
}

if (!server) {
  console.warn(`claimtrail: ${skip}`);
  describe('PostgresStore', () => {
    it.skip(`skipped: ${skip}`, () => undefined);
  });
} else {
  storeContract({ name: 'PostgresStore', fresh });

  describe('PostgresStore (the server)', () => {
    it('names its location without the password, and its kind', async () => {
      expect(redactUrl('postgres://ann:s3cret@db.example:5432/news?sslmode=require')).toBe('postgres://ann:***@db.example:5432/news?sslmode=require');
      expect(redactUrl('postgresql://db.example/news?user=ann&password=s3cret')).toBe('postgresql://db.example/news?user=ann&password=***');
      expect(redactUrl('postgres://ann@db.example/news')).toBe('postgres://ann@db.example/news');
      const url = await fresh('location');
      const store = await openStore(url.replace('postgres@', 'postgres:unused@'));
      try {
        expect(store.kind).toBe('postgres');
        expect(store.location).toBe(url.replace('postgres@', 'postgres:***@'));
      } finally {
        await store.close();
      }
    });

    it('survives its connections being cut: the process goes on and the next call reconnects', async () => {
      const url = await fresh('cut');
      const store = await openStore(url);
      try {
        await store.addArticle(makeLedger(SPECS[0]), { source: 'a.txt', kind: 'text' });
        await query(url, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()`);
        await new Promise((r) => setTimeout(r, 200));
        expect((await store.stats()).articles).toBe(1);
        const res = await store.addArticles([{ ledger: makeLedger(SPECS[1]), origin: { source: 'b.txt', kind: 'text' } }]);
        expect(res.map((r) => r.status)).toEqual(['added']);
        expect((await store.listStories()).map((s) => s.articleCount)).toEqual([2]);
      } finally {
        await store.close();
      }
    });

    it('opens an up-to-date database for a user who may only read it', async () => {
      const url = await fresh('readonly');
      const owner = await openStore(url);
      await owner.addArticle(makeLedger(SPECS[0]), { source: 'a.txt', kind: 'text' });
      await owner.close();
      await query(url, `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reader') THEN CREATE ROLE reader LOGIN; END IF; END $$;
        REVOKE CREATE ON SCHEMA public FROM PUBLIC; GRANT USAGE ON SCHEMA public TO reader; GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader`);
      const reader = await openStore(url.replace('//postgres@', '//reader@'));
      try {
        expect(await reader.stats()).toMatchObject({ articles: 1, schemaVersion: 1 });
        expect((await reader.searchClaims('troops')).map((h) => h.articleId)).toEqual([1]);
        const [res] = await reader.addArticles([{ ledger: makeLedger(SPECS[1]), origin: { source: 'b.txt', kind: 'text' } }]);
        expect(res).toMatchObject({ status: 'failed', reason: expect.stringMatching(/permission denied/) });
      } finally {
        await reader.close();
      }
    });

    it('migrates once when several processes open a new database at the same time', async () => {
      const url = await fresh('race');
      const stores = await Promise.all(Array.from({ length: 4 }, () => openStore(url)));
      try {
        for (const s of stores) expect((await s.stats()).schemaVersion).toBe(1);
        expect(await query(url, 'SELECT version FROM schema_migrations')).toEqual([{ version: 1 }]);
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });

    it('keeps story placement whole when two writers add the same articles at the same time', async () => {
      const url = await fresh('writers');
      const [a, b] = await Promise.all([openStore(url), openStore(url)]);
      try {
        const items = SPECS.map((s, i) => ({ ledger: makeLedger(s), origin: { source: `w${i}.txt`, kind: 'text' as const } }));
        const one = (s: Store, order: typeof items) => Promise.all(order.map((it) => s.addArticles([it])));
        const [ra, rb] = await Promise.all([one(a, items), one(b, [...items].reverse()), one(a, items.slice(1, 3))]);
        const statuses = [...ra, ...rb].flat().map((r) => r.status);
        expect(statuses.filter((s) => s === 'added')).toHaveLength(5);
        expect(statuses.filter((s) => s === 'failed')).toHaveLength(0);
        expect(await a.stats()).toMatchObject({ articles: 5, claims: 5, stories: 2, storiesMulti: 1 });
        expect((await b.listStories()).map((s) => s.articleCount)).toEqual([4, 1]);
        const rows = await query(url, `SELECT s.id, s.n_articles, (SELECT COUNT(*)::int FROM articles a WHERE a.story_id = s.id) AS real
          FROM stories s WHERE s.merged_into IS NULL`);
        for (const r of rows) expect(r.n_articles).toBe(r.real);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });

    it('gives the same stories, series, claims, entities and search results as SQLite on the sample corpus', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'claimtrail-pg-same-'));
      const lite = await openStore(join(dir, 'samples.db'));
      const pgs = await openStore(await fresh('samples'));
      try {
        const sum = await ingest([join(ROOT, 'samples')], lite, { jobs: 1 });
        expect(sum.added).toBeGreaterThan(15);
        // The same ledgers, in the same order, into PostgreSQL in batches as ingest makes them.
        const items: Array<{ ledger: import('../../src/ledger/types.js').Ledger; origin: { source: string; kind: 'text' } }> = [];
        for await (const { article, ledger } of lite.ledgers()) items.push({ ledger, origin: { source: article.source, kind: 'text' } });
        for (let i = 0; i < items.length; i += 7) await pgs.addArticles(items.slice(i, i + 7));

        const strip = <T extends { addedAt?: string }>(xs: T[]) => xs.map(({ addedAt: _a, ...rest }) => rest);
        expect(await pgs.listStories()).toEqual(await lite.listStories());
        for (const s of await lite.listStories()) {
          expect(await pgs.getStory(s.id)).toEqual(await lite.getStory(s.id));
          expect(await pgs.figureSeries(s.id)).toEqual(await lite.figureSeries(s.id));
          expect(await pgs.events({ storyId: s.id })).toEqual(await lite.events({ storyId: s.id }));
        }
        const { bytes: _b1, ...ps } = await pgs.stats();
        const { bytes: _b2, ...ls } = await lite.stats();
        expect(ps).toEqual(ls);
        expect(await pgs.claims({ limit: 10_000 })).toEqual(await lite.claims({ limit: 10_000 }));
        expect(await pgs.entities({ limit: 10_000 })).toEqual(await lite.entities({ limit: 10_000 }));
        expect(strip(await pgs.listArticles({ limit: 1000 }))).toEqual(strip(await lite.listArticles({ limit: 1000 })));
        for (const q of ['troops', 'Kursk', '"North Korean"', 'sanction*']) {
          const ids = async (s: Store) => (await s.searchClaims(q, 1000)).map((h) => h.id).sort((x, y) => x - y);
          expect(await ids(pgs), q).toEqual(await ids(lite));
        }
      } finally {
        await lite.close();
        await pgs.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it.skipIf(!loadMeantime())('places MEANTIME\'s 120 articles as SQLite does, merges included (with ../shared)', async () => {
      const docs = loadMeantime()!;
      const date = (d: string | null): string | null => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null);
      const items = docs.map((d) => ({ ledger: extract(d.text, { published: date(d.dct), url: d.url, outlet: 'Wikinews' }), origin: { source: d.url || d.id, kind: 'jsonl' as const } }));
      const url = await fresh('meantime');
      const pgs = await openStore(url);
      const lite = await openStore(':memory:');
      try {
        for (let i = 0; i < items.length; i += 32) {
          await pgs.addArticles(items.slice(i, i + 32));
          await lite.addArticles(items.slice(i, i + 32));
        }
        expect(Number((await query(url, 'SELECT COUNT(*) AS n FROM stories WHERE merged_into IS NOT NULL'))[0].n)).toBeGreaterThan(0);
        const stories = await lite.listStories();
        expect(await pgs.listStories()).toEqual(stories);
        for (const s of stories) {
          expect(await pgs.getStory(s.id)).toEqual(await lite.getStory(s.id));
          expect(await pgs.figureSeries(s.id)).toEqual(await lite.figureSeries(s.id));
        }
        const { bytes: _b1, ...ps } = await pgs.stats();
        const { bytes: _b2, ...ls } = await lite.stats();
        expect(ps).toEqual(ls);
      } finally {
        await pgs.close();
        await lite.close();
      }
    });

    it('refuses a bad connection string or an unreachable server with one line naming the location', async () => {
      const down = `postgres://ann:s3cret@127.0.0.1:${server.port + 1}/nowhere`;
      const err = await openStore(down).then(() => null, (e: Error) => e);
      expect(err?.message).toMatch(/^postgres:\/\/ann:\*\*\*@127\.0\.0\.1:\d+\/nowhere: cannot open the store: .*ECONNREFUSED/);
      expect(err?.message).not.toContain('s3cret');
      expect(err?.message).not.toContain('\n');
      const bad = await openStore('postgres://ann:s3cret@[bad/x').then(() => null, (e: Error) => e);
      expect(bad?.message).toMatch(/cannot open the store: not a valid PostgreSQL connection string/);
      expect(bad?.message).not.toContain('s3cret');
      const nodb = await openStore(server.url.replace(/[^/]+$/, 'no_such_db')).then(() => null, (e: Error) => e);
      expect(nodb?.message).toMatch(/no_such_db: cannot open the store: database "no_such_db" does not exist/);
    });
  });
}
