/**
 * The store alone, SQLite next to PostgreSQL: MEANTIME's 120 texts extracted once, then the same
 * precomputed ledgers stored into a fresh database of each (stories, full text, figures), as ingest
 * stores them (`addArticles`, 32 articles a commit, a savepoint each) and one commit per article
 * (`addArticle`); then two writers at once into PostgreSQL (each half of the articles); and reads
 * (a page of stories, the largest story, a search).
 * PostgreSQL: $CLAIMTRAIL_BENCH_PG (a postgres:// URL of an empty database) or, where PostgreSQL's
 * binaries are installed, a temporary server on a loopback port (test/helpers/postgres.ts; fsync off,
 * so commits cost what a server with a battery-backed cache would charge).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadMeantime } from '../../eval/datasets/meantime.js';
import { Skip } from '../../eval/types.js';
import type { Ledger } from '../../src/ledger/types.js';
import { extract } from '../../src/pipeline.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { startPostgres } from '../../test/helpers/postgres.js';
import type { BenchResult, BenchSuite } from '../types.js';

const BATCH = 32;
type Item = { ledger: Ledger; origin: { source: string; kind: 'jsonl' } };

async function timed(store: Store, fn: (s: Store) => Promise<void>): Promise<number> {
  const t0 = performance.now();
  try {
    await fn(store);
  } finally {
    await store.close();
  }
  return (performance.now() - t0) / 1000;
}

const batched = (items: Item[]) => async (s: Store): Promise<void> => {
  for (let i = 0; i < items.length; i += BATCH) await s.addArticles(items.slice(i, i + BATCH));
};
const oneByOne = (items: Item[]) => async (s: Store): Promise<void> => {
  for (const it of items) await s.addArticle(it.ledger, it.origin);
};

export const suite: BenchSuite = {
  name: 'store',
  async run(): Promise<BenchResult[]> {
    const docs = loadMeantime();
    if (!docs) throw new Skip('../shared/datasets/meantime-en is absent');
    const date = (d: string | null): string | null => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null);
    const items: Item[] = docs.map((d) => ({ ledger: extract(d.text, { published: date(d.dct), url: d.url, outlet: 'Wikinews' }), origin: { source: d.url || d.id, kind: 'jsonl' } }));
    const n = items.length;
    const dir = mkdtempSync(join(tmpdir(), 'claimtrail-bench-store-'));
    const server = process.env.CLAIMTRAIL_BENCH_PG ? null : await startPostgres('claimtrail_bench');
    let dbs = 0;
    /** A fresh PostgreSQL database (a new one on the temporary server, or the given one emptied). */
    const freshPg = async (): Promise<string | null> => {
      if (server) return server.createDatabase(`bench_${++dbs}`);
      const url = process.env.CLAIMTRAIL_BENCH_PG;
      if (!url) return null;
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`DROP TABLE IF EXISTS schema_migrations, articles, stories, story_features, lsh, entities, article_entities,
          claims, claim_entities, quantities, events`);
      } finally { await c.end(); }
      return url;
    };
    const results: BenchResult[] = [];
    const row = (name: string, seconds: number, note: string): void => {
      results.push({ suite: 'store', name, value: n / seconds, unit: 'articles/s', note: `${n} MEANTIME ledgers in ${seconds.toFixed(2)} s; ${note}` });
    };
    try {
      row('SQLite addArticles', await timed(await openStore(join(dir, 'b.db')), batched(items)), `${BATCH} a commit`);
      row('SQLite addArticle', await timed(await openStore(join(dir, 'o.db')), oneByOne(items)), 'a commit each');
      const url = await freshPg();
      if (!url) {
        process.stderr.write('bench: store: no PostgreSQL (binaries absent, $CLAIMTRAIL_BENCH_PG unset): SQLite only\n');
        return results;
      }
      const where = server ? 'temporary local server' : 'CLAIMTRAIL_BENCH_PG';
      row('PostgreSQL addArticles', await timed(await openStore(url), batched(items)), `${BATCH} a commit, ${where}`);
      row('PostgreSQL addArticle', await timed(await openStore((await freshPg())!), oneByOne(items)), `a commit each, ${where}`);
      // Two writers at once (two processes' worth of connections): the write lock serialises them.
      const two = (await freshPg())!;
      const [a, b] = await Promise.all([openStore(two), openStore(two)]);
      const t0 = performance.now();
      await Promise.all([batched(items.filter((_, i) => i % 2 === 0))(a), batched(items.filter((_, i) => i % 2 === 1))(b)]);
      const s2 = (performance.now() - t0) / 1000;
      await Promise.all([a.close(), b.close()]);
      row('PostgreSQL addArticles, two writers at once', s2, `each half of them, ${BATCH} a commit`);

      // Reads on the first stores: a page of stories, a story, a search, each store's own engine.
      for (const [name, loc] of [['SQLite', join(dir, 'b.db')], ['PostgreSQL', url]] as const) {
        const s = await openStore(loc);
        try {
          const reps = 20;
          const [top] = await s.listStories({ limit: 1 });
          const ms = async (fn: () => Promise<unknown>): Promise<number> => {
            await fn();
            const t1 = performance.now();
            for (let i = 0; i < reps; i++) await fn();
            return (performance.now() - t1) / reps;
          };
          const note = `${(await s.stats()).stories} stories`;
          results.push(
            { suite: 'store', name: `${name} listStories(20)`, value: await ms(() => s.listStories({ limit: 20 })), unit: 'ms', note },
            { suite: 'store', name: `${name} getStory (largest)`, value: await ms(() => s.getStory(top.id)), unit: 'ms', note: `${top.articleCount} articles` },
            { suite: 'store', name: `${name} searchClaims("government")`, value: await ms(() => s.searchClaims('government')), unit: 'ms', note: `${(await s.searchClaims('government')).length} hits` },
          );
        } finally {
          await s.close();
        }
      }
    } finally {
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
    return results;
  },
};
