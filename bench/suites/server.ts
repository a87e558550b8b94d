/**
 * The API under load: a store of 10,000 synthetic articles inserted through the Store interface, the
 * server on 127.0.0.1, and autocannon requesting the story page's three API calls (story,
 * timeline, figures) for the largest story and for a median one. Reports p50/p99 latency and
 * requests per second. Bounded in time: each load runs BENCH_SERVER_SECONDS (default 8) seconds.
 *
 * The articles are generated, not extracted (10,000 extractions would measure the extractor): ~450
 * stories of Zipf-like sizes (the largest about 280 articles), each with its own invented people,
 * organisations and places, a counted topic and a figure that sources state, revise and dispute;
 * 150–250 words an article with 3–6 claims, their spans exact in the text.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEDGER_FORMAT, type Approx, type Claim, type Entity, type EntityType, type Ledger, type Quantity, type Span, type Stance, type Time } from '../../src/ledger/types.js';
import { createServer } from '../../src/server/index.js';
import { openStore } from '../../src/store/index.js';
import type { BenchResult, BenchSuite } from '../types.js';

const require = createRequire(import.meta.url);

interface Latency { p50: number; p99: number; average: number; max: number }
interface CannonResult { latency: Latency; requests: { average: number; total: number }; errors: number; non2xx: number; timeouts: number }
type Autocannon = (opts: Record<string, unknown>) => Promise<CannonResult>;

export const ARTICLES = Number(process.env.BENCH_SERVER_ARTICLES ?? 10_000);
const SECONDS = Number(process.env.BENCH_SERVER_SECONDS ?? 8);
const CONNECTIONS = 10;

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYL = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'dri', 'sel', 'an', 'bor', 'qui', 'zan', 'pe', 'tor', 'lin', 'gar', 'mu', 'sha', 'vek', 'ol', 'dav', 'nir', 'pol', 'ush'];
const TOPICS: Array<[string, string]> = [
  ['troops', 'troop'], ['refugees', 'refugee'], ['casualties', 'casualty'], ['workers', 'worker'], ['homes', 'home'],
  ['patients', 'patient'], ['vehicles', 'vehicle'], ['protesters', 'protester'], ['jobs', 'job'], ['flights', 'flight'],
];
const OUTLETS = ['Wire One', 'Daily Ledger', 'Morning Post', 'Global Desk', 'Evening Star', 'Capital Times', 'Harbor News',
  'Valley Herald', 'Northern Record', 'City Bulletin', 'Coastal Review', 'Union Press'];
const VERBS = ['deployed', 'reported', 'counted', 'moved', 'registered'];
const CUES: Array<[string, Stance]> = [['said', 'assert'], ['told reporters', 'assert'], ['estimated', 'assert'], ['denied', 'deny'],
  ['warned', 'warn'], ['declined to say whether', 'decline'], ['claimed', 'assert']];
const APPROX: Array<[string, Approx]> = [['', 'exact'], ['at least ', 'at_least'], ['about ', 'about'], ['more than ', 'more_than'], ['up to ', 'up_to']];

/** Text with exact spans: append pieces, keep offsets of the marked ones. */
class Builder {
  text = '';
  add(s: string): void { this.text += s; }
  mark(s: string): Span {
    const start = this.text.length;
    this.text += s;
    return { start, end: this.text.length, text: s };
  }
}

function word(r: () => number, n = 2 + Math.floor(r() * 2)): string {
  let w = '';
  for (let i = 0; i < n; i++) w += SYL[Math.floor(r() * SYL.length)];
  return w[0].toUpperCase() + w.slice(1);
}

interface StoryWorld {
  people: string[];
  orgs: string[];
  places: string[];
  topic: [string, string];
  base: number;
  start: number;
  terms: string[];
}

