/** The refiners, in order: each takes the drafts in text order and returns them changed. */
import type { Analysis } from '../../../nlp/tokenize.js';
import type { Draft } from '../types.js';
import { dropNonTimes } from './nonTimes.js';
import { trimSpans } from './trim.js';

export type Refiner = (a: Analysis, drafts: Draft[]) => Draft[];

export const REFINERS: readonly Refiner[] = [dropNonTimes, trimSpans];

export function refine(a: Analysis, drafts: Draft[]): Draft[] {
  let out = drafts;
  for (const f of REFINERS) out = f(a, out);
  return out;
}
