/**
 * One fast pass over the text that every extractor reads: tokens with offsets, sentences and
 * paragraphs. Tokens follow news-treebank conventions closely enough for CoNLL-style models:
 * punctuation split off, possessive 's and n't split, hyphenated words and abbreviations kept
 * whole, numbers with separators kept whole ("3,000", "1.5", "10-12"), currency symbols apart.
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Index of the sentence the token is in. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** First token index, inclusive. */
  first: number;
  /** Last token index, exclusive. */
  last: number;
  /** Index of the paragraph (a run of text between line breaks). */
  paragraph: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Where the body begins; tokens before this belong to the title. */
  bodyStart: number;
}

/** Abbreviations that never end a sentence (titles, initials-like forms). */
const NON_TERMINAL_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'sen', 'rep',
  'gov', 'pres', 'rev', 'st', 'jr', 'sr', 'mt', 'ft', 'no', 'vs', 'v', 'etc', 'e.g', 'i.e', 'approx', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt',
  'wash', 'wis', 'wyo',
]);

/** Words that, after an ambiguous abbreviation such as "U.S.", start a new sentence. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'but', 'and', 'in', 'on', 'at', 'for', 'however', 'meanwhile', 'his', 'her', 'their', 'its', 'our', 'as',
  'when', 'while', 'after', 'before', 'if', 'so', 'yet', 'some', 'many', 'most', 'officials', 'according',
]);

/** A US lawmaker's party and state as AP writes them after the name: R-W.Va., D-N.Y., D-Calif. */
export const PARTY_STATE = /^[RDI]-(?:\p{Lu}\p{Ll}{0,4}\.){1,2}$/u;

// Order matters: the first alternative that matches at a position wins.
const TOKEN_RE = new RegExp(
  [
    // URLs and e-mail addresses
    String.raw`https?:\/\/[^\s<>"“”]+[^\s<>"“”.,;:!?)\]]`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    // a US lawmaker's party and state, as AP writes them after the name: R-W.Va., D-N.Y., D-Calif.
    String.raw`[RDI]-(?:\p{Lu}\p{Ll}{0,4}\.){1,2}(?![\p{L}\d])`,
    // dotted abbreviations: U.S., U.N., e.g., a.m.
    String.raw`(?:\p{L}\.){2,}(?!\p{L})`,
    // numbers: 3,000  1.5  10,000.25  1/2  (a leading sign is kept apart)
    String.raw`\d+(?:[.,]\d+)*(?:\/\d+)?`,
    // words with inner hyphens, apostrophes or ampersands (Sun-won, O'Neill, AT&T); possessive 's and
    // contractions stay apart ("Korea", "’s"); "n't" is split off afterwards
    String.raw`\p{L}[\p{L}\p{M}\d]*(?:-[\p{L}\p{M}\d]+|['’](?!(?:[sS]|re|ve|ll|d|m)(?![\p{L}\p{M}\d]))[\p{L}\p{M}\d]+|&[\p{L}\p{M}\d]+)*`,
    // contractions split from their host
    String.raw`n['’]t\b|['’](?:[sS]|re|ve|ll|d|m)\b`,
    // multi-character punctuation
    String.raw`\.{3}|…|--+|[—–]`,
    // anything else that is not space, one code point at a time
    String.raw`\S`,
  ].join('|'),
  'gu',
);

