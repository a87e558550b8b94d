/**
 * What a figure counts: the noun phrase after it, with its modifiers ("3,000 North Korean soldiers",
 * "$50 billion loan package", "27% of voters", "tens of thousands of people"). There is no POS tagger
 * in this stage (it must run at ≥ 500k words/s), so the chunk is found from word shapes and closed
 * word classes: adjectives, nationality words and nouns after the number, up to a function word, a
 * verb-looking word, punctuation, or the first plural noun (the head).
 *
 *   countedPhrase(a, lower, i, last) → { first, last (token indices, inclusive), head } | null
 *
 * Where the shapes cannot tell a noun from an adjective, a participle or a verb ("eight short of",
 * "the 60 needed", "12 up", "local elected officials"), the POS tagger (src/nlp/pos.ts) decides; it is
 * run on a sentence only when one of its figures needs it (`PosAt`), so the stage stays fast.
 */
import type { Analysis } from '../../nlp/tokenize.js';
import { looksPlural, nounLemma } from '../../nlp/lemma.js';
import { sentenceTags } from '../../nlp/pos.js';

/** Function words and frequent verbs that end a noun chunk. */
export const STOP = new Set([
  // determiners, pronouns, prepositions, conjunctions
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'he', 'she', 'it', 'they', 'we',
  'i', 'you', 'him', 'them', 'us', 'who', 'whom', 'whose', 'which', 'what', 'where', 'when', 'why', 'how', 'there', 'here',
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'into', 'onto', 'over', 'under', 'about', 'against', 'between',
  'among', 'through', 'during', 'before', 'after', 'since', 'until', 'till', 'across', 'along', 'around', 'near', 'toward', 'towards',
  'via', 'per', 'as', 'than', 'below', 'above', 'like', 'within', 'outside', 'inside', 'beyond', 'despite', 'amid', 'including', 'excluding', 'versus', 'vs',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'because', 'while', 'although', 'though', 'whether', 'unless',
  'not', 'no', 'also', 'only', 'just', 'even', 'still', 'already', 'now', 'then', 'ago', 'each', 'every', 'all', 'both', 'more', 'most',
  'less', 'least', 'many', 'much', 'few', 'some', 'any', 'other', 'another', 'such', 'own', 'same', 'too', 'very', 'again', 'ever',
  // auxiliaries and frequent verbs
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'will', 'would',
  'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'said', 'says', 'say', 'told', 'tell', 'says', 'reported', 'according',
  'sent', 'held', 'made', 'taken', 'given', 'seen', 'built', 'left', 'lost', 'put', 'brought', 'caught', 'sold', 'paid', 'struck', 'won',
  'found', 'shot', 'hit', 'fled', 'led', 'kept', 'spent', 'died', 'remain', 'remained', 'remains', 'came', 'went', 'got', 'become', 'became',
  'arrived', 'deployed', 'killed', 'wounded', 'injured', 'missing', 'dead', 'total', 'each', 'apiece', 'respectively', 'later', 'earlier',
  'more', 'fewer', 'less', 'or', 'nearly', 'almost', 'roughly', 'approximately', 'plus', 'odd', 'thereabouts',
  'a.m.', 'p.m.', 'am', 'pm', 'percent', 'pct',
]);

/** Plural nouns that are not counted things (time units belong to the time stage). */
export const TIME_UNITS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'decade', 'decades', 'century', 'centuries', 'millennium', 'millennia', 'weekend', 'weekends', 'night', 'nights', 'morning', 'mornings',
  'year-old', 'years-old', 'month-old', 'week-old', 'day-old', 'hour-long', 'day-long', 'year-long', 'month-long', 'week-long', 'quarter', 'quarters',
  'am', 'pm', 'a.m.', 'p.m.', "o'clock", 'o’clock', 'gmt', 'utc', 'bst', 'edt', 'est', 'cet', 'et', 'pt', 'times',
  // names of months and days ("$34,410 in October 2015" counts no October)
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

