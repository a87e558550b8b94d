/**
 * The words around a figure that qualify it: approximators ("at least", "up to", "nearly", "or
 * more"), deltas ("an additional", "another", "1,000 more"), totals ("raising the total to", "a total
 * of"), range openers ("between … and", "from … to") and vague amounts ("tens of thousands").
 * Phrases are lower-case token sequences, matched right to left before the number.
 */
import type { Approx } from '../../ledger/types.js';
import { wordTable } from '../../nlp/lexicon/table.js';

export interface Cue { words: string[]; approx?: Approx; delta?: boolean; total?: boolean }

const cue = (phrase: string, extra: Omit<Cue, 'words'>): Cue => ({ words: phrase.split(' '), ...extra });

/** Before the number, longest first. */
export const BEFORE: Cue[] = [
  // at least
  ...['at least', 'no fewer than', 'no less than', 'not less than', 'not fewer than', 'a minimum of', 'at the very least', 'a minimum'].map((p) => cue(p, { approx: 'at_least' })),
  // more than
  ...['more than', 'over', 'above', 'in excess of', 'upwards of', 'upward of', 'exceeding', 'greater than', 'north of', 'well over',
    'well above', 'just over', 'just above', 'higher than', 'better than', 'beyond', 'excess of', 'topping', 'surpassing'].map((p) => cue(p, { approx: 'more_than' })),
  // up to
  ...['up to', 'as many as', 'as much as', 'at most', 'no more than', 'not more than', 'a maximum of', 'as high as', 'at the most'].map((p) => cue(p, { approx: 'up_to' })),
  // less than
  ...['less than', 'fewer than', 'under', 'below', 'nearly', 'almost', 'just under', 'just below', 'shy of', 'just shy of', 'short of',
    'lower than', 'not quite', 'close to nearly', 'barely', 'well under', 'well below'].map((p) => cue(p, { approx: 'less_than' })),
  // about
  ...['about', 'around', 'roughly', 'approximately', 'approx.', 'some', 'an estimated', 'estimated', 'close to', 'circa', 'c.',
    'or so', 'something like', 'in the region of', 'on the order of', 'in the order of', 'an approximate', 'approximate', 'upwards', 'nearly about',
    'a reported', 'reportedly', 'perhaps', 'maybe', 'possibly', 'give or take'].map((p) => cue(p, { approx: 'about' })),
  // deltas
  ...['an additional', 'additional', 'another', 'a further', 'further', 'an extra', 'extra', 'an added', 'a fresh', 'a new batch of'].map((p) => cue(p, { delta: true })),
  // neither: "all 228 people" (the span takes the word)
  cue('all', {}),
  // totals
  ...['the total to', 'the total number to', 'the total number of', 'the total at', 'the tally to', 'the toll to', 'the number to', 'the figure to',
    'the count to', 'a total of', 'total of', 'totaling', 'totalling', 'in total', 'the total of', 'bringing it to', 'taking it to',
    'the overall number to', 'the overall total to', 'the death toll to', 'the toll at', 'total to'].map((p) => cue(p, { total: true })),
];

/** After the number (and its unit): "or more", "or so", "plus". */
export const AFTER: Cue[] = [
  ...['or more', 'and more', 'or higher', 'or above', 'and up', 'and above', 'or over', 'plus', '- plus'].map((p) => cue(p, { approx: 'at_least' })),
  ...['or so', 'or thereabouts', 'odd', '- odd', 'or so people'].map((p) => cue(p, { approx: 'about' })),
  ...['or less', 'or fewer', 'or under', 'or below', 'at most', 'at the most', 'tops'].map((p) => cue(p, { approx: 'up_to' })),
  cue('more', { delta: true }),
];

/** Verbs after which "by N" is a change, not a level: "rose by 1,000". */
export const CHANGE_VERBS = new Set([
  'rose', 'risen', 'rise', 'rises', 'rising', 'increased', 'increase', 'increases', 'increasing', 'grew', 'grown', 'grow', 'grows',
  'fell', 'fallen', 'fall', 'falls', 'falling', 'dropped', 'drop', 'drops', 'declined', 'decline', 'declines', 'decreased',
  'decrease', 'cut', 'cuts', 'reduced', 'reduce', 'boosted', 'boost', 'raised', 'raise', 'lowered', 'jumped', 'jump', 'jumps',
  'climbed', 'climb', 'slipped', 'slid', 'shrank', 'shrunk', 'expanded', 'expand', 'swelled', 'up', 'down', 'widened', 'narrowed',
  'surged', 'soared', 'plunged', 'plummeted', 'tumbled', 'gained', 'lost', 'added', 'shed',
]);

/**
 * Vague amounts and the value we record: the least they can mean, with approx "at_least" ("thousands
 * of" → at least 1,000; "tens of thousands" → at least 10 × 1,000).
 */
export const VAGUE: Record<string, number> = wordTable({
  tens: 10, dozens: 12, scores: 20, hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9, trillions: 1e12,
});

/** "several thousand", "a few hundred", "a couple of dozen": the multiplier we record. */
export const FEW: Record<string, number> = wordTable({ several: 3, few: 3, couple: 2, handful: 3, number: 3 });

/** Find the longest cue in `list` whose words end right before token index `i` (tokens lower-cased in `lower`). */
export function cueBefore(lower: readonly string[], i: number, from: number, list: readonly Cue[] = BEFORE): { cue: Cue; start: number } | null {
  let best: { cue: Cue; start: number } | null = null;
  for (const c of list) {
    const n = c.words.length;
    const s = i - n;
    if (s < from || (best && n <= best.cue.words.length)) continue;
    let ok = true;
    for (let k = 0; k < n; k++) {
      if (lower[s + k] !== c.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) best = { cue: c, start: s };
  }
  return best;
}

/** Find the longest cue in `list` whose words start at token index `i`. */
export function cueAfter(lower: readonly string[], i: number, to: number, list: readonly Cue[] = AFTER): { cue: Cue; end: number } | null {
  let best: { cue: Cue; end: number } | null = null;
  for (const c of list) {
    const n = c.words.length;
    if (i + n > to || (best && n <= best.end - i)) continue;
    let ok = true;
    for (let k = 0; k < n; k++) {
      if (lower[i + k] !== c.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) best = { cue: c, end: i + n };
  }
  return best;
}
