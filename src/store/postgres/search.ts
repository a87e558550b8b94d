/**
 * Full-text search in PostgreSQL: a user's query, parsed by ../query.ts (words, "phrases", prefix*,
 * -exclude), as a `to_tsquery('english', …)` expression. Every lexeme is quoted and holds only
 * letters and digits, so nothing of the user's text is read as an operator: a word is 'word', a
 * prefix 'word':*, a phrase 'a' <-> 'b' (the english configuration drops stop words inside it and
 * widens the distance to match), an exclusion !(…); the terms are joined with &.
 */
import type { QueryTerm } from '../query.js';

export function toTsquery(terms: readonly QueryTerm[]): string {
  const one = (t: QueryTerm): string => {
    const lexemes = t.words.map((w) => `'${w.replace(/'/g, "''")}'`);
    const body = lexemes.join(' <-> ') + (t.prefix ? ':*' : '');
    return t.words.length > 1 ? `(${body})` : body;
  };
  const pos = terms.filter((t) => !t.exclude).map(one);
  const neg = terms.filter((t) => t.exclude).map((t) => `!${one(t)}`);
  return [...pos, ...neg].join(' & ');
}

/** ts_headline options: the matched words between « and », about 16 words around them. */
export const HEADLINE = 'StartSel=«, StopSel=», MaxWords=16, MinWords=8, ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "';
