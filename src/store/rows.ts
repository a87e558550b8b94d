/**
 * What every SQL store shares, whatever its database: a ledger turned into the rows it stores
 * (`ledgerRows`), the story-placement decision over candidate stories read from those rows
 * (`placeArticle`), and database rows mapped back to the Store's types (`articleRow`, `claimRow` …).
 * The SQLite and PostgreSQL stores write the rows with their own SQL; the values, and so the stories
 * and figure series, are the same in both.
 */
import type { EntityType, Ledger } from '../ledger/types.js';
import { chooseStory, DEFAULT_ASSIGN, storyLabel, type CandidateStory, type StoryChoice } from '../stories/assign.js';
import { figureFacets, type FigureInput } from '../stories/figures.js';
import { articleFeatures, lshBuckets, minhash, type Feature } from '../stories/signature.js';
import type { ArticleOrigin, ArticleRow, ClaimRow, EntityRow, EventRow, StoryArticle } from './types.js';

export type Row = Record<string, unknown>;

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Words in a text (for the article's word count). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
}

/** An entity's name as stored for matching: lower case, single spaces. */
export function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A database integer (PostgreSQL gives 64-bit counts as strings). */
export function int(v: unknown): number {
  return typeof v === 'number' ? v : v === null || v === undefined ? 0 : Number(v);
}

const str = (v: unknown): string | null => (v as string | null | undefined) ?? null;

// ---------------------------------------------------------------------------------------------
// Ledger → rows

/** An article's row: the fields of ArticleRow it is stored with, and the rest of its columns. */
export interface ArticleValues extends Pick<ArticleRow, 'hash' | 'title' | 'published' | 'url' | 'outlet' | 'source' | 'kind' | 'feed' | 'words' | 'addedAt'> {
  line: number | null;
  nClaims: number;
  nQuantities: number;
  nEntities: number;
  /** The ledger as JSON text. */
  ledger: string;
  /** The title and the body, for full-text indexes. */
  titleText: string;
  body: string;
}

export interface EntityValues { ledgerId: string; type: EntityType; canonical: string; norm: string; role: string | null; mentions: number }

export interface ClaimValues {
  ledgerId: string;
  date: string | null;
  source: string | null;
  /** The ledger id of the source's entity, or null. */
  sourceEntity: string | null;
  cue: string;
  content: string;
  stance: string;
  hedged: 0 | 1;
  direct: 0 | 1;
  /** Ledger ids of the entities mentioned inside the content. */
  mentions: string[];
}

export interface QuantityValues {
  ledgerId: string;
  value: number;
  high: number | null;
  approx: string;
  delta: 0 | 1;
  text: string;
  unit: string | null;
  counts: string | null;
  outcome: string | null;
  place: string | null;
  source: string | null;
  sourceEntity: string | null;
  /** The ledger id of the claim it was stated in, or null. */
  claim: string | null;
  date: string | null;
}

export interface EventValues extends Pick<EventRow, 'ledgerId' | 'type' | 'mode' | 'actor' | 'target' | 'trigger' | 'date' | 'location'> {
  /** The ledger id of its claim, or null. */
  claim: string | null;
}

/** Everything a store writes for one article, computed from its ledger alone. */
export interface LedgerRows {
  article: ArticleValues;
  features: Feature[];
  /** LSH [band, bucket] pairs of its MinHash signature. */
  buckets: Array<[number, number]>;
  entities: EntityValues[];
  claims: ClaimValues[];
  quantities: QuantityValues[];
  events: EventValues[];
}

