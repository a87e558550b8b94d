/**
 * The store: where claimtrail keeps many articles' ledgers and what connects them (stories, figure
 * series). Every method is async so that a networked database (PostgreSQL) implements the same
 * interface; nothing here names SQLite. `openStore()` in ./index.ts gives the default store.
 *
 * Identifiers: articles, stories, entities and claims have numeric ids that the store assigns and
 * keeps (an article keeps its id forever; a story keeps its id unless it is merged into an older one,
 * see `StoryRow.id`). An article is also known by its content hash, `ledger.document.id`
 * ("sha256:…" of the normalised text), which makes ingest idempotent.
 *
 * Dates are ISO strings: YYYY-MM-DD (or a coarser TIMEX3 value such as 2024-10 when that is all
 * that is known), or null when unknown.
 *
 * Stability: other code (the HTTP API, the web app) reads these types. Add fields and methods;
 * do not rename or remove them.
 */
import type { Approx, EntityType, Ledger, Stance } from '../ledger/types.js';

/** Where an article came from. */
export interface ArticleOrigin {
  /** The file path as given, or the URL fetched ("<stdin>" for standard input). */
  source: string;
  /** How it was read. */
  kind: 'text' | 'html' | 'jsonl' | 'feed';
  /** For a line of a .jsonl file: its line number (1-based); else null. */
  line?: number | null;
  /** For an item of a feed: the feed's URL; else null. */
  feed?: string | null;
}

/** What `addArticles` did with one article. */
export type BatchAddResult = AddResult | { status: 'failed'; reason: string };

/** What `addArticle` did. */
export interface AddResult {
  status: 'added' | 'duplicate';
  /** The article's id (the existing one for a duplicate). */
  articleId: number;
  /** The story the article belongs to. */
  storyId: number;
}

/** One article, without its text. */
export interface ArticleRow {
  id: number;
  /** "sha256:…" of the normalised text (`ledger.document.id`). */
  hash: string;
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
  /** `ArticleOrigin.source`: the file or URL it came from. */
  source: string;
  kind: ArticleOrigin['kind'];
  feed: string | null;
  storyId: number;
  words: number;
  claims: number;
  quantities: number;
  entities: number;
  /** ISO timestamp of when it was stored. */
  addedAt: string;
}

/** One article with its whole ledger (text included). */
export interface ArticleDetail extends ArticleRow {
  ledger: Ledger;
}

export interface ListArticlesOptions {
  storyId?: number;
  /** Only articles published on or after / on or before these dates (inclusive). */
  from?: string;
  to?: string;
  outlet?: string;
  /** Newest first (default) or oldest first. */
  order?: 'newest' | 'oldest';
  limit?: number;
  offset?: number;
}

/** A story: articles about the same events, grouped as they arrive. */
export interface StoryRow {
  /** Kept as articles join; when two stories are found to be one, the younger is merged into the
   *  older and its id stops existing (`getStory` of it gives the survivor through `mergedInto`). */
  id: number;
  /** A few words naming it: its most shared entities and key terms ("North Korea · Russia · troops"). */
  label: string;
  /** Earliest and latest publication date of its articles (null when none is dated). */
  first: string | null;
  last: string | null;
  articleCount: number;
  outletCount: number;
  claimCount: number;
  /** Its most shared entities' canonical names, most shared first. */
  topEntities: string[];
}

/** An article as a story lists it. */
export interface StoryArticle {
  id: number;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  /** The file or URL it came from. */
  source: string;
}

/** One line of a story's timeline: a claim, when and by whom. */
export interface TimelineRow {
  /** When the claim was said: its own time when the ledger has one, else the article's date. */
  date: string | null;
  articleId: number;
  outlet: string | null;
  /** Who made the claim (its text in the article), or null when unattributed. */
  source: string | null;
  /** The source's entity canonical name, when linked. */
  sourceEntity: string | null;
  stance: Stance;
  hedged: boolean;
  direct: boolean;
  /** The claim's content. */
  claim: string;
  claimId: number;
}

export interface StoryDetail extends StoryRow {
  articles: StoryArticle[];
  timeline: TimelineRow[];
  /** Set when the id asked for was merged into another story. */
  mergedInto?: number;
}

/** One figure in a series. */
export interface FigurePoint {
  value: number;
  high: number | null;
  approx: Approx;
  delta: boolean;
  /** The quantity's text ("at least 3,000"). */
  text: string;
  /** What it counts, as written ("North Korean soldiers"), or null. */
  counts: string | null;
  /** Who gave it: the source of the claim it was stated in, else the article's outlet, else null. */
  source: string | null;
  /** The source's entity canonical name, when linked. */
  sourceEntity: string | null;
  /** When it was given: the claim's time or the article's date. */
  date: string | null;
  articleId: number;
  outlet: string | null;
  /** The quantity's id inside its article's ledger ("q3"). */
  quantityId: string;
  /** The claim it was stated in (store id), or null. */
  claimId: number | null;
}

export type FigureFlagKind = 'conflict' | 'revision';

/** Something to look at in a series. */
export interface FigureFlag {
  kind: FigureFlagKind;
  /** conflict: different values from different sources for the same thing at about the same time;
   *  revision: one source changing its figure over time. */
  message: string;
  /** Indices into `FigureSeries.points`. */
  points: number[];
}

