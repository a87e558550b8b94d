/**
 * Part-of-speech tags (Penn Treebank) for the tokens of an Analysis: a greedy averaged perceptron
 * (src/nlp/perceptron.ts) trained on the POS column of CoNLL-2003 train (scripts/train-pos.ts), with
 * a tag dictionary for frequent unambiguous words. Model: models/pos/pos.bin (card: models/pos/MODEL.md).
 *
 *   tagPos(analysis) → one tag per token ("NNP", "VBD", …)
 */
import { existsSync } from 'node:fs';
import type { Analysis } from './tokenize.js';
import { hashFeature, hashFeatureEnd, hashFeatureStart, hashInt, Perceptron } from './perceptron.js';
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

/** What the static features read of one word, computed once per word as written (see posStaticFeatures). */
interface PosWord {
  /** normWord and posForm of the word. */
  word: string;
  form: string;
  /** Templates 1, 2, 3, 11, 12 of the word itself; 5, 6, 7 of it as a previous word; 8, 9, 10 as a next one. */
  own: Int32Array;
  asPrev: Int32Array;
  asNext: Int32Array;
  /** Template 4, and 13 at (F) and after (N) the first token. */
  shape: number;
  shapeFirst: number;
  shapeNext: number;
  /** FNV state of template 14 after the form and a space (the next form finishes it). */
  pair: number;
  /** The word's tag in the tagger's tag dictionary, or −1. */
  dict: number;
  /** The summed scores of its features that depend on the word alone (PosTagger.vec), or null, and how often it was read since. */
  vec: Float64Array | null;
  hits: number;
}

const suffix = (w: string, n: number) => (w.length > n ? w.slice(-n) : w);
const POS_WORDS_MAX = 200_000;
/** The most words that keep a cached vector (PosTagger.vec; 5 × 45 floats, 1.8 kB each) at a time. */
const POS_VECS_MAX = 20_000;

function makePosWord(raw: string, tagdict: Map<string, number>): PosWord {
  const word = normWord(raw);
  const form = posForm(word);
  const shape = shapeOf(word);
  const suf3 = suffix(form, 3);
  return {
    word,
    form,
    own: Int32Array.of(hashFeature(1, form), hashFeature(2, suf3), hashFeature(3, form.slice(0, 1)), hashFeature(11, suffix(form, 2)), hashFeature(12, suffix(form, 4))),
    asPrev: Int32Array.of(hashFeature(5, form), hashFeature(6, suf3), hashFeature(7, form)),
    asNext: Int32Array.of(hashFeature(8, form), hashFeature(9, suf3), hashFeature(10, form)),
    shape: hashFeature(4, shape),
    shapeFirst: hashFeature(13, 'F' + shape.slice(0, 2)),
    shapeNext: hashFeature(13, 'N' + shape.slice(0, 2)),
    pair: hashFeatureStart(14, form + ' '),
    dict: tagdict.get(word) ?? -1,
    vec: null,
    hits: 0,
  };
}

const BIAS = hashInt(0, 0);
const H5_START = hashFeature(5, '<s>');
const H6_START = hashFeature(6, '<s>');
const H7_START = hashFeature(7, '<s>');
const H8_END = hashFeature(8, '</s>');
const H9_END = hashFeature(9, '</s>');
const H10_END = hashFeature(10, '</s>');

/**
 * posStaticFeatures (the same hashes in the same order) from the cached words: no string is built or
 * hashed again for a word seen before.
 */