export function world(s: number): StoryWorld {
  const r = rng(1000 + s);
  return {
    people: [`${word(r)} ${word(r)}`, `${word(r)} ${word(r)}`, `${word(r)} ${word(r)}`],
    orgs: [`${word(r)} ${word(r, 3)}`, `${word(r)} ${word(r, 3)}`],
    places: [word(r, 3), word(r, 3)],
    topic: TOPICS[s % TOPICS.length],
    base: (1 + Math.floor(r() * 50)) * 100,
    start: Date.UTC(2023, 0, 1) + Math.floor(r() * 600) * 86400_000,
    terms: Array.from({ length: 10 }, () => word(r).toLowerCase()),
  };
}

/** One synthetic article of story `s`, number `a` in it. */
export function syntheticLedger(s: number, a: number, w: StoryWorld): Ledger {
  const r = rng(s * 100_003 + a);
  const date = new Date(w.start + Math.floor(a / 2) * 86400_000).toISOString().slice(0, 10);
  const outlet = OUTLETS[(s + a) % OUTLETS.length];
  const b = new Builder();
  const title = `${w.places[0]}: ${w.topic[0]} ${VERBS[a % VERBS.length]}, ${w.orgs[0]} ${w.terms[a % w.terms.length]}`;
  b.add(`${title}\n\n`);
  const bodyStart = b.text.length;
  const entities = new Map<string, Entity>();
  const entity = (name: string, type: EntityType, span: Span) => {
    const e = entities.get(name) ?? { id: `e${entities.size + 1}`, type, canonical: name, role: null, mentions: [] };
    e.mentions.push(span);
    entities.set(name, e);
    return e.id;
  };
  const claims: Claim[] = [];
  const quantities: Quantity[] = [];
  const times: Time[] = [];
  const nClaims = 3 + Math.floor(r() * 4);
  for (let c = 0; c < nClaims; c++) {
    const speakerIsPerson = r() < 0.5;
    const name = speakerIsPerson ? w.people[Math.floor(r() * w.people.length)] : w.orgs[Math.floor(r() * w.orgs.length)];
    const src = b.mark(name);
    const eid = entity(name, speakerIsPerson ? 'PER' : 'ORG', src);
    b.add(' ');
    const [cueText, stance] = CUES[Math.floor(r() * CUES.length)];
    const cue = b.mark(cueText);
    b.add(' ');
    const contentStart = b.text.length;
    const [approxText, approx] = APPROX[Math.floor(r() * APPROX.length)];
    const value = Math.round(w.base * (1 + Math.floor(a / 10) * 0.1) * (0.8 + r() * 0.4) / 10) * 10;
    const qStart = b.text.length;
    b.add(`${approxText}${value.toLocaleString('en-US')}`);
    const qSpan = { start: qStart, end: b.text.length, text: b.text.slice(qStart, b.text.length) };
    b.add(` ${w.topic[0]} were ${VERBS[Math.floor(r() * VERBS.length)]} near `);
    const place = w.places[Math.floor(r() * w.places.length)];
    entity(place, 'GPE', b.mark(place));
    b.add(' ');
    const tSpan = b.mark('on Monday');
    const content = { start: contentStart, end: b.text.length, text: b.text.slice(contentStart) };
    b.add(`, ${w.terms[Math.floor(r() * w.terms.length)]} ${w.terms[Math.floor(r() * w.terms.length)]}. `);
    const id = `c${c + 1}`;
    claims.push({
      id, source: { text: name, start: src.start, end: src.end, entity: eid, role: null }, cue, content,
      direct: false, stance, hedged: r() < 0.2, time: `t${c + 1}`, via: null,
    });
    quantities.push({ id: `q${c + 1}`, ...qSpan, value, high: null, approx, delta: false, unit: w.topic[1], counts: null, claim: id });
    times.push({ id: `t${c + 1}`, ...tSpan, type: 'DATE', value: date, mod: null });
    // Filler: a sentence or two of the story's words.
    const n = 12 + Math.floor(r() * 20);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(w.terms[Math.floor(r() * w.terms.length)]);
    b.add(`${words[0][0].toUpperCase()}${words.join(' ').slice(1)}. `);
    if (c % 2 === 1) b.add('\n\n');
  }
  const text = b.text.trimEnd();
  const hash = 'sha256:' + createHash('sha256').update(text).digest('hex');
  return {
    format: LEDGER_FORMAT,
    document: { id: hash, title, published: date, url: null, outlet, text, body_start: bodyStart, removed: [] },
    entities: [...entities.values()], times, quantities, claims, events: [],
  };
}

