/**
 * The embedded store: one SQLite file (better-sqlite3), write-ahead log, FTS5 full-text indexes,
 * numbered migrations. Each article is stored in one transaction with its story placement, so a
 * process killed mid-ingest leaves every article either wholly stored or not at all.
 *
 * better-sqlite3 is synchronous; the methods are async to keep the Store interface database-neutral.
 */
import Database from 'better-sqlite3';
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Ledger } from '../../ledger/types.js';
import { chooseStory, BUCKET_CAP, DEFAULT_ASSIGN, PROFILE_TOP, storyLabel, type CandidateStory } from '../../stories/assign.js';
import { buildSeries, figureFacets, type FigureInput } from '../../stories/figures.js';
import { articleFeatures, BANDS, lshBuckets, minhash } from '../../stories/signature.js';
import { parseQuery, toFts5 } from '../query.js';
import type {
  AddResult, ArticleDetail, BatchAddResult, ArticleHit, ArticleOrigin, ArticleRow, ClaimFilter, ClaimHit, ClaimRow, EntityFilter,
  EntityRow, EventRow, FigureSeries, ListArticlesOptions, Store, StoreStats, StoryArticle, StoryDetail, StoryRow,
  TimelineRow,
} from '../types.js';
import { MIGRATIONS } from './migrations.js';

