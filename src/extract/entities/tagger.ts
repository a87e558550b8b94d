/**
 * The name tagger: a greedy left-to-right averaged perceptron (src/nlp/perceptron.ts) over BILOU tags
 * of the CoNLL-2003 types PER, ORG, LOC, MISC. Features of a token: the word and its neighbours, word
 * shapes, prefixes and suffixes, sentence position and headline casing, how the same word is written
 * elsewhere in the document and the words (and word clusters) around its other occurrences, the
 * document's topic line ("SOCCER -"), place lexicons (src/nlp/lexicon/places.ts), a name list from the
 * training data and a gazetteer (models/ner/names.bin, gaz.bin), distributional word clusters
 * (models/ner/clusters.bin, when present) and, as it goes, the two previous tags and the types already
 * given to the same word earlier in the document ("extended prediction history", Ratinov & Roth 2009).
 *
 * One document at a time: tagDocument(sentences of words) → per sentence, IOB2 tags.
 */
import { hashFeature, hashInt, Perceptron } from '../../nlp/perceptron.js';
import { isAllCaps, isCap, normWord, shapeOf } from '../../nlp/lexicon/words.js';
import { placeLexicon, type PlaceKind } from '../../nlp/lexicon/places.js';
import { NAME_MAX_TOKENS, NAME_SEED, nameStep, wordKey, type NameList } from './names.js';

export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

/** O, then B- I- L- U- of each type. */
export const NER_LABELS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => ['B-', 'I-', 'L-', 'U-'].map((p) => p + t))];
const L = NER_LABELS.length;
const typeOfLabel = (y: number): number => (y === 0 ? -1 : (y - 1) >> 2);
const partOfLabel = (y: number): number => (y === 0 ? -1 : (y - 1) & 3); // 0 B, 1 I, 2 L, 3 U

/** allowed[prev + 1][y] for prev = −1 (sentence start) … L−1; `last` variants forbid B and I. */
function buildAllowed(last: boolean): Uint8Array[] {
  const rows: Uint8Array[] = [];
  for (let p = -1; p < L; p++) {
    const row = new Uint8Array(L);
    const open = p > 0 && (partOfLabel(p) === 0 || partOfLabel(p) === 1);
    for (let y = 0; y < L; y++) {
      const part = partOfLabel(y);
      let ok: boolean;
      if (open) ok = typeOfLabel(y) === typeOfLabel(p) && (part === 1 || part === 2);
      else ok = y === 0 || part === 0 || part === 3;
      if (last && (part === 0 || part === 1)) ok = false;
      row[y] = ok ? 1 : 0;
    }
    rows.push(row);
  }
  return rows;
}
const ALLOWED = buildAllowed(false);
const ALLOWED_LAST = buildAllowed(true);
/** Decoding constraints: off (greedy BILOU decoding is better without a forced close; see `continues`). */
const CONSTRAINED = false;

/** Most static features of one token. */
export const NER_MAX_STATIC = 80;
/** Most runs (of capitalised words, numbers, other tokens) of a sentence with a row pattern. */
const ROW_MAX = 12;
/** Name-list features of one token. */
const NAME_FEATS = 6;
/** Other occurrences of a word whose neighbouring words are features of it. */
const AGG_MAX = 4;
/** Other occurrences of a word whose neighbours' clusters are features of it. */
const AGG_CLUSTERS = 6;
const aggScratch = new Int32Array(2 * AGG_CLUSTERS);
/** Whether v is not among the first n values of a. */
function notIn(a: Int32Array, n: number, v: number): boolean {
  for (let k = 0; k < n; k++) if (a[k] === v) return false;
  return true;
}
/** Most features of one token (static + dynamic). */
export const NER_MAX_FEATURES = NER_MAX_STATIC + 12;

/** Word → cluster ids at several granularities (the tagger works without them). */
export interface WordClusters {
  /** Lower-cased word → index into ids. */
  index: Map<string, number>;
  /** ids[index * levels + l]: the word's cluster at level l. */
  ids: Uint16Array;
  levels: number;
  /** The level that holds how often the word is capitalised in running text (0 never … 4 always), or −1. */
  capLevel: number;
}

const PLACE_KINDS: PlaceKind[] = ['country', 'capital', 'demonym', 'state', 'region'];

/** A document made ready for tagging: flat token arrays and the static features of every token. */
export interface PreparedDocument {
  n: number;
  sentStart: Int32Array;
  sentEnd: Int32Array;
  lower: string[];
  shapes: string[];
  /** Hashes of the lower-cased words and of the shapes. */
  hLower: Int32Array;
  hShape: Int32Array;
  /** Key for the prediction history ('' when the word is not capitalised). */
  histKey: string[];
  /** The same as a small integer (−1 when the word is not capitalised), and how many there are. */
  histId: Int32Array;
  histCount: number;
  feats: Int32Array;
  nfeats: Int32Array;
  /**
   * Only in a document prepared `split` (for a PairedScorer): each token's word. Its features that
   * depend on one word alone (bias, form, prefixes and suffixes, shape, clusters, and the word as a
   * neighbour) are then not in `feats`: the scorer adds their summed scores, cached per word.
   */
  info?: WordInfo[];
}

const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);
const tail = (s: string, n: number) => (s.length > n ? s.slice(-n) : s);

interface WordFeatures {
  /** Features of the word itself: its form, lower case, shape, prefixes and suffixes. */
  own: Int32Array;
  asPrev: number;
  asNext: number;
  asPrev2: number;
  asNext2: number;
}

const H_START = hashFeature(0, '<s>');
const H_END = hashFeature(0, '</s>');