/** Story sizes, Zipf-like (largest first), summing to `total`. */
export function storySizes(total: number): number[] {
  const sizes: number[] = [];
  let sum = 0;
  for (let s = 0; sum < total; s++) {
    const n = Math.min(total - sum, 12 + Math.round(270 / Math.pow(s + 1, 0.8)));
    sizes.push(n);
    sum += n;
  }
  return sizes;
}

export const suite: BenchSuite = {
  name: 'server',
  async run(): Promise<BenchResult[]> {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrail-bench-server-'));
    const store = await openStore(join(dir, 'bench.db'));
    const autocannon = require('autocannon') as Autocannon;
    try {
      const t0 = performance.now();
      const sizes = storySizes(ARTICLES);
      // Interleave the stories' articles by date order within each story, round-robin across stories,
      // as a news feed would bring them.
      const worlds = sizes.map((_, s) => world(s));
      const next = sizes.map(() => 0);
      let left = ARTICLES;
      while (left > 0) {
        for (let s = 0; s < sizes.length; s++) {
          if (next[s] >= sizes[s]) continue;
          await store.addArticle(syntheticLedger(s, next[s]++, worlds[s]), { source: `bench:${s}`, kind: 'text' });
          left--;
        }
      }
      const loadSeconds = (performance.now() - t0) / 1000;
      const stats = await store.stats();
      const stories = await store.listStories({ limit: 2000 });
      const largest = stories[0];
      const byCount = [...stories].sort((x, y) => x.articleCount - y.articleCount);
      const median = byCount[Math.floor(byCount.length / 2)];

      const server = createServer(store);
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const results: BenchResult[] = [{
        suite: 'server', name: 'bench store: articles added', value: stats.articles / loadSeconds, unit: 'articles/s',
        note: `${stats.articles.toLocaleString('en-US')} articles (${sizes.length} generated stories), ${stats.stories.toLocaleString('en-US')} stories found, ${stats.claims.toLocaleString('en-US')} claims, in ${loadSeconds.toFixed(1)} s`,
      }];
      try {
        for (const [which, story] of [['largest', largest], ['median', median]] as const) {
          const paths = [`/api/stories/${story.id}`, `/api/stories/${story.id}/timeline`, `/api/stories/${story.id}/figures`];
          // The first load computes the story's views (its figure series above all); later ones
          // are served from the server's cache until an article joins the story.
          const c0 = performance.now();
          await Promise.all(paths.map(async (p) => {
            const res = await fetch(base + p);
            if (!res.ok) throw new Error(`${p}: ${res.status} ${await res.text()}`);
            await res.arrayBuffer();
          }));
          const cold = performance.now() - c0;
          const r = await autocannon({
            url: base, connections: CONNECTIONS, duration: SECONDS, requests: paths.map((path) => ({ method: 'GET', path })),
          });
          const what = `story page API, ${which} story`;
          const note = `${story.articleCount} articles, ${story.claimCount} claims; ${CONNECTIONS} connections, ${SECONDS} s, ` +
            `${r.requests.total.toLocaleString('en-US')} requests, ${r.non2xx} non-2xx, ${r.errors} errors`;
          results.push(
            { suite: 'server', name: `${what}: p99`, value: r.latency.p99, unit: 'ms', note },
            { suite: 'server', name: `${what}: p50`, value: r.latency.p50, unit: 'ms' },
            { suite: 'server', name: `${what}: throughput`, value: r.requests.average, unit: 'requests/s' },
            { suite: 'server', name: `${what}: first load (cold)`, value: cold, unit: 'ms', note: 'the three calls at once, before the load' },
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