/** Figures counting the same thing within a story, over time and by source. */
export interface FigureSeries {
  /** Stable within one call only: "<storyId>:<n>". */
  id: string;
  /** What is counted, in a few words ("troops", "North Korean soldiers · Kursk"). */
  label: string;
  unit: string;
  /** Points in date order (undated last). */
  points: FigurePoint[];
  flags: FigureFlag[];
}

export interface ClaimFilter {
  storyId?: number;
  articleId?: number;
  /** Substring of the source's text or entity name (case-insensitive). */
  source?: string;
  /** An entity canonical name (exact, case-insensitive) that the claim's source is or its content mentions. */
  entity?: string;
  stance?: Stance;
  /** Claim dates (inclusive). */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/** A claim with its article's metadata. */
export interface ClaimRow {
  id: number;
  articleId: number;
  storyId: number;
  /** The claim's id inside its ledger ("c2"). */
  ledgerId: string;
  date: string | null;
  outlet: string | null;
  source: string | null;
  sourceEntity: string | null;
  cue: string;
  content: string;
  stance: Stance;
  hedged: boolean;
  direct: boolean;
  articleTitle: string | null;
}

export interface ClaimHit extends ClaimRow {
  /** The content with the matching words between « and ». */
  snippet: string;
  /** Lower is better (the search engine's rank). */
  rank: number;
}

export interface ArticleHit extends ArticleRow {
  snippet: string;
  rank: number;
}

export interface EntityFilter {
  /** Substring of the canonical name (case-insensitive). */
  name?: string;
  type?: EntityType;
  storyId?: number;
  articleId?: number;
  limit?: number;
  offset?: number;
}

/** An entity across articles: one row per (type, canonical name). */
export interface EntityRow {
  id: number;
  type: EntityType;
  canonical: string;
  /** A role seen with it ("spokesperson for …"), the most frequent, or null. */
  role: string | null;
  articles: number;
  mentions: number;
  /** Claims whose source is this entity. */
  claims: number;
}

/** A ledger event with where it came from (for export). */
export interface EventRow {
  articleId: number;
  storyId: number;
  ledgerId: string;
  type: string;
  mode: string | null;
  actor: string | null;
  target: string | null;
  trigger: string;
  date: string | null;
  location: string | null;
  outlet: string | null;
  url: string | null;
  source: string;
  /** The sentence's claim content when the event was stated in a claim. */
  claim: string | null;
  claimSource: string | null;
}

export interface StoreStats {
  articles: number;
  claims: number;
  quantities: number;
  /** Figure series over all stories (series with at least two points). */
  figureSeries: number;
  entities: number;
  events: number;
  stories: number;
  /** Stories with at least two articles. */
  storiesMulti: number;
  /** Earliest and latest article date. */
  first: string | null;
  last: string | null;
  /** Size of the database in bytes, when the store can tell. */
  bytes: number | null;
  schemaVersion: number;
}

export interface Store {
  /** "sqlite", "postgres", … */
  readonly kind: string;
  /** Where it lives (a file path, a connection string without password). */
  readonly location: string;
  /** Bring the schema up to date (idempotent); returns the schema version. `openStore` calls it. */
  migrate(): Promise<number>;
  /** Store one article, its ledger and its links, in one transaction, and place it in a story.
   *  An article whose content hash is already stored is a duplicate and changes nothing. */
  addArticle(ledger: Ledger, origin: ArticleOrigin): Promise<AddResult>;
  /** Store several articles in order, each as addArticle would and each all or nothing, in as few
   *  commits as the store can (one for SQLite): an article that cannot be stored is `failed` with
   *  its reason and the others are stored. For bulk ingest, where a commit per article dominates. */
  addArticles(items: ReadonlyArray<{ ledger: Ledger; origin: ArticleOrigin }>): Promise<BatchAddResult[]>;
  hasContentHash(hash: string): Promise<boolean>;
  getArticle(id: number): Promise<ArticleDetail | null>;
  listArticles(opts?: ListArticlesOptions): Promise<ArticleRow[]>;
  countArticles(opts?: ListArticlesOptions): Promise<number>;
  /** Stories, largest (then latest) first. */
  listStories(opts?: { limit?: number; offset?: number; minArticles?: number }): Promise<StoryRow[]>;
  /** A story with its articles (by date) and its claims as a timeline (by date). */
  getStory(id: number): Promise<StoryDetail | null>;
  /** The figure series of a story, largest first, with conflict and revision flags. */
  figureSeries(storyId: number): Promise<FigureSeries[]>;
  /** Full-text search (words, "phrases", prefix*) over claims' content and sources. */
  searchClaims(query: string, limit?: number): Promise<ClaimHit[]>;
  /** Full-text search over articles' titles and text. */
  searchArticles(query: string, limit?: number): Promise<ArticleHit[]>;
  claims(filter?: ClaimFilter): Promise<ClaimRow[]>;
  entities(filter?: EntityFilter): Promise<EntityRow[]>;
  getEntity(id: number): Promise<EntityRow | null>;
  events(filter?: { storyId?: number; articleId?: number; limit?: number; offset?: number }): Promise<EventRow[]>;
  /** Every stored ledger, oldest stored first (for export). */
  ledgers(): AsyncIterable<{ article: ArticleRow; ledger: Ledger }>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

/** A query the search engine cannot parse. */
export class StoreQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreQueryError';
  }
}
