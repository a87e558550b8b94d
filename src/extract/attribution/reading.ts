/**
 * What the attribution stage reads off the analysis besides the tagger: the draft of a claim (token
 * ranges), quotation marks, reporting words, and each sentence's part-of-speech tags (tagged once).
 */
import type { Analysis } from '../../nlp/tokenize.js';
import { FINITE_TAGS, sentenceTags, tagAt } from '../../nlp/pos.js';
import { CUE_NOUNS, CUE_VERBS } from './lexicon.js';

/** A claim in token ranges before it is resolved and trimmed. */
export interface Draft {
  source: [number, number] | null;
  cue: [number, number];
  content: [number, number];
  subjectOfSentence: boolean;
  fromRule: boolean;
}

export { FINITE_TAGS, sentenceTags, tagAt };

export const isQuote = (t: string) => t === '"' || t === '“' || t === '”' || t === '``' || t === '`' || t === "''" || t === '‘' || t === '’' || t === "'";

export function overlaps(x: [number, number], y: [number, number]): boolean {
  return x[0] < y[1] && y[0] < x[1];
}

/** A word of the cue lexicon (a reporting verb or noun, or "according"), lower case. */
export const isReportingWord = (w: string): boolean => CUE_VERBS.has(w) || CUE_NOUNS.has(w) || w === 'according';

export function hasReportingWord(a: Analysis, cue: [number, number]): boolean {
  for (let i = cue[0]; i < cue[1]; i++) {
    const w = a.tokens[i].text.toLowerCase();
    if (isReportingWord(w)) return true;
  }
  return false;
}

/** The quotation mark at token i: how many tokens it takes (two for `''` and ``` `` ``` written as two apostrophes or backticks), or 0. */
export function quoteMark(a: Analysis, i: number, opening: boolean): number {
  if (i < 0 || i >= a.tokens.length) return 0;
  const t = a.tokens[i].text;
  if (t === '"' || t === "''" || t === (opening ? '“' : '”') || (opening && t === '``')) return 1;
  // (Smart quotes make "’’" of a closing "''".)
  if ((t === "'" || (!opening && t === '’')) && i + 1 < a.tokens.length && a.tokens[i + 1].text === t && a.tokens[i + 1].start === a.tokens[i].end) return 2;
  // (An opening mark typed as two backticks, "``", comes as two tokens too.)
  if (opening && t === '`' && i + 1 < a.tokens.length && a.tokens[i + 1].text === '`' && a.tokens[i + 1].start === a.tokens[i].end) return 2;
  return 0;
}
export const anyQuote = (t: string) => t === '"' || t === '“' || t === '”' || t === '``' || t === "''";

/** Forms of "be" that make a passive with a past participle after them. */
export const PASSIVE_BE = /^(?:is|are|was|were|be|been|being|am|'s|’s|'re|’re)$/i;

/** Words that open a subordinate (adverbial) clause: "As the charges were unsealed, …", "when President Trump scuttled …". */
export const SUBORDINATOR = /^(?:as|when|while|after|before|if|because|although|though|since|once|until|unless|whenever|whereas|whether)$/i;

export const isRelative = (w: string) => w === 'who' || w === 'whom' || w === 'whose' || w === 'which' || w === 'that';

/**
 * A cue with no source of its own that continues the sentence's subject: a participle after a comma
 * ("…, citing a threat to public health", "Sanders said, suggesting …") or a verb joined by "and"/"but"
 * ("urged Republicans to act and criticized the party's …"), with an adverb or two between.
 */
/** Words that count times ("several times", "three times"). */
export const HOW_MANY = /^(?:several|many|numerous|countless|multiple|two|three|four|five|six|ten|\d+)$/i;

/** Adverbs that stand before a verb ("and then criticized", "perhaps recognizing"). */
export const VERB_ADVERB = /^(?:also|then|later|even|repeatedly|again|perhaps|still|\p{L}+ly)$/iu;

export function speaksForSubject(a: Analysis, cueRange: readonly [number, number]): boolean {
  const cue = cueRange[0];
  // The verb of the cue, past adverbs inside it ("also drew", "perhaps recognizing").
  let v = cue;
  // (and past its auxiliaries: "and has accused")
  while (v + 1 < cueRange[1] && (VERB_ADVERB.test(a.tokens[v].text) || /^(?:has|have|had)$/i.test(a.tokens[v].text))) v++;
  const w = a.tokens[v].text;
  let i = cue - 1;
  const howOften = (k: number) => k > 0 && /^times$/i.test(a.tokens[k].text) && HOW_MANY.test(a.tokens[k - 1].text);
  while (i >= 0 && a.tokens[i].sentence === a.tokens[cue].sentence && (VERB_ADVERB.test(a.tokens[i].text) || howOften(i))) i -= howOften(i) ? 2 : 1;
  if (i < 0 || a.tokens[i].sentence !== a.tokens[cue].sentence) return false;
  const before = a.tokens[i].text.toLowerCase();
  if (before === ',') return /^\p{Ll}+ing$/u.test(w);
  return (before === 'and' || before === 'but') && (CUE_VERBS.has(w) || /^\p{Ll}+(?:ed|ing)$/u.test(w));
}

/** Where a span [c, end) that opens its sentence with a dateline starts after it (c when there is none). */
export function afterDateline(a: Analysis, c: number, end: number): number {
  // "(CNN) President Donald Trump …": an agency in brackets opening the story.
  const o = a.tokens[c].text === '(' ? c : c > 0 && a.tokens[c - 1].text === '(' ? c - 1 : -1;
  if (o >= 0 && o + 2 < end && a.tokens[o + 2].text === ')' && /^(?:\p{Lu}{2,}|Reuters)$/u.test(a.tokens[o + 1].text)
    && (o === 0 || a.tokens[o - 1].sentence !== a.tokens[o].sentence)) return o + 3;
  const t0 = a.tokens[c].text;
  if (t0.length < 2 || t0 !== t0.toUpperCase() || !/^\p{Lu}/u.test(t0)) return c;
  if (c > 0 && a.tokens[c - 1].sentence === a.tokens[c].sentence) return c;
  for (let i = c + 1; i < Math.min(end - 2, c + 8); i++) {
    const t = a.tokens[i].text;
    if (/^(?:―|—|–|--|-)$/.test(t)) return i + 1;
    if (!/^(?:\p{Lu}[\p{L}.'’-]*|,|\(|\)|AP|Reuters)$/u.test(t)) return c;
  }
  return c;
}
