/**
 * The API under load: a store of at least 10,000 articles (the sample corpus's ledgers, copied with
 * new content hashes, dates and titles through the Store interface), the server on 127.0.0.1, and
 * autocannon requesting the story page's three API calls (story, timeline, figures) for the largest
 * story and for a typical one. Reports requests per second and p50/p99 latency. Bounded in time:
 * each load runs BENCH_SERVER_SECONDS (default 8) seconds.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Skip } from '../../eval/types.js';
import { readSamples } from '../../src/cli/commands/serve.js';
import type { Ledger } from '../../src/ledger/types.js';
import { createServer } from '../../src/server/index.js';
import type { Store } from '../../src/store/types.js';
import type { BenchResult, BenchSuite } from '../types.js';

const require = createRequire(import.meta.url);

interface Latency { p50: number; p99: number; average: number; max: number }
interface CannonResult { latency: Latency; requests: { average: number; total: number }; errors: number; non2xx: number; timeouts: number }
type Autocannon = (opts: Record<string, unknown>) => Promise<CannonResult>;

export const ARTICLES = Number(process.env.BENCH_SERVER_ARTICLES ?? 10_000);
const SECONDS = Number(process.env.BENCH_SERVER_SECONDS ?? 8);
const CONNECTIONS = 10;

async function openStore(path: string): Promise<Store> {
  const specifier = '../../src/store/index.js';
  let mod: { openStore?: (p: string) => Promise<Store> };
  try {
    mod = (await import(specifier)) as typeof mod;
  } catch {
    throw new Skip('no store module (src/store/index.ts)');
  }
  if (!mod.openStore) throw new Skip('the store module has no openStore()');
  return mod.openStore(path);
}

function shiftDate(iso: string | null, days: number): string | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Copy `k` of a ledger: a new content hash, dates moved by k weeks, the copy number in the title. */
export function copyLedger(l: Ledger, k: number): Ledger {
  if (k === 0) return l;
  const days = 7 * k;
  return {
    ...l,
    document: {
      ...l.document,
      id: 'sha256:' + createHash('sha256').update(`${k}\u0000${l.document.id}`).digest('hex'),
      published: shiftDate(l.document.published, days),
      title: l.document.title ? `${l.document.title} [${k}]` : l.document.title,
    },
    times: l.times.map((t) => ({ ...t, value: /^\d{4}-\d{2}-\d{2}$/.test(t.value) ? shiftDate(t.value, days)! : t.value })),
  };
}

export const suite: BenchSuite = {
  name: 'server',
  async run(): Promise<BenchResult[]> {
    let samples;
    try {
      samples = readSamples();
    } catch {
      throw new Skip('no sample corpus in samples/');
    }
    if (samples.length === 0) throw new Skip('the sample corpus is empty');
    const { documentFromHtml, documentFromText } = await import('../../src/document/index.js');
    const { extractDocument } = await import('../../src/pipeline.js');
    const ledgers = samples.map((s) => {
      const meta = { title: s.title, published: s.published, url: s.url, outlet: s.outlet };
      return extractDocument(s.kind === 'html' ? documentFromHtml(s.content, meta) : documentFromText(s.content, meta));
    });

    const dir = mkdtempSync(join(tmpdir(), 'claimtrail-bench-server-'));
    const store = await openStore(join(dir, 'bench.db'));
    const autocannon = require('autocannon') as Autocannon;
    try {
      const t0 = performance.now();
      let n = 0;
      for (let k = 0; n < ARTICLES; k++) {
        for (const l of ledgers) {
          if (n >= ARTICLES) break;
          await store.addArticle(copyLedger(l, k), { source: `bench:${k}:${l.document.id}`, kind: 'text' });
          n++;
        }
      }
      const loadSeconds = (performance.now() - t0) / 1000;
      const stats = await store.stats();
      const stories = await store.listStories({ limit: 1000 });
      if (stories.length === 0) throw new Error('the bench store has no stories');
      const largest = stories[0];
      const sizes = stories.map((s) => s.articleCount).sort((a, b) => a - b);
      const median = sizes[Math.floor(sizes.length / 2)];
      const typical = stories.find((s) => s.articleCount === median) ?? largest;

      const server = createServer(store);
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const results: BenchResult[] = [{
        suite: 'server', name: 'bench store: articles added', value: stats.articles / loadSeconds, unit: 'articles/s',
        note: `${stats.articles.toLocaleString('en-US')} articles, ${stats.stories.toLocaleString('en-US')} stories, ${stats.claims.toLocaleString('en-US')} claims in ${loadSeconds.toFixed(1)} s`,
      }];
      try {
        for (const [which, story] of [['largest', largest], ['median', typical]] as const) {
          const paths = [`/api/stories/${story.id}`, `/api/stories/${story.id}/timeline`, `/api/stories/${story.id}/figures`];
          for (const p of paths) {
            const res = await fetch(base + p);
            if (!res.ok) throw new Error(`${p}: ${res.status} ${await res.text()}`);
          }
          const r = await autocannon({
            url: base, connections: CONNECTIONS, duration: SECONDS, requests: paths.map((path) => ({ method: 'GET', path })),
          });
          const what = `story page API (${which} story: ${story.articleCount} articles, ${story.claimCount} claims)`;
          const note = `${CONNECTIONS} connections, ${SECONDS} s, ${r.requests.total.toLocaleString('en-US')} requests, ${r.non2xx} non-2xx, ${r.errors} errors`;
          results.push(
            { suite: 'server', name: `${what} p99`, value: r.latency.p99, unit: 'ms', note },
            { suite: 'server', name: `${what} p50`, value: r.latency.p50, unit: 'ms' },
            { suite: 'server', name: `${what} throughput`, value: r.requests.average, unit: 'requests/s' },
          );
        }
      } finally {
        server.closeAllConnections();
        await new Promise((r) => server.close(r));
      }
      return results;
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
