import { extractQuantities } from '../../../src/extract/quantities/index.js';
import { analyse } from '../../../src/nlp/tokenize.js';
import type { Quantity } from '../../../src/ledger/types.js';

/** The figures of one sentence, every span checked against the text. */
export function figures(text: string): Quantity[] {
  const qs = extractQuantities(analyse(text, 0));
  for (const q of qs) {
    if (text.slice(q.start, q.end) !== q.text) throw new Error(`span ${q.start}-${q.end} is not "${q.text}"`);
    if (q.counts && text.slice(q.counts.start, q.counts.end) !== q.counts.text) throw new Error(`counts span ${q.counts.start}-${q.counts.end} is not "${q.counts.text}"`);
  }
  return qs;
}
