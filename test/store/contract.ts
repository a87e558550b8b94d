/**
 * The Store contract: the same assertions run against every store (SQLite and PostgreSQL), each on
 * a fresh database: duplicates, stories, figure series with their flags, full-text search, the
 * claims/entities/articles filters, stats, export order, reopening, and addArticles with an article
 * that fails. test/store/sqlite.test.ts and test/store/postgres.test.ts call `storeContract`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/ledger/types.js';
import { openStore } from '../../src/store/index.js';
import { StoreQueryError, type Store } from '../../src/store/types.js';
import { makeLedger, type Spec } from './fixtures.js';

const NK: [EntityType, string][] = [['GPE', 'North Korea'], ['GPE', 'Russia']];

export const SPECS: Spec[] = [
  {
    title: 'NIS: North Korea sends 1,500 special forces to Russia', published: '2024-10-18', outlet: 'Seoul Wire',
    body: 'The National Intelligence Service said 1,500 troops were moved to Russia by ship. North Korea denied sending troops to Russia, and Russia called the report fake.',
    entities: [...NK, ['ORG', 'National Intelligence Service']],
    claims: [['National Intelligence Service', 'said', '1,500 troops were moved to Russia by ship']],
    quantities: [['1,500', 1500, 'troops', 'exact', null, 'troops']],
  },
  {
    title: 'US says North Korean troops are in Russia', published: '2024-10-23', outlet: 'Capital Post',
    body: 'John Kirby said at least 3,000 North Korean troops were moved into eastern Russia. North Korea and Russia did not answer; the troops may go to the front.',
    entities: [...NK, ['PER', 'John Kirby']],
    claims: [['John Kirby', 'said', 'at least 3,000 North Korean troops were moved into eastern Russia']],
    quantities: [['at least 3,000', 3000, 'troops', 'at_least', null, 'North Korean troops']],
  },
  {
    title: 'Seoul raises its count of North Korean troops in Russia', published: '2024-10-23', outlet: 'Seoul Wire',
    body: 'The National Intelligence Service told lawmakers 3,000 troops were now in Russia, after North Korea sent a second group of troops to Russia.',
    entities: [...NK, ['ORG', 'National Intelligence Service']],
    claims: [['National Intelligence Service', 'told', '3,000 troops were now in Russia']],
    quantities: [['3,000', 3000, 'troops', 'exact', null, 'troops']],
  },
  {
    title: 'Pentagon: 10,000 North Korean troops in Russia', published: '2024-10-28', outlet: 'Harbor Times',
    body: 'Sabrina Singh said about 10,000 North Korean troops were sent to Russia for training. North Korea has troops in Russia now, the Pentagon says.',
    entities: [...NK, ['PER', 'Sabrina Singh']],
    claims: [['Sabrina Singh', 'said', 'about 10,000 North Korean troops were sent to Russia for training']],
    quantities: [['about 10,000', 10000, 'troops', 'about', null, 'North Korean troops']],
  },
  {
    title: 'Apple unveils a thinner iPhone', published: '2024-09-09', outlet: 'Valley Daily',
    body: 'Apple said the new iPhone would sell for 999 dollars in California stores. Apple shares rose as investors cheered the iPhone launch.',
    entities: [['ORG', 'Apple'], ['GPE', 'California']],
    claims: [['Apple', 'said', 'the new iPhone would sell for 999 dollars in California stores']],
    quantities: [['999 dollars', 999, 'USD']],
  },
];

/** Where a store under test lives. */
export interface ContractTarget {
  /** "SqliteStore", "PostgresStore". */
  name: string;
  /** A location for a new, empty store (a file path, a connection string to a new database). */
  fresh(name: string): Promise<string>;
}