/** A feature from a template id and two hashes (or small integers), without building a string. */
function mix(seed: number, a: number, b: number): number {
  let h = Math.imul(seed + 0x632be5ab, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

const shapeCache = new Map<string, number>();
function shapeHash(sh: string): number {
  let h = shapeCache.get(sh);
  if (h === undefined) {
    if (shapeCache.size > 50_000) shapeCache.clear();
    h = hashFeature(0, sh);
    shapeCache.set(sh, h);
  }
  return h;
}

const START_PREV = hashFeature(3, '<s>');
const END_NEXT = hashFeature(4, '</s>');
const START_PREV2 = hashFeature(5, '<s>');
const END_NEXT2 = hashFeature(6, '</s>');

/** Per-word features, cached (words repeat: most tokens of a text are frequent words). */
const wordCache = new Map<string, WordFeatures>();

function wordFeatures(w: string, lw: string, sh: string): WordFeatures {
  const hit = wordCache.get(w);
  if (hit) return hit;
  if (wordCache.size > 200_000) wordCache.clear();
  const own: number[] = [hashFeature(1, w), hashFeature(2, lw), hashFeature(9, sh)];
  for (let p = 1; p <= 4 && p < lw.length; p++) {
    own.push(hashFeature(14 + p, lw.slice(0, p)));
    own.push(hashFeature(18 + p, lw.slice(-p)));
  }
  const wf: WordFeatures = {
    own: Int32Array.from(own),
    asPrev: hashFeature(3, lw),
    asNext: hashFeature(4, lw),
    asPrev2: hashFeature(5, lw),
    asNext2: hashFeature(6, lw),
  };
  wordCache.set(w, wf);
  return wf;
}

/** The hash of a word that name-list keys are made of (its normalised lower case; see names.ts). */
export function nameTokenHash(word: string): number {
  const w = normWord(word);
  return wordFeatures(w, w.toLowerCase(), shapeOf(w)).own[1];
}

const TYPE_CHARS = 'POLM';
/**
 * The name-list features, hashed once: hashFeature(80, pos + type + sure) at [pos * 8 + type * 2 + (sure
 * ? 0 : 1)] and hashFeature(81, … + length) at [(…) * 4 + length] (pos U B L I; type P O L M; sure s/a).
 */
const NAME_POS_TAG = new Int32Array(32);
const NAME_POS_TAG_LEN = new Int32Array(128);
for (let pos = 0; pos < 4; pos++) {
  for (let t = 0; t < 4; t++) {
    for (let u = 0; u < 2; u++) {
      const key = 'UBLI'[pos] + TYPE_CHARS[t] + 'sa'[u];
      const at = pos * 8 + t * 2 + u;
      NAME_POS_TAG[at] = hashFeature(80, key);
      for (let len = 1; len <= 3; len++) NAME_POS_TAG_LEN[at * 4 + len] = hashFeature(81, key + len);
    }
  }
}

/**
 * Name-list matches of a document: for every token, up to NAME_FEATS features saying where it stands
 * (B I L U) in a listed name that covers it and that name's usual type (and whether that type is sure).
 */
function nameFeatures(names: NameList, n: number, sentEnd: Int32Array, words: string[], hLower: Int32Array, withWords: boolean): { feats: Int32Array; count: Uint8Array } {
  const feats = new Int32Array(n * NAME_FEATS);
  const count = new Uint8Array(n);
  const longest = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c0 = words[i].charCodeAt(0);
    // Names begin with a capital (or a digit: "1860 Munich"); lower-case starts are not looked up.
    if (!((c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57) || (c0 > 127 && isCap(words[i])))) continue;
    const e = Math.min(sentEnd[i], i + NAME_MAX_TOKENS);
    let h = NAME_SEED;
    for (let j = i; j < e; j++) {
      h = nameStep(h, hLower[j]);
      const c = names.get(h);
      if (!c) continue;
      let t = 0;
      let sum = 0;
      for (let k = 0; k < 4; k++) {
        sum += c[k];
        if (c[k] > c[t]) t = k;
      }
      const tag = t * 2 + (c[t] * 5 >= sum * 4 ? 0 : 1);
      const len = j - i + 1;
      for (let k = i; k <= j; k++) {
        const pos = len === 1 ? 0 : k === i ? 1 : k === j ? 2 : 3;
        if (count[k] < NAME_FEATS - 2) feats[k * NAME_FEATS + count[k]++] = NAME_POS_TAG[pos * 8 + tag];
        if (len >= longest[k]) {
          longest[k] = len;
          feats[k * NAME_FEATS + NAME_FEATS - 1] = NAME_POS_TAG_LEN[(pos * 8 + tag) * 4 + (len > 3 ? 3 : len)];
        }
      }
    }
  }
  for (let i = 0; i < n; i++) if (longest[i]) feats[i * NAME_FEATS + count[i]++] = feats[i * NAME_FEATS + NAME_FEATS - 1];
  // The types of the listed names a capitalised word occurs in (when the list counts words: `words` in its meta).
  if (withWords) {
    for (let i = 0; i < n; i++) {
      const c0 = words[i].charCodeAt(0);
      if (!((c0 >= 65 && c0 <= 90) || (c0 > 127 && isCap(words[i])))) continue;
      const c = names.get(wordKey(hLower[i]));
      let code = 0;
      if (c) {
        let t = 0;
        let sum = 0;
        for (let k = 0; k < 4; k++) {
          sum += c[k];
          if (c[k] > c[t]) t = k;
        }
        code = 1 + t * 3 + (c[t] * 5 >= sum * 4 ? 0 : c[t] * 2 >= sum ? 1 : 2);
      }
      feats[i * NAME_FEATS + count[i]++] = hashInt(83, code);
    }
  }
  return { feats, count };
}

/** Gazetteer categories (bits of slot 0 of a gazetteer entry; see scripts/train-ner.ts). */
export const GAZ_BITS = { first: 1, last: 2, person: 4, city: 8, country: 16, region: 32, org: 64, team: 128, demonym: 256, orgWord: 512, placeWord: 1024 } as const;

/**
 * Gazetteer matches of a document: per token, the categories of the one-word entry it is (own), the
 * categories and BILU position (and length) of the longest entry covering it (longest), and the
 * categories of the last word of the run of capitalised words it stands in when that word is an
 * organisation or place head word ("Association", "River": head).
 */
function gazFeatures(gaz: NameList, n: number, sentEnd: Int32Array, words: string[], hLower: Int32Array): { own: Int32Array; longest: Int32Array; head: Int32Array } {
  const own = new Int32Array(n);
  const longest = new Int32Array(n);
  const len = new Uint8Array(n);
  const head = new Int32Array(n);
  const capAt = (i: number) => {
    const c0 = words[i].charCodeAt(0);
    return (c0 >= 65 && c0 <= 90) || (c0 > 127 && isCap(words[i]));
  };
  for (let i = 0; i < n; i++) {
    if (!capAt(i)) continue;
    const e = Math.min(sentEnd[i], i + NAME_MAX_TOKENS);
    let h = NAME_SEED;
    for (let j = i; j < e; j++) {
      h = nameStep(h, hLower[j]);
      const c = gaz.get(h);
      if (!c) continue;
      const bits = c[0];
      const l = j - i + 1;
      if (l === 1) own[i] = bits;
      for (let k = i; k <= j; k++) {
        if (l >= len[k]) {
          len[k] = l;
          const pos = l === 1 ? 3 : k === i ? 0 : k === j ? 2 : 1;
          longest[k] = 1 + ((bits << 4) | (pos << 2) | (l > 3 ? 3 : l));
        }
      }
    }
  }
  // Head words: runs of capitalised words (with "of", "and", "the", "for", "&" inside) whose last word is a head word.
  const HEAD = GAZ_BITS.orgWord | GAZ_BITS.placeWord;
  for (let i = 0; i < n; ) {
    if (!capAt(i)) {
      i++;
      continue;
    }
    let j = i;
    let last = i;
    while (j < sentEnd[i]) {
      if (capAt(j)) last = j;
      else if (!(words[j] === 'of' || words[j] === 'and' || words[j] === '&' || words[j] === 'for' || words[j] === 'the' || words[j] === 'de')) break;
      j++;
    }
    const hb = own[last] & HEAD;
    if (hb && last > i) for (let k = i; k <= last; k++) head[k] = hb * 2 + (k === last ? 1 : 0);
    i = last + 1;
  }
  return { own, longest, head };
}

/** Everything the features need to know about one word form, computed once per form and cached. */
export interface WordInfo {
  w: string;
  lw: string;
  sh: string;
  hLower: number;
  hShape: number;
  wf: WordFeatures;
  /** 1 has a letter, 2 lower case as written, 4 capitalised, 8 all capitals. */
  flags: number;
  /** Index of the lower-cased word in the clusters (−1: none), and the clusters it was looked up in. */
  cluster: number;
  clusters: WordClusters | null;
  /** Cluster features of the word itself, as the previous word, as the next word (one per level). */
  cOwn: Int32Array;
  cPrev: Int32Array;
  cNext: Int32Array;
  /** Capitalisation bucket from the clusters (9: unknown). */
  capB: number;
  /** Longest place-lexicon entry that may begin with this word (1 when none does), and the kind code of the one-word entry it is (0: none). */
  placeMax: number;
  placeOne: number;
  /** The summed scores of the word's own and neighbour features (PairedScorer.vec), and the scorer they are of. */
  vec: Float64Array | null;
  vecOf: PairedScorer | null;
  /** How often the vector was read since it was made (or kept). */
  vecHits: number;
}

const F_LETTER = 1;
const F_LOWER = 2;
const F_CAP = 4;
const F_ALLCAPS = 8;
/** The word has a space inside. */
const F_SPACE = 16;
const LETTER = /\p{L}/u;
const EMPTY = new Int32Array(0);

const infoCache = new Map<string, WordInfo>();

function wordInfo(w0: string, clusters: WordClusters | null): WordInfo {
  const hit = infoCache.get(w0);
  if (hit && hit.clusters === clusters) return hit;
  if (infoCache.size > 200_000) infoCache.clear();
  const w = normWord(w0);
  const lw = w.toLowerCase();
  const sh = shapeOf(w);
  const wf = wordFeatures(w, lw, sh);
  let flags = 0;
  if (LETTER.test(w)) flags |= F_LETTER;
  if (w === lw) flags |= F_LOWER;
  if (isCap(w)) flags |= F_CAP;
  if (isAllCaps(w)) flags |= F_ALLCAPS;
  if (lw.includes(' ')) flags |= F_SPACE;
  let cluster = -1;
  let cOwn = EMPTY;
  let cPrev = EMPTY;
  let cNext = EMPTY;
  let capB = 9;
  if (clusters) {
    cluster = clusters.index.get(lw) ?? -1;
    cOwn = new Int32Array(clusters.levels);
    cPrev = new Int32Array(clusters.levels);
    cNext = new Int32Array(clusters.levels);
    for (let l = 0; l < clusters.levels; l++) {
      const id = cluster < 0 ? 65535 : clusters.ids[cluster * clusters.levels + l];
      cOwn[l] = hashInt(40 + l, id);
      cPrev[l] = hashInt(50 + l, id);
      cNext[l] = hashInt(60 + l, id);
    }
    if (clusters.capLevel >= 0 && cluster >= 0) capB = clusters.ids[cluster * clusters.levels + clusters.capLevel];
  }
  const places = placeLexicon();
  const one = places.entries.get(lw);
  const placeOne = one ? (PLACE_KIND_CODE[one.kind] ?? 6) : 0;
  const info: WordInfo = { w, lw, sh, hLower: wf.own[1], hShape: shapeHash(sh), wf, flags, cluster, clusters, cOwn, cPrev, cNext, capB, placeMax: places.firstMax.get(lw) ?? 1, placeOne, vec: null, vecOf: null, vecHits: 0 };
  infoCache.set(w0, info);
  return info;
}

/** The cluster features of a missing neighbour (sentence edge). */
const edgeClusterCache = new Map<number, { prev: Int32Array; next: Int32Array }>();
function edgeClusters(levels: number): { prev: Int32Array; next: Int32Array } {
  let e = edgeClusterCache.get(levels);
  if (!e) {
    e = { prev: new Int32Array(levels), next: new Int32Array(levels) };
    for (let l = 0; l < levels; l++) {
      e.prev[l] = hashInt(50 + l, 65535);
      e.next[l] = hashInt(60 + l, 65535);
    }
    edgeClusterCache.set(levels, e);
  }
  return e;
}

/**
 * mix(95, …) of the hashed first two words (hLower's hash) of every place entry of two words or more;
 * a pair of words without a space inside whose hashes are not in it begins no such entry.
 */
const placePairCache = new WeakMap<Map<string, unknown>, Set<number>>();
function placePairs(entries: Map<string, unknown>): Set<number> {
  let set = placePairCache.get(entries);
  if (!set) {
    set = new Set();
    for (const key of entries.keys()) {
      const ws = key.split(' ');
      if (ws.length >= 2) set.add(mix(95, hashFeature(2, ws[0]), hashFeature(2, ws[1])));
    }
    placePairCache.set(entries, set);
  }
  return set;
}

const PLACE_KIND_CODE: Record<string, number> = { country: 1, capital: 2, demonym: 3, state: 4, region: 5 };

/** Static features of all tokens of a document given as sentences of words. */
export function prepareDocument(
  sentences: readonly (readonly string[])[],
  clusters: WordClusters | null,
  names: NameList | null = null,
  gaz: NameList | null = null,
  /** Leave out the features of one word alone (see PreparedDocument.info): for a PairedScorer only. */
  split = false,
): PreparedDocument {
  let n = 0;
  for (const s of sentences) n += s.length;
  const info: WordInfo[] = new Array(n);
  const words: string[] = new Array(n);
  const lower: string[] = new Array(n);
  const shapes: string[] = new Array(n);
  const sentStart = new Int32Array(n);
  const sentEnd = new Int32Array(n);
  const headline = new Uint8Array(n);
  const hLower = new Int32Array(n);
  const hShape = new Int32Array(n);
  let k = 0;
  for (const s of sentences) {
    const start = k;
    let letters = 0;
    let caps = 0;
    for (const w0 of s) {
      const wi = wordInfo(w0, clusters);
      info[k] = wi;
      words[k] = wi.w;
      lower[k] = wi.lw;
      shapes[k] = wi.sh;
      hLower[k] = wi.hLower;
      hShape[k] = wi.hShape;
      if (wi.flags & F_LETTER) {
        letters++;
        if (wi.flags & F_ALLCAPS) caps++;
      }
      k++;
    }
    const isHeadline = letters >= 2 && caps / letters > 0.6 ? 1 : 0;
    for (let i = start; i < k; i++) {
      sentStart[i] = start;
      sentEnd[i] = k;
      headline[i] = isHeadline;
    }
  }

  // Each short sentence's pattern: its runs of capitalised words, of numbers and of everything else
  // (lower-case words and punctuation alike: any token with no capital letter; a word of mixed case that
  // starts in lower case, "iPhone", makes a run of its own), with the run a token stands in. The rows of
  // a results table share one ("Sale 31 Wasps 33", "Dunvant 21 Ebbw Vale 10": names, score, names,
  // score), which tells an unknown team or player by where it stands in the row. Sentences of more than
  // ROW_MAX runs have none. (Punctuation as runs of its own was tried: dev 92.93 against 93.07, names
  // unseen in train 81.73 against 82.30.)
  const rowSig = new Int32Array(n);
  const rowRun = new Uint8Array(n);
  for (let i = 0; i < n; ) {
    const e = sentEnd[i];
    let h = 0x2345;
    let runs = 0;
    let prev = -1;
    for (let j = i; j < e && runs <= ROW_MAX; j++) {
      const fl = info[j].flags;
      const c0 = words[j].charCodeAt(0);
      const digit = (c0 >= 48 && c0 <= 57) || ((c0 === 45 || c0 === 43) && words[j].length > 1 && words[j].charCodeAt(1) >= 48 && words[j].charCodeAt(1) <= 57);
      const cls = digit ? 1 : fl & (F_CAP | F_ALLCAPS) ? 2 : fl & F_LOWER ? 3 : 256 + (c0 & 0xffff);
      if (cls !== prev || cls > 3) {
        runs++;
        h = mix(96, h, cls);
        prev = cls;
      }
      rowRun[j] = runs - 1;
    }
    if (runs <= ROW_MAX) for (let j = i; j < e; j++) rowSig[j] = h;
    i = e;
  }

  // The document's topic line: the words before " - " at the start of its first sentence ("SOCCER -"), or none.
  let topic = 0;
  if (n > 1) {
    const e0 = sentEnd[0];
    for (let j = 1; j < Math.min(e0, 4); j++) {
      if (words[j] === '-') {
        let h = 0x1234;
        for (let q = 0; q < j; q++) h = mix(90, h, hLower[q]);
        topic = h;
        break;
      }
    }
  }
  // How each word is written elsewhere in the document (outside headlines and sentence starts), and
  // where the capitalised words are.
  // seen: bit 2 written in lower case, bit 1 in title case (what feature 24 and 25 read).
  const seen = new Map<string, number>();
  const positions = new Map<string, number[]>();
  const histId = new Int32Array(n).fill(-1);
  const ids = new Map<number[], number>();
  for (let i = 0; i < n; i++) {
    const fl = info[i].flags;
    if (fl & (F_CAP | F_ALLCAPS)) {
      let p = positions.get(lower[i]);
      if (p) p.push(i);
      else {
        positions.set(lower[i], (p = [i]));
        ids.set(p, ids.size);
      }
      histId[i] = ids.get(p)!;
    }
    if (headline[i] || i === sentStart[i] || !(fl & F_LETTER)) continue;
    const bit = fl & F_LOWER ? 2 : fl & F_CAP ? 1 : 0;
    if (bit) seen.set(lower[i], (seen.get(lower[i]) ?? 0) | bit);
  }

  // Place lexicon matches per sentence: kind (code) and BILOU position. The same matches as
  // matchPlaces (src/nlp/lexicon/places.ts: longest entry first, left to right), with what can be
  // known of each word form (whether an entry may begin with it, the one-word entry it is) cached.
  const gazKind = new Uint8Array(n);
  const gazPos = new Uint8Array(n);
  const placeEntries = placeLexicon().entries;
  const pairs = placePairs(placeEntries);
  for (let i = 0; i < n; ) {
    const e = sentEnd[i];
    const wi = info[i];
    let len = 0;
    let kind = 0;
    let longest = Math.min(wi.placeMax, e - i);
    // No entry of two words or more begins with a pair of words whose hashes are not in `pairs` (the
    // key is built only for those that are).
    if (longest >= 2 && !(wi.flags & F_SPACE) && !(info[i + 1].flags & F_SPACE) && !pairs.has(mix(95, hLower[i], hLower[i + 1]))) longest = 1;
    for (let m = longest; m >= 2; m--) {
      const entry = placeEntries.get(lower.slice(i, i + m).join(' '));
      if (entry) {
        len = m;
        kind = PLACE_KIND_CODE[entry.kind] ?? 6;
        break;
      }
    }
    if (!len && wi.placeOne) {
      len = 1;
      kind = wi.placeOne;
    }
    if (!len) {
      i++;
      continue;
    }
    for (let j = i; j < i + len; j++) {
      gazPos[j] = len === 1 ? 3 : j === i ? 0 : j === i + len - 1 ? 2 : 1;
      gazKind[j] = kind;
    }
    i += len;
  }
  void PLACE_KINDS;

  const named = names ? nameFeatures(names, n, sentEnd, words, hLower, names.words === true) : null;
  const gazetted = gaz ? gazFeatures(gaz, n, sentEnd, words, hLower) : null;
  const feats = new Int32Array(n * NER_MAX_STATIC);
  const nfeats = new Int32Array(n);
  const histKey: string[] = new Array(n);
  const edge = clusters ? edgeClusters(clusters.levels) : null;
  const bias = hashInt(0, 0);
  for (let i = 0; i < n; i++) {
    const s = sentStart[i];
    const e = sentEnd[i];
    const wi = info[i];
    const lw = wi.lw;
    const hasPrev = i > s;
    const hasNext = i + 1 < e;
    const capital = (wi.flags & (F_CAP | F_ALLCAPS)) !== 0;
    const cap = (wi.flags & F_CAP) !== 0;
    const first = i === s ? 1 : 0;
    const hd = headline[i];
    let f = i * NER_MAX_STATIC;
    if (!split) {
      const own = wi.wf.own;
      feats[f++] = bias;
      for (let q = 0; q < own.length; q++) feats[f++] = own[q];
      feats[f++] = hasPrev ? info[i - 1].wf.asPrev : START_PREV;
      feats[f++] = hasNext ? info[i + 1].wf.asNext : END_NEXT;
      feats[f++] = i > s + 1 ? info[i - 2].wf.asPrev2 : START_PREV2;
      feats[f++] = i + 2 < e ? info[i + 2].wf.asNext2 : END_NEXT2;
    }
    const hPrev = hasPrev ? hLower[i - 1] : H_START;
    const hNext = hasNext ? hLower[i + 1] : H_END;
    const sPrev = hasPrev ? hShape[i - 1] : H_START;
    const sNext = hasNext ? hShape[i + 1] : H_END;
    const hw = hLower[i];
    const hs = hShape[i];
    feats[f++] = mix(7, hPrev, hw);
    feats[f++] = mix(8, hw, hNext);
    feats[f++] = mix(10, sPrev, 0);
    feats[f++] = mix(11, sNext, 0);
    feats[f++] = mix(12, mix(0, sPrev, hs), sNext);
    feats[f++] = mix(13, hPrev, hs);
    feats[f++] = mix(14, hs, hNext);
    feats[f++] = mix(23, hs, first * 2 + hd);
    const pos = first * 2 + hd;
    if (capital) {
      const how = seen.get(lw) ?? 0;
      feats[f++] = hashInt(24, how * 4 + pos);
      feats[f++] = mix(25, hs, how);
    }
    if (gazKind[i]) {
      const g = gazKind[i] * 4 + gazPos[i];
      feats[f++] = hashInt(26, g);
      feats[f++] = hashInt(27, g * 2 + (cap ? 1 : 0));
    }
    feats[f++] = hashInt(28, ((hasPrev ? gazKind[i - 1] : 7) * 8 + gazKind[i]) * 8 + (hasNext ? gazKind[i + 1] : 7));
    if (named) {
      for (let q = 0; q < named.count[i]; q++) feats[f++] = named.feats[i * NAME_FEATS + q];
      if (!named.count[i]) feats[f++] = hashInt(82, 0);
    }
    if (gazetted) {
      if (gazetted.own[i]) feats[f++] = hashInt(86, gazetted.own[i]);
      if (gazetted.longest[i]) feats[f++] = hashInt(85, gazetted.longest[i]);
      if (gazetted.head[i]) feats[f++] = hashInt(87, gazetted.head[i]);
    }
    if (clusters && edge) {
      const cp = hasPrev ? info[i - 1].cPrev : edge.prev;
      const cn = hasNext ? info[i + 1].cNext : edge.next;
      if (!split) {
        for (let l = 0; l < clusters.levels; l++) {
          feats[f++] = wi.cOwn[l];
          feats[f++] = cp[l];
          feats[f++] = cn[l];
        }
      }
      if (clusters.capLevel >= 0) feats[f++] = mix(29, hs, wi.capB * 4 + pos);
    }
    // Context aggregation: the words around the other occurrences of this capitalised word in the
    // document (up to AGG_MAX of them), and the clusters of those words (up to AGG_CLUSTERS, each once).
    if (capital) {
      const occ = positions.get(lw)!;
      let taken = 0;
      let got = 0;
      for (let q = 0; q < occ.length && taken < AGG_CLUSTERS; q++) {
        const j = occ[q];
        if (j === i) continue;
        taken++;
        const hasP = j > sentStart[j];
        const hasN = j + 1 < sentEnd[j];
        if (taken <= AGG_MAX) {
          const pj = hasP ? hLower[j - 1] : H_START;
          const nj = hasN ? hLower[j + 1] : H_END;
          if (pj !== hPrev) feats[f++] = mix(30, pj, 0);
          if (nj !== hNext) feats[f++] = mix(31, nj, 0);
        }
        if (clusters && clusters.levels > 1) {
          const cpj = hasP ? info[j - 1].cPrev[1] : 1;
          const cnj = hasN ? info[j + 1].cNext[1] : 2;
          if (notIn(aggScratch, got, cpj)) aggScratch[got++] = cpj;
          if (notIn(aggScratch, got, cnj)) aggScratch[got++] = cnj;
        }
      }
      for (let q = 0; q < got; q++) feats[f++] = mix(98, aggScratch[q], 0);
    }
    // The document's topic line ("SOCCER -") with the word's shape, place-lexicon and name-list matches and coarse cluster.
    if (topic && capital) {
      feats[f++] = mix(91, topic, hs);
      feats[f++] = mix(92, topic, gazKind[i] * 4 + gazPos[i]);
      if (named) feats[f++] = mix(93, topic, named.count[i] ? named.feats[i * NAME_FEATS + named.count[i] - 1] : 0);
      if (clusters) feats[f++] = mix(94, topic, wi.cOwn[0]);
    }
    if (rowSig[i]) {
      feats[f++] = mix(97, rowSig[i], rowRun[i]);
      if (topic && capital) feats[f++] = mix(99, mix(0, rowSig[i], rowRun[i]), topic);
    }
    nfeats[i] = f - i * NER_MAX_STATIC;
    histKey[i] = capital ? lw : '';
  }
  const doc: PreparedDocument = { n, sentStart, sentEnd, lower, shapes, hLower, hShape, histKey, histId, histCount: ids.size, feats, nfeats };
  if (split) doc.info = info;
  return doc;
}

/**
 * The static features of both stages scored in one pass: the two int8 models' rows side by side
 * (2·L weights and 2 scales per row), so each feature costs one memory access instead of two. Made
 * from two loaded models of the same size; `stage2` receives the second stage's static scores.
 */
export class PairedScorer {
  readonly q: Int8Array;
  readonly scales: Float32Array;
  readonly mask: number;
  constructor(first: Perceptron, second: Perceptron) {
    const a = first.quantised;
    const b = second.quantised;
    if (!a || !b || !(a.q instanceof Int8Array) || !(b.q instanceof Int8Array) || first.bits !== second.bits || first.L !== L || second.L !== L) {
      throw new Error('PairedScorer: two loaded int8 models of the same size');
    }
    const rows = 1 << first.bits;
    this.mask = rows - 1;
    this.q = new Int8Array(rows * 2 * L);
    this.scales = new Float32Array(rows * 2);
    const qa = a.q;
    const qb = b.q;
    const q = this.q;
    for (let r = 0; r < rows; r++) {
      this.scales[2 * r] = a.scales[r];
      this.scales[2 * r + 1] = b.scales[r];
      const o = r * 2 * L;
      const src = r * L;
      for (let y = 0; y < L; y++) {
        q[o + y] = qa[src + y];
        q[o + L + y] = qb[src + y];
      }
    }
  }

  /** Static scores of token features into out1[0..L) (cleared first) and out2[at..at+L) (added to). */
  score(feats: Int32Array, from: number, n: number, out1: Float64Array, out2: Float64Array, at: number): void {
    PAIRED_KERNEL(this.q, this.scales, this.mask, feats, from, n, out1, out2, at);
  }

  /**
   * One stage's scores of features feats[0..n) into out[0..L), read from its half of this table: the
   * same numbers, added in the same order, as that stage's Perceptron.scoreAdd (add: true, stage 0) or
   * score (add: false, stage 1) would give, without touching the models' own tables.
   */
  addFirst(feats: Int32Array, n: number, out: Float64Array): void {
    HALF_KERNELS[0](this.q, this.scales, this.mask, feats, n, out);
  }
  scoreSecond(feats: Int32Array, n: number, out: Float64Array): void {
    HALF_KERNELS[1](this.q, this.scales, this.mask, feats, n, out);
  }

  /** Adds the scores of both stages of features feats[0..n) to out[at..at+2L). */
  private sum(feats: ArrayLike<number>, out: Float64Array, at: number): void {
    const { q, scales, mask } = this;
    for (let k = 0; k < feats.length; k++) {
      const r = feats[k] & mask;
      const sa = scales[2 * r];
      const sb = scales[2 * r + 1];
      const row = r * 2 * L;
      if (sa !== 0) for (let y = 0; y < L; y++) out[at + y] += q[row + y] * sa;
      if (sb !== 0) for (let y = 0; y < L; y++) out[at + L + y] += q[row + L + y] * sb;
    }
  }

  /**
   * The summed scores (both stages, 2L each) of what a word brings to the tokens around it and to its
   * own: [own | as the previous word | as the next | two before | two after] (VEC_PARTS × 2L), cached
   * on the word. The features are those prepareDocument leaves out of a `split` document.
   */
  vec(wi: WordInfo): Float64Array {
    if (wi.vecOf === this && wi.vec) {
      wi.vecHits++;
      return wi.vec;
    }
    if (this.vecWords.length >= VEC_MAX) {
      // Bounded: the words read again since they got their vector keep it (up to half), the others drop it.
      const kept: WordInfo[] = [];
      for (const x of this.vecWords) {
        if (x.vecHits > 0 && kept.length < VEC_MAX / 2) {
          x.vecHits = 0;
          kept.push(x);
        } else x.vec = x.vecOf = null;
      }
      this.vecWords = kept;
    }
    const v = new Float64Array(VEC_PARTS * 2 * L);
    const wf = wi.wf;
    this.sum([BIAS, ...wf.own, ...wi.cOwn], v, 0);
    this.sum([wf.asPrev, ...wi.cPrev], v, 2 * L);
    this.sum([wf.asNext, ...wi.cNext], v, 4 * L);
    this.sum([wf.asPrev2], v, 6 * L);
    this.sum([wf.asNext2], v, 8 * L);
    wi.vec = v;
    wi.vecOf = this;
    wi.vecHits = 0;
    this.vecWords.push(wi);
    return v;
  }
  private vecWords: WordInfo[] = [];

  /** What a missing neighbour (sentence edge) brings, laid out as a word's vector; by cluster levels (0: none). */
  private edges = new Map<number, Float64Array>();
  edge(clusters: WordClusters | null): Float64Array {
    const levels = clusters ? clusters.levels : 0;
    let v = this.edges.get(levels);
    if (!v) {
      v = new Float64Array(VEC_PARTS * 2 * L);
      const e = clusters ? edgeClusters(levels) : { prev: EMPTY, next: EMPTY };
      this.sum([START_PREV, ...e.prev], v, 2 * L);
      this.sum([END_NEXT, ...e.next], v, 4 * L);
      this.sum([START_PREV2], v, 6 * L);
      this.sum([END_NEXT2], v, 8 * L);
      this.edges.set(levels, v);
    }
    return v;
  }

  /**
   * Static scores of token i of a `split` document (its words' vectors `vecs`, `edge` beyond the
   * sentence): into out1[0..L) (overwritten) and out2[i·L..) (added to).
   */
  scoreSplit(doc: PreparedDocument, vecs: Float64Array[], edge: Float64Array, i: number, out1: Float64Array, out2: Float64Array): void {
    const s = doc.sentStart[i];
    const e = doc.sentEnd[i];
    SPLIT_KERNEL(
      this.q, this.scales, this.mask, doc.feats, i * NER_MAX_STATIC, doc.nfeats[i], out1, out2, i * L,
      vecs[i], i > s ? vecs[i - 1] : edge, i + 1 < e ? vecs[i + 1] : edge, i > s + 1 ? vecs[i - 2] : edge, i + 2 < e ? vecs[i + 2] : edge,
    );
  }
}

type HalfKernel = (q: Int8Array, scales: Float32Array, mask: number, feats: Int32Array, n: number, out: Float64Array) => void;

/** Perceptron's kernel (src/nlp/perceptron.ts) over one half of the paired table: [0] adds the first stage's scores to out, [1] writes the second's. */
const HALF_KERNELS: HalfKernel[] = [0, 1].map((stage) => {
  const ys = Array.from({ length: L }, (_, y) => y);
  const body = [
    ...ys.map((y) => `let a${y} = ${stage === 0 ? `out[${y}]` : '0'};`),
    'for (let k = 0; k < n; k++) {',
    '  const r = feats[k] & mask;',
    `  const s = scales[2 * r + ${stage}];`,
    '  if (s === 0) continue;',
    `  const row = r * ${2 * L} + ${stage * L};`,
    `  ${ys.map((y) => `a${y} += q[row + ${y}] * s;`).join(' ')}`,
    '}',
    ...ys.map((y) => `out[${y}] = a${y};`),
  ].join('\n');
  return new Function('q', 'scales', 'mask', 'feats', 'n', 'out', body) as HalfKernel;
});

/** Parts of a word's cached vector (PairedScorer.vec), and the most words that keep one at a time (1.4 kB each). */
const VEC_PARTS = 5;
const VEC_MAX = 20_000;
const BIAS = hashInt(0, 0);

type SplitKernel = (
  q: Int8Array, scales: Float32Array, mask: number, feats: Int32Array, from: number, n: number, out1: Float64Array, out2: Float64Array, at: number,
  own: Float64Array, prev: Float64Array, next: Float64Array, prev2: Float64Array, next2: Float64Array,
) => void;

/**
 * The body of a paired scoring loop, the L label sums of each stage (a: first, b: second) kept in local
 * variables and started from `start(y)` for stage 1's label y and `start(L + y)` for stage 2's (the same
 * arithmetic as the plain loop, in the same order, without a memory round trip per add).
 */
function pairedKernelBody(start: (y: number) => string): string {
  const ys = Array.from({ length: L }, (_, y) => y);
  return [
    ...ys.map((y) => `let a${y} = ${start(y)}, b${y} = ${start(L + y)};`),
    'for (let k = from; k < from + n; k++) {',
    '  const r = feats[k] & mask;',
    '  const sa = scales[2 * r];',
    '  const sb = scales[2 * r + 1];',
    `  const row = r * ${2 * L};`,
    `  if (sa !== 0) { ${ys.map((y) => `a${y} += q[row + ${y}] * sa;`).join(' ')} }`,
    `  if (sb !== 0) { ${ys.map((y) => `b${y} += q[row + ${L + y}] * sb;`).join(' ')} }`,
    '}',
    ...ys.map((y) => `out1[${y}] = a${y}; out2[at + ${y}] += b${y};`),
  ].join('\n');
}

/** The paired kernel started from the words' cached vectors instead of zero. */
const SPLIT_KERNEL = new Function('q', 'scales', 'mask', 'feats', 'from', 'n', 'out1', 'out2', 'at', 'own', 'prev', 'next', 'prev2', 'next2',
  pairedKernelBody((y) => `own[${y}] + prev[${2 * L + y}] + next[${4 * L + y}] + prev2[${6 * L + y}] + next2[${8 * L + y}]`)) as SplitKernel;

type PairedKernel = (q: Int8Array, scales: Float32Array, mask: number, feats: Int32Array, from: number, n: number, out1: Float64Array, out2: Float64Array, at: number) => void;

/** The paired scoring loop, started from zero. */
const PAIRED_KERNEL = new Function('q', 'scales', 'mask', 'feats', 'from', 'n', 'out1', 'out2', 'at', pairedKernelBody(() => '0')) as PairedKernel;

/**
 * Tags a prepared document greedily. With `gold`, it also trains `model` (one perceptron update per
 * token, on the model's own history). Returns the label index of every token.
 */
export function runDocument(
  model: Perceptron,
  doc: PreparedDocument,
  gold: Int32Array | null = null,
  closeMargin = Number(model.meta.closeMargin ?? 0),
  margins: Float32Array | null = null,
  /** With a paired scorer, the second stage's static scores are written to `static2` (n × L) on the way. */
  paired: PairedScorer | null = null,
  static2: Float64Array | null = null,
): Int32Array {
  const out = new Int32Array(doc.n);
  const buf = new Int32Array(NER_MAX_FEATURES);
  const scores = new Float64Array(L);
  // Entity types given so far to each capitalised word: counts per type (4 per history id).
  const history = new Int32Array(doc.histCount * 4);
  const seen = new Uint8Array(doc.histCount);
  // A `split` document: the words' cached vectors (PairedScorer.vec) carry the features it leaves out.
  const split = paired && static2 && doc.info ? doc.info.map((wi) => paired.vec(wi)) : null;
  if (doc.info && !split) throw new Error('runDocument: a split document needs a PairedScorer and static2');
  const edge = split ? paired!.edge(doc.info![0]?.clusters ?? null) : null;
  for (let i = 0; i < doc.n; i++) {
    const s = doc.sentStart[i];
    const last = i === doc.sentEnd[i] - 1;
    const p1 = i > s ? out[i - 1] : -1;
    const p2 = i > s + 1 ? out[i - 2] : -1;
    let k = 0;
    const base = i * NER_MAX_STATIC;
    const nf = doc.nfeats[i];
    if (split) paired!.scoreSplit(doc, split, edge!, i, scores, static2!);
    else if (paired && static2) paired.score(doc.feats, base, nf, scores, static2, i * L);
    else for (let q = 0; q < nf; q++) buf[k++] = doc.feats[base + q];
    buf[k++] = hashInt(70, p1);
    buf[k++] = hashInt(71, (p1 + 2) * 64 + p2 + 2);
    buf[k++] = mix(72, p1, doc.hLower[i]);
    buf[k++] = mix(73, p1, doc.hShape[i]);
    const hid = doc.histId[i];
    if (hid >= 0) {
      if (seen[hid]) {
        let mask = 0;
        let best = -1;
        let bestN = 0;
        for (let t = 0; t < 4; t++) {
          const c = history[hid * 4 + t];
          if (c > 0) mask |= 1 << t;
          if (c > bestN) {
            bestN = c;
            best = t;
          }
        }
        buf[k++] = hashInt(74, mask);
        buf[k++] = hashInt(75, best);
        buf[k++] = mix(76, best, doc.hShape[i]);
      } else buf[k++] = hashInt(74, 99);
    }
    const allowed = CONSTRAINED ? (last ? ALLOWED_LAST : ALLOWED)[p1 + 1] : null;
    if (paired && static2) paired.addFirst(buf, k, scores);
    else model.score(buf, k, scores);
    let guess = model.best(scores, allowed);
    if (!gold) guess = continueOpenName(p1, guess, scores, closeMargin);
    if (gold) model.update(buf, k, gold[i], guess);
    out[i] = guess;
    if (margins) {
      let second = -Infinity;
      for (let y = 0; y < L; y++) if (y !== guess && scores[y] > second) second = scores[y];
      margins[i] = scores[guess] - second;
    }
    const t = typeOfLabel(guess);
    if (hid >= 0 && t >= 0) {
      seen[hid] = 1;
      history[hid * 4 + t]++;
    }
  }
  return out;
}

/** Confidence of a first-stage label: its margin over the runner-up, in 6 steps. */
function marginBucket(m: number): number {
  return m < 5 ? 0 : m < 15 ? 1 : m < 30 ? 2 : m < 60 ? 3 : m < 120 ? 4 : 5;
}

/** Features of the second stage for one token; most of them. */
export const NER2_MAX_FEATURES = 24 + NER_MAX_STATIC;

/**
 * The second stage ("two-stage prediction aggregation", Ratinov & Roth 2009): a second greedy tagger
 * that sees, besides the word, the first stage's labels (with their confidence) of this token and its
 * neighbours, and the types the first stage gave to the same word everywhere else in the document,
 * before and after it. `first` and `margins` come from `runDocument`. With `gold`, it trains `model`.
 */
export function runSecondStage(
  model: Perceptron,
  doc: PreparedDocument,
  first: Int32Array,
  margins: Float32Array,
  gold: Int32Array | null = null,
  closeMargin = Number(model.meta.closeMargin ?? 0),
  /** The static scores runDocument computed with a PairedScorer (then the static features are not scored again). */
  static2: Float64Array | null = null,
  /** The PairedScorer of `model` (as its second stage): the features are scored from its table. */
  paired: PairedScorer | null = null,
): Int32Array {
  const n = doc.n;
  const out = new Int32Array(n);
  const buf = new Int32Array(NER2_MAX_FEATURES);
  const scores = new Float64Array(L);
  // Types (and O) the first stage gave to each capitalised word over the whole document.
  const totals = new Int32Array(doc.histCount * 5);
  for (let i = 0; i < n; i++) {
    const hid = doc.histId[i];
    if (hid >= 0) totals[hid * 5 + typeOfLabel(first[i]) + 1]++;
  }
  const other = new Int32Array(5);
  // Whether the second stage also sees the first stage's own features (its word, shape, cluster … features).
  const withStatic = model.meta.static === true;
  if (doc.info && withStatic && !static2) throw new Error('runSecondStage: a split document needs the static scores of runDocument');
  for (let i = 0; i < n; i++) {
    const s = doc.sentStart[i];
    const e = doc.sentEnd[i];
    const y = first[i];
    const yp = i > s ? first[i - 1] : -1;
    const yn = i + 1 < e ? first[i + 1] : -2;
    const yp2 = i > s + 1 ? first[i - 2] : -1;
    const yn2 = i + 2 < e ? first[i + 2] : -2;
    const p1 = i > s ? out[i - 1] : -1;
    const p2 = i > s + 1 ? out[i - 2] : -1;
    const mb = marginBucket(margins[i]);
    let k = 0;
    buf[k++] = hashInt(100, 0);
    buf[k++] = hashInt(101, y);
    buf[k++] = hashInt(102, y * 8 + mb);
    buf[k++] = hashInt(103, (yp + 2) * 32 + y);
    buf[k++] = hashInt(104, y * 32 + yn + 2);
    buf[k++] = hashInt(105, ((yp + 2) * 32 + y) * 32 + yn + 2);
    buf[k++] = hashInt(106, (yp2 + 2) * 32 + yp + 2);
    buf[k++] = hashInt(107, (yn + 2) * 32 + yn2 + 2);
    buf[k++] = mix(108, doc.hLower[i], y);
    buf[k++] = mix(109, doc.hShape[i], y * 8 + mb);
    buf[k++] = mix(110, doc.hLower[i], 0);
    buf[k++] = hashInt(111, p1);
    buf[k++] = hashInt(112, (p1 + 2) * 64 + p2 + 2);
    buf[k++] = hashInt(113, (p1 + 2) * 32 + y);
    const hid = doc.histId[i];
    if (hid >= 0) {
      let mask = 0;
      let best = -1;
      let bestN = 0;
      let all = 0;
      for (let t = 0; t < 5; t++) {
        other[t] = totals[hid * 5 + t] - (t === typeOfLabel(y) + 1 ? 1 : 0);
        all += other[t];
        if (other[t] > 0) mask |= 1 << t;
        if (other[t] > bestN) {
          bestN = other[t];
          best = t;
        }
      }
      if (all > 0) {
        const share = Math.min(3, Math.floor((4 * bestN) / all));
        buf[k++] = hashInt(114, mask);
        buf[k++] = hashInt(115, best * 4 + share);
        buf[k++] = hashInt(116, (best * 4 + share) * 32 + y);
        buf[k++] = mix(117, mask * 32 + y, doc.hShape[i]);
        buf[k++] = hashInt(118, best * 8 + mb);
      } else buf[k++] = hashInt(114, 99);
    }
    if (withStatic && !static2) {
      const base = i * NER_MAX_STATIC;
      const nf = doc.nfeats[i];
      for (let q = 0; q < nf; q++) buf[k++] = doc.feats[base + q];
    }
    if (paired && !gold) paired.scoreSecond(buf, k, scores);
    else model.score(buf, k, scores);
    if (withStatic && static2) for (let y = 0; y < L; y++) scores[y] += static2[i * L + y];
    let guess = model.best(scores, null);
    if (!gold) guess = continueOpenName(p1, guess, scores, closeMargin);
    if (gold) model.update(buf, k, gold[i], guess);
    out[i] = guess;
  }
  return out;
}

/** BILOU label indices from IOB2 tags of one sentence (I- after O or another type starts a name). */
export function bilouFromIob(tags: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === 'O' || t.length < 3) {
      out.push(0);
      continue;
    }
    const type = t.slice(2);
    const ti = NER_TYPES.indexOf(type as NerType);
    if (ti < 0) {
      out.push(0);
      continue;
    }
    const begins = t[0] === 'B' || i === 0 || tags[i - 1] === 'O' || tags[i - 1].slice(2) !== type;
    const next = tags[i + 1];
    const continues = next !== undefined && next[0] === 'I' && next.slice(2) === type;
    const part = begins ? (continues ? 0 : 3) : continues ? 1 : 2;
    out.push(1 + ti * 4 + part);
  }
  return out;
}