/** The rows of one article (throws on a malformed ledger, before anything is written). */
export function ledgerRows(ledger: Ledger, origin: ArticleOrigin, now: string): LedgerRows {
  const doc = ledger.document;
  const body = doc.text.slice(doc.body_start);
  const features = articleFeatures(ledger);
  const buckets = lshBuckets(minhash(features.map((f) => f.key)));
  const article: ArticleValues = {
    hash: doc.id, title: doc.title, published: doc.published, url: doc.url, outlet: doc.outlet,
    source: origin.source, kind: origin.kind, line: origin.line ?? null, feed: origin.feed ?? null,
    words: countWords(body), nClaims: ledger.claims.length, nQuantities: ledger.quantities.length,
    nEntities: ledger.entities.length, addedAt: now, ledger: JSON.stringify(ledger), titleText: doc.title ?? '', body,
  };

  const entities: EntityValues[] = [];
  const stored = new Set<string>();
  for (const e of ledger.entities) {
    const n = norm(e.canonical);
    if (!n) continue;
    stored.add(e.id);
    entities.push({ ledgerId: e.id, type: e.type, canonical: e.canonical, norm: n, role: e.role, mentions: e.mentions.length });
  }

  const times = new Map(ledger.times.map((t) => [t.id, t]));
  const dateOf = (timeId: string | null | undefined): string | null => {
    const t = timeId ? times.get(timeId) : undefined;
    return t && t.type === 'DATE' && ISO_DATE.test(t.value) ? t.value : doc.published;
  };
  const claims: ClaimValues[] = ledger.claims.map((c) => ({
    ledgerId: c.id,
    date: dateOf(c.time),
    source: c.source?.text ?? null,
    sourceEntity: c.source?.entity && stored.has(c.source.entity) ? c.source.entity : null,
    cue: c.cue.text,
    content: c.content.text,
    stance: c.stance,
    hedged: c.hedged ? 1 : 0,
    direct: c.direct ? 1 : 0,
    mentions: ledger.entities
      .filter((e) => stored.has(e.id) && e.mentions.some((m) => m.start >= c.content.start && m.end <= c.content.end))
      .map((e) => e.id),
  }));

  const facets = new Map(figureFacets(ledger).map((f) => [f.quantityId, f]));
  const quantities: QuantityValues[] = [];
  for (const q of ledger.quantities) {
    if (!Number.isFinite(q.value)) continue;
    const f = facets.get(q.id);
    quantities.push({
      ledgerId: q.id, value: q.value, high: q.high, approx: q.approx, delta: q.delta ? 1 : 0, text: q.text,
      unit: f?.unit ?? null, counts: f?.counts ?? null, outcome: f?.outcome ?? null, place: f?.place ?? null,
      source: f?.source ?? null, sourceEntity: f?.sourceEntity ?? null, claim: f?.claim ?? null, date: f?.date ?? doc.published,
    });
  }

  const names = new Map(ledger.entities.map((e) => [e.id, e.canonical]));
  const name = (id: string | null): string | null => (id ? names.get(id) ?? id : null);
  const events: EventValues[] = ledger.events.map((v) => ({
    ledgerId: v.id, type: v.type, mode: v.mode, actor: name(v.actor), target: name(v.target), trigger: v.trigger.text,
    claim: v.claim ?? null, date: dateOf(v.time), location: name(v.location),
  }));
  return { article, features, buckets, entities, claims, quantities, events };
}

// ---------------------------------------------------------------------------------------------
// Story placement

/** Candidate stories from the rows a store read: stories (id, n_articles, last) and their counts of
 *  the article's feature keys (story_id, key, n). */
export function candidateStories(stories: readonly Row[], profileRows: readonly Row[]): CandidateStory[] {
  const profiles = new Map<number, Map<string, number>>(stories.map((r) => [int(r.id), new Map()]));
  for (const r of profileRows) profiles.get(int(r.story_id))?.set(r.key as string, int(r.n));
  return stories.map((r) => ({ storyId: int(r.id), size: int(r.n_articles), last: str(r.last), profile: profiles.get(int(r.id))! }));
}

/** Where the article goes: a story to join (with the stories to merge into it), or a new one with its label. */
export interface Placement extends StoryChoice {
  /** For a new story: its first label. */
  label: string;
}

/**
 * Choose the article's story among the candidates. `topFeatures(id)` gives a candidate's most shared
 * features (key → articles), asked only when the article fits more than one story.
 */
export function placeArticle(
  rows: Pick<LedgerRows, 'features' | 'article'>, candidates: readonly CandidateStory[],
  topFeatures: (storyId: number) => ReadonlyMap<string, number>,
): Placement {
  const choice = chooseStory(rows.features, rows.article.published, candidates, DEFAULT_ASSIGN, (sid) => ({
    size: candidates.find((c) => c.storyId === sid)?.size ?? 1,
    top: topFeatures(sid),
  }));
  const label = choice.storyId === null ? storyLabel(rows.features.map((f) => ({ key: f.key, display: f.display, n: 1 }))) : '';
  return { ...choice, label };
}