function posStaticCached(ws: readonly PosWord[], i: number, out: Int32Array, k: number): number {
  const n = ws.length;
  const w = ws[i];
  out[k++] = BIAS;
  out[k++] = w.own[0];
  out[k++] = w.own[1];
  out[k++] = w.own[2];
  out[k++] = w.shape;
  out[k++] = i > 0 ? ws[i - 1].asPrev[0] : H5_START;
  out[k++] = i > 0 ? ws[i - 1].asPrev[1] : H6_START;
  out[k++] = i > 1 ? ws[i - 2].asPrev[2] : H7_START;
  out[k++] = i + 1 < n ? ws[i + 1].asNext[0] : H8_END;
  out[k++] = i + 1 < n ? ws[i + 1].asNext[1] : H9_END;
  out[k++] = i + 2 < n ? ws[i + 2].asNext[2] : H10_END;
  out[k++] = w.own[3];
  out[k++] = w.own[4];
  out[k++] = i === 0 ? w.shapeFirst : w.shapeNext;
  out[k++] = hashFeatureEnd(w.pair, i + 1 < n ? ws[i + 1].form : '</s>');
  return k;
}

export class PosTagger {
  readonly model: Perceptron;
  private readonly tagdict: Map<string, number>;
  private readonly feats = new Int32Array(POS_MAX_FEATURES);
  private readonly scores: Float64Array;

  /** `cache`: score the features of one word alone from sums kept per word (see `vec`); false scores every feature row. */
  constructor(model: Perceptron, cache = true) {
    this.model = model;
    const dict = (model.meta.tagdict ?? {}) as Record<string, string>;
    this.tagdict = new Map();
    for (const [w, t] of Object.entries(dict)) {
      const y = model.labels.indexOf(t);
      if (y >= 0) this.tagdict.set(w, y);
    }
    this.scores = new Float64Array(model.L);
    this.cached = cache && model.quantised !== null;
  }

  /** What the features read of each word as written (and its dictionary tag), cached. */
  private readonly words = new Map<string, PosWord>();
  private word(raw: string): PosWord {
    let pw = this.words.get(raw);
    if (!pw) {
      pw = makePosWord(raw, this.tagdict);
      if (this.words.size >= POS_WORDS_MAX) this.words.clear();
      this.words.set(raw, pw);
    }
    return pw;
  }

  /**
   * The summed scores of a word's features that depend on it alone, by the part it plays (5 × L): its
   * own (bias, form, suffixes, first letter, shape), as the word before, two before, after, two after.
   * Made once per word and kept on it, for at most POS_VECS_MAX words at a time (see `keep`).
   */
  private vec(w: PosWord): Float64Array {
    if (w.vec) {
      w.hits++;
      return w.vec;
    }
    if (this.vecWords.length >= POS_VECS_MAX) this.keep();
    const v = new Float64Array(5 * this.model.L);
    this.sum(v, 0, BIAS, w.own[0], w.own[1], w.own[2], w.shape, w.own[3], w.own[4]);
    this.sum(v, 1, w.asPrev[0], w.asPrev[1]);
    this.sum(v, 2, w.asPrev[2]);
    this.sum(v, 3, w.asNext[0], w.asNext[1]);
    this.sum(v, 4, w.asNext[2]);
    w.vec = v;
    w.hits = 0;
    this.vecWords.push(w);
    return v;
  }
  private vecWords: PosWord[] = [];

  /** When POS_VECS_MAX words have a vector: those used again since they got it keep it (up to half), the others drop it. */
  private keep(): void {
    const kept: PosWord[] = [];
    for (const x of this.vecWords) {
      if (x.hits > 0 && kept.length < POS_VECS_MAX / 2) {
        x.hits = 0;
        kept.push(x);
      } else x.vec = null;
    }
    this.vecWords = kept;
  }

  /** Adds the scores of `feats` to part `part` of v (the arithmetic of Perceptron.scoreAdd, feature by feature). */
  private sum(v: Float64Array, part: number, ...feats: number[]): void {
    const { q, scales } = this.model.quantised!;
    const L = this.model.L;
    const mask = this.model.mask;
    const at = part * L;
    for (const f of feats) {
      const r = f & mask;
      const s = scales[r];
      if (s === 0) continue;
      const row = r * L;
      for (let y = 0; y < L; y++) v[at + y] += q[row + y] * s;
    }
  }

