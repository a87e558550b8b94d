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
 * alone and reported as failed. Statements are prepared once per connection, and an article's rows
 * of one table go in one statement (arrays unnested), so an article costs about fifteen round trips.
 *
 * Migrations run under a session advisory lock, so two processes opening a new database at once
 * create the schema once.
 */
import pg from 'pg';
import type { Ledger } from '../../ledger/types.js';
import { BUCKET_CAP, PROFILE_TOP, type CandidateStory } from '../../stories/assign.js';
import { parseQuery } from '../query.js';
import { articleRow, candidateStories, claimRow, int, labelOf, ledgerRows, placeArticle, relabelDue, widenSpan, type Row } from '../rows.js';
import { ARTICLE_COLS, CLAIM_SELECT, SqlStore, type Dialect } from '../sqlstore.js';
import {
  StoreQueryError, type AddResult, type ArticleHit, type ArticleOrigin, type BatchAddResult, type ClaimHit,
} from '../types.js';
import { PG_MIGRATIONS } from './migrations.js';
import { HEADLINE, toTsquery } from './search.js';

/** Advisory lock keys: (namespace, 0) migrations, (namespace, 1) writing articles and stories. */
const LOCK_NS = 0x636c6169; // "clai"
const LOCK_MIGRATE = 0;
const LOCK_WRITE = 1;

/** Is this location a PostgreSQL connection string? */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location);
}

