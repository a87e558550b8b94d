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
import { BUCKET_CAP, PROFILE_TOP, type CandidateStory } from '../../stories/assign.js';
import { parseQuery, toFts5 } from '../query.js';
import { articleRow, candidateStories, claimRow, labelOf, ledgerRows, placeArticle, relabelDue, widenSpan, type Row } from '../rows.js';
import { ARTICLE_COLS, CLAIM_SELECT, SqlStore, type Dialect } from '../sqlstore.js';
import type { AddResult, ArticleHit, ArticleOrigin, BatchAddResult, ClaimHit } from '../types.js';
import { MIGRATIONS } from './migrations.js';

/** The newest BUCKET_CAP articles of one LSH bucket (asked once per band: 64 small look-ups cost
 *  less than one UNION of 64 subqueries, which sorts and de-duplicates through temporary b-trees). */
const BUCKET_SQL = `SELECT article_id FROM lsh WHERE band = ? AND bucket = ? ORDER BY article_id DESC LIMIT ${BUCKET_CAP}`;

/** Rows written by one multi-row INSERT at most (a power of two; see insertRows). */
const ROWS_PER_INSERT = 32;

export class SqliteStore extends SqlStore {
  readonly kind = 'sqlite';
  readonly location: string;
  protected readonly dialect: Dialect = {
    contains: (h, n) => `instr(${h}, ${n}) > 0`,
    idList: (ids) => ({ sql: 'IN (SELECT value FROM json_each(?))', param: JSON.stringify(ids) }),
  };
  private db: Database.Database;
  private closed = false;
  private statements = new Map<string, Database.Statement>();

  /** A prepared statement, prepared once per store; `pluck`: one that returns each row's first
   *  column alone (kept apart from the plain statement of the same SQL). */
  private stmt(sql: string, pluck = false): Database.Statement {
    const key = pluck ? `pluck:${sql}` : sql;
    let st = this.statements.get(key);
    if (!st) {
      st = this.db.prepare(sql);
      if (pluck) st.pluck();
      this.statements.set(key, st);
    }
    return st;
  }

  /** Insert `rows` (each a list of values matching `tuple`) with few statements: `head` is the INSERT
   *  up to VALUES, `tuple` one value list, `tail` what follows the value lists (an ON CONFLICT clause,
   *  or ''). The rows go in in order, as one INSERT each would, in chunks of 32, 16, 8, 4, 2 and 1
   *  rows (a statement for each of those sizes only, so that few are ever prepared). */
  private insertRows(head: string, tuple: string, tail: string, rows: readonly unknown[][]): void {
    for (let i = 0; i < rows.length;) {
      let n = ROWS_PER_INSERT;
      while (n > rows.length - i) n >>= 1;
      const st = this.stmt(`${head} VALUES ${Array.from({ length: n }, () => tuple).join(', ')}${tail}`);
      const params: unknown[] = [];
      for (let k = i; k < i + n; k++) for (const v of rows[k]) params.push(v);
      st.run(params);
      i += n;
    }
  }

  protected async all(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return this.stmt(sql).all(...params) as Row[];
  }

