/**
 * A user's search query, parsed once into terms any full-text engine can take: words (all must
 * match), "quoted phrases", and prefix* words; `-word` excludes. Anything else (punctuation,
 * operators a user did not mean) is dropped, so a query never fails to parse.
 */
import { StoreQueryError } from './types.js';

export interface QueryTerm {
  /** Words of the term (one for a word, several for a phrase), lower case. */
  words: string[];
  prefix: boolean;
  exclude: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const re = /(-?)"([^"]*)"|(-?)([^\s"]+)/g;
  for (const m of query.matchAll(re)) {
    if (m[2] !== undefined) {
      const words = (m[2].toLowerCase().match(WORD) ?? []);
      if (words.length) terms.push({ words, prefix: false, exclude: m[1] === '-' });
    } else {
      const raw = m[4];
      const prefix = raw.endsWith('*');
      const words = raw.toLowerCase().match(WORD) ?? [];
      if (words.length === 0) continue;
      // "U.S." or "11,000" are one term of several words: a phrase.
      terms.push({ words, prefix: prefix && words.length === 1, exclude: m[3] === '-' });
    }
  }
  if (!terms.some((t) => !t.exclude)) {
    throw new StoreQueryError(`search: "${query}" has no word to look for`);
  }
  return terms;
}

/** The terms as an FTS5 MATCH expression (every term quoted, so nothing is read as an operator). */
export function toFts5(terms: readonly QueryTerm[]): string {
  const pos = terms.filter((t) => !t.exclude).map((t) => `"${t.words.join(' ')}"${t.prefix ? '*' : ''}`);
  const neg = terms.filter((t) => t.exclude).map((t) => `NOT "${t.words.join(' ')}"${t.prefix ? '*' : ''}`);
  return [pos.join(' '), ...neg].join(' ');
}