/** A connection string fit to print: its password (in the user part or a password= parameter) hidden. */
export function redactUrl(url: string): string {
  let out = url.replace(/[?&]password=[^&#]*/gi, (m) => m.slice(0, m.indexOf('=') + 1) + '***');
  const m = /^([a-z]+:\/\/)([^/?#]*)/i.exec(out);
  if (m) {
    const at = m[2].lastIndexOf('@');
    if (at >= 0) {
      const user = m[2].slice(0, at);
      const colon = user.indexOf(':');
      if (colon >= 0) out = m[1] + user.slice(0, colon) + ':***' + m[2].slice(at) + out.slice(m[0].length);
    }
  }
  return out;
}

type Client = pg.PoolClient;

export class PostgresStore extends SqlStore {
  readonly kind = 'postgres';
  readonly location: string;
  protected readonly dialect: Dialect = { contains: (h, n) => `strpos(${h}, ${n}) > 0` };
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

  async migrate(): Promise<number> {
    const c = await this.pool.connect();
    try {
      await c.query('SELECT pg_advisory_lock($1, $2)', [LOCK_NS, LOCK_MIGRATE]);
      try {
        await c.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
          version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
        const done = new Set((await c.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
        for (const m of PG_MIGRATIONS) {
          if (done.has(m.version)) continue;
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
      c.release();
    }
    return this.schemaVersion();
  }

  /** Run `fn` in a transaction holding the write lock. */
  private async writing<T>(fn: (c: Client) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    let broken: Error | undefined;
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
      for (const { ledger, origin } of items) {
        await c.query('SAVEPOINT article');
        try {
          out.push(await this.addOne(c, ledger, origin));
        } catch (err) {
          await c.query('ROLLBACK TO SAVEPOINT article');
          out.push({ status: 'failed', reason: (err as Error).message });
        }
        await c.query('RELEASE SAVEPOINT article');
      }
      return out;
    });
  }

  /** One article, inside the caller's transaction (which holds the write lock). */
  private async addOne(c: Client, ledger: Ledger, origin: ArticleOrigin): Promise<AddResult> {
    const q = (sql: string, params: readonly unknown[] = []): Promise<Row[]> => this.run(sql, params, c);
    const [existing] = await q('SELECT id, story_id FROM articles WHERE hash = ?', [ledger.document.id]);
    if (existing) return { status: 'duplicate', articleId: int(existing.id), storyId: int(existing.story_id) };
    const rows = ledgerRows(ledger, origin, new Date().toISOString());
    const a = rows.article;

    // Story placement: the stories of the articles sharing a bucket (the newest BUCKET_CAP a
    // bucket), with their counts of this article's features, in one query.
    const keys = rows.features.map((f) => f.key);
    const found = await q(`WITH ids AS (
        SELECT DISTINCT a.story_id FROM unnest(?::int[], ?::int[]) AS b(band, bucket)
        CROSS JOIN LATERAL (SELECT l.article_id FROM lsh l WHERE l.band = b.band AND l.bucket = b.bucket
          ORDER BY l.article_id DESC LIMIT ${BUCKET_CAP}) x
        JOIN articles a ON a.id = x.article_id)
      SELECT s.id, s.n_articles, s.last, f.key, f.n FROM stories s JOIN ids ON ids.story_id = s.id
        LEFT JOIN story_features f ON f.story_id = s.id AND f.key = ANY(?::text[])`,
    [rows.buckets.map((b) => b[0]), rows.buckets.map((b) => b[1]), keys]);
    const stories = new Map<number, Row>();
    for (const r of found) stories.set(int(r.id), r);
    const candidates: CandidateStory[] = candidateStories([...stories.values()], found.filter((r) => r.key !== null)
      .map((r) => ({ story_id: r.id, key: r.key, n: r.n })));
    // The decision is pure: run it once to learn which stories' top features it wants (only when the
    // article fits several), fetch those, and run it again with them.
    const asked = new Set<number>();
    let tops = new Map<number, Map<string, number>>();
    let choice = placeArticle(rows, candidates, (sid) => { asked.add(sid); return new Map(); });
    if (asked.size > 0) {
      const top = await q(`SELECT story_id, key, n FROM (SELECT story_id, key, n,
          row_number() OVER (PARTITION BY story_id ORDER BY n DESC, key) AS r FROM story_features WHERE story_id = ANY(?::int[])) x
        WHERE r <= ?`, [[...asked], PROFILE_TOP]);
      tops = new Map([...asked].map((id) => [id, new Map()]));
      for (const r of top) tops.get(int(r.story_id))!.set(r.key as string, int(r.n));
      choice = placeArticle(rows, candidates, (sid) => tops.get(sid) ?? new Map());
    }
    let storyId: number;
    if (choice.storyId === null) {
      storyId = int((await q('INSERT INTO stories (label, first, last, n_articles, created_at) VALUES (?, NULL, NULL, 0, ?) RETURNING id',
        [choice.label, a.addedAt]))[0].id);
    } else {
      storyId = choice.storyId;
      for (const m of choice.merge) await this.mergeStory(c, m, storyId);
    }

    // The article.
    const articleId = int((await q(`INSERT INTO articles (hash, title, published, url, outlet, source, kind, line, feed,
        story_id, words, n_claims, n_quantities, n_entities, added_at, ledger, body)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, [
      a.hash, a.title, a.published, a.url, a.outlet, a.source, a.kind, a.line, a.feed, storyId, a.words, a.nClaims,
      a.nQuantities, a.nEntities, a.addedAt, a.ledger, a.body,
    ]))[0].id);
    await q(`INSERT INTO lsh (band, bucket, article_id) SELECT b, k, ? FROM unnest(?::int[], ?::int[]) AS t(b, k)
        ON CONFLICT DO NOTHING`, [articleId, rows.buckets.map((b) => b[0]), rows.buckets.map((b) => b[1])]);

    // The story's profile, span and label.
    if (rows.features.length > 0) {
      await q(`INSERT INTO story_features (story_id, key, display, n) SELECT ?, k, d, 1 FROM unnest(?::text[], ?::text[]) AS t(k, d)
          ON CONFLICT (story_id, key) DO UPDATE SET n = story_features.n + 1`,
      [storyId, keys, rows.features.map((f) => f.display)]);
    }
    const size = await this.widenStory(c, storyId, 1, a.published, a.published);
    if (relabelDue(size, choice.merge.length > 0)) await this.relabel(c, storyId);

    // Entities: the known ones looked up, the new ones added (in ledger order, as SQLite does).
    const entityIds = new Map<string, number>();
    if (rows.entities.length > 0) {
      const idOf = new Map<string, number>();
      const keyOf = (type: unknown, n: unknown): string => `${type as string}\u0000${n as string}`;
      const known = await q(`SELECT e.id, e.type, e.norm FROM entities e
          JOIN unnest(?::text[], ?::text[]) AS t(type, norm) ON e.type = t.type AND e.norm = t.norm`,
      [rows.entities.map((e) => e.type), rows.entities.map((e) => e.norm)]);
      for (const r of known) idOf.set(keyOf(r.type, r.norm), int(r.id));
      const fresh = rows.entities.filter((e, i, all) => !idOf.has(keyOf(e.type, e.norm)) &&
        all.findIndex((x) => x.type === e.type && x.norm === e.norm) === i);
      if (fresh.length > 0) {
        const added = await q(`INSERT INTO entities (type, canonical, norm)
            SELECT t, c, n FROM unnest(?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS x(t, c, n, o) ORDER BY o
            RETURNING id, type, norm`, [fresh.map((e) => e.type), fresh.map((e) => e.canonical), fresh.map((e) => e.norm)]);
        for (const r of added) idOf.set(keyOf(r.type, r.norm), int(r.id));
      }
      for (const e of rows.entities) entityIds.set(e.ledgerId, idOf.get(keyOf(e.type, e.norm))!);
      await q(`INSERT INTO article_entities (article_id, ledger_id, entity_id, role, mentions)
          SELECT ?, l, e, r, m FROM unnest(?::text[], ?::int[], ?::text[], ?::int[]) AS t(l, e, r, m) ON CONFLICT DO NOTHING`,
      [articleId, rows.entities.map((e) => e.ledgerId), rows.entities.map((e) => entityIds.get(e.ledgerId)),
        rows.entities.map((e) => e.role), rows.entities.map((e) => e.mentions)]);
    }

    // Claims, and the entities their contents mention.
    const claimIds = new Map<string, number>();
    if (rows.claims.length > 0) {
      const cs = rows.claims;
      const added = await q(`INSERT INTO claims (article_id, ledger_id, date, source, source_entity_id, cue, content, stance, hedged, direct)
          SELECT ?, l, d, s, se, cu, co, st, h, di
          FROM unnest(?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[])
            WITH ORDINALITY AS t(l, d, s, se, cu, co, st, h, di, o) ORDER BY o
          RETURNING id, ledger_id`, [
        articleId, cs.map((x) => x.ledgerId), cs.map((x) => x.date), cs.map((x) => x.source),
        cs.map((x) => (x.sourceEntity ? entityIds.get(x.sourceEntity) ?? null : null)), cs.map((x) => x.cue), cs.map((x) => x.content),
        cs.map((x) => x.stance), cs.map((x) => x.hedged), cs.map((x) => x.direct),
      ]);
      for (const r of added) claimIds.set(r.ledger_id as string, int(r.id));
      const pairs = cs.flatMap((x) => x.mentions.map((e) => [claimIds.get(x.ledgerId)!, entityIds.get(e)!] as const));
      if (pairs.length > 0) {
        await q(`INSERT INTO claim_entities (claim_id, entity_id) SELECT * FROM unnest(?::int[], ?::int[]) ON CONFLICT DO NOTHING`,
          [pairs.map((p) => p[0]), pairs.map((p) => p[1])]);
      }
    }
    const claimId = (ledgerId: string | null): number | null => (ledgerId ? claimIds.get(ledgerId) ?? null : null);

    // Figures.
    if (rows.quantities.length > 0) {
      const qs = rows.quantities;
      await q(`INSERT INTO quantities (article_id, ledger_id, value, high, approx, delta, text, unit, counts, outcome, place,
          source, source_entity, claim_id, date)
          SELECT ?, l, v, h, ap, de, tx, u, cn, oc, pl, s, se, ci, d
          FROM unnest(?::text[], ?::float8[], ?::float8[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[],
            ?::text[], ?::text[], ?::text[], ?::int[], ?::text[]) WITH ORDINALITY AS t(l, v, h, ap, de, tx, u, cn, oc, pl, s, se, ci, d, o)
          ORDER BY o`, [
        articleId, qs.map((x) => x.ledgerId), qs.map((x) => x.value), qs.map((x) => x.high), qs.map((x) => x.approx),
        qs.map((x) => x.delta), qs.map((x) => x.text), qs.map((x) => x.unit), qs.map((x) => x.counts), qs.map((x) => x.outcome),
        qs.map((x) => x.place), qs.map((x) => x.source), qs.map((x) => x.sourceEntity), qs.map((x) => claimId(x.claim)),
        qs.map((x) => x.date),
      ]);
    }

    // Events.
    if (rows.events.length > 0) {
      const vs = rows.events;
      await q(`INSERT INTO events (article_id, ledger_id, type, mode, actor, target, trigger, claim_id, date, location)
          SELECT ?, l, ty, mo, ac, ta, tr, ci, d, lo
          FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[])
            WITH ORDINALITY AS t(l, ty, mo, ac, ta, tr, ci, d, lo, o) ORDER BY o`, [
        articleId, vs.map((x) => x.ledgerId), vs.map((x) => x.type), vs.map((x) => x.mode), vs.map((x) => x.actor),
        vs.map((x) => x.target), vs.map((x) => x.trigger), vs.map((x) => claimId(x.claim)), vs.map((x) => x.date),
        vs.map((x) => x.location),
      ]);
    }
    return { status: 'added', articleId, storyId };
  }

  /** Add `n` articles and a span to a story; gives its new size. */
  private async widenStory(c: Client, storyId: number, n: number, first: string | null, last: string | null): Promise<number> {
    const [cur] = await this.run('SELECT n_articles, first, last FROM stories WHERE id = ?', [storyId], c);
    const span = widenSpan({ first: (cur.first as string | null) ?? null, last: (cur.last as string | null) ?? null }, first, last);
    const size = int(cur.n_articles) + n;
    await this.run('UPDATE stories SET n_articles = ?, first = ?, last = ? WHERE id = ?', [size, span.first, span.last, storyId], c);
    return size;
  }

  /** Move story `from` into story `into` (inside the caller's transaction). */
  private async mergeStory(c: Client, from: number, into: number): Promise<void> {
    const q = (sql: string, params: readonly unknown[]): Promise<Row[]> => this.run(sql, params, c);
    await q('UPDATE articles SET story_id = ? WHERE story_id = ?', [into, from]);
    await q(`INSERT INTO story_features (story_id, key, display, n)
        SELECT ?, key, display, n FROM story_features WHERE story_id = ?
        ON CONFLICT (story_id, key) DO UPDATE SET n = story_features.n + excluded.n`, [into, from]);
    await q('DELETE FROM story_features WHERE story_id = ?', [from]);
    const [f] = await q('SELECT n_articles, first, last FROM stories WHERE id = ?', [from]);
    await this.widenStory(c, into, int(f.n_articles), (f.first as string | null) ?? null, (f.last as string | null) ?? null);
    await q('UPDATE stories SET merged_into = ?, n_articles = 0 WHERE id = ?', [into, from]);
    await q('UPDATE stories SET merged_into = ? WHERE merged_into = ?', [into, from]);
  }

  private async relabel(c: Client, storyId: number): Promise<void> {
    const top = await this.run('SELECT key, display, n FROM story_features WHERE story_id = ? ORDER BY n DESC, key LIMIT 12', [storyId], c);
    await this.run('UPDATE stories SET label = ? WHERE id = ?', [labelOf(top), storyId], c);
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