type Row = Record<string, unknown>;

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Words in a text (for the article's word count). */
function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

function articleRow(r: Row): ArticleRow {
  return {
    id: r.id as number,
    hash: r.hash as string,
    title: (r.title as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    url: (r.url as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    source: r.source as string,
    kind: r.kind as ArticleRow['kind'],
    feed: (r.feed as string | null) ?? null,
    storyId: r.story_id as number,
    words: r.words as number,
    claims: r.n_claims as number,
    quantities: r.n_quantities as number,
    entities: r.n_entities as number,
    addedAt: r.added_at as string,
  };
}

const ARTICLE_COLS = 'a.id, a.hash, a.title, a.published, a.url, a.outlet, a.source, a.kind, a.feed, a.story_id, a.words, a.n_claims, a.n_quantities, a.n_entities, a.added_at';

const CLAIM_SELECT = `SELECT c.id, c.article_id, a.story_id, c.ledger_id, c.date, a.outlet, c.source,
  e.canonical AS source_entity, c.cue, c.content, c.stance, c.hedged, c.direct, a.title AS article_title
  FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN entities e ON e.id = c.source_entity_id`;

function claimRow(r: Row): ClaimRow {
  return {
    id: r.id as number,
    articleId: r.article_id as number,
    storyId: r.story_id as number,
    ledgerId: r.ledger_id as string,
    date: (r.date as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    source: (r.source as string | null) ?? null,
    sourceEntity: (r.source_entity as string | null) ?? null,
    cue: r.cue as string,
    content: r.content as string,
    stance: r.stance as ClaimRow['stance'],
    hedged: r.hedged === 1,
    direct: r.direct === 1,
    articleTitle: (r.article_title as string | null) ?? null,
  };
}

/** The stories of the articles sharing an LSH bucket with the new one (newest BUCKET_CAP a bucket). */
const CANDIDATES_SQL = `SELECT DISTINCT a.story_id FROM (${
  Array.from({ length: BANDS }, () => `SELECT * FROM (SELECT article_id FROM lsh WHERE band = ? AND bucket = ? ORDER BY article_id DESC LIMIT ${BUCKET_CAP})`).join(' UNION ')
}) x JOIN articles a ON a.id = x.article_id`;

export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly location: string;
  private db: Database.Database;
  private closed = false;
  private statements = new Map<string, Database.Statement>();
  /** Series counts per story, kept while the story's articles stay the same (key: count and newest id). */
  private seriesCounts = new Map<number, { key: string; count: number }>();

  /** A prepared statement, prepared once per store. */
  private stmt(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  constructor(file: string) {
    this.location = file === ':memory:' ? file : resolve(file);
    if (file !== ':memory:') mkdirSync(dirname(this.location), { recursive: true });
    this.db = new Database(this.location);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('foreign_keys = OFF');
  }

  async migrate(): Promise<number> {
    return this.migrateSync();
  }

  migrateSync(): number {
    this.db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const done = new Set((this.db.prepare('SELECT version FROM schema_migrations').all() as Row[]).map((r) => r.version as number));
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      this.db.transaction(() => {
        // Another process may have migrated between our read and this write lock.
        const again = this.db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version);
        if (again) return;
        this.db.exec(m.sql);
        this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
          .run(m.version, m.name, new Date().toISOString());
      }).immediate();
    }
    return this.schemaVersion();
  }

  private schemaVersion(): number {
    const r = this.db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as Row | undefined;
    return (r?.v as number | null) ?? 0;
  }

  async hasContentHash(hash: string): Promise<boolean> {
    return !!this.stmt('SELECT 1 FROM articles WHERE hash = ?').get(hash);
  }

  async addArticle(ledger: Ledger, origin: ArticleOrigin): Promise<AddResult> {
    return this.addArticleSync(ledger, origin);
  }

  async addArticles(items: ReadonlyArray<{ ledger: Ledger; origin: ArticleOrigin }>): Promise<BatchAddResult[]> {
    return this.addArticlesSync(items);
  }

  /** One IMMEDIATE transaction; each article inside its own savepoint (addArticleSync nested), so
   *  one that fails is rolled back alone and the rest commit together. */
  addArticlesSync(items: ReadonlyArray<{ ledger: Ledger; origin: ArticleOrigin }>): BatchAddResult[] {
    if (items.length === 0) return [];
    return this.db.transaction((): BatchAddResult[] => items.map(({ ledger, origin }) => {
      try {
        return this.addArticleSync(ledger, origin);
      } catch (err) {
        return { status: 'failed', reason: (err as Error).message };
      }
    })).immediate();
  }

  /** The whole of addArticle, in one IMMEDIATE transaction (the write lock is taken at once). */
  addArticleSync(ledger: Ledger, origin: ArticleOrigin): AddResult {
    const db = this.db;
    const doc = ledger.document;
    return db.transaction((): AddResult => {
      const existing = this.stmt('SELECT id, story_id FROM articles WHERE hash = ?').get(doc.id) as Row | undefined;
      if (existing) return { status: 'duplicate', articleId: existing.id as number, storyId: existing.story_id as number };

      // Story placement.
      const features = articleFeatures(ledger);
      const buckets = lshBuckets(minhash(features.map((f) => f.key)));
      const storyIds = (this.stmt(CANDIDATES_SQL).all(...buckets.flat()) as Row[]).map((r) => r.story_id as number);
      const candidates: CandidateStory[] = [];
      const keys = features.map((f) => f.key);
      if (storyIds.length > 0) {
        // json_each lists: one prepared statement whatever the number of stories and keys.
        const sizes = this.stmt('SELECT id, n_articles, last FROM stories WHERE id IN (SELECT value FROM json_each(?))')
          .all(JSON.stringify(storyIds)) as Row[];
        const profiles = new Map<number, Map<string, number>>(sizes.map((r) => [r.id as number, new Map()]));
        if (keys.length > 0) {
          const rows = this.stmt(`SELECT story_id, key, n FROM story_features
              WHERE story_id IN (SELECT value FROM json_each(?)) AND key IN (SELECT value FROM json_each(?))`)
            .all(JSON.stringify(storyIds), JSON.stringify(keys)) as Row[];
          for (const r of rows) profiles.get(r.story_id as number)?.set(r.key as string, r.n as number);
        }
        for (const r of sizes) {
          candidates.push({ storyId: r.id as number, size: r.n_articles as number, last: (r.last as string | null) ?? null, profile: profiles.get(r.id as number)! });
        }
      }
      const storyQ = this.stmt('SELECT n_articles, last FROM stories WHERE id = ?');
      const topQ = this.stmt('SELECT key, n FROM story_features WHERE story_id = ? ORDER BY n DESC, key LIMIT ?');
      const choice = chooseStory(features, doc.published, candidates, DEFAULT_ASSIGN, (sid) => ({
        size: candidates.find((c) => c.storyId === sid)?.size ?? 1,
        top: new Map((topQ.all(sid, PROFILE_TOP) as Array<{ key: string; n: number }>).map((r) => [r.key, r.n])),
      }));
      const now = new Date().toISOString();
      let storyId: number;
      if (choice.storyId === null) {
        storyId = Number(this.stmt('INSERT INTO stories (label, first, last, n_articles, created_at) VALUES (?, NULL, NULL, 0, ?)')
          .run(storyLabel(features.map((f) => ({ key: f.key, display: f.display, n: 1 }))), now).lastInsertRowid);
      } else {
        storyId = choice.storyId;
        for (const m of choice.merge) this.mergeStory(m, storyId);
      }

      // The article.
      const articleId = Number(this.stmt(`INSERT INTO articles (hash, title, published, url, outlet, source, kind, line, feed,
          story_id, words, n_claims, n_quantities, n_entities, added_at, ledger)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
        doc.id, doc.title, doc.published, doc.url, doc.outlet, origin.source, origin.kind, origin.line ?? null,
        origin.feed ?? null, storyId, countWords(doc.text.slice(doc.body_start)), ledger.claims.length,
        ledger.quantities.length, ledger.entities.length, now, JSON.stringify(ledger),
      ).lastInsertRowid);
      this.stmt('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)')
        .run(articleId, doc.title ?? '', doc.text.slice(doc.body_start));
      const lshIns = this.stmt('INSERT OR IGNORE INTO lsh (band, bucket, article_id) VALUES (?, ?, ?)');
      for (const [band, bucket] of buckets) lshIns.run(band, bucket, articleId);

      // The story's profile, span and label.
      const featIns = this.stmt(`INSERT INTO story_features (story_id, key, display, n) VALUES (?, ?, ?, 1)
        ON CONFLICT (story_id, key) DO UPDATE SET n = n + 1`);
      for (const f of features) featIns.run(storyId, f.key, f.display);
      this.stmt(`UPDATE stories SET n_articles = n_articles + 1,
          first = CASE WHEN @d IS NULL THEN first WHEN first IS NULL OR @d < first THEN @d ELSE first END,
          last = CASE WHEN @d IS NULL THEN last WHEN last IS NULL OR @d > last THEN @d ELSE last END
          WHERE id = @id`).run({ d: doc.published, id: storyId });
      const size = (storyQ.get(storyId) as Row).n_articles as number;
      if (size <= 16 || size % 8 === 0 || choice.merge.length > 0) this.relabel(storyId);

      // Entities.
      const entityIds = new Map<string, number>();
      const entGet = this.stmt('SELECT id FROM entities WHERE type = ? AND norm = ?');
      const entIns = this.stmt('INSERT INTO entities (type, canonical, norm) VALUES (?, ?, ?)');
      const aeIns = this.stmt('INSERT OR IGNORE INTO article_entities (article_id, ledger_id, entity_id, role, mentions) VALUES (?, ?, ?, ?, ?)');
      for (const e of ledger.entities) {
        const n = norm(e.canonical);
        if (!n) continue;
        let id = (entGet.get(e.type, n) as Row | undefined)?.id as number | undefined;
        if (id === undefined) id = Number(entIns.run(e.type, e.canonical, n).lastInsertRowid);
        entityIds.set(e.id, id);
        aeIns.run(articleId, e.id, id, e.role, e.mentions.length);
      }

      // Claims.
      const times = new Map(ledger.times.map((t) => [t.id, t]));
      const claimIds = new Map<string, number>();
      const claimIns = this.stmt(`INSERT INTO claims (article_id, ledger_id, date, source, source_entity_id, cue, content, stance, hedged, direct)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      const claimFts = this.stmt('INSERT INTO claims_fts (rowid, content, source) VALUES (?, ?, ?)');
      const ceIns = this.stmt('INSERT OR IGNORE INTO claim_entities (claim_id, entity_id) VALUES (?, ?)');
      for (const c of ledger.claims) {
        let date = doc.published;
        const t = c.time ? times.get(c.time) : undefined;
        if (t && t.type === 'DATE' && ISO_DATE.test(t.value)) date = t.value;
        const sourceEntity = c.source?.entity ? entityIds.get(c.source.entity) ?? null : null;
        const id = Number(claimIns.run(articleId, c.id, date, c.source?.text ?? null, sourceEntity, c.cue.text,
          c.content.text, c.stance, c.hedged ? 1 : 0, c.direct ? 1 : 0).lastInsertRowid);
        claimIds.set(c.id, id);
        claimFts.run(id, c.content.text, c.source?.text ?? '');
        for (const e of ledger.entities) {
          const eid = entityIds.get(e.id);
          if (eid === undefined) continue;
          if (e.mentions.some((m) => m.start >= c.content.start && m.end <= c.content.end)) ceIns.run(id, eid);
        }
      }

      // Figures.
      const qIns = this.stmt(`INSERT INTO quantities (article_id, ledger_id, value, high, approx, delta, text, unit, counts, outcome,
        place, source, source_entity, claim_id, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      const facets = new Map(figureFacets(ledger).map((f) => [f.quantityId, f]));
      for (const q of ledger.quantities) {
        if (!Number.isFinite(q.value)) continue;
        const f = facets.get(q.id);
        qIns.run(articleId, q.id, q.value, q.high, q.approx, q.delta ? 1 : 0, q.text, f?.unit ?? null, f?.counts ?? null,
          f?.outcome ?? null, f?.place ?? null, f?.source ?? null, f?.sourceEntity ?? null,
          f?.claim ? claimIds.get(f.claim) ?? null : null, f?.date ?? doc.published);
      }

      // Events.
      const evIns = this.stmt(`INSERT INTO events (article_id, ledger_id, type, mode, actor, target, trigger, claim_id, date, location)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      const names = new Map(ledger.entities.map((e) => [e.id, e.canonical]));
      for (const v of ledger.events) {
        const t = v.time ? times.get(v.time) : undefined;
        const date = t && t.type === 'DATE' && ISO_DATE.test(t.value) ? t.value : doc.published;
        evIns.run(articleId, v.id, v.type, v.mode, v.actor ? names.get(v.actor) ?? v.actor : null,
          v.target ? names.get(v.target) ?? v.target : null, v.trigger.text, v.claim ? claimIds.get(v.claim) ?? null : null,
          date, v.location ? names.get(v.location) ?? v.location : null);
      }
      return { status: 'added', articleId, storyId };
    }).immediate();
  }

  /** Move story `from` into story `into` (inside the caller's transaction). */
  private mergeStory(from: number, into: number): void {
    const db = this.db;
    db.prepare('UPDATE articles SET story_id = ? WHERE story_id = ?').run(into, from);
    db.prepare(`INSERT INTO story_features (story_id, key, display, n)
        SELECT ?, key, display, n FROM story_features WHERE story_id = ? AND true
        ON CONFLICT (story_id, key) DO UPDATE SET n = story_features.n + excluded.n`).run(into, from);
    db.prepare('DELETE FROM story_features WHERE story_id = ?').run(from);
    const f = db.prepare('SELECT n_articles, first, last FROM stories WHERE id = ?').get(from) as Row;
    db.prepare(`UPDATE stories SET n_articles = n_articles + @n,
        first = CASE WHEN @f IS NULL THEN first WHEN first IS NULL OR @f < first THEN @f ELSE first END,
        last = CASE WHEN @l IS NULL THEN last WHEN last IS NULL OR @l > last THEN @l ELSE last END
        WHERE id = @id`).run({ n: f.n_articles, f: f.first, l: f.last, id: into });
    db.prepare('UPDATE stories SET merged_into = ?, n_articles = 0 WHERE id = ?').run(into, from);
    db.prepare('UPDATE stories SET merged_into = ? WHERE merged_into = ?').run(into, from);
  }

  private relabel(storyId: number): void {
    const top = this.stmt('SELECT key, display, n FROM story_features WHERE story_id = ? ORDER BY n DESC, key LIMIT 12')
      .all(storyId) as Array<{ key: string; display: string; n: number }>;
    this.stmt('UPDATE stories SET label = ? WHERE id = ?').run(storyLabel(top), storyId);
  }

  async getArticle(id: number): Promise<ArticleDetail | null> {
    const r = this.db.prepare(`SELECT ${ARTICLE_COLS}, a.ledger FROM articles a WHERE a.id = ?`).get(id) as Row | undefined;
    if (!r) return null;
    return { ...articleRow(r), ledger: JSON.parse(r.ledger as string) as Ledger };
  }

  private articleWhere(opts: ListArticlesOptions): { where: string; params: unknown[] } {
    const conds: string[] = [];
    const params: unknown[] = [];
    if (opts.storyId !== undefined) { conds.push('a.story_id = ?'); params.push(opts.storyId); }
    if (opts.from) { conds.push('a.published >= ?'); params.push(opts.from); }
    if (opts.to) { conds.push("a.published <= ? || '~'"); params.push(opts.to); }
    if (opts.outlet) { conds.push('lower(a.outlet) = lower(?)'); params.push(opts.outlet); }
    return { where: conds.length ? 'WHERE ' + conds.join(' AND ') : '', params };
  }

  async listArticles(opts: ListArticlesOptions = {}): Promise<ArticleRow[]> {
    const { where, params } = this.articleWhere(opts);
    const dir = opts.order === 'oldest' ? 'ASC' : 'DESC';
    const rows = this.db.prepare(`SELECT ${ARTICLE_COLS} FROM articles a ${where}
        ORDER BY a.published IS NULL, a.published ${dir}, a.id ${dir} LIMIT ? OFFSET ?`)
      .all(...params, opts.limit ?? 100, opts.offset ?? 0) as Row[];
    return rows.map(articleRow);
  }

  async countArticles(opts: ListArticlesOptions = {}): Promise<number> {
    const { where, params } = this.articleWhere(opts);
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM articles a ${where}`).get(...params) as Row).n as number;
  }

  private storyRow(r: Row): StoryRow {
    const id = r.id as number;
    const counts = this.db.prepare(`SELECT COUNT(DISTINCT a.outlet) AS outlets, COALESCE(SUM(a.n_claims), 0) AS claims
        FROM articles a WHERE a.story_id = ?`).get(id) as Row;
    const top = this.db.prepare(`SELECT display FROM story_features WHERE story_id = ? AND key LIKE 'e:%'
        ORDER BY n DESC, key LIMIT 5`).all(id) as Row[];
    return {
      id,
      label: r.label as string,
      first: (r.first as string | null) ?? null,
      last: (r.last as string | null) ?? null,
      articleCount: r.n_articles as number,
      outletCount: counts.outlets as number,
      claimCount: counts.claims as number,
      topEntities: top.map((t) => t.display as string),
    };
  }

  async listStories(opts: { limit?: number; offset?: number; minArticles?: number } = {}): Promise<StoryRow[]> {
    const rows = this.db.prepare(`SELECT id, label, first, last, n_articles FROM stories
        WHERE merged_into IS NULL AND n_articles >= ?
        ORDER BY n_articles DESC, last IS NULL, last DESC, id LIMIT ? OFFSET ?`)
      .all(Math.max(1, opts.minArticles ?? 1), opts.limit ?? 1_000_000, opts.offset ?? 0) as Row[];
    return rows.map((r) => this.storyRow(r));
  }

  async getStory(id: number): Promise<StoryDetail | null> {
    let r = this.db.prepare('SELECT id, label, first, last, n_articles, merged_into FROM stories WHERE id = ?').get(id) as Row | undefined;
    if (!r) return null;
    let mergedInto: number | undefined;
    if (r.merged_into !== null && r.merged_into !== undefined) {
      mergedInto = r.merged_into as number;
      r = this.db.prepare('SELECT id, label, first, last, n_articles, merged_into FROM stories WHERE id = ?').get(mergedInto) as Row | undefined;
      if (!r) return null;
    }
    const articles = (this.db.prepare(`SELECT id, title, published, outlet, url, source FROM articles
        WHERE story_id = ? ORDER BY published IS NULL, published, id`).all(r.id) as Row[]).map((a): StoryArticle => ({
      id: a.id as number,
      title: (a.title as string | null) ?? null,
      published: (a.published as string | null) ?? null,
      outlet: (a.outlet as string | null) ?? null,
      url: (a.url as string | null) ?? null,
      source: a.source as string,
    }));
    const timeline = (this.db.prepare(`${CLAIM_SELECT} WHERE a.story_id = ?
        ORDER BY c.date IS NULL, c.date, a.published, a.id, c.id`).all(r.id) as Row[]).map((row): TimelineRow => {
      const c = claimRow(row);
      return {
        date: c.date, articleId: c.articleId, outlet: c.outlet, source: c.source, sourceEntity: c.sourceEntity,
        stance: c.stance, hedged: c.hedged, direct: c.direct, claim: c.content, claimId: c.id,
      };
    });
    const detail: StoryDetail = { ...this.storyRow(r), articles, timeline };
    if (mergedInto !== undefined) detail.mergedInto = mergedInto;
    return detail;
  }

  async figureSeries(storyId: number): Promise<FigureSeries[]> {
    return this.figureSeriesSync(storyId);
  }

  private figureSeriesSync(storyId: number): FigureSeries[] {
    const rows = this.db.prepare(`SELECT q.*, a.outlet FROM quantities q JOIN articles a ON a.id = q.article_id
        WHERE a.story_id = ? ORDER BY q.date, q.article_id, q.id`).all(storyId) as Row[];
    const inputs: FigureInput[] = rows.map((q) => ({
      value: q.value as number,
      high: (q.high as number | null) ?? null,
      approx: q.approx as FigureInput['approx'],
      delta: q.delta === 1,
      text: q.text as string,
      counts: (q.counts as string | null) ?? null,
      source: (q.source as string | null) ?? null,
      sourceEntity: (q.source_entity as string | null) ?? null,
      date: (q.date as string | null) ?? null,
      articleId: q.article_id as number,
      outlet: (q.outlet as string | null) ?? null,
      quantityId: q.ledger_id as string,
      claimId: (q.claim_id as number | null) ?? null,
      unit: (q.unit as string | null) ?? null,
      outcome: (q.outcome as string | null) ?? null,
      place: (q.place as string | null) ?? null,
    }));
    return buildSeries(storyId, inputs);
  }

  async searchClaims(query: string, limit = 50): Promise<ClaimHit[]> {
    const match = toFts5(parseQuery(query));
    const rows = this.db.prepare(`SELECT f.rowid AS fid, snippet(claims_fts, 0, '«', '»', '…', 16) AS snippet, f.rank AS rank
        FROM claims_fts f WHERE claims_fts MATCH ? ORDER BY f.rank LIMIT ?`).all(match, limit) as Row[];
    const one = this.db.prepare(`${CLAIM_SELECT} WHERE c.id = ?`);
    return rows.map((h) => ({ ...claimRow(one.get(h.fid) as Row), snippet: h.snippet as string, rank: h.rank as number }));
  }

  async searchArticles(query: string, limit = 50): Promise<ArticleHit[]> {
    const match = toFts5(parseQuery(query));
    const rows = this.db.prepare(`SELECT ${ARTICLE_COLS}, snippet(articles_fts, 1, '«', '»', '…', 16) AS snippet, f.rank AS rank
        FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT ?`)
      .all(match, limit) as Row[];
    return rows.map((r) => ({ ...articleRow(r), snippet: r.snippet as string, rank: r.rank as number }));
  }

  async claims(filter: ClaimFilter = {}): Promise<ClaimRow[]> {
    const conds: string[] = [];
    const params: unknown[] = [];
    if (filter.storyId !== undefined) { conds.push('a.story_id = ?'); params.push(filter.storyId); }
    if (filter.articleId !== undefined) { conds.push('c.article_id = ?'); params.push(filter.articleId); }
    if (filter.source) {
      conds.push("(instr(lower(coalesce(c.source, '')), lower(?)) > 0 OR instr(lower(coalesce(e.canonical, '')), lower(?)) > 0)");
      params.push(filter.source, filter.source);
    }
    if (filter.entity) {
      conds.push(`(e.norm = ? OR c.id IN (SELECT ce.claim_id FROM claim_entities ce JOIN entities x ON x.id = ce.entity_id WHERE x.norm = ?))`);
      params.push(norm(filter.entity), norm(filter.entity));
    }
    if (filter.stance) { conds.push('c.stance = ?'); params.push(filter.stance); }
    if (filter.from) { conds.push('c.date >= ?'); params.push(filter.from); }
    if (filter.to) { conds.push("c.date <= ? || '~'"); params.push(filter.to); }
    const where = conds.length ? 'WHERE ' + conds.join(' AND ') : '';
    const rows = this.db.prepare(`${CLAIM_SELECT} ${where} ORDER BY c.date IS NULL, c.date, c.article_id, c.id LIMIT ? OFFSET ?`)
      .all(...params, filter.limit ?? 200, filter.offset ?? 0) as Row[];
    return rows.map(claimRow);
  }

  private entityQuery(where: string): string {
    return `SELECT e.id, e.type, e.canonical, COUNT(DISTINCT ae.article_id) AS articles, SUM(ae.mentions) AS mentions,
        (SELECT COUNT(*) FROM claims c WHERE c.source_entity_id = e.id) AS claims,
        (SELECT role FROM article_entities r WHERE r.entity_id = e.id AND r.role IS NOT NULL
           GROUP BY role ORDER BY COUNT(*) DESC, role LIMIT 1) AS role
      FROM entities e JOIN article_entities ae ON ae.entity_id = e.id JOIN articles a ON a.id = ae.article_id
      ${where} GROUP BY e.id`;
  }

  private entityRow(r: Row): EntityRow {
    return {
      id: r.id as number, type: r.type as EntityRow['type'], canonical: r.canonical as string,
      role: (r.role as string | null) ?? null, articles: r.articles as number, mentions: r.mentions as number,
      claims: r.claims as number,
    };
  }

  async entities(filter: EntityFilter = {}): Promise<EntityRow[]> {
    const conds: string[] = [];
    const params: unknown[] = [];
    if (filter.name) { conds.push('instr(e.norm, ?) > 0'); params.push(norm(filter.name)); }
    if (filter.type) { conds.push('e.type = ?'); params.push(filter.type); }
    if (filter.storyId !== undefined) { conds.push('a.story_id = ?'); params.push(filter.storyId); }
    if (filter.articleId !== undefined) { conds.push('ae.article_id = ?'); params.push(filter.articleId); }
    const where = conds.length ? 'WHERE ' + conds.join(' AND ') : '';
    const rows = this.db.prepare(`${this.entityQuery(where)} ORDER BY articles DESC, mentions DESC, e.canonical LIMIT ? OFFSET ?`)
      .all(...params, filter.limit ?? 100, filter.offset ?? 0) as Row[];
    return rows.map((r) => this.entityRow(r));
  }

  async getEntity(id: number): Promise<EntityRow | null> {
    const r = this.db.prepare(this.entityQuery('WHERE e.id = ?')).get(id) as Row | undefined;
    return r ? this.entityRow(r) : null;
  }

  async events(filter: { storyId?: number; articleId?: number; limit?: number; offset?: number } = {}): Promise<EventRow[]> {
    const conds: string[] = [];
    const params: unknown[] = [];
    if (filter.storyId !== undefined) { conds.push('a.story_id = ?'); params.push(filter.storyId); }
    if (filter.articleId !== undefined) { conds.push('v.article_id = ?'); params.push(filter.articleId); }
    const where = conds.length ? 'WHERE ' + conds.join(' AND ') : '';
    const rows = this.db.prepare(`SELECT v.*, a.story_id, a.outlet, a.url, a.source AS origin, c.content AS claim, c.source AS claim_source
        FROM events v JOIN articles a ON a.id = v.article_id LEFT JOIN claims c ON c.id = v.claim_id
        ${where} ORDER BY v.date IS NULL, v.date, v.article_id, v.id LIMIT ? OFFSET ?`)
      .all(...params, filter.limit ?? 1_000_000, filter.offset ?? 0) as Row[];
    return rows.map((r) => ({
      articleId: r.article_id as number, storyId: r.story_id as number, ledgerId: r.ledger_id as string,
      type: r.type as string, mode: (r.mode as string | null) ?? null, actor: (r.actor as string | null) ?? null,
      target: (r.target as string | null) ?? null, trigger: r.trigger as string, date: (r.date as string | null) ?? null,
      location: (r.location as string | null) ?? null, outlet: (r.outlet as string | null) ?? null,
      url: (r.url as string | null) ?? null, source: r.origin as string, claim: (r.claim as string | null) ?? null,
      claimSource: (r.claim_source as string | null) ?? null,
    }));
  }

  async *ledgers(): AsyncIterable<{ article: ArticleRow; ledger: Ledger }> {
    let after = 0;
    const page = this.db.prepare(`SELECT ${ARTICLE_COLS}, a.ledger FROM articles a WHERE a.id > ? ORDER BY a.id LIMIT 200`);
    for (;;) {
      const rows = page.all(after) as Row[];
      if (rows.length === 0) return;
      for (const r of rows) yield { article: articleRow(r), ledger: JSON.parse(r.ledger as string) as Ledger };
      after = rows[rows.length - 1].id as number;
    }
  }

  async stats(): Promise<StoreStats> {
    const n = (sql: string): number => (this.db.prepare(sql).get() as Row).n as number;
    const span = this.db.prepare('SELECT MIN(published) AS first, MAX(published) AS last FROM articles').get() as Row;
    // Series are derived per story; recompute only the stories whose articles changed since last time
    // (a store of 10,000 articles otherwise spends seconds here).
    let series = 0;
    const withFigures = this.stmt(`SELECT a.story_id AS id, COUNT(DISTINCT a.id) AS n, MAX(a.id) AS newest
      FROM articles a WHERE EXISTS (SELECT 1 FROM quantities q WHERE q.article_id = a.id) GROUP BY a.story_id`).all() as Row[];
    const live = new Set<number>();
    for (const r of withFigures) {
      const id = r.id as number;
      live.add(id);
      const key = `${r.n}:${r.newest}`;
      let cached = this.seriesCounts.get(id);
      if (!cached || cached.key !== key) {
        cached = { key, count: this.figureSeriesSync(id).filter((x) => x.points.length >= 2).length };
        this.seriesCounts.set(id, cached);
      }
      series += cached.count;
    }
    for (const id of this.seriesCounts.keys()) if (!live.has(id)) this.seriesCounts.delete(id);
    let bytes: number | null = null;
    if (this.location !== ':memory:') {
      bytes = 0;
      for (const suffix of ['', '-wal']) {
        try { bytes += statSync(this.location + suffix).size; } catch { /* no WAL file */ }
      }
    }
    return {
      articles: n('SELECT COUNT(*) AS n FROM articles'),
      claims: n('SELECT COUNT(*) AS n FROM claims'),
      quantities: n('SELECT COUNT(*) AS n FROM quantities'),
      figureSeries: series,
      entities: n('SELECT COUNT(*) AS n FROM entities'),
      events: n('SELECT COUNT(*) AS n FROM events'),
      stories: n('SELECT COUNT(*) AS n FROM stories WHERE merged_into IS NULL AND n_articles > 0'),
      storiesMulti: n('SELECT COUNT(*) AS n FROM stories WHERE merged_into IS NULL AND n_articles > 1'),
      first: (span.first as string | null) ?? null,
      last: (span.last as string | null) ?? null,
      bytes,
      schemaVersion: this.schemaVersion(),
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try { this.db.pragma('wal_checkpoint(TRUNCATE)'); } catch { /* another process holds the file */ }
    this.db.close();
  }
}