export function storeContract(target: ContractTarget): void {
  describe(`${target.name} (the Store contract)`, () => {
    let location: string;
    let store: Store;
    const ids: number[] = [];

    beforeAll(async () => {
      location = await target.fresh('contract');
      store = await openStore(location);
      for (const s of SPECS) ids.push((await store.addArticle(makeLedger(s), { source: `${s.outlet}.txt`, kind: 'text' })).articleId);
    });
    afterAll(async () => {
      await store?.close();
    });

    it('migrates once: the schema version, and migrate() again changes nothing', async () => {
      expect(await store.migrate()).toBe(1);
      expect(await store.migrate()).toBe(1);
      expect((await store.stats()).schemaVersion).toBe(1);
    });

    it('stores each article once: the same content again is a duplicate with the same id', async () => {
      expect(ids).toEqual([1, 2, 3, 4, 5]);
      const again = await store.addArticle(makeLedger(SPECS[1]), { source: 'elsewhere.txt', kind: 'text' });
      expect(again).toMatchObject({ status: 'duplicate', articleId: 2 });
      expect(await store.hasContentHash(makeLedger(SPECS[1]).document.id)).toBe(true);
      expect(await store.hasContentHash('sha256:00')).toBe(false);
      const st = await store.stats();
      expect(st).toMatchObject({
        articles: 5, claims: 5, quantities: 5, figureSeries: 1, entities: 7, events: 0, stories: 2, storiesMulti: 1,
        first: '2024-09-09', last: '2024-10-28',
      });
      expect(st.bytes).toBeGreaterThan(0);
    });

    it('gives back the ledger as stored, with its origin', async () => {
      const a = await store.getArticle(2);
      expect(a?.ledger).toEqual(makeLedger(SPECS[1]));
      expect(JSON.stringify(a?.ledger)).toBe(JSON.stringify(makeLedger(SPECS[1])));
      expect(a).toMatchObject({ id: 2, title: SPECS[1].title, outlet: 'Capital Post', source: 'Capital Post.txt', kind: 'text', claims: 1, feed: null });
      expect(a?.words).toBeGreaterThan(20);
      expect(a?.addedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(await store.getArticle(99)).toBeNull();
    });

    it('groups the four troop reports into one story and the iPhone report into another', async () => {
      const stories = await store.listStories();
      expect(stories.map((s) => s.articleCount)).toEqual([4, 1]);
      expect(stories[0]).toMatchObject({ first: '2024-10-18', last: '2024-10-28', outletCount: 3, claimCount: 4 });
      expect(stories[0].label).toMatch(/North Korea|Russia/);
      expect(stories[0].topEntities.slice(0, 2).sort()).toEqual(['North Korea', 'Russia']);
      expect(await store.listStories({ minArticles: 2 })).toHaveLength(1);
      expect((await store.listStories({ limit: 1, offset: 1 })).map((s) => s.articleCount)).toEqual([1]);
      const story = await store.getStory(stories[0].id);
      expect(story?.articles.map((a) => a.id)).toEqual([1, 2, 3, 4]);
      expect(story?.articles[0]).toEqual({ id: 1, title: SPECS[0].title, published: '2024-10-18', outlet: 'Seoul Wire', url: null, source: 'Seoul Wire.txt' });
      expect(story?.timeline.map((t) => [t.date, t.source, t.claim.slice(0, 14)])).toEqual([
        ['2024-10-18', 'National Intelligence Service', '1,500 troops w'],
        ['2024-10-23', 'John Kirby', 'at least 3,000'],
        ['2024-10-23', 'National Intelligence Service', '3,000 troops w'],
        ['2024-10-28', 'Sabrina Singh', 'about 10,000 N'],
      ]);
      expect(story?.timeline[1]).toMatchObject({ sourceEntity: 'John Kirby', stance: 'assert', hedged: false, direct: false });
      expect(await store.getStory(999)).toBeNull();
    });

    it('builds one troop series with a conflict (3,000 vs 10,000) and a revision (NIS 1,500 → 3,000)', async () => {
      const [story] = await store.listStories();
      const series = await store.figureSeries(story.id);
      expect(series).toHaveLength(1);
      const s = series[0];
      expect(s.unit).toBe('troop');
      expect(s.points.map((p) => [p.date, p.value, p.sourceEntity])).toEqual([
        ['2024-10-18', 1500, 'National Intelligence Service'],
        ['2024-10-23', 3000, 'John Kirby'],
        ['2024-10-23', 3000, 'National Intelligence Service'],
        ['2024-10-28', 10000, 'Sabrina Singh'],
      ]);
      expect(s.points[1]).toMatchObject({ approx: 'at_least', high: null, delta: false, text: 'at least 3,000', quantityId: 'q1', outlet: 'Capital Post', articleId: 2 });
      expect(typeof s.points[1].claimId).toBe('number');
      const conflict = s.flags.find((f) => f.kind === 'conflict');
      expect(conflict?.points).toEqual([1, 2, 3]);
      expect(conflict?.message).toBe('sources disagree: John Kirby at least 3,000 (2024-10-23) vs National Intelligence Service 3,000 (2024-10-23) vs Sabrina Singh about 10,000 (2024-10-28)');
      const revision = s.flags.find((f) => f.kind === 'revision');
      expect(revision).toEqual({ kind: 'revision', message: 'National Intelligence Service revised: 1,500 (2024-10-18) → 3,000 (2024-10-23)', points: [0, 2] });
      expect(s.flags).toHaveLength(2);
      expect(await store.figureSeries(999)).toEqual([]);
    });

    it('searches claims and articles by words, phrases and prefixes, and never fails on punctuation', async () => {
      const hits = await store.searchClaims('troops Russia');
      expect(hits.map((h) => h.articleId).sort()).toEqual([1, 2, 3, 4]);
      expect(hits[0].rank).toBeLessThanOrEqual(hits[hits.length - 1].rank);
      expect((await store.searchClaims('"sent to Russia"')).map((h) => h.articleId)).toEqual([4]);
      expect((await store.searchClaims('"Russia sent"')).map((h) => h.articleId)).toEqual([]);
      expect((await store.searchClaims('train*')).map((h) => h.articleId)).toEqual([4]);
      expect((await store.searchClaims('troops -ship')).map((h) => h.articleId).sort()).toEqual([2, 3, 4]);
      expect((await store.searchClaims('kirby')).map((h) => h.articleId)).toEqual([2]);
      expect((await store.searchClaims('troops', 2))).toHaveLength(2);
      const [h] = await store.searchClaims('iphone');
      expect(h.snippet).toContain('«iPhone»');
      expect(h).toMatchObject({ articleId: 5, ledgerId: 'c1', source: 'Apple', sourceEntity: 'Apple', outlet: 'Valley Daily' });
      expect(await store.searchClaims('"U.S. (AND) OR')).toEqual([]);
      expect(await store.searchClaims("o'brien & | ! <-> :* (")).toEqual([]);
      await expect(store.searchClaims(' -- ')).rejects.toBeInstanceOf(StoreQueryError);
      await expect(store.searchArticles('-troops')).rejects.toBeInstanceOf(StoreQueryError);
      const arts = await store.searchArticles('fake');
      expect(arts.map((a) => a.id)).toEqual([1]);
      expect(arts[0].snippet).toContain('«fake»');
      expect(arts[0]).toMatchObject({ title: SPECS[0].title, storyId: (await store.getArticle(1))!.storyId });
      expect((await store.searchArticles('thinner')).map((a) => a.id)).toEqual([5]);
    });

    it('takes whatever a user types: a search, or a StoreQueryError when there is no word to look for', async () => {
      const words = ["it's", 'a:*', 'x & y | !z', '<-> <2>', "Kirby's", '"a', 'troops*', '*troops', 'tro*ps', 'NEAR(a b)', 'col:troops',
        'Ünïcödé naïve café', '北朝鮮 部隊', '1,500', 'U.S.', '-- troops', 'troops --', "(Kirby) 'said'", '\\ troops', 'x'.repeat(3000)];
      for (const q of words) expect(Array.isArray(await store.searchClaims(q)), q).toBe(true);
      for (const q of words.slice(0, 6)) expect(Array.isArray(await store.searchArticles(q)), q).toBe(true);
      for (const q of ["'", '"', '""', '\\', '*', '-', '- -x', '   ']) {
        await expect(store.searchClaims(q), q).rejects.toBeInstanceOf(StoreQueryError);
      }
      expect((await store.searchClaims('troop*')).map((h) => h.articleId).sort()).toEqual([1, 2, 3, 4]);
      expect((await store.searchClaims('"at least 3,000"')).map((h) => h.articleId)).toEqual([2]);
      expect((await store.searchClaims('1,500')).map((h) => h.articleId)).toEqual([1]);
    });

    it('filters claims by story, article, source, entity, stance and date', async () => {
      expect((await store.claims({ source: 'kirby' })).map((c) => c.articleId)).toEqual([2]);
      expect((await store.claims({ entity: 'california' })).map((c) => c.articleId)).toEqual([5]);
      expect((await store.claims({ entity: 'National Intelligence Service' })).map((c) => c.articleId)).toEqual([1, 3]);
      expect((await store.claims({ from: '2024-10-20', to: '2024-10-23' })).map((c) => c.articleId)).toEqual([2, 3]);
      expect((await store.claims({ stance: 'deny' }))).toEqual([]);
      expect((await store.claims({ articleId: 4 })).map((c) => c.content)).toEqual([SPECS[3].claims![0][2]]);
      const [story] = await store.listStories();
      expect((await store.claims({ storyId: story.id, limit: 2 })).map((c) => c.ledgerId)).toEqual(['c1', 'c1']);
      expect((await store.claims({ storyId: story.id, limit: 2, offset: 3 })).map((c) => c.articleId)).toEqual([4]);
      const [kirby] = await store.claims({ source: 'KIRBY' });
      expect(kirby).toMatchObject({ storyId: story.id, date: '2024-10-23', outlet: 'Capital Post', articleTitle: SPECS[1].title, cue: 'said' });
    });

    it('lists entities across articles', async () => {
      const ents = await store.entities({ limit: 3 });
      expect(ents.slice(0, 2).map((e) => [e.canonical, e.articles]).sort()).toEqual([['North Korea', 4], ['Russia', 4]]);
      const [nis] = await store.entities({ name: 'intelligence' });
      expect(nis).toMatchObject({ canonical: 'National Intelligence Service', type: 'ORG', articles: 2, claims: 2, role: null });
      expect(await store.getEntity(nis.id)).toEqual(nis);
      expect(await store.getEntity(999)).toBeNull();
      expect((await store.entities({ type: 'PER' })).map((e) => e.canonical).sort()).toEqual(['John Kirby', 'Sabrina Singh']);
      expect((await store.entities({ articleId: 5 })).map((e) => e.canonical).sort()).toEqual(['Apple', 'California']);
      const [story] = await store.listStories();
      expect((await store.entities({ storyId: story.id })).map((e) => e.canonical)).toContain('John Kirby');
    });

    it('lists and counts articles by story, date and outlet', async () => {
      expect((await store.listArticles({ order: 'oldest' })).map((a) => a.id)).toEqual([5, 1, 2, 3, 4]);
      expect((await store.listArticles()).map((a) => a.id)).toEqual([4, 3, 2, 1, 5]);
      expect((await store.listArticles({ outlet: 'seoul wire' })).map((a) => a.id)).toEqual([3, 1]);
      expect(await store.countArticles({ from: '2024-10-01', to: '2024-10-23' })).toBe(3);
      const [story] = await store.listStories();
      expect(await store.countArticles({ storyId: story.id })).toBe(4);
      expect((await store.listArticles({ limit: 2, offset: 1 })).map((a) => a.id)).toEqual([3, 2]);
    });

    it('iterates every ledger for export, oldest stored first', async () => {
      const seen: number[] = [];
      for await (const { article, ledger } of store.ledgers()) {
        seen.push(article.id);
        expect(ledger.document.id).toBe(article.hash);
      }
      expect(seen).toEqual([1, 2, 3, 4, 5]);
      expect(await store.events()).toEqual([]);
    });

    it('reopens the store with everything in it and does not migrate twice', async () => {
      const other = await openStore(location);
      try {
        expect((await other.stats()).articles).toBe(5);
        expect((await other.stats()).schemaVersion).toBe(1);
        expect(other.kind).toBe(store.kind);
      } finally {
        await other.close();
      }
    });
  });

  describe(`${target.name} (undated articles)`, () => {
    it('orders an undated article first among claims of the same date, and last among articles', async () => {
      const store = await openStore(await target.fresh('undated'));
      try {
        const body = (n: string) => `Officials said ${n} North Korean troops reached Russia this week. North Korea and Russia did not comment on the troops.`;
        const spec = (n: string, published: string | null): Spec => ({
          title: `North Korean troops reach Russia (${n})`, published, outlet: published ? 'Dated Wire' : 'Undated Wire', body: body(n),
          entities: NK, claims: [['Officials', 'said', `${n} North Korean troops reached Russia`, 'assert', '2024-10-23']],
          quantities: [[n, Number(n.replace(',', '')), 'troops', 'exact', null, 'North Korean troops']],
        });
        await store.addArticle(makeLedger(spec('2,500', '2024-10-24')), { source: 'dated.txt', kind: 'text' });
        await store.addArticle(makeLedger(spec('2,000', null)), { source: 'undated.txt', kind: 'text' });
        const [story] = await store.listStories();
        expect(story).toMatchObject({ articleCount: 2, first: '2024-10-24', last: '2024-10-24' });
        const detail = (await store.getStory(story.id))!;
        expect(detail.articles.map((a) => a.source)).toEqual(['dated.txt', 'undated.txt']);
        expect(detail.timeline.map((t) => [t.date, t.articleId])).toEqual([['2024-10-23', 2], ['2024-10-23', 1]]);
        expect((await store.listArticles()).map((a) => a.id)).toEqual([1, 2]);
        expect((await store.listArticles({ order: 'oldest' })).map((a) => a.id)).toEqual([1, 2]);
        const [series] = await store.figureSeries(story.id);
        expect(series.points.map((p) => [p.date, p.value])).toEqual([['2024-10-23', 2500], ['2024-10-23', 2000]]);
      } finally {
        await store.close();
      }
    });
  });

  describe(`${target.name}.addArticles (one commit for a batch, each article all or nothing)`, () => {
    it('stores a batch in order, rolls back only the article that fails, and groups as one at a time does', async () => {
      const store = await openStore(await target.fresh('batch'));
      try {
        const good = SPECS.map(makeLedger);
        // Fails after its article row is written (a claim without a cue): nothing of it may stay.
        const broken = makeLedger({ ...SPECS[2], title: 'A broken ledger', body: SPECS[2].body + ' Broken.' });
        broken.claims = [{ ...broken.claims[0], cue: undefined as never }];
        const items = [good[0], broken, good[1], good[2], good[3], good[4], good[1]]
          .map((ledger, i) => ({ ledger, origin: { source: `b${i}.txt`, kind: 'text' as const } }));
        const res = await store.addArticles(items);
        expect(res.map((r) => r.status)).toEqual(['added', 'failed', 'added', 'added', 'added', 'added', 'duplicate']);
        expect(res[1]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/text|undefined/) });
        expect(await store.hasContentHash(broken.document.id)).toBe(false);
        expect(await store.stats()).toMatchObject({ articles: 5, claims: 5, quantities: 5, stories: 2 });
        expect((await store.listStories()).map((s) => s.articleCount)).toEqual([4, 1]);
        expect(await store.addArticles([])).toEqual([]);
        expect(await store.searchArticles('broken')).toEqual([]);
      } finally {
        await store.close();
      }
    });

    it('rolls back an article the database refuses (a NOT NULL column) and keeps the rest', async () => {
      const store = await openStore(await target.fresh('refused'));
      try {
        const good = SPECS.map(makeLedger);
        const bad = makeLedger({ ...SPECS[4], title: 'Apple again', body: SPECS[4].body + ' Again.' });
        // No source: refused by the database itself (articles.source is NOT NULL), after its story was made.
        const res = await store.addArticles([
          { ledger: good[4], origin: { source: 'a.txt', kind: 'jsonl', line: 1 } },
          { ledger: bad, origin: { source: null as never, kind: 'jsonl', line: 2 } },
          { ledger: good[0], origin: { source: 'a.txt', kind: 'jsonl', line: 3 } },
        ]);
        expect(res.map((r) => r.status)).toEqual(['added', 'failed', 'added']);
        expect(await store.hasContentHash(bad.document.id)).toBe(false);
        expect(await store.stats()).toMatchObject({ articles: 2, stories: 2 });
        expect((await store.listStories()).every((s) => s.articleCount === 1)).toBe(true);
      } finally {
        await store.close();
      }
    });
  });
}