function kindOf(t: string): TokenKind {
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'number';
  if (/^[\p{L}\p{M}]/u.test(t)) return 'word';
  if (/^[$€£¥₩₹%#@&+=<>~^|\\/*°§©®™]|^\p{Sc}/u.test(t)) return 'symbol';
  return 'punct';
}

/**
 * Each token text seen, once (bounded), with its kind: news repeats its words, so kindOf's tests run
 * once per word, and the same word is the same string object in every token and every document, which
 * the stages' per-word caches (Maps keyed by token text) find without comparing characters again.
 */
const seen = new Map<string, { text: string; kind: TokenKind }>();
const SEEN_MAX = 200_000;
function known(s: string): { text: string; kind: TokenKind } {
  let w = seen.get(s);
  if (w === undefined) {
    if (seen.size >= SEEN_MAX) seen.clear();
    w = { text: s, kind: kindOf(s) };
    seen.set(s, w);
  }
  return w;
}

/** Split `text` into tokens (sentence indices are filled by `analyse`). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    if (m.index >= to) break;
    let s = m[0];
    if (s.length === 0) {
      TOKEN_RE.lastIndex++;
      continue;
    }
    let end = m.index + s.length;
    if (end > to) {
      s = s.slice(0, to - m.index);
      end = to;
    }
    const nt = s.length > 3 ? /n['’]t$/i.exec(s) : null;
    if (nt && /\p{L}/u.test(s[s.length - 4])) {
      // "don't" → "do" + "n't", as the treebanks split it
      const cut = end - 3;
      tokens.push({ start: m.index, end: cut, text: known(s.slice(0, -3)).text, kind: 'word', sentence: 0 });
      tokens.push({ start: cut, end, text: known(s.slice(-3)).text, kind: 'word', sentence: 0 });
      continue;
    }
    const w = known(s);
    tokens.push({ start: m.index, end, text: w.text, kind: w.kind, sentence: 0 });
  }
  return tokens;
}

const CLOSERS = new Set(['"', '”', "'", '’', ')', ']', '»']);

function isAbbreviation(tok: Token): boolean {
  return tok.kind === 'word' && NON_TERMINAL_ABBREVIATIONS.has(tok.text.toLowerCase());
}

/**
 * Tokens, sentences and paragraphs of `text`. A sentence ends at . ! ? (with any closing quotes or
 * brackets) before a token that can start one, and always at a line break.
 */
export function analyse(text: string, bodyStart = 0): Analysis {
  const tokens = tokenize(text);
  const sentences: Sentence[] = [];
  let first = 0;
  let paragraph = 0;

  const close = (lastExclusive: number) => {
    if (lastExclusive <= first) return;
    const start = tokens[first].start;
    const end = tokens[lastExclusive - 1].end;
    const idx = sentences.length;
    for (let i = first; i < lastExclusive; i++) tokens[i].sentence = idx;
    sentences.push({ start, end, first, last: lastExclusive, paragraph });
    first = lastExclusive;
  };

  let datelineCut = tokens.length ? datelineEnd(text, tokens[0].start) : -1;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const next = tokens[i + 1];
    if (!next) break;
    if (tok.end === datelineCut) {
      close(i + 1);
      datelineCut = -1;
      continue;
    }
    const gap = text.slice(tok.end, next.start);
    if (gap.includes('\n')) datelineCut = datelineEnd(text, next.start);
    if (gap.includes('\n')) {
      close(i + 1);
      paragraph++;
      continue;
    }
    const t = tok.text;
    let boundary = false;
    if (t === '.' || t === '!' || t === '?' || t === '…' || t === '...') {
      // Swallow closing quotes/brackets that belong to this sentence.
      let j = i + 1;
      while (j < tokens.length && CLOSERS.has(tokens[j].text) && tokens[j].start === tokens[j - 1].end) j++;
      const after = tokens[j];
      if (!after) break;
      if (text.slice(tokens[j - 1].end, after.start).includes('\n')) {
        i = j - 1;
        close(j);
        paragraph++;
        continue;
      }
      const prev = tokens[i - 1];
      const abbrev = t === '.' && prev && prev.end === tok.start && isAbbreviation(prev);
      const single = t === '.' && prev && prev.end === tok.start && /^\p{Lu}$/u.test(prev.text);
      if (!abbrev && !single && startsSentence(after)) {
        boundary = true;
        i = j - 1;
      }
    } else if ((/^(?:\p{L}\.){2,}$/u.test(t) || PARTY_STATE.test(t)) && /\s/.test(gap) && startsSentence(next)) {
      // "... troops to the U.S. The ..." — a dotted abbreviation may end a sentence.
      boundary = SENTENCE_STARTERS.has(next.text.toLowerCase());
    }
    if (boundary) close(i + 1);
  }
  close(tokens.length);
  return { text, tokens, sentences, bodyStart };
}

/**
 * A wire dateline at the start of a paragraph: "SEOUL, Oct 18 -", "WASHINGTON (Reuters) —",
 * "KYIV, Ukraine, Nov. 4 (AP) --". It is a sentence of its own, so that no extractor reads the
 * place and date as part of a source or a claim.
 */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{L}\p{M}\d .']{1,30}){0,2}\s*(?:\([^)\n]{1,40}\))?\s*(?:-{1,2}|[—–])(?=\s)/u;

/** The offset where a dateline at `start` ends, or -1. */
export function datelineEnd(text: string, start: number): number {
  const m = DATELINE.exec(text.slice(start, start + 100));
  // The place is written in capitals ("SEOUL") and followed by a date or an agency: a headline-like
  // "NATO - the alliance" or "US - China talks" is not a dateline.
  if (!m || !/^\p{Lu}{2,}/u.test(m[0]) || !/[,(]/.test(m[0])) return -1;
  return start + m[0].length;
}

function startsSentence(tok: Token): boolean {
  return /^[\p{Lu}\d"“‘'`(\[]/u.test(tok.text);
}

/** Index of the last item (sorted by start) that starts at or before `offset`; 0 when none does. */
export function lastStartingAt(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the first item (sorted by start) that starts at or after `offset`; items.length when none does. */
export function firstStartingFrom(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token that starts at or covers `offset`. */
export const tokenAt = (a: Analysis, offset: number): number => lastStartingAt(a.tokens, offset);

/** The sentence that holds `offset`. */
export const sentenceAt = (a: Analysis, offset: number): number => lastStartingAt(a.sentences, offset);

/** Words as rates count them (words/s in eval, bench, ingest): runs of non-space characters. */
export function countWords(texts: string | readonly string[]): number {
  const list = typeof texts === 'string' ? [texts] : texts;
  let n = 0;
  for (const t of list) n += t.match(/\S+/g)?.length ?? 0;
  return n;
}
