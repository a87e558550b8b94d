/**
 * The API's data, read from a `Store` and shaped for the API (api-types.ts). This is the only
 * file of the server that knows the Store interface; nothing here knows SQL.
 */
import type { EntityType } from '../ledger/types.js';
import type { ClaimRow, FigureSeries, Store, StoreStats, StoryDetail, TimelineRow } from '../store/types.js';
import type {
  ApiData, ArticleRef, ArticleSummary, ClaimView, EntityRef, FigureSeriesView, FigureView, StorySummary,
} from './api-types.js';

/** How many timeline claims a story page gets at most (the largest stories are cut, newest kept). */
export const MAX_TIMELINE = 2000;

/** How many stories (and their figure series) are kept in memory. */
export const CACHE_SIZE = 64;

/**
 * Memoise `make()` under `key` in a small LRU map. Promises are kept, so that concurrent requests
 * share one computation; a failed one is forgotten.
 */
function remember<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let hit = cache.get(key);
  if (hit) {
    cache.delete(key); // most recently used goes last
    cache.set(key, hit);
    return hit;
  }
  hit = make();
  hit.catch(() => cache.delete(key));
  cache.set(key, hit);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return hit;
}

export function viewsOf(store: Store): ApiData {
  /**
   * A story's figure series, computed once per state of the story: the key holds its article and
   * claim counts and its latest date, which any article joining it changes. Computing series is
   * the store's costliest read, and the story page asks for it twice (timeline and figures).
   * Promises are cached so that concurrent requests share one computation.
   */
  const seriesCache = new Map<string, Promise<FigureSeries[]>>();
  const storyCache = new Map<string, Promise<StoryDetail | null>>();

  /**
   * A story with its articles and timeline. A story changes only when articles join it (or it is
   * merged away, which empties it), so its article count is an exact and cheap freshness key.
   */
  async function storyOf(id: number): Promise<StoryDetail | null> {
    return remember(storyCache, await storyKey(id), () => store.getStory(id));
  }
  const storyKey = async (id: number) => `${id}:${await store.countArticles({ storyId: id })}`;
  /** Views of a story (its timeline, its figures), kept while the story is unchanged. */
  const viewCache = new Map<string, Promise<unknown>>();
  async function storyView<T>(kind: string, id: number, make: () => Promise<T>): Promise<T> {
    return remember(viewCache, `${kind}:${await storyKey(id)}`, make) as Promise<T>;
  }
  let statsCache: { count: number; stats: Promise<StoreStats> } | null = null;
  function seriesOf(s: StoryDetail): Promise<FigureSeries[]> {
    return remember(seriesCache, `${s.id}:${s.articleCount}:${s.claimCount}:${s.last ?? ''}`, () => store.figureSeries(s.id));
  }


  /**
   * Store entity ids for the canonical names of sources, looked up among the entities of the
   * stories the rows belong to (one indexed query per story, not one scan per name).
   */
  async function entityRefs(rows: Iterable<{ storyId: number; sourceEntity: string | null }>): Promise<Map<string, EntityRef>> {
    const out = new Map<string, EntityRef>();
    const byStory = new Map<number, Set<string>>();
    for (const r of rows) {
      if (!r.sourceEntity) continue;
      const set = byStory.get(r.storyId) ?? new Set<string>();
      set.add(r.sourceEntity.toLowerCase());
      byStory.set(r.storyId, set);
    }
    await Promise.all([...byStory].map(async ([storyId, names]) => {
      const ents = await store.entities({ storyId, limit: 10_000 });
      // The most mentioned entity of a name wins (a name may be typed two ways).
      for (const e of [...ents].sort((a, b) => a.mentions - b.mentions)) {
        if (names.has(e.canonical.toLowerCase())) out.set(e.canonical.toLowerCase(), { id: e.id, canonical: e.canonical });
      }
    }));
    return out;
  }
  const refOf = (refs: Map<string, EntityRef>, name: string | null) => (name ? refs.get(name.toLowerCase()) ?? null : null);

  function claimFromRow(r: ClaimRow, published: string | null, refs: Map<string, EntityRef>): ClaimView {
    return {
      id: r.id,
      article: { id: r.articleId, title: r.articleTitle, published, outlet: r.outlet },
      ledger_id: r.ledgerId,
      date: r.date,
      source: r.source,
      source_entity: refOf(refs, r.sourceEntity),
      cue: r.cue,
      content: r.content,
      stance: r.stance,
      direct: r.direct,
      hedged: r.hedged,
    };
  }

  function summary(s: { id: number; label: string; first: string | null; last: string | null; articleCount: number;
    outletCount: number; claimCount: number; topEntities: string[] }): StorySummary {
    return {
      id: s.id, label: s.label, start: s.first, end: s.last, article_count: s.articleCount,
      outlet_count: s.outletCount, claim_count: s.claimCount, entities: s.topEntities,
    };
  }

  function articleRefs(story: StoryDetail): Map<number, ArticleRef> {
    return new Map(story.articles.map((a) => [a.id, { id: a.id, title: a.title, published: a.published, outlet: a.outlet }]));
  }

  function seriesView(s: FigureSeries, articles: Map<number, ArticleRef>): FigureSeriesView {
    const conflict = new Set<number>();
    const revision = new Set<number>();
    for (const f of s.flags) for (const i of f.points) (f.kind === 'conflict' ? conflict : revision).add(i);
    return {
      id: s.id, label: s.label, unit: s.unit || null,
      conflict: s.flags.some((f) => f.kind === 'conflict'),
      revision: s.flags.some((f) => f.kind === 'revision'),
      flags: s.flags.map((f) => ({ kind: f.kind, message: f.message, points: f.points })),
      points: s.points.map((p, i) => ({
        date: p.date, value: p.value, high: p.high, approx: p.approx, text: p.text, counts: p.counts,
        source: p.source, outlet: p.outlet,
        article: articles.get(p.articleId) ?? { id: p.articleId, title: null, published: null, outlet: p.outlet },
        conflict: conflict.has(i), revision: revision.has(i),
      })),
    };
  }

  function timelineClaim(t: TimelineRow, articles: Map<number, ArticleRef>, refs: Map<string, EntityRef>,
    figures: Map<number, FigureView[]>): ClaimView {
    return {
      id: t.claimId,
      article: articles.get(t.articleId) ?? { id: t.articleId, title: null, published: null, outlet: t.outlet },
      ledger_id: null,
      date: t.date,
      source: t.source,
      source_entity: refOf(refs, t.sourceEntity),
      cue: null,
      content: t.claim,
      stance: t.stance,
      direct: t.direct,
      hedged: t.hedged,
      figures: figures.get(t.claimId) ?? [],
    };
  }

  async function timelineView(id: number) {
    const s = await storyOf(id);
    if (!s) return null;
    const [series, refs] = await Promise.all([
      seriesOf(s), entityRefs(s.timeline.map((t) => ({ storyId: s.id, sourceEntity: t.sourceEntity }))),
    ]);
    const figures = new Map<number, FigureView[]>();
    for (const ser of series) {
      for (const p of ser.points) {
        if (p.claimId === null) continue;
        const list = figures.get(p.claimId) ?? [];
        if (!list.some((f) => f.text === p.text)) list.push({ text: p.text, value: p.value, high: p.high, approx: p.approx, unit: ser.unit || null });
        figures.set(p.claimId, list);
      }
    }
    const articles = articleRefs(s);
    const rows = s.timeline.length > MAX_TIMELINE ? s.timeline.slice(-MAX_TIMELINE) : s.timeline;
    return { story: { id: s.id, label: s.label }, claims: rows.map((t) => timelineClaim(t, articles, refs, figures)) };
  }

  async function figuresView(id: number) {
    const s = await storyOf(id);
    if (!s) return null;
    const articles = articleRefs(s);
    const series = await seriesOf(s);
    return { story: { id: s.id, label: s.label }, series: series.map((x) => seriesView(x, articles)) };
  }


  return {
    async stats() {
      // Store stats are costly on a large store (they count figure series over every story) and
      // change only when articles are added: cached against the article count, which is cheap.
      const count = await store.countArticles();
      if (!statsCache || statsCache.count !== count) {
        const pending = store.stats();
        statsCache = { count, stats: pending };
        pending.catch(() => { statsCache = null; });
      }
      const s = await statsCache.stats;
      return {
        articles: s.articles, stories: s.stories, claims: s.claims, figures: s.quantities,
        figure_series: s.figureSeries, entities: s.entities, first: s.first, last: s.last,
      };
    },

    async stories(limit, offset) {
      const rows = await store.listStories({ limit: limit + 1, offset });
      return { stories: rows.slice(0, limit).map(summary), more: rows.length > limit };
    },

    async story(id) {
      const s = await storyOf(id);
      if (!s) return null;
      return {
        ...summary(s),
        articles: s.articles.map((a) => ({ id: a.id, title: a.title, published: a.published, outlet: a.outlet, url: a.url })),
      };
    },

    timeline(id) {
      return storyView('timeline', id, () => timelineView(id));
    },

    figures(id) {
      return storyView('figures', id, () => figuresView(id));
    },

    async claims(q) {
      let story: { id: number; label: string } | null = null;
      if (q.story !== undefined) {
        const s = await storyOf(q.story);
        if (!s) return null;
        story = { id: s.id, label: s.label };
      }
      const rows = await store.claims({
        storyId: q.story, source: q.source, entity: q.entity, stance: q.stance, from: q.from, to: q.to,
        limit: q.limit + 1, offset: q.offset,
      });
      const page = rows.slice(0, q.limit);
      const refs = await entityRefs(page);
      return { claims: page.map((r) => claimFromRow(r, null, refs)), limit: q.limit, offset: q.offset, more: rows.length > q.limit, story };
    },

    async entities(q) {
      const rows = await store.entities({ name: q.q, type: q.type as EntityType | undefined, limit: q.limit, offset: q.offset });
      return {
        entities: rows.map((e) => ({
          id: e.id, type: e.type, canonical: e.canonical, role: e.role,
          article_count: e.articles, mention_count: e.mentions, claim_count: e.claims,
        })),
      };
    },

    async entity(id) {
      const e = await store.getEntity(id);
      if (!e) return null;
      const rows = await store.claims({ entity: e.canonical, limit: 300 });
      const self = e.canonical.toLowerCase();
      const bySelf = rows.filter((r) => (r.sourceEntity ?? '').toLowerCase() === self).slice(0, 200);
      const about = rows.filter((r) => (r.sourceEntity ?? '').toLowerCase() !== self).slice(0, 100);
      const refs = await entityRefs([...bySelf, ...about]);
      const articles = new Map<number, ArticleRef>();
      for (const r of [...bySelf, ...about]) {
        if (!articles.has(r.articleId)) articles.set(r.articleId, { id: r.articleId, title: r.articleTitle, published: null, outlet: r.outlet });
      }
      return {
        id: e.id, type: e.type, canonical: e.canonical, role: e.role,
        article_count: e.articles, mention_count: e.mentions, claim_count: e.claims,
        claims: bySelf.map((r) => claimFromRow(r, null, refs)),
        mentioned_in: about.map((r) => claimFromRow(r, null, refs)),
        articles: [...articles.values()],
      };
    },

    async articles(q) {
      const opts = { storyId: q.story };
      const [rows, total] = await Promise.all([
        store.listArticles({ ...opts, limit: q.limit, offset: q.offset }), store.countArticles(opts),
      ]);
      return { articles: rows.map(articleSummary), total };
    },

    async article(id) {
      const a = await store.getArticle(id);
      if (!a) return null;
      const [story, entities] = await Promise.all([
        storyOf(a.storyId), store.entities({ articleId: a.id, limit: 1000 }),
      ]);
      const links: Record<string, number> = {};
      for (const e of a.ledger.entities) {
        const hit = entities.find((r) => r.type === e.type && r.canonical === e.canonical) ??
          entities.find((r) => r.canonical.toLowerCase() === e.canonical.toLowerCase());
        if (hit) links[e.id] = hit.id;
      }
      return {
        article: { ...articleSummary(a), story: story ? { id: story.id, label: story.label } : null },
        ledger: a.ledger,
        entity_links: links,
      };
    },

    async search(q, limit) {
      const [claims, articles] = await Promise.all([store.searchClaims(q, limit), store.searchArticles(q, limit)]);
      const refs = await entityRefs(claims);
      return {
        query: q,
        claims: claims.map((c) => ({ ...claimFromRow(c, null, refs), snippet: c.snippet })),
        articles: articles.map((a) => ({ id: a.id, title: a.title, published: a.published, outlet: a.outlet, snippet: a.snippet })),
      };
    },

    async ingest(input) {
      // Loaded on first use: a read-only server never loads the extractors.
      const { extract } = await import('../pipeline.js');
      const ledger = extract(input.text ?? input.html ?? '', {
        kind: input.html !== undefined ? 'html' : 'text',
        title: input.title ?? null, published: input.published ?? null, outlet: input.outlet ?? null, url: input.url ?? null,
      });
      const res = await store.addArticle(ledger, { source: input.url ?? '<api>', kind: input.html !== undefined ? 'html' : 'text' });
      const stored = res.status === 'duplicate' ? await store.getArticle(res.articleId) : null;
      return {
        added: res.status === 'added',
        article: {
          id: res.articleId, title: stored?.title ?? ledger.document.title,
          published: stored?.published ?? ledger.document.published, outlet: stored?.outlet ?? ledger.document.outlet,
        },
        story_id: res.storyId,
        claims: stored?.claims ?? ledger.claims.length,
      };
    },
  };
}

function articleSummary(a: { id: number; hash: string; title: string | null; published: string | null; outlet: string | null;
  url: string | null; source: string; storyId: number; claims: number }): ArticleSummary {
  return {
    id: a.id, hash: a.hash, title: a.title, published: a.published, outlet: a.outlet, url: a.url,
    source: a.source, story_id: a.storyId, claim_count: a.claims,
  };
}
