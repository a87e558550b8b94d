/**
 * What a figure counts: the noun phrase after it, with its modifiers ("3,000 North Korean soldiers",
 * "$50 billion loan package", "27% of voters", "tens of thousands of people"). There is no POS tagger
 * in this stage (it must run at ≥ 500k words/s), so the chunk is found from word shapes and closed
 * word classes: adjectives, nationality words and nouns after the number, up to a function word, a
 * verb-looking word, punctuation, or the first plural noun (the head).
 *
 *   countedPhrase(a, lower, i, last) → { first, last (token indices, inclusive), head } | null
 */
import type { Analysis } from '../../nlp/tokenize.js';
import { looksPlural } from '../../nlp/lemma.js';

/** Function words and frequent verbs that end a noun chunk. */
export const STOP = new Set([
  // determiners, pronouns, prepositions, conjunctions
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'he', 'she', 'it', 'they', 'we',
  'i', 'you', 'him', 'them', 'us', 'who', 'whom', 'whose', 'which', 'what', 'where', 'when', 'why', 'how', 'there', 'here',
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'into', 'onto', 'over', 'under', 'about', 'against', 'between',
  'among', 'through', 'during', 'before', 'after', 'since', 'until', 'till', 'across', 'along', 'around', 'near', 'toward', 'towards',
  'via', 'per', 'as', 'than', 'like', 'within', 'outside', 'inside', 'beyond', 'despite', 'amid', 'including', 'excluding', 'versus', 'vs',
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
]);

const isWordToken = (t: string) => /^[\p{L}][\p{L}\p{M}\d'’.-]*$/u.test(t);

export interface Chunk { first: number; last: number; head: number }

/**
 * The noun chunk starting at token i (not crossing token `end`, exclusive): up to five words; the
 * first plural-looking noun ends it; a verb-looking word after a noun ends it too.
 */
export function countedPhrase(a: Analysis, lower: readonly string[], i: number, end: number): Chunk | null {
  const toks = a.tokens;
  let j = i;
  let last = -1;
  while (j < end && j - i < 8) {
    const t = toks[j];
    // A model number after a maker's name is part of the phrase: "30 Boeing 787 jets", "Boeing 787-9 Dreamliners".
    if (t.kind === 'number' && last >= 0 && /^\p{Lu}/u.test(toks[last].text) && /^\d+$/.test(t.text) && t.start === toks[j - 1].end + 1) {
      j++;
      while (j + 1 < end && toks[j].text === '-' && toks[j].start === toks[j - 1].end && toks[j + 1].kind === 'number' && toks[j + 1].start === toks[j].end) j += 2;
      continue;
    }
    // A maker's possessive goes on to what it owns: "30 of Boeing's 787-9 Dreamliner jets".
    if ((t.text === "'s" || t.text === '’s') && last >= 0 && /^\p{Lu}/u.test(toks[last].text) && t.start === toks[last].end && j + 1 < end) {
      j++;
      continue;
    }
    if (t.kind !== 'word' || !isWordToken(t.text)) break;
    const w = lower[j];
    if (STOP.has(w)) break;
    if (j > i && /(?:ly)$/.test(w) && w.length > 4) break; // adverbs
    if (last >= 0 && /(?:ed|ing)$/.test(w) && w.length > 4) break; // "troops deployed", "troops training"
    // "12 of 20 expecting no change": a participle, not a noun
    if (last < 0 && /ing$/.test(w) && /^\p{Ll}/u.test(t.text) && (j + 1 >= end || toks[j + 1].kind !== 'word' || STOP.has(lower[j + 1]))) break;
    // a capitalised word right after a lower-case plural starts something else ("5,000 troops Russia …")
    if (last >= 0 && /^\p{Lu}/u.test(t.text) && !/^\p{Lu}/u.test(toks[last].text) && looksPlural(lower[last])) break;
    last = j;
    if (looksPlural(w) && !/^\p{Lu}[\p{Ll}]/u.test(t.text)) break; // the head: "North Korean soldiers"
    if (looksPlural(w) && j + 1 < end && (toks[j + 1].kind !== 'word' || STOP.has(lower[j + 1]) || /^\p{Ll}/u.test(toks[j + 1].text))) break; // "Troops Training"
    j++;
  }
  if (last < 0) return null;
  // a chunk that ends in a verb-looking singular ("3,000 said") or a time word is no chunk
  return { first: i, last, head: last };
}