  constructor(file: string) {
    super();
    this.location = file === ':memory:' ? file : resolve(file);
    if (file !== ':memory:') mkdirSync(dirname(this.location), { recursive: true });
    this.db = new Database(this.location);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('foreign_keys = OFF');
    // Temporary b-trees and the statement journals of the per-article savepoints in memory, not in
    // temporary files (they live for one transaction; nothing durable is in them).
    this.db.pragma('temp_store = MEMORY');
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
    const r = this.db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as Row | undefined;
    return (r?.v as number | null) ?? 0;
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
    return this.db.transaction((): AddResult => {
      const existing = this.stmt('SELECT id, story_id FROM articles WHERE hash = ?').get(ledger.document.id) as Row | undefined;
      if (existing) return { status: 'duplicate', articleId: existing.id as number, storyId: existing.story_id as number };
      const rows = ledgerRows(ledger, origin, new Date().toISOString());
      const a = rows.article;

      // Story placement.
      const bucketQ = this.stmt(BUCKET_SQL, true);
      const near = new Set<number>();
      for (const [band, bucket] of rows.buckets) for (const id of bucketQ.all(band, bucket) as number[]) near.add(id);
      const storyIds = near.size === 0 ? [] : this.stmt('SELECT DISTINCT story_id FROM articles WHERE id IN (SELECT value FROM json_each(?))', true)
        .all(JSON.stringify([...near])) as number[];
      let candidates: CandidateStory[] = [];
      const keys = rows.features.map((f) => f.key);
      if (storyIds.length > 0) {
        // json_each lists: one prepared statement whatever the number of stories and keys.
        const stories = this.stmt('SELECT id, n_articles, last FROM stories WHERE id IN (SELECT value FROM json_each(?))')
          .all(JSON.stringify(storyIds)) as Row[];
        const profiles = keys.length === 0 ? [] : this.stmt(`SELECT story_id, key, n FROM story_features
            WHERE story_id IN (SELECT value FROM json_each(?)) AND key IN (SELECT value FROM json_each(?))`)
          .all(JSON.stringify(storyIds), JSON.stringify(keys)) as Row[];
        candidates = candidateStories(stories, profiles);
      }
      const topQ = this.stmt('SELECT key, n FROM story_features WHERE story_id = ? ORDER BY n DESC, key LIMIT ?');
      const choice = placeArticle(rows, candidates,
        (sid) => new Map((topQ.all(sid, PROFILE_TOP) as Array<{ key: string; n: number }>).map((r) => [r.key, r.n])));
      let storyId: number;
      if (choice.storyId === null) {
        storyId = Number(this.stmt('INSERT INTO stories (label, first, last, n_articles, created_at) VALUES (?, NULL, NULL, 0, ?)')
          .run(choice.label, a.addedAt).lastInsertRowid);
      } else {
        storyId = choice.storyId;
        for (const m of choice.merge) this.mergeStory(m, storyId);
      }

      // The article.
      const articleId = Number(this.stmt(`INSERT INTO articles (hash, title, published, url, outlet, source, kind, line, feed,
          story_id, words, n_claims, n_quantities, n_entities, added_at, ledger)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
        a.hash, a.title, a.published, a.url, a.outlet, a.source, a.kind, a.line, a.feed, storyId, a.words, a.nClaims,
        a.nQuantities, a.nEntities, a.addedAt, a.ledger,
      ).lastInsertRowid);
      this.stmt('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)').run(articleId, a.titleText, a.body);
      this.insertRows('INSERT OR IGNORE INTO lsh (band, bucket, article_id)', '(?, ?, ?)', '',
        rows.buckets.map(([band, bucket]) => [band, bucket, articleId]));

      // The story's profile, span and label.
      this.insertRows('INSERT INTO story_features (story_id, key, display, n)', '(?, ?, ?, 1)',
        ' ON CONFLICT (story_id, key) DO UPDATE SET n = n + 1', rows.features.map((f) => [storyId, f.key, f.display]));
      const size = this.widenStory(storyId, 1, a.published, a.published);
      if (relabelDue(size, choice.merge.length > 0)) this.relabel(storyId);

      // Entities.
      const entityIds = new Map<string, number>();
      const entGet = this.stmt('SELECT id FROM entities WHERE type = ? AND norm = ?', true);
      const entIns = this.stmt('INSERT INTO entities (type, canonical, norm) VALUES (?, ?, ?)');
      const aeRows: unknown[][] = [];
      for (const e of rows.entities) {
        let id = entGet.get(e.type, e.norm) as number | undefined;
        if (id === undefined) id = Number(entIns.run(e.type, e.canonical, e.norm).lastInsertRowid);
        entityIds.set(e.ledgerId, id);
        aeRows.push([articleId, e.ledgerId, id, e.role, e.mentions]);
      }
      this.insertRows('INSERT OR IGNORE INTO article_entities (article_id, ledger_id, entity_id, role, mentions)', '(?, ?, ?, ?, ?)', '', aeRows);

      // Claims.
      const claimIds = new Map<string, number>();
      const claimIns = this.stmt(`INSERT INTO claims (article_id, ledger_id, date, source, source_entity_id, cue, content, stance, hedged, direct)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      const claimFts = this.stmt('INSERT INTO claims_fts (rowid, content, source) VALUES (?, ?, ?)');
      const ceRows: unknown[][] = [];
      for (const c of rows.claims) {
        const id = Number(claimIns.run(articleId, c.ledgerId, c.date, c.source, c.sourceEntity ? entityIds.get(c.sourceEntity) ?? null : null,
          c.cue, c.content, c.stance, c.hedged, c.direct).lastInsertRowid);
        claimIds.set(c.ledgerId, id);
        claimFts.run(id, c.content, c.source ?? '');
        for (const e of c.mentions) ceRows.push([id, entityIds.get(e)]);
      }
      this.insertRows('INSERT OR IGNORE INTO claim_entities (claim_id, entity_id)', '(?, ?)', '', ceRows);

      // Figures.
      this.insertRows(`INSERT INTO quantities (article_id, ledger_id, value, high, approx, delta, text, unit, counts, outcome,
        place, source, source_entity, claim_id, date)`, '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', '', rows.quantities.map((q) => [
        articleId, q.ledgerId, q.value, q.high, q.approx, q.delta, q.text, q.unit, q.counts, q.outcome, q.place, q.source,
        q.sourceEntity, q.claim ? claimIds.get(q.claim) ?? null : null, q.date]));

      // Events.
      this.insertRows('INSERT INTO events (article_id, ledger_id, type, mode, actor, target, trigger, claim_id, date, location)',
        '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', '', rows.events.map((v) => [
          articleId, v.ledgerId, v.type, v.mode, v.actor, v.target, v.trigger, v.claim ? claimIds.get(v.claim) ?? null : null, v.date, v.location]));
      return { status: 'added', articleId, storyId };
    }).immediate();
  }

  /** Add `n` articles and a span to a story; gives its new size. */
  private widenStory(storyId: number, n: number, first: string | null, last: string | null): number {
    const cur = this.stmt('SELECT n_articles, first, last FROM stories WHERE id = ?').get(storyId) as Row;
    const span = widenSpan({ first: (cur.first as string | null) ?? null, last: (cur.last as string | null) ?? null }, first, last);
    const size = (cur.n_articles as number) + n;
    this.stmt('UPDATE stories SET n_articles = ?, first = ?, last = ? WHERE id = ?').run(size, span.first, span.last, storyId);
    return size;
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
    this.widenStory(into, f.n_articles as number, (f.first as string | null) ?? null, (f.last as string | null) ?? null);
    db.prepare('UPDATE stories SET merged_into = ?, n_articles = 0 WHERE id = ?').run(into, from);
    db.prepare('UPDATE stories SET merged_into = ? WHERE merged_into = ?').run(into, from);
  }

  private relabel(storyId: number): void {
    const top = this.stmt('SELECT key, display, n FROM story_features WHERE story_id = ? ORDER BY n DESC, key LIMIT 12').all(storyId) as Row[];
    this.stmt('UPDATE stories SET label = ? WHERE id = ?').run(labelOf(top), storyId);
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

  protected async databaseBytes(): Promise<number | null> {
    if (this.location === ':memory:') return null;
    let bytes = 0;
    for (const suffix of ['', '-wal']) {
      try { bytes += statSync(this.location + suffix).size; } catch { /* no WAL file */ }
    }
    return bytes;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try { this.db.pragma('wal_checkpoint(TRUNCATE)'); } catch { /* another process holds the file */ }
    this.db.close();
  }
}