  /** What the missing words beyond a sentence's edges bring, laid out as a word's vector. */
  private edgeVec: Float64Array | null = null;
  private edge(): Float64Array {
    if (!this.edgeVec) {
      const v = new Float64Array(5 * this.model.L);
      this.sum(v, 1, H5_START, H6_START);
      this.sum(v, 2, H7_START);
      this.sum(v, 3, H8_END, H9_END);
      this.sum(v, 4, H10_END);
      this.edgeVec = v;
    }
    return this.edgeVec;
  }

  /** The summed scores of the features of the two previous tags alone (templates 20–22), by the pair. */
  private readonly tagPairs = new Map<number, Float64Array>();
  private tagPair(p1: number, p2: number): Float64Array {
    const key = (p1 + 3) * 1000 + (p2 + 3);
    let v = this.tagPairs.get(key);
    if (!v) {
      v = new Float64Array(this.model.L);
      this.sum(v, 0, hashInt(20, p1), hashInt(21, p2), hashInt(22, key));
      this.tagPairs.set(key, v);
    }
    return v;
  }

  /** Whether the model scores from quantised rows (then the sums above are taken once per word). */
  private readonly cached: boolean;

  /** Tags of one sentence's words. */
  tagWords(rawWords: readonly string[]): string[] {
    const ws = rawWords.map((w) => this.word(w));
    const n = ws.length;
    const out: string[] = new Array(n);
    let p1 = START;
    let p2 = START2;
    const L = this.model.L;
    const scores = this.scores;
    const feats = this.feats;
    for (let i = 0; i < n; i++) {
      let y = ws[i].dict;
      if (y < 0 && this.cached) {
        const own = this.vec(ws[i]);
        const edge = this.edge();
        const a = i > 0 ? this.vec(ws[i - 1]) : edge;
        const b = i > 1 ? this.vec(ws[i - 2]) : edge;
        const c = i + 1 < n ? this.vec(ws[i + 1]) : edge;
        const d = i + 2 < n ? this.vec(ws[i + 2]) : edge;
        const t = this.tagPair(p1, p2);
        for (let z = 0; z < L; z++) scores[z] = own[z] + a[L + z] + b[2 * L + z] + c[3 * L + z] + d[4 * L + z] + t[z];
        feats[0] = i === 0 ? ws[i].shapeFirst : ws[i].shapeNext;
        feats[1] = hashFeatureEnd(ws[i].pair, i + 1 < n ? ws[i + 1].form : '</s>');
        feats[2] = hashFeature(23 + (p1 + 3) * 64, ws[i].form);
        this.model.scoreAdd(feats, 3, scores);
        y = this.model.best(scores, null);
      } else if (y < 0) {
        let k = posStaticCached(ws, i, this.feats, 0);
        k = posDynamicFeatures(p1, p2, ws[i].form, this.feats, k);
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

const tagCache = new WeakMap<Analysis, Map<number, string[]>>();
/** Drop the sentence tags kept for `a` (benchmarks that time the tagging again on the same analysis). */
export function forgetSentenceTags(a: Analysis): void {
  tagCache.delete(a);
}

/** Penn tags of a finite verb or a modal: what makes a clause. */
export const FINITE_TAGS: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

/** The Penn tag of token i (from its sentence's tags, each sentence tagged once); '' past the text. */
export function tagAt(a: Analysis, i: number): string {
  if (i < 0 || i >= a.tokens.length) return '';
  const { tags, first } = sentenceTags(a, i);
  return tags[i - first] ?? '';
}

/** Tags of the sentence that holds token i (POS, each sentence tagged once), with the sentence's first token. */
export function sentenceTags(a: Analysis, i: number): { tags: string[]; first: number } {
  const si = a.tokens[i].sentence;
  const s = a.sentences[si];
  let bySentence = tagCache.get(a);
  if (!bySentence) tagCache.set(a, (bySentence = new Map()));
  let tags = bySentence.get(si);
  if (!tags) {
    const words: string[] = [];
    for (let k = s.first; k < s.last; k++) words.push(a.tokens[k].text);
    bySentence.set(si, (tags = loadPosTagger().tagWords(words)));
  }
  return { tags, first: s.first };
}
