/** Trims spans to their words: no surrounding spaces or a trailing possessive or punctuation. */
import type { Analysis } from '../../../nlp/tokenize.js';
import type { Draft } from '../types.js';

export function trimSpans(a: Analysis, drafts: Draft[]): Draft[] {
  for (const d of drafts) {
    while (d.end > d.start && /\s/.test(a.text[d.end - 1])) d.end--;
    while (d.start < d.end && /\s/.test(a.text[d.start])) d.start++;
  }
  return drafts.filter((d) => d.end > d.start);
}
