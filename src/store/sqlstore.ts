/**
 * The reading half of a SQL store, written once for SQLite and PostgreSQL: every query here is plain
 * SQL both understand, with `?` placeholders (the PostgreSQL store numbers them), and the rows go
 * through the mappers of ./rows.ts. A store supplies `all()` (run a query), its dialect's few
 * differences, and the writing, searching and opening that are its own.
 *
 * Portability: SQLite sorts NULL first in ascending order, PostgreSQL last, so every nullable sort
 * key says where its NULLs go (`x IS NULL, x` or `x NULLS FIRST`); counts may come back as strings
 * (PostgreSQL's bigint) and go through `int()`.
 */
import type { Ledger } from '../ledger/types.js';
import { buildSeries } from '../stories/figures.js';
import {
  articleRow, claimRow, entityRow, eventRow, figureInput, int, ledgerOf, norm, storyArticle, type Row,
} from './rows.js';
import type {
  AddResult, ArticleDetail, ArticleHit, ArticleOrigin, ArticleRow, BatchAddResult, ClaimFilter, ClaimHit, ClaimRow, EntityFilter,
  EntityRow, EventRow, FigureSeries, ListArticlesOptions, Store, StoreStats, StoryDetail, StoryRow, TimelineRow,
} from './types.js';

export const ARTICLE_COLS = 'a.id, a.hash, a.title, a.published, a.url, a.outlet, a.source, a.kind, a.feed, a.story_id, a.words, a.n_claims, a.n_quantities, a.n_entities, a.added_at';

export const CLAIM_SELECT = `SELECT c.id, c.article_id, a.story_id, c.ledger_id, c.date, a.outlet, c.source,
  e.canonical AS source_entity, c.cue, c.content, c.stance, c.hedged, c.direct, a.title AS article_title
  FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN entities e ON e.id = c.source_entity_id`;

/** The SQL that differs between databases. */
export interface Dialect {
  /** A condition: `haystack` contains `needle` (both SQL expressions). */
  contains(haystack: string, needle: string): string;
  /** `IN` a list of ids given as one parameter: the SQL after the column, and the parameter. */
  idList(ids: readonly number[]): { sql: string; param: unknown };
}

export abstract class SqlStore implements Store {
  abstract readonly kind: string;
  abstract readonly location: string;
  protected abstract readonly dialect: Dialect;
  /** Series counts per story, kept while the story's articles stay the same (key: count and newest id). */
  private seriesCounts = new Map<number, { key: string; count: number }>();