/** IOB2 tags from BILOU label indices. */
export function iobFromBilou(labels: ArrayLike<number>, from = 0, to = labels.length): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const y = labels[i];
    if (y === 0) out.push('O');
    else out.push((continues(labels, i, from) ? 'I-' : 'B-') + NER_TYPES[typeOfLabel(y)]);
  }
  return out;
}

/**
 * Whether label i continues the name of label i−1: same type, i−1 a B or I, i an I or L. Greedy
 * decoding is not forced to close a name it opened (a forced close makes runaway names), so any
 * sequence is read this way: an I or L that continues nothing starts a name, a B or I that nothing
 * continues ends one.
 */
function continuesLabel(p: number, y: number): boolean {
  if (p === 0 || y === 0 || typeOfLabel(p) !== typeOfLabel(y)) return false;
  const pp = partOfLabel(p);
  const py = partOfLabel(y);
  return (pp === 0 || pp === 1) && (py === 1 || py === 2);
}

function continues(labels: ArrayLike<number>, i: number, from: number): boolean {
  if (i <= from) return false;
  const y = labels[i];
  const p = labels[i - 1];
  if (p === 0 || y === 0 || typeOfLabel(p) !== typeOfLabel(y)) return false;
  const pp = partOfLabel(p);
  const py = partOfLabel(y);
  return (pp === 0 || pp === 1) && (py === 1 || py === 2);
}

