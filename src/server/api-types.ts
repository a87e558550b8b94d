/**
 * The API's response shapes (the schemas of openapi.ts as TypeScript), and `ApiData`: what the
 * routes need from the store, already shaped for the API. src/server/views.ts builds it from a
 * `Store`; the routes only validate requests and call it. Ids are the store's numeric ids.
 */
import type { Approx, EntityType, Ledger, Stance } from '../ledger/types.js';
import type { FigureFlagKind } from '../store/types.js';

export interface ApiStats {
  articles: number;
  stories: number;
  claims: number;
  figures: number;
  figure_series: number;
  entities: number;
  first: string | null;
  last: string | null;
}

export interface ArticleRef {
  id: number;
  title: string | null;
  published: string | null;
  outlet: string | null;
}

export interface ArticleSummary extends ArticleRef {
  hash: string;
  url: string | null;
  source: string;
  story_id: number;
  claim_count: number;
}

export interface StoryRef {
  id: number;
  label: string;
}

export interface StorySummary extends StoryRef {
  start: string | null;
  end: string | null;
  article_count: number;
  outlet_count: number;
  claim_count: number;
  entities: string[];
}

export interface StoryArticleView extends ArticleRef {
  url: string | null;
}

export interface StoryView extends StorySummary {
  articles: StoryArticleView[];
}

export interface FigureView {
  text: string;
  value: number;
  high: number | null;
  approx: Approx;
  unit: string | null;
}

export interface EntityRef {
  id: number;
  canonical: string;
}

export interface ClaimView {
  id: number;
  article: ArticleRef;
  /** The claim's id inside its article's ledger ("c2"), when known. */
  ledger_id: string | null;
  date: string | null;
  source: string | null;
  source_entity: EntityRef | null;
  cue: string | null;
  content: string;
  stance: Stance;
  direct: boolean;
  hedged: boolean;
  /** Timeline only: the claim's figures that belong to one of the story's figure series. */
  figures?: FigureView[];
}

export interface ClaimQuery {
  source?: string;
  entity?: string;
  stance?: Stance;
  story?: number;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export interface ClaimPage {
  claims: ClaimView[];
  limit: number;
  offset: number;
  /** Whether a next page exists. */
  more: boolean;
  story: StoryRef | null;
}

export interface SeriesPoint {
  date: string | null;
  value: number;
  high: number | null;
  approx: Approx;
  text: string;
  counts: string | null;
  source: string | null;
  outlet: string | null;
  article: ArticleRef;
  conflict: boolean;
  revision: boolean;
}

export interface SeriesFlag {
  kind: FigureFlagKind;
  message: string;
  points: number[];
}

export interface FigureSeriesView {
  id: string;
  label: string;
  unit: string | null;
  conflict: boolean;
  revision: boolean;
  flags: SeriesFlag[];
  points: SeriesPoint[];
}

export interface EntitySummary {
  id: number;
  type: EntityType;
  canonical: string;
  role: string | null;
  article_count: number;
  mention_count: number;
  claim_count: number;
}

export interface EntityView extends EntitySummary {
  /** Claims whose source is this entity (newest first, at most 200). */
  claims: ClaimView[];
  /** Claims that name it without it being their source (at most 100). */
  mentioned_in: ClaimView[];
  /** Articles with those claims. */
  articles: ArticleRef[];
}

export interface ArticleView {
  article: ArticleSummary & { story: StoryRef | null };
  ledger: Ledger;
  /** Ledger entity id ("e3") → store entity id. */
  entity_links: Record<string, number>;
}

export interface ClaimHitView extends ClaimView {
  /** The content with the matching words between « and ». */
  snippet: string;
}

export interface ArticleHitView extends ArticleRef {
  snippet: string;
}

export interface SearchView {
  query: string;
  claims: ClaimHitView[];
  articles: ArticleHitView[];
}

export interface IngestInput {
  text?: string;
  html?: string;
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
}

export interface IngestResult {
  added: boolean;
  article: ArticleRef;
  story_id: number;
  claims: number;
}

/** What the API reads and writes; null means "no such thing" (a 404). */
export interface ApiData {
  stats(): Promise<ApiStats>;
  stories(limit: number, offset: number): Promise<{ stories: StorySummary[]; more: boolean }>;
  story(id: number): Promise<StoryView | null>;
  timeline(id: number): Promise<{ story: StoryRef; claims: ClaimView[] } | null>;
  figures(id: number): Promise<{ story: StoryRef; series: FigureSeriesView[] } | null>;
  /** null when the filter names a story that does not exist. */
  claims(query: ClaimQuery): Promise<ClaimPage | null>;
  entities(q: { q?: string; type?: EntityType; limit: number; offset: number }): Promise<{ entities: EntitySummary[] }>;
  entity(id: number): Promise<EntityView | null>;
  articles(q: { story?: number; limit: number; offset: number }): Promise<{ articles: ArticleSummary[]; total: number }>;
  article(id: number): Promise<ArticleView | null>;
  search(q: string, limit: number): Promise<SearchView>;
  /** Extract and store one article. */
  ingest(input: IngestInput): Promise<IngestResult>;
}