  /** Run a query (`?` placeholders) and give its rows. */
  protected abstract all(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** The database's size in bytes, when it can tell. */
  protected abstract databaseBytes(): Promise<number | null>;

  abstract migrate(): Promise<number>;
  abstract addArticle(ledger: Ledger, origin: ArticleOrigin): Promise<AddResult>;
  abstract addArticles(items: ReadonlyArray<{ ledger: Ledger; origin: ArticleOrigin }>): Promise<BatchAddResult[]>;
  abstract searchClaims(query: string, limit?: number): Promise<ClaimHit[]>;
  abstract searchArticles(query: string, limit?: number): Promise<ArticleHit[]>;
  abstract close(): Promise<void>;

  protected async one(sql: string, params: readonly unknown[] = []): Promise<Row | undefined> {
    return (await this.all(sql, params))[0];
  }

  protected async schemaVersion(): Promise<number> {
    return int((await this.one('SELECT MAX(version) AS v FROM schema_migrations'))?.v);
  }

  async hasContentHash(hash: string): Promise<boolean> {
    return !!(await this.one('SELECT 1 AS x FROM articles WHERE hash = ?', [hash]));
  }

  async getArticle(id: number): Promise<ArticleDetail | null> {
    const r = await this.one(`SELECT ${ARTICLE_COLS}, a.ledger FROM articles a WHERE a.id = ?`, [id]);
    return r ? { ...articleRow(r), ledger: ledgerOf(r.ledger) } : null;
  }

  private articleWhere(opts: ListArticlesOptions): { where: string; params: unknown[] } {
    const conds: string[] = [];
    const params: unknown[] = [];
    if (opts.storyId !== undefined) { conds.push('a.story_id = ?'); params.push(opts.storyId); }
    if (opts.from) { conds.push('a.published >= ?'); params.push(opts.from); }
    if (opts.to) { conds.push("a.published <= CAST(? AS TEXT) || '~'"); params.push(opts.to); }
    if (opts.outlet) { conds.push('lower(a.outlet) = lower(?)'); params.push(opts.outlet); }
    return { where: conds.length ? 'WHERE ' + conds.join(' AND ') : '', params };
  }

  async listArticles(opts: ListArticlesOptions = {}): Promise<ArticleRow[]> {
    const { where, params } = this.articleWhere(opts);
    const dir = opts.order === 'oldest' ? 'ASC' : 'DESC';
    const rows = await this.all(`SELECT ${ARTICLE_COLS} FROM articles a ${where}
        ORDER BY a.published IS NULL, a.published ${dir}, a.id ${dir} LIMIT ? OFFSET ?`, [...params, opts.limit ?? 100, opts.offset ?? 0]);
    return rows.map(articleRow);
  }

  async countArticles(opts: ListArticlesOptions = {}): Promise<number> {
    const { where, params } = this.articleWhere(opts);
    return int((await this.one(`SELECT COUNT(*) AS n FROM articles a ${where}`, params))?.n);
  }

  /** Stories with their counts and top entities: three queries whatever their number. */
  private async storyRows(rows: readonly Row[]): Promise<StoryRow[]> {
    if (rows.length === 0) return [];
    const ids = this.dialect.idList(rows.map((r) => int(r.id)));
    const counts = new Map((await this.all(`SELECT story_id, COUNT(DISTINCT outlet) AS outlets, COALESCE(SUM(n_claims), 0) AS claims
        FROM articles WHERE story_id ${ids.sql} GROUP BY story_id`, [ids.param])).map((c) => [int(c.story_id), c]));
    const top = new Map<number, string[]>();
    for (const t of await this.all(`SELECT story_id, display FROM (SELECT story_id, display,
          row_number() OVER (PARTITION BY story_id ORDER BY n DESC, key) AS r
        FROM story_features WHERE key LIKE 'e:%' AND story_id ${ids.sql}) x WHERE r <= 5 ORDER BY story_id, r`, [ids.param])) {
      const id = int(t.story_id);
      top.set(id, [...(top.get(id) ?? []), t.display as string]);
    }
    return rows.map((r) => {
      const id = int(r.id);
      return {
        id,
        label: r.label as string,
        first: (r.first as string | null) ?? null,
        last: (r.last as string | null) ?? null,
        articleCount: int(r.n_articles),
        outletCount: int(counts.get(id)?.outlets),
        claimCount: int(counts.get(id)?.claims),
        topEntities: top.get(id) ?? [],
      };
    });
  }

  async listStories(opts: { limit?: number; offset?: number; minArticles?: number } = {}): Promise<StoryRow[]> {
    const rows = await this.all(`SELECT id, label, first, last, n_articles FROM stories
        WHERE merged_into IS NULL AND n_articles >= ?
        ORDER BY n_articles DESC, last IS NULL, last DESC, id LIMIT ? OFFSET ?`,
    [Math.max(1, opts.minArticles ?? 1), opts.limit ?? 1_000_000, opts.offset ?? 0]);
    return this.storyRows(rows);
  }

  async getStory(id: number): Promise<StoryDetail | null> {
    const byId = 'SELECT id, label, first, last, n_articles, merged_into FROM stories WHERE id = ?';
    let r = await this.one(byId, [id]);
    if (!r) return null;
    let mergedInto: number | undefined;
    if (r.merged_into !== null && r.merged_into !== undefined) {
      mergedInto = int(r.merged_into);
      r = await this.one(byId, [mergedInto]);
      if (!r) return null;
    }
    const articles = (await this.all(`SELECT id, title, published, outlet, url, source FROM articles
        WHERE story_id = ? ORDER BY published IS NULL, published, id`, [r.id])).map(storyArticle);
    const timeline = (await this.all(`${CLAIM_SELECT} WHERE a.story_id = ?
        ORDER BY c.date IS NULL, c.date, a.published NULLS FIRST, a.id, c.id`, [r.id])).map((row): TimelineRow => {
      const c = claimRow(row);
      return {
        date: c.date, articleId: c.articleId, outlet: c.outlet, source: c.source, sourceEntity: c.sourceEntity,
        stance: c.stance, hedged: c.hedged, direct: c.direct, claim: c.content, claimId: c.id,
      };
    });
    const detail: StoryDetail = { ...(await this.storyRows([r]))[0], articles, timeline };
    if (mergedInto !== undefined) detail.mergedInto = mergedInto;
    return detail;
  }

  async figureSeries(storyId: number): Promise<FigureSeries[]> {
    const rows = await this.all(`SELECT q.*, a.outlet FROM quantities q JOIN articles a ON a.id = q.article_id
        WHERE a.story_id = ? ORDER BY q.date NULLS FIRST, q.article_id, q.id`, [storyId]);
    return buildSeries(storyId, rows.map(figureInput));
  }

  async claims(filter: ClaimFilter = {}): Promise<ClaimRow[]> {
    const conds: string[] = [];
    const params: unknown[] = [];
    const has = (col: string): string => this.dialect.contains(`lower(coalesce(${col}, ''))`, 'lower(?)');
    if (filter.storyId !== undefined) { conds.push('a.story_id = ?'); params.push(filter.storyId); }
    if (filter.articleId !== undefined) { conds.push('c.article_id = ?'); params.push(filter.articleId); }
    if (filter.source) {
      conds.push(`(${has('c.source')} OR ${has('e.canonical')})`);
      params.push(filter.source, filter.source);
    }
    if (filter.entity) {
      conds.push(`(e.norm = ? OR c.id IN (SELECT ce.claim_id FROM claim_entities ce JOIN entities x ON x.id = ce.entity_id WHERE x.norm = ?))`);
      params.push(norm(filter.entity), norm(filter.entity));
    }
    if (filter.stance) { conds.push('c.stance = ?'); params.push(filter.stance); }
    if (filter.from) { conds.push('c.date >= ?'); params.push(filter.from); }
    if (filter.to) { conds.push("c.date <= CAST(? AS TEXT) || '~'"); params.push(filter.to); }
    const where = conds.length ? 'WHERE ' + conds.join(' AND ') : '';
    const rows = await this.all(`${CLAIM_SELECT} ${where} ORDER BY c.date IS NULL, c.date, c.article_id, c.id LIMIT ? OFFSET ?`,
      [...params, filter.limit ?? 200, filter.offset ?? 0]);
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

  async entities(filter: EntityFilter = {}): Promise<EntityRow[]> {
    const conds: string[] = [];
    const params: unknown[] = [];
    if (filter.name) { conds.push(this.dialect.contains('e.norm', '?')); params.push(norm(filter.name)); }
    if (filter.type) { conds.push('e.type = ?'); params.push(filter.type); }
    if (filter.storyId !== undefined) { conds.push('a.story_id = ?'); params.push(filter.storyId); }
    if (filter.articleId !== undefined) { conds.push('ae.article_id = ?'); params.push(filter.articleId); }
    const where = conds.length ? 'WHERE ' + conds.join(' AND ') : '';
    const rows = await this.all(`${this.entityQuery(where)} ORDER BY articles DESC, mentions DESC, e.canonical LIMIT ? OFFSET ?`,
      [...params, filter.limit ?? 100, filter.offset ?? 0]);
    return rows.map(entityRow);
  }

  async getEntity(id: number): Promise<EntityRow | null> {
    const r = await this.one(this.entityQuery('WHERE e.id = ?'), [id]);
    return r ? entityRow(r) : null;
  }

  async events(filter: { storyId?: number; articleId?: number; limit?: number; offset?: number } = {}): Promise<EventRow[]> {
    const conds: string[] = [];
    const params: unknown[] = [];
    if (filter.storyId !== undefined) { conds.push('a.story_id = ?'); params.push(filter.storyId); }
    if (filter.articleId !== undefined) { conds.push('v.article_id = ?'); params.push(filter.articleId); }
    const where = conds.length ? 'WHERE ' + conds.join(' AND ') : '';
    const rows = await this.all(`SELECT v.*, a.story_id, a.outlet, a.url, a.source AS origin, c.content AS claim, c.source AS claim_source
        FROM events v JOIN articles a ON a.id = v.article_id LEFT JOIN claims c ON c.id = v.claim_id
        ${where} ORDER BY v.date IS NULL, v.date, v.article_id, v.id LIMIT ? OFFSET ?`,
    [...params, filter.limit ?? 1_000_000, filter.offset ?? 0]);
    return rows.map(eventRow);
  }

  async *ledgers(): AsyncIterable<{ article: ArticleRow; ledger: Ledger }> {
    let after = 0;
    for (;;) {
      const rows = await this.all(`SELECT ${ARTICLE_COLS}, a.ledger FROM articles a WHERE a.id > ? ORDER BY a.id LIMIT 200`, [after]);
      if (rows.length === 0) return;
      for (const r of rows) yield { article: articleRow(r), ledger: ledgerOf(r.ledger) };
      after = int(rows[rows.length - 1].id);
    }
  }

  async stats(): Promise<StoreStats> {
    const n = async (sql: string): Promise<number> => int((await this.one(sql))?.n);
    const span = (await this.one('SELECT MIN(published) AS first, MAX(published) AS last FROM articles'))!;
    // Series are derived per story; recompute only the stories whose articles changed since last time
    // (a store of 10,000 articles otherwise spends seconds here).
    let series = 0;
    const withFigures = await this.all(`SELECT a.story_id AS id, COUNT(DISTINCT a.id) AS n, MAX(a.id) AS newest
      FROM articles a WHERE EXISTS (SELECT 1 FROM quantities q WHERE q.article_id = a.id) GROUP BY a.story_id`);
    const live = new Set<number>();
    for (const r of withFigures) {
      const id = int(r.id);
      live.add(id);
      const key = `${int(r.n)}:${int(r.newest)}`;
      let cached = this.seriesCounts.get(id);
      if (!cached || cached.key !== key) {
        cached = { key, count: (await this.figureSeries(id)).filter((x) => x.points.length >= 2).length };
        this.seriesCounts.set(id, cached);
      }
      series += cached.count;
    }
    for (const id of this.seriesCounts.keys()) if (!live.has(id)) this.seriesCounts.delete(id);
    return {
      articles: await n('SELECT COUNT(*) AS n FROM articles'),
      claims: await n('SELECT COUNT(*) AS n FROM claims'),
      quantities: await n('SELECT COUNT(*) AS n FROM quantities'),
      figureSeries: series,
      entities: await n('SELECT COUNT(*) AS n FROM entities'),
      events: await n('SELECT COUNT(*) AS n FROM events'),
      stories: await n('SELECT COUNT(*) AS n FROM stories WHERE merged_into IS NULL AND n_articles > 0'),
      storiesMulti: await n('SELECT COUNT(*) AS n FROM stories WHERE merged_into IS NULL AND n_articles > 1'),
      first: (span.first as string | null) ?? null,
      last: (span.last as string | null) ?? null,
      bytes: await this.databaseBytes(),
      schemaVersion: await this.schemaVersion(),
    };
  }
}