/**
 * Names as token ranges [start, end) with their type, from label indices; `sentenceStart[i]` = 1
 * where a sentence begins (names never cross it).
 */
export function spansFromBilou(labels: ArrayLike<number>, sentenceStart?: ArrayLike<number>): Array<{ start: number; end: number; type: NerType }> {
  const out: Array<{ start: number; end: number; type: NerType }> = [];
  let open = -1;
  for (let i = 0; i <= labels.length; i++) {
    const cont = i < labels.length && !(sentenceStart && sentenceStart[i]) && continues(labels, i, 0);
    if (open >= 0 && !cont) {
      out.push({ start: open, end: i, type: NER_TYPES[typeOfLabel(labels[open])] });
      open = -1;
    }
    if (i < labels.length && labels[i] !== 0 && !cont) open = i;
  }
  return out;
}

export class NameTagger {
  constructor(
    readonly model: Perceptron,
    readonly clusters: WordClusters | null,
    readonly names: NameList | null = null,
    /** The second stage (runSecondStage), when the model has one. */
    readonly second: Perceptron | null = null,
    /** The gazetteer (models/ner/gaz.bin), when the model was trained with one. */
    readonly gaz: NameList | null = null,
  ) {
    // Built now, so that loading the tagger includes it (one pass over both models' rows).
    this.pairedScorer();
  }