/** Relabel a story after an article joins it: while small, every eighth article after, and after a merge. */
export function relabelDue(size: number, merged: boolean): boolean {
  return size <= 16 || size % 8 === 0 || merged;
}

/** A story's span widened by a date (or another span). */
export function widenSpan(
  span: { first: string | null; last: string | null }, first: string | null, last: string | null = first,
): { first: string | null; last: string | null } {
  return {
    first: first !== null && (span.first === null || first < span.first) ? first : span.first,
    last: last !== null && (span.last === null || last > span.last) ? last : span.last,
  };
}

/** A story's label from its top features (key, display, n) rows. */
export function labelOf(top: readonly Row[]): string {
  return storyLabel(top.map((r) => ({ key: r.key as string, display: r.display as string, n: int(r.n) })));
}

// ---------------------------------------------------------------------------------------------
// Rows → Store types

export function articleRow(r: Row): ArticleRow {
  return {
    id: int(r.id),
    hash: r.hash as string,
    title: str(r.title),
    published: str(r.published),
    url: str(r.url),
    outlet: str(r.outlet),
    source: r.source as string,
    kind: r.kind as ArticleRow['kind'],
    feed: str(r.feed),
    storyId: int(r.story_id),
    words: int(r.words),
    claims: int(r.n_claims),
    quantities: int(r.n_quantities),
    entities: int(r.n_entities),
    addedAt: r.added_at as string,
  };
}

/** The stored ledger (a JSON string, or already parsed by the driver). */
export function ledgerOf(v: unknown): Ledger {
  return (typeof v === 'string' ? JSON.parse(v) : v) as Ledger;
}

export function claimRow(r: Row): ClaimRow {
  return {
    id: int(r.id),
    articleId: int(r.article_id),
    storyId: int(r.story_id),
    ledgerId: r.ledger_id as string,
    date: str(r.date),
    outlet: str(r.outlet),
    source: str(r.source),
    sourceEntity: str(r.source_entity),
    cue: r.cue as string,
    content: r.content as string,
    stance: r.stance as ClaimRow['stance'],
    hedged: int(r.hedged) === 1,
    direct: int(r.direct) === 1,
    articleTitle: str(r.article_title),
  };
}

export function storyArticle(a: Row): StoryArticle {
  return { id: int(a.id), title: str(a.title), published: str(a.published), outlet: str(a.outlet), url: str(a.url), source: a.source as string };
}

export function figureInput(q: Row): FigureInput {
  return {
    value: Number(q.value),
    high: q.high === null || q.high === undefined ? null : Number(q.high),
    approx: q.approx as FigureInput['approx'],
    delta: int(q.delta) === 1,
    text: q.text as string,
    counts: str(q.counts),
    source: str(q.source),
    sourceEntity: str(q.source_entity),
    date: str(q.date),
    articleId: int(q.article_id),
    outlet: str(q.outlet),
    quantityId: q.ledger_id as string,
    claimId: q.claim_id === null || q.claim_id === undefined ? null : int(q.claim_id),
    unit: str(q.unit),
    outcome: str(q.outcome),
    place: str(q.place),
  };
}

export function entityRow(r: Row): EntityRow {
  return {
    id: int(r.id), type: r.type as EntityRow['type'], canonical: r.canonical as string,
    role: str(r.role), articles: int(r.articles), mentions: int(r.mentions), claims: int(r.claims),
  };
}

export function eventRow(r: Row): EventRow {
  return {
    articleId: int(r.article_id), storyId: int(r.story_id), ledgerId: r.ledger_id as string,
    type: r.type as string, mode: str(r.mode), actor: str(r.actor), target: str(r.target), trigger: r.trigger as string,
    date: str(r.date), location: str(r.location), outlet: str(r.outlet), url: str(r.url), source: r.origin as string,
    claim: str(r.claim), claimSource: str(r.claim_source),
  };
}
