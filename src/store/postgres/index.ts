/**
 * The shared-server store: PostgreSQL through `pg`. The same tables, the same rows (../rows.ts) and
 * the same read queries (../sqlstore.ts) as the SQLite store, so one input gives the same stories and
 * figure series in both; full text with PostgreSQL's own tools (tsvector columns, GIN indexes,
 * `english` configuration, ts_rank_cd, ts_headline).
 *
 * Writing: each addArticle/addArticles is one transaction that first takes a transaction-level
 * advisory lock, so writers (two ingests into one database, or two batches of one process) place
 * their articles in stories one after the other and never from a stale view of the stories; readers
 * are never blocked. In a batch, each article has its own SAVEPOINT: one that fails is rolled back
 * alone and reported as failed. Statements are prepared once per connection, and all of an
 * article's rows go in one statement, so an article costs three to five round trips.
 *
 * Migrations run under a session advisory lock, so two processes opening a new database at once
 * create the schema once; a database already up to date is only read (a user allowed to read and
 * not to create tables can open it).
 */
import pg from 'pg';
import type { Ledger } from '../../ledger/types.js';
import { BUCKET_CAP, PROFILE_TOP, type CandidateStory } from '../../stories/assign.js';
import { parseQuery } from '../query.js';
import {
  articleRow, candidateStories, claimRow, int, labelOf, ledgerRows, placeArticle, relabelDue, widenSpan, type LedgerRows, type Row,
} from '../rows.js';
import { ARTICLE_COLS, CLAIM_SELECT, SqlStore, type Dialect } from '../sqlstore.js';
import {
  StoreQueryError, type AddResult, type ArticleHit, type ArticleOrigin, type BatchAddResult, type ClaimHit,
} from '../types.js';
import { PG_MIGRATIONS } from './migrations.js';
import { HEADLINE, toTsquery } from './search.js';
import { redactUrl } from './url.js';

/** Advisory lock keys: (namespace, 0) migrations, (namespace, 1) writing articles and stories. */
const LOCK_NS = 0x636c6169; // "clai"
const LOCK_MIGRATE = 0;
const LOCK_WRITE = 1;

export { isPostgresUrl, redactUrl } from './url.js';

type Client = pg.PoolClient;

export class PostgresStore extends SqlStore {
  readonly kind = 'postgres';
  readonly location: string;
  protected readonly dialect: Dialect = {
    contains: (h, n) => `strpos(${h}, ${n}) > 0`,
    idList: (ids) => ({ sql: '= ANY(CAST(? AS int[]))', param: ids }),
  };
  private pool: pg.Pool;
  private closed = false;
  /** SQL with `?` placeholders → its numbered form and a statement name (prepared once per connection). */
  private prepared = new Map<string, { name: string; text: string }>();