  /** Label indices for a document of sentences of words. */
  labels(sentences: readonly (readonly string[])[]): Int32Array {
    const paired = this.second ? this.pairedScorer() : null;
    const doc = prepareDocument(sentences, this.clusters, this.names, this.gaz, paired !== null);
    if (!this.second) return runDocument(this.model, doc);
    const margins = new Float32Array(doc.n);
    const static2 = paired ? new Float64Array(doc.n * L) : null;
    const first = runDocument(this.model, doc, null, undefined, margins, paired, static2);
    return runSecondStage(this.second, doc, first, margins, null, undefined, static2, paired);
  }

  private paired: PairedScorer | null | undefined;
  private pairedScorer(): PairedScorer | null {
    if (this.paired === undefined) {
      const a = this.model.quantised;
      const b = this.second?.quantised;
      const ok = this.second?.meta.static === true && a && b && a.q instanceof Int8Array && b.q instanceof Int8Array && this.model.bits === this.second.bits;
      this.paired = ok ? new PairedScorer(this.model, this.second!) : null;
    }
    return this.paired;
  }

  /** IOB2 tags, sentence by sentence. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    const labels = this.labels(sentences);
    const out: string[][] = [];
    let k = 0;
    for (const s of sentences) {
      out.push(iobFromBilou(labels, k, k + s.length));
      k += s.length;
    }
    return out;
  }
}

/**
 * An open name (B or I before) that the best label would cut short is continued when a continuation
 * (I or L of its type) scores within `closeMargin` of the best: names are more often cut than run on.
 */
function continueOpenName(p1: number, guess: number, scores: Float64Array, closeMargin: number): number {
  if (closeMargin <= 0 || p1 <= 0 || (partOfLabel(p1) !== 0 && partOfLabel(p1) !== 1) || continuesLabel(p1, guess)) return guess;
  const base = 1 + typeOfLabel(p1) * 4;
  const c = scores[base + 1] >= scores[base + 2] ? base + 1 : base + 2;
  return scores[guess] - scores[c] < closeMargin ? c : guess;
}