const isWordToken = (t: string) => /^[\p{L}][\p{L}\p{M}\d'’.-]*$/u.test(t);

export interface Chunk { first: number; last: number; head: number }

/** The Penn Treebank tag of token j, the sentence tagged on first use. */
export type PosAt = (j: number) => string;

const posCache = new WeakMap<Analysis, PosAt>();

/**
 * The PosAt of `a` (one per analysis): each sentence is tagged once, when one of its tokens is first
 * asked for, in the cache the other stages share (src/nlp/pos.ts sentenceTags).
 *
 *   posOf(analyse('The vote was 52-35, eight short of the 60 needed.', 0))(10) → 'RB' ("short")
 */
export function posOf(a: Analysis): PosAt {
  let f = posCache.get(a);
  if (f) return f;
  f = (j: number): string => {
    const { tags, first } = sentenceTags(a, j);
    return tags[j - first] ?? '';
  };
  posCache.set(a, f);
  return f;
}

/** Tags of words that a figure counts: nouns (and foreign words, symbols in names). */
const NOUN_TAG = /^(?:NNS?|NNPS?|FW)$/;

/** Is token j a noun by its tag? */
export const isNounTag = (pos: PosAt, j: number): boolean => NOUN_TAG.test(pos(j));

/**
 * The noun chunk starting at token i (not crossing token `end`, exclusive): up to five words; the
 * first plural-looking noun ends it; a verb-looking word after a noun ends it too. With `pos`, the
 * head must be a noun: the chunk is cut back to its last noun, or is null when it has none.
 *
 *   "eight short of the 60" → null ("short" is RB); "dozens of local elected officials" → "local
 *   elected officials"; "five new 737 aircraft" → "new 737 aircraft"
 */
export function countedPhrase(a: Analysis, lower: readonly string[], i: number, end: number, pos: PosAt | null = posOf(a)): Chunk | null {
  const toks = a.tokens;
  let j = i;
  let last = -1;
  while (j < end && j - i < 8) {
    const t = toks[j];
    // A plural model number is the head: "18 777s", "five Boeing 737s" (the unit is the model, see unitOf)
    if (t.kind === 'number' && /^\d+$/.test(t.text) && j + 1 < end && toks[j + 1].text === 's' && toks[j + 1].start === t.end) {
      last = j + 1;
      break;
    }
    // A model number after a maker's name is part of the phrase: "30 Boeing 787 jets", "Boeing 787-9 Dreamliners".
    if (t.kind === 'number' && last >= 0 && /\p{Lu}/u.test(toks[last].text) && /^\d+$/.test(t.text) && t.start === toks[j - 1].end + 1) {
      j++;
      while (j + 1 < end && toks[j].text === '-' && toks[j].start === toks[j - 1].end && toks[j + 1].kind === 'number' && toks[j + 1].start === toks[j].end) j += 2;
      continue;
    }
    // A model number right after the figure goes on to its noun: "roughly 400 737 Max jets", "five 787 Dreamliner sales".
    if (j === i && t.kind === 'number' && /^\d{3,4}$/.test(t.text) && t.start > toks[j - 1].end && j + 1 < end && toks[j + 1].kind === 'word'
      && !STOP.has(lower[j + 1]) && !TIME_UNITS.has(lower[j + 1])) {
      j++;
      continue;
    }
    // ... and after an adjective, when a noun follows: "five new 737 aircraft", "Boeing's larger 777 planes"
    if (t.kind === 'number' && last >= 0 && /^\d{3,4}$/.test(t.text) && t.start === toks[j - 1].end + 1 && j + 1 < end
      && toks[j + 1].kind === 'word' && !STOP.has(lower[j + 1]) && !TIME_UNITS.has(lower[j + 1])) {
      j++;
      continue;
    }
    // A maker's possessive goes on to what it owns: "30 of Boeing's 787-9 Dreamliner jets".
    if ((t.text === "'s" || t.text === '’s') && last >= 0 && /^\p{Lu}/u.test(toks[last].text) && t.start === toks[last].end && j + 1 < end) {
      j++;
      continue;
    }
    // "low- and middle-income Americans", "coal- and gas-fired plants": a modifier cut by a coordination
    if (t.text === '-' && last === j - 1 && t.start === toks[last].end && (lower[j + 1] === 'and' || lower[j + 1] === 'or') && j + 2 < end
      && toks[j + 2].kind === 'word' && toks[j + 2].text.includes('-')) {
      j += 2;
      continue;
    }
    // "secret military and diplomatic files": adjectives joined by a coordination modify one head
    // (the first may be tagged a noun: "military and diplomatic cables"; then an adjective follows)
    if ((lower[j] === 'and' || lower[j] === 'or') && last === j - 1 && pos && j + 1 < end && toks[j + 1].kind === 'word' && !looksPlural(lower[last])
      && ((/^JJ/.test(pos(last)) && /^(?:JJ|NN)/.test(pos(j + 1))) || (pos(last) === 'NN' && /^JJ/.test(pos(j + 1))))) {
      j++;
      continue;
    }
    if (t.kind !== 'word' || !isWordToken(t.text)) break;
    const w = lower[j];
    if (STOP.has(w)) break;
    if (j > i && /(?:ly)$/.test(w) && w.length > 4) break; // adverbs
    const cap = /^\p{Lu}/u.test(t.text);
    // "troops deployed", "Troops Training"; not a name ("new Boeing", "major United States") nor, by its tag, an
    // adjective's participle ("local elected officials", "four rotating units")
    if (last >= 0 && (!cap || looksPlural(lower[last])) && /(?:ed|ing)$/.test(w) && w.length > 4 && (!pos || isNounTag(pos, last) || /^VB[DPZ]?$/.test(pos(j)))) break;
    // "12 of 20 expecting no change": a participle, not a noun
    if (last < 0 && /ing$/.test(w) && !cap && (j + 1 >= end || toks[j + 1].kind !== 'word' || STOP.has(lower[j + 1]))) break;
    // a capitalised word right after a lower-case plural starts something else ("5,000 troops Russia …")
    if (last >= 0 && cap && !/^\p{Lu}/u.test(toks[last].text) && looksPlural(lower[last]) && !lower[last].includes('-')) break;
    last = j;
    // a plural-looking modifier ("plain-clothes NYPD officers") goes on, by its tag
    if (looksPlural(w) && pos && w.includes('-') && j + 1 < end && toks[j + 1].kind === 'word' && !STOP.has(lower[j + 1]) && (/^JJ/.test(pos(j)) || isNounTag(pos, j + 1))) {
      j++;
      continue;
    }
    if (looksPlural(w) && !/^\p{Lu}[\p{Ll}]/u.test(t.text)) break; // the head: "North Korean soldiers"
    // "Troops Training" in a title ends at the plural; "United States soldiers" goes on to the noun after it
    if (looksPlural(w) && j + 1 < end && (toks[j + 1].kind !== 'word' || STOP.has(lower[j + 1])
      || (/^\p{Ll}/u.test(toks[j + 1].text) && !(pos && (looksPlural(lower[j + 1]) || isNounTag(pos, j + 1)))))) break;
    j++;
  }
  if (last < 0) return null;
  if (toks[last].text === 's' && toks[last - 1]?.kind === 'number') return { first: i, last, head: last };
  if (pos) {
    // the head is a noun: cut back to the last noun ("eight short", "the 60 needed", "12 up", "three down")
    let h = last;
    while (h >= i && toks[h].kind === 'word' && !looksPlural(lower[h]) && !isNounTag(pos, h)) h--;
    if (h < i || toks[h].kind !== 'word') return null;
    if (h !== last && !isNounTag(pos, h)) return null;
    return { first: i, last: h, head: h };
  }
  return { first: i, last, head: last };
}

/**
 * The unit of a chunk: its head's lemma, or the model of a plural model number.
 *
 *   "North Korean soldiers" → "soldier"; "Boeing 737s" → "737"
 */
export function unitOf(a: Analysis, ch: Chunk): string {
  const h = a.tokens[ch.head];
  if (h.text === 's' && ch.head > 0 && a.tokens[ch.head - 1].kind === 'number') return a.tokens[ch.head - 1].text.toLowerCase();
  return nounLemma(h.text);
}