  constructor(url: string) {
    super();
    this.location = redactUrl(url);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error('not a valid PostgreSQL connection string (postgres://user@host:port/database)');
    }
    if (!parsed.hostname && !parsed.searchParams.get('host')) throw new Error('the connection string names no host');
    this.pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 10_000 });
    // An idle connection the server drops must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
  }

  private statement(sql: string): { name: string; text: string } {
    let st = this.prepared.get(sql);
    if (!st) {
      let n = 0;
      st = { name: `ct${this.prepared.size + 1}`, text: sql.replace(/\?/g, () => `$${++n}`) };
      this.prepared.set(sql, st);
    }
    return st;
  }

  /** Run `sql` (`?` placeholders) on a client, or on any connection of the pool. */
  private async run(sql: string, params: readonly unknown[] = [], client?: Client): Promise<Row[]> {
    const st = this.statement(sql);
    const res = await (client ?? this.pool).query<Row>({ name: st.name, text: st.text, values: params as unknown[] });
    return res.rows;
  }

  protected async all(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return this.run(sql, params);
  }

  protected async databaseBytes(): Promise<number | null> {
    return int((await this.one('SELECT pg_database_size(current_database()) AS n'))?.n);
  }

  /** The migrations this database has not had (all of them for an empty one). */
  private async pending(c: pg.Pool | Client): Promise<typeof PG_MIGRATIONS> {
    const exists = (await c.query<{ t: string | null }>("SELECT to_regclass('schema_migrations') AS t")).rows[0].t;
    if (!exists) return PG_MIGRATIONS;
    const done = new Set((await c.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    return PG_MIGRATIONS.filter((m) => !done.has(m.version));
  }

  async migrate(): Promise<number> {
    if ((await this.pending(this.pool)).length === 0) return this.schemaVersion();
    const c = await this.pool.connect();
    let broken: Error | undefined;
    const lost = (err: Error): void => { broken = err; };
    c.on('error', lost);
    try {
      await c.query('SELECT pg_advisory_lock($1, $2)', [LOCK_NS, LOCK_MIGRATE]);
      try {
        // Another process may have migrated while this one waited for the lock.
        await c.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
          version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
        for (const m of await this.pending(c)) {
          await c.query('BEGIN');
          try {
            await c.query(m.sql);
            await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
            await c.query('COMMIT');
          } catch (err) {
            await c.query('ROLLBACK').catch(() => undefined);
            throw err;
          }
        }
      } finally {
        await c.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_NS, LOCK_MIGRATE]).catch(() => undefined);
      }
    } finally {
      c.off('error', lost);
      c.release(broken);
    }
    return this.schemaVersion();
  }

  /** Run `fn` in a transaction holding the write lock. */
  private async writing<T>(fn: (c: Client) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    let broken: Error | undefined;
    // A connection lost mid-transaction fails the pending query (and so the transaction); its
    // 'error' event must not also end the process.
    const lost = (err: Error): void => { broken = err; };
    c.on('error', lost);
    try {
      await c.query('BEGIN');
      try {
        await c.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_NS, LOCK_WRITE]);
        const out = await fn(c);
        await c.query('COMMIT');
        return out;
      } catch (err) {
        await c.query('ROLLBACK').catch((e: Error) => { broken = e; });
        throw err;
      }
    } finally {
      c.off('error', lost);
      c.release(broken);
    }
  }

  async addArticle(ledger: Ledger, origin: ArticleOrigin): Promise<AddResult> {
    return this.writing((c) => this.addOne(c, ledger, origin));
  }

  async addArticles(items: ReadonlyArray<{ ledger: Ledger; origin: ArticleOrigin }>): Promise<BatchAddResult[]> {
    if (items.length === 0) return [];
    return this.writing(async (c) => {
      const out: BatchAddResult[] = [];
      // One round trip between two articles: the last one's savepoint released, the next one's set.
      await c.query('SAVEPOINT article');
      for (const [i, { ledger, origin }] of items.entries()) {
        try {
          out.push(await this.addOne(c, ledger, origin));
        } catch (err) {
          await c.query('ROLLBACK TO SAVEPOINT article');
          out.push({ status: 'failed', reason: (err as Error).message });
        }
        await c.query(i + 1 < items.length ? 'RELEASE SAVEPOINT article; SAVEPOINT article' : 'RELEASE SAVEPOINT article');
      }
      return out;
    });
  }

  /** One article, inside the caller's transaction (which holds the write lock). */
  private async addOne(c: Client, ledger: Ledger, origin: ArticleOrigin): Promise<AddResult> {
    const q = (sql: string, params: readonly unknown[] = []): Promise<Row[]> => this.run(sql, params, c);
    const dupOf = (r: Row | undefined): AddResult | null =>
      (r ? { status: 'duplicate', articleId: int(r.dup_id ?? r.id), storyId: int(r.dup_story ?? r.story_id) } : null);
    let rows: LedgerRows;
    try {
      rows = ledgerRows(ledger, origin, new Date().toISOString());
    } catch (err) {
      // A stored article is a duplicate whatever its new ledger holds.
      const dup = dupOf((await q('SELECT id, story_id FROM articles WHERE hash = ?', [ledger.document.id]))[0]);
      if (dup) return dup;
      throw err;
    }
    const a = rows.article;

    // Whether it is stored already, else story placement: the stories of the articles sharing a
    // bucket (the newest BUCKET_CAP a bucket), with their counts of this article's features; one query.
    const keys = rows.features.map((f) => f.key);
    const found = await q(`WITH dup AS (SELECT id, story_id FROM articles WHERE hash = ?),
      ids AS (
        SELECT DISTINCT a.story_id FROM unnest(?::int[], ?::int[]) AS b(band, bucket)
        CROSS JOIN LATERAL (SELECT l.article_id FROM lsh l WHERE l.band = b.band AND l.bucket = b.bucket
          ORDER BY l.article_id DESC LIMIT ${BUCKET_CAP}) x
        JOIN articles a ON a.id = x.article_id
        WHERE NOT EXISTS (SELECT 1 FROM dup))
      SELECT id AS dup_id, story_id AS dup_story, NULL::int AS id, NULL::int AS n_articles, NULL AS first, NULL AS last, NULL AS key, NULL::int AS n
        FROM dup
      UNION ALL
      SELECT NULL, NULL, s.id, s.n_articles, s.first, s.last, f.key, f.n FROM stories s JOIN ids ON ids.story_id = s.id
        LEFT JOIN story_features f ON f.story_id = s.id AND f.key = ANY(?::text[])`,
    [a.hash, rows.buckets.map((b) => b[0]), rows.buckets.map((b) => b[1]), keys]);
    const dup = dupOf(found.find((r) => r.dup_id !== null));
    if (dup) return dup;
    const stories = new Map<number, Row>();
    for (const r of found) stories.set(int(r.id), r);
    const candidates: CandidateStory[] = candidateStories([...stories.values()], found.filter((r) => r.key !== null)
      .map((r) => ({ story_id: r.id, key: r.key, n: r.n })));
    // The decision is pure: run it once to learn which stories' top features it wants (only when the
    // article fits several), fetch those, and run it again with them.
    const asked = new Set<number>();
    let choice = placeArticle(rows, candidates, (sid) => { asked.add(sid); return new Map(); });
    if (asked.size > 0) {
      const top = await q(`SELECT story_id, key, n FROM (SELECT story_id, key, n,
          row_number() OVER (PARTITION BY story_id ORDER BY n DESC, key) AS r FROM story_features WHERE story_id = ANY(?::int[])) x
        WHERE r <= ?`, [[...asked], PROFILE_TOP]);
      const tops = new Map<number, Map<string, number>>([...asked].map((id) => [id, new Map()]));
      for (const r of top) tops.get(int(r.story_id))!.set(r.key as string, int(r.n));
      choice = placeArticle(rows, candidates, (sid) => tops.get(sid) ?? new Map());
    }
    let storyId: number;
    let span: { first: string | null; last: string | null };
    if (choice.storyId === null) {
      storyId = int((await q('INSERT INTO stories (label, first, last, n_articles, created_at) VALUES (?, NULL, NULL, 0, ?) RETURNING id',
        [choice.label, a.addedAt]))[0].id);
      span = { first: null, last: null };
    } else {
      storyId = choice.storyId;
      const s = stories.get(storyId)!;
      span = { first: (s.first as string | null) ?? null, last: (s.last as string | null) ?? null };
      for (const m of choice.merge) span = await this.mergeStory(c, m, storyId);
    }
    span = widenSpan(span, a.published);

    // Everything else in one statement: the article, its LSH buckets, the story's profile and span,
    // entities (the new ones added in ledger order), claims and the entities they mention, figures,
    // events; it gives back the story's size and, for its label, its top features as they now are.
    const doc = {
      entities: rows.entities.map((e, i) => ({ i, l: e.ledgerId, t: e.type, c: e.canonical, n: e.norm, r: e.role, m: e.mentions })),
      claims: rows.claims.map((x, i) => ({ i, l: x.ledgerId, d: x.date, s: x.source, e: x.sourceEntity, cu: x.cue, co: x.content, st: x.stance, h: x.hedged, di: x.direct })),
      mentions: rows.claims.flatMap((x) => x.mentions.map((e) => ({ c: x.ledgerId, e }))),
      quantities: rows.quantities.map((x, i) => ({ i, l: x.ledgerId, v: x.value, h: x.high, ap: x.approx, de: x.delta, tx: x.text, u: x.unit, cn: x.counts,
        oc: x.outcome, pl: x.place, s: x.source, se: x.sourceEntity, c: x.claim, d: x.date })),
      events: rows.events.map((x, i) => ({ i, l: x.ledgerId, ty: x.type, mo: x.mode, ac: x.actor, ta: x.target, tr: x.trigger, c: x.claim, d: x.date, lo: x.location })),
    };
    const [done] = await q(`WITH
      art AS (INSERT INTO articles (hash, title, published, url, outlet, source, kind, line, feed,
          story_id, words, n_claims, n_quantities, n_entities, added_at, ledger, body)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id),
      lsh_ins AS (INSERT INTO lsh (band, bucket, article_id) SELECT b, k, (SELECT id FROM art) FROM unnest($18::int[], $19::int[]) AS t(b, k)
        ON CONFLICT DO NOTHING),
      feat AS (INSERT INTO story_features (story_id, key, display, n) SELECT $10, k, d, 1 FROM unnest($20::text[], $21::text[]) AS t(k, d)
        ON CONFLICT (story_id, key) DO UPDATE SET n = story_features.n + 1),
      st AS (UPDATE stories SET n_articles = n_articles + 1, first = $22, last = $23 WHERE id = $10 RETURNING n_articles),
      ein AS (SELECT * FROM json_to_recordset($24::json->'entities') AS t(i int, l text, t text, c text, n text, r text, m int)),
      enew AS (INSERT INTO entities (type, canonical, norm)
        SELECT x.t, x.c, x.n FROM (SELECT DISTINCT ON (t, n) i, t, c, n FROM ein ORDER BY t, n, i) x
        WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.type = x.t AND e.norm = x.n) ORDER BY x.i
        RETURNING id, type, norm),
      eall AS (SELECT id, type, norm FROM enew
        UNION ALL SELECT e.id, e.type, e.norm FROM entities e JOIN (SELECT DISTINCT t, n FROM ein) k ON e.type = k.t AND e.norm = k.n),
      emap AS (SELECT ein.l, eall.id FROM ein JOIN eall ON eall.type = ein.t AND eall.norm = ein.n),
      ae AS (INSERT INTO article_entities (article_id, ledger_id, entity_id, role, mentions)
        SELECT (SELECT id FROM art), ein.l, emap.id, ein.r, ein.m FROM ein JOIN emap ON emap.l = ein.l ORDER BY ein.i ON CONFLICT DO NOTHING),
      cin AS (SELECT * FROM json_to_recordset($24::json->'claims')
        AS t(i int, l text, d text, s text, e text, cu text, co text, st text, h int, di int)),
      cl AS (INSERT INTO claims (article_id, ledger_id, date, source, source_entity_id, cue, content, stance, hedged, direct)
        SELECT (SELECT id FROM art), x.l, x.d, x.s, (SELECT emap.id FROM emap WHERE emap.l = x.e LIMIT 1), x.cu, x.co, x.st, x.h, x.di
        FROM cin x ORDER BY x.i RETURNING id, ledger_id),
      ce AS (INSERT INTO claim_entities (claim_id, entity_id)
        SELECT DISTINCT cl.id, emap.id FROM json_to_recordset($24::json->'mentions') AS m(c text, e text)
        JOIN cl ON cl.ledger_id = m.c JOIN emap ON emap.l = m.e ON CONFLICT DO NOTHING),
      qin AS (SELECT * FROM json_to_recordset($24::json->'quantities') AS t(i int, l text, v float8, h float8, ap text, de int, tx text, u text,
        cn text, oc text, pl text, s text, se text, c text, d text)),
      qi AS (INSERT INTO quantities (article_id, ledger_id, value, high, approx, delta, text, unit, counts, outcome, place,
          source, source_entity, claim_id, date)
        SELECT (SELECT id FROM art), x.l, x.v, x.h, x.ap, x.de, x.tx, x.u, x.cn, x.oc, x.pl, x.s, x.se,
          (SELECT cl.id FROM cl WHERE cl.ledger_id = x.c LIMIT 1), x.d FROM qin x ORDER BY x.i),
      vin AS (SELECT * FROM json_to_recordset($24::json->'events') AS t(i int, l text, ty text, mo text, ac text, ta text, tr text, c text, d text, lo text)),
      vi AS (INSERT INTO events (article_id, ledger_id, type, mode, actor, target, trigger, claim_id, date, location)
        SELECT (SELECT id FROM art), x.l, x.ty, x.mo, x.ac, x.ta, x.tr, (SELECT cl.id FROM cl WHERE cl.ledger_id = x.c LIMIT 1), x.d, x.lo
        FROM vin x ORDER BY x.i)
      SELECT (SELECT id FROM art) AS article_id, (SELECT n_articles FROM st) AS size,
        (SELECT json_agg(json_build_object('key', key, 'display', display, 'n', n) ORDER BY n DESC, key) FROM (
          SELECT key, display, n FROM (
            SELECT f.key, f.display, f.n + CASE WHEN f.key = ANY($20::text[]) THEN 1 ELSE 0 END AS n FROM story_features f WHERE f.story_id = $10
            UNION ALL SELECT t.k, t.d, 1 FROM unnest($20::text[], $21::text[]) AS t(k, d)
              WHERE NOT EXISTS (SELECT 1 FROM story_features f WHERE f.story_id = $10 AND f.key = t.k)) y
          ORDER BY n DESC, key LIMIT 12) z) AS top`, [
      a.hash, a.title, a.published, a.url, a.outlet, a.source, a.kind, a.line, a.feed, storyId, a.words, a.nClaims,
      a.nQuantities, a.nEntities, a.addedAt, a.ledger, a.body,
      rows.buckets.map((b) => b[0]), rows.buckets.map((b) => b[1]), keys, rows.features.map((f) => f.display),
      span.first, span.last, JSON.stringify(doc),
    ]);
    const articleId = int(done.article_id);
    if (relabelDue(int(done.size), choice.merge.length > 0)) {
      await q('UPDATE stories SET label = ? WHERE id = ?', [labelOf((done.top as Row[] | null) ?? []), storyId]);
    }
    return { status: 'added', articleId, storyId };
  }

  /** Move story `from` into story `into` (inside the caller's transaction); gives the survivor's new span. */
  private async mergeStory(c: Client, from: number, into: number): Promise<{ first: string | null; last: string | null }> {
    const q = (sql: string, params: readonly unknown[]): Promise<Row[]> => this.run(sql, params, c);
    await q('UPDATE articles SET story_id = ? WHERE story_id = ?', [into, from]);
    await q(`INSERT INTO story_features (story_id, key, display, n)
        SELECT ?, key, display, n FROM story_features WHERE story_id = ?
        ON CONFLICT (story_id, key) DO UPDATE SET n = story_features.n + excluded.n`, [into, from]);
    await q('DELETE FROM story_features WHERE story_id = ?', [from]);
    const [f] = await q('SELECT n_articles, first, last FROM stories WHERE id = ?', [from]);
    const [t] = await q('SELECT first, last FROM stories WHERE id = ?', [into]);
    const span = widenSpan({ first: (t.first as string | null) ?? null, last: (t.last as string | null) ?? null },
      (f.first as string | null) ?? null, (f.last as string | null) ?? null);
    await q('UPDATE stories SET n_articles = n_articles + ?, first = ?, last = ? WHERE id = ?', [int(f.n_articles), span.first, span.last, into]);
    await q('UPDATE stories SET merged_into = ?, n_articles = 0 WHERE id = ?', [into, from]);
    await q('UPDATE stories SET merged_into = ? WHERE merged_into = ?', [into, from]);
    return span;
  }

  /** Run a full-text query; a tsquery PostgreSQL cannot parse is the user's query error. */
  private async search(sql: string, query: string, limit: number): Promise<Row[]> {
    const tsq = toTsquery(parseQuery(query));
    try {
      return await this.run(sql, [tsq, limit]);
    } catch (err) {
      const e = err as Error & { code?: string };
      if (e.code === '42601' || /tsquery/i.test(e.message)) throw new StoreQueryError(`search: "${query}": ${e.message}`);
      throw err;
    }
  }

  async searchClaims(query: string, limit = 50): Promise<ClaimHit[]> {
    const rows = await this.search(`SELECT h.*, ts_headline('english', h.content, h.q, '${HEADLINE}') AS snippet FROM (
        ${CLAIM_SELECT.replace('SELECT ', 'SELECT x.q, -ts_rank_cd(c.tsv, x.q) AS rank, ')}
        CROSS JOIN (SELECT to_tsquery('english', ?) AS q) x
        WHERE c.tsv @@ x.q ORDER BY rank, c.id LIMIT ?) h ORDER BY h.rank, h.id`, query, limit);
    return rows.map((r) => ({ ...claimRow(r), snippet: r.snippet as string, rank: Number(r.rank) }));
  }

  async searchArticles(query: string, limit = 50): Promise<ArticleHit[]> {
    const rows = await this.search(`SELECT h.*, ts_headline('english', h.body, h.q, '${HEADLINE}') AS snippet FROM (
        SELECT ${ARTICLE_COLS}, a.body, x.q, -ts_rank_cd(a.tsv, x.q) AS rank
        FROM articles a CROSS JOIN (SELECT to_tsquery('english', ?) AS q) x
        WHERE a.tsv @@ x.q ORDER BY rank, a.id LIMIT ?) h ORDER BY h.rank, h.id`, query, limit);
    return rows.map((r) => ({ ...articleRow(r), snippet: r.snippet as string, rank: Number(r.rank) }));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
