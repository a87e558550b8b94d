/**
 * Placing a new article in a story, incrementally. The store finds the candidate stories (those of
 * stored articles that share at least one LSH bucket with the new one, a bounded number per bucket)
 * and their feature profiles (how many of their articles have each feature); this module scores
 * each: the share of the article's features the story has, each weighted by the fraction of the
 * story's articles that have it. The article joins the best story when the score is high enough,
 * starts a new story otherwise, and merges two stories it fits whose profiles are alike (the same
 * story found twice, e.g. when its first two articles missed each other).
 *
 * Cost per article: O(bands × bucket cap) bucket reads and one profile look-up per candidate story,
 * independent of the corpus size.
 */
import type { Feature } from './signature.js';

export interface CandidateStory {
  storyId: number;
  /** Articles in it. */
  size: number;
  /** Its latest article's date. */
  last: string | null;
  /** For each feature key, how many of its articles have it (only the article's keys are needed). */
  profile: ReadonlyMap<string, number>;
}

export interface StoryChoice {
  /** The story to join, or null for a new one. */
  storyId: number | null;
  score: number;
  /** Other stories to merge into the chosen one (the article ties them strongly together). */
  merge: number[];
}

export interface AssignOptions {
  /** Least score to join a story. */
  join: number;
  /** Least profile similarity (see profileSimilarity) for two stories the article fits to be merged. */
  merge: number;
  /** Days after a story's last article beyond which its score is discounted (stories go cold). */
  coldDays: number;
  /** Multiplier for the score of a cold story. */
  coldFactor: number;
}

export const DEFAULT_ASSIGN: AssignOptions = { join: 0.15, merge: 0.5, coldDays: 120, coldFactor: 0.8 };

/** Features of a story's profile compared when deciding a merge. */
export const PROFILE_TOP = 30;

/**
 * How alike two stories are: the cosine of their feature profiles (each feature weighted by the
 * fraction of the story's articles that have it), over each story's top features.
 */
export function profileSimilarity(
  a: { size: number; top: ReadonlyMap<string, number> }, b: { size: number; top: ReadonlyMap<string, number> },
): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, n] of a.top) {
    const x = n / a.size;
    na += x * x;
    const m = b.top.get(k);
    if (m !== undefined) dot += x * (m / b.size);
  }
  for (const n of b.top.values()) nb += (n / b.size) ** 2;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Most members of one LSH bucket looked at, newest first (keeps a crowded bucket cheap). */
export const BUCKET_CAP = 64;

/** Days between two ISO dates (or coarser TIMEX3 dates), or null. */
export function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const t = (x: string): number => {
    if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?/.test(x)) return NaN;
    return Date.parse(x.length === 7 ? x + '-15' : x.length === 4 ? x + '-07-01' : x.slice(0, 10));
  };
  const ta = t(a);
  const tb = t(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return null;
  return Math.abs(ta - tb) / 86_400_000;
}

/** How well an article's features fit a story's profile, in [0, 1]. */
export function storyScore(features: readonly Feature[], story: CandidateStory): number {
  if (features.length === 0 || story.size === 0) return 0;
  let num = 0;
  for (const f of features) num += (story.profile.get(f.key) ?? 0) / story.size;
  return num / features.length;
}

/**
 * Choose a story for an article with these features, published on `published`. `profiles` gives
 * the top features of candidate stories (only asked for when the article fits more than one): two
 * stories the article fits whose profiles are alike are one story found twice, and are merged.
 */
export function chooseStory(
  features: readonly Feature[], published: string | null, candidates: readonly CandidateStory[],
  opts: AssignOptions = DEFAULT_ASSIGN,
  profiles?: (storyId: number) => { size: number; top: ReadonlyMap<string, number> },
): StoryChoice {
  const scored = candidates.map((c) => {
    let score = storyScore(features, c);
    const d = daysApart(published, c.last);
    if (d !== null && d > opts.coldDays) score *= opts.coldFactor;
    return { storyId: c.storyId, score };
  }).sort((a, b) => b.score - a.score || a.storyId - b.storyId);
  const best = scored[0];
  if (!best || best.score < opts.join) return { storyId: null, score: best?.score ?? 0, merge: [] };
  const others = scored.slice(1).filter((s) => s.score >= opts.join);
  let merge: number[] = [];
  if (profiles && others.length > 0) {
    const bp = profiles(best.storyId);
    merge = others.filter((o) => profileSimilarity(bp, profiles(o.storyId)) >= opts.merge).map((o) => o.storyId);
  }
  if (merge.length === 0) return { storyId: best.storyId, score: best.score, merge };
  // The oldest story survives a merge, so that ids users have seen stay valid as long as possible.
  const all = [best.storyId, ...merge].sort((a, b) => a - b);
  return { storyId: all[0], score: best.score, merge: all.slice(1) };
}

export interface LabelTerm {
  key: string;
  display: string;
  /** How many of the story's articles have it. */
  n: number;
}

/**
 * A story's label: its most shared entities (up to three, each in at least a third as many articles
 * as the most shared feature), then key terms if fewer than two entities qualify. A name that only
 * varies one already picked ("North Korean" after "North Korea") is skipped, and so is a term that is
 * a word of a picked name.
 */
export function storyLabel(terms: readonly LabelTerm[]): string {
  const sorted = [...terms].sort((a, b) => b.n - a.n || (a.key < b.key ? -1 : 1));
  const top = sorted[0]?.n ?? 0;
  const picked: string[] = [];
  const words = new Set<string>();
  const take = (t: LabelTerm): void => {
    picked.push(t.display);
    for (const w of t.display.toLowerCase().split(/\s+/)) words.add(w.replace(/[’']s$/, ''));
  };
  // "Korean" after "North Korean", "North Korea" after "North Korean": one contains the other's words
  // or starts the other.
  const variant = (name: string): boolean => picked.some((p) => {
    const a = ` ${p.toLowerCase()} `;
    const b = ` ${name.toLowerCase()} `;
    return a.includes(b) || b.includes(a) || a.trim().startsWith(b.trim()) || b.trim().startsWith(a.trim());
  });
  for (const t of sorted) {
    if (picked.length >= 3) break;
    if (!t.key.startsWith('e:') || t.n * 3 < top || variant(t.display)) continue;
    take(t);
  }
  for (const t of sorted) {
    if (picked.length >= 2) break;
    if (!t.key.startsWith('t:')) continue;
    const w = t.display.toLowerCase();
    if (words.has(w) || words.has(w.replace(/s$/, '')) || variant(t.display)) continue;
    take(t);
  }
  return picked.join(' · ') || '(untitled)';
}
