/**
 * Part-of-speech tags (Penn Treebank) for the tokens of an Analysis: a greedy averaged perceptron
 * (src/nlp/perceptron.ts) trained on the POS column of CoNLL-2003 train (scripts/train-pos.ts), with
 * a tag dictionary for frequent unambiguous words. Model: models/pos/pos.bin (card: models/pos/MODEL.md).
 *
 *   tagPos(analysis) → one tag per token ("NNP", "VBD", …)
 */
import { existsSync } from 'node:fs';
import type { Analysis } from './tokenize.js';
import { hashFeature, hashInt, Perceptron } from './perceptron.js';
import { modelPath } from './models.js';
import { normWord, shapeOf } from './lexicon/words.js';

/** Most features a token gets. */
export const POS_MAX_FEATURES = 24;

const START = -1;
const START2 = -2;

/** Normalised form used in features: lower case, numbers folded. */
export function posForm(w: string): string {
  const n = normWord(w);
  if (/^\d{4}$/.test(n)) return '!YEAR';
  if (/^\d/.test(n)) return '!DIGITS';
  return n.toLowerCase();
}

/**
 * The features of token i that do not depend on earlier tags, written into out from index k;
 * returns the new count. `forms` are posForm()s, `words` the normalised words (case kept).
 */
export function posStaticFeatures(words: readonly string[], forms: readonly string[], i: number, out: Int32Array, k: number): number {
  const n = forms.length;
  const w = forms[i];
  const raw = words[i];
  out[k++] = hashInt(0, 0); // bias
  out[k++] = hashFeature(1, w);
  out[k++] = hashFeature(2, w.length > 3 ? w.slice(-3) : w);
  out[k++] = hashFeature(3, w.slice(0, 1));
  out[k++] = hashFeature(4, shapeOf(raw));
  out[k++] = hashFeature(5, i > 0 ? forms[i - 1] : '<s>');
  out[k++] = hashFeature(6, i > 0 ? (forms[i - 1].length > 3 ? forms[i - 1].slice(-3) : forms[i - 1]) : '<s>');
  out[k++] = hashFeature(7, i > 1 ? forms[i - 2] : '<s>');
  out[k++] = hashFeature(8, i + 1 < n ? forms[i + 1] : '</s>');
  out[k++] = hashFeature(9, i + 1 < n ? (forms[i + 1].length > 3 ? forms[i + 1].slice(-3) : forms[i + 1]) : '</s>');
  out[k++] = hashFeature(10, i + 2 < n ? forms[i + 2] : '</s>');
  out[k++] = hashFeature(11, w.length > 2 ? w.slice(-2) : w);
  out[k++] = hashFeature(12, w.length > 4 ? w.slice(-4) : w);
  out[k++] = hashFeature(13, (i === 0 ? 'F' : 'N') + shapeOf(raw).slice(0, 2));
  out[k++] = hashFeature(14, w + ' ' + (i + 1 < n ? forms[i + 1] : '</s>'));
  return k;
}

/** Features from the two previous tags (indices into labels, or START/START2). */
export function posDynamicFeatures(p1: number, p2: number, w: string, out: Int32Array, k: number): number {
  out[k++] = hashInt(20, p1);
  out[k++] = hashInt(21, p2);
  out[k++] = hashInt(22, (p1 + 3) * 1000 + (p2 + 3));
  out[k++] = hashFeature(23 + (p1 + 3) * 64, w);
  return k;
}

export class PosTagger {
  readonly model: Perceptron;
  private readonly tagdict: Map<string, number>;
  private readonly feats = new Int32Array(POS_MAX_FEATURES);
  private readonly scores: Float64Array;

  constructor(model: Perceptron) {
    this.model = model;
    const dict = (model.meta.tagdict ?? {}) as Record<string, string>;
    this.tagdict = new Map();
    for (const [w, t] of Object.entries(dict)) {
      const y = model.labels.indexOf(t);
      if (y >= 0) this.tagdict.set(w, y);
    }
    this.scores = new Float64Array(model.L);
  }

  /** Tags of one sentence's words. */
  tagWords(rawWords: readonly string[]): string[] {
    const words = rawWords.map(normWord);
    const forms = words.map(posForm);
    const out: string[] = new Array(words.length);
    let p1 = START;
    let p2 = START2;
    for (let i = 0; i < words.length; i++) {
      let y = this.tagdict.get(words[i]);
      if (y === undefined) {
        let k = posStaticFeatures(words, forms, i, this.feats, 0);
        k = posDynamicFeatures(p1, p2, forms[i], this.feats, k);
        this.model.score(this.feats, k, this.scores);
        y = this.model.best(this.scores, null);
      }
      out[i] = this.model.labels[y];
      p2 = p1;
      p1 = y;
    }
    return out;
  }

  /** One tag per token of the analysis, sentence by sentence. */
  tag(a: Analysis): string[] {
    const tags: string[] = new Array(a.tokens.length);
    for (const s of a.sentences) {
      const words: string[] = [];
      for (let i = s.first; i < s.last; i++) words.push(a.tokens[i].text);
      const t = this.tagWords(words);
      for (let i = 0; i < t.length; i++) tags[s.first + i] = t[i];
    }
    return tags;
  }
}

export const POS_MODEL_FILE = 'pos.bin';

let cached: PosTagger | null = null;

/** The committed POS tagger (loaded once). */
export function loadPosTagger(): PosTagger {
  if (cached) return cached;
  const path = modelPath('pos', POS_MODEL_FILE);
  if (!existsSync(path)) throw new Error(`claimtrail: POS model missing at ${path} (rebuild it with npm run train:pos)`);
  cached = new PosTagger(Perceptron.load(path));
  return cached;
}

/** Penn Treebank tag of every token of `a` (index-aligned with a.tokens). */
export function tagPos(a: Analysis): string[] {
  return loadPosTagger().tag(a);
}
