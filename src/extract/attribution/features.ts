/**
 * Features of the attribution tagger, over a paragraph's token strings (so that the same code reads
 * CofeNet's CoreNLP tokens and ours). Each feature is a 32-bit hash of a template id and values:
 * the word and its neighbours, shape, suffix, how often the word is a cue in the training data (the
 * learned cue lexicon), the nearest likely cue to the left and right (which word, how far), whether the
 * token is inside a quotation, and how far the nearest comma and sentence end are.
 */

/** FNV-1a over a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ b, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

const f1 = (t: number, a: number) => mix(mix(t, 0x5bd1e995), a);
const f2 = (t: number, a: number, b: number) => mix(f1(t, a), b);
const f3 = (t: number, a: number, b: number, c: number) => mix(f2(t, a, b), c);

/** A Map, not an object, so that "constructor" is not found in it. */
const BRACKETS = new Map<string, string>([
  ['-lrb-', '('], ['-rrb-', ')'], ['-lsb-', '['], ['-rsb-', ']'], ['-lcb-', '{'], ['-rcb-', '}'],
]);

/** The form features see: lower case, quotes and brackets unified, digits as 0. */
export function normalizeToken(tok: string): string {
  const t = tok.toLowerCase();
  if (t === '``' || t === "''" || t === '"' || t === '“' || t === '”' || t === '„' || t === '«' || t === '»') return '"';
  if (t === '`' || t === '‘' || t === '’' || t === "'") return "'";
  const bracket = BRACKETS.get(t);
  if (bracket) return bracket;
  if (t.includes('’')) return t.replace(/’/g, "'");
  if (/\d/.test(t)) return t.replace(/\d/g, '0');
  return t;
}

function shapeOf(tok: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < tok.length && out.length < 6; i++) {
    const c = tok[i];
    let k: string;
    if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (/\p{Ll}/u.test(c)) k = 'x';
    else if (/\p{Lu}/u.test(c)) k = 'X';
    else k = c;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** Learned cue lexicon: normalised word → bucket 1..4 of how often it is (part of) a cue. */
export type CueLexicon = Map<string, number>;

/** Bucket of a cue rate (share of a word's occurrences inside a cue span). */
export function cueBucket(rate: number): number {
  return rate >= 0.8 ? 4 : rate >= 0.5 ? 3 : rate >= 0.2 ? 2 : 1;
}

const dist = (d: number): number =>
  d <= 0 ? 15 : d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : d <= 15 ? 7 : d <= 25 ? 8 : 9;
const coarse = (d: number): number => (d <= 0 ? 0 : d === 1 ? 1 : d <= 3 ? 2 : d <= 8 ? 3 : 4);

const QUOTE = hashString('"');

/** Per-token feature hashes of one paragraph: feats[offsets[t] .. offsets[t+1]). */
export interface FeatureBlock {
  feats: Int32Array;
  offsets: Int32Array;
  n: number;
  /** What the features were computed from, reused by a second featurize call given this block as `base`. */
  prep?: Prep;
}

export const FEATURES_PER_TOKEN = 34;
/** Extra features per token when word clusters are given. */
export const CLUSTER_FEATURES = 12;

/**
 * Word → distributional cluster ids at three granularities (16 / 128 / 1,024 clusters), packed as
 * l0 | l1 << 8 | l2 << 16; derived from models/ner/clusters.bin at training time and stored in the
 * attribution model so that it does not depend on that file at run time.
 */
export type ClusterTable = Map<string, number>;

/** Key of a level-2 cluster's entry in the cue lexicon (how often the cluster's words are cues). */
export const clusterLexKey = (packed: number): string => `\u0001${packed >>> 16}`;

/** Lookup form of a token in the cluster table: lower case, quotes unified (digits kept). */
export function clusterForm(tok: string): string {
  const t = normalizeToken(tok);
  return /\d/.test(tok) ? tok.toLowerCase() : t;
}
/** Extra features per token when first-pass labels are given (stacking). */
export const STACKED_FEATURES = 18;

/** Label ids of the tagger (model.ts LABELS): 0 O, 1 B-source, 2 I-source, 3 B-cue, 4 I-cue, 5 B-content, 6 I-content. */
const roleOf = (y: number) => (y + 1) >> 1; // 0 none, 1 source, 2 cue, 3 content

/**
 * Features of each token; with `stack` (first-pass label ids per token) also features of the first
 * pass's labels around the token and of its nearest predicted cue and source.
 */
export interface FeatureOptions {
  /** First-pass label ids per token (stacking). */
  stack?: Int32Array;
  /** Word clusters (model.clusters). */
  clusters?: ClusterTable;
  /** Part-of-speech tags per token (Penn Treebank, src/nlp/pos.ts). */
  pos?: readonly string[];
  /** The block featurize gave for the same tokens and options without `stack`: its features are copied, not recomputed. */
  base?: FeatureBlock;
  /** With `base`: copy only each token's first `baseKeep` features (the second stage's cheaper view). */
  baseKeep?: number;
  /**
   * Leave out the features that depend on one token's string alone (`wordParts`): the caller adds
   * their scores itself, summed once per word. With `base`, `baseKeep` must be SPLIT_KEEP.
   */
  split?: boolean;
}

/** The base features a `split` second stage keeps (the first six, which all depend on one token alone). */
export const SPLIT_KEEP = 6;

/** Extra features per token when POS tags are given. */
export const POS_FEATURES = 12;

const isVerbTag = (t: string) => t.charCodeAt(0) === 86 /* V */ || t === 'MD';

/** Per-token arrays featurize derives from the tokens alone (shared by both stages). */
interface Prep {
  hp: Int32Array | null;
  verbPrefix: Int32Array | null;
  cl: Int32Array | null;
  ccr: Int8Array | null;
  hw: Int32Array;
  hs: Int32Array;
  cr: Int8Array;
  quote: Uint8Array;
  inQ: Uint8Array;
  hsuf: Int32Array;
  lCue: Int32Array;
  rCue: Int32Array;
  lComma: Int32Array;
  rComma: Int32Array;
  lEnd: Int32Array;
  rEnd: Int32Array;
  lVerb: Int32Array | null;
  /** Each token's TokenInfo. */
  infos: TokenInfo[];
}

const PAD = hashString('<pad>');

const ratesCache = new WeakMap<CueLexicon, Int8Array>();

/** Cue-rate bucket of every level-2 cluster (from the lexicon's clusterLexKey entries), by cluster id. */
function clusterRates(lex: CueLexicon): Int8Array {
  let r = ratesCache.get(lex);
  if (!r) {
    r = new Int8Array(1 << 12);
    for (let id = 0; id < r.length; id++) r[id] = lex.get(`\u0001${id}`) ?? 0;
    ratesCache.set(lex, r);
  }
  return r;
}
const PADP = hashString('<p>');

/** What prepare derives from one token string alone, kept per lexicon (news repeats its words: a lookup is cheaper). */
export interface TokenInfo {
  hw: number;
  hs: number;
  hsuf: number;
  cr: number;
  /** Packed cluster id (−1 unknown) and its cluster's cue-rate bucket. */
  c: number;
  ccr: number;
  /** 1 comma-like, 2 sentence end, 0 other. */
  kind: number;
  /** Summed scores of the token's wordParts, cached by the model that made them (model.ts). */
  vec: Int32Array | null;
  vecOf: object | null;
}
const infoMemo = new WeakMap<CueLexicon, { clusters: ClusterTable | undefined; map: Map<string, TokenInfo> }>();
/** Forget the TokenInfo of every token read with this lexicon (and what is cached on them). */
export function forgetTokenInfo(lex: CueLexicon): void {
  infoMemo.delete(lex);
}
const INFO_MAX = 200_000;
const tagHash = new Map<string, number>();

function tokenInfo(tok: string, lex: CueLexicon, clusters: ClusterTable | undefined): TokenInfo {
  let m = infoMemo.get(lex);
  if (!m || m.clusters !== clusters) {
    m = { clusters, map: new Map() };
    infoMemo.set(lex, m);
  }
  let info = m.map.get(tok);
  if (info) return info;
  const w = normalizeToken(tok);
  let c = -1;
  let ccr = 0;
  if (clusters) {
    // clusterForm without normalising twice.
    const got = clusters.get(w.includes('0') && /\d/.test(tok) ? tok.toLowerCase() : w);
    if (got !== undefined) {
      c = got;
      ccr = clusterRates(lex)[got >>> 16];
    }
  }
  info = {
    hw: hashString(w),
    hs: hashString(shapeOf(tok)),
    hsuf: hashString(w.length > 3 ? w.slice(-3) : w),
    cr: lex.get(w) ?? 0,
    c,
    ccr,
    kind: w === ',' || w === ';' || w === ':' || w === '--' || w === '—' ? 1 : w === '.' || w === '?' || w === '!' ? 2 : 0,
    vec: null,
    vecOf: null,
  };
  if (m.map.size >= INFO_MAX) m.map.clear();
  m.map.set(tok, info);
  return info;
}

function prepare(tokens: readonly string[], lex: CueLexicon, clusters: ClusterTable | undefined, pos: readonly string[] | undefined): Prep {
  const n = tokens.length;
  // POS: hashed tags, the nearest verb to the left / right, and verbs between a token and the nearest cue.
  const hp = pos ? new Int32Array(n) : null;
  const verbPrefix = pos ? new Int32Array(n + 1) : null;
  if (pos) {
    for (let i = 0; i < n; i++) {
      let h = tagHash.get(pos[i]);
      if (h === undefined) {
        h = hashString(pos[i]);
        tagHash.set(pos[i], h);
      }
      hp![i] = h;
      verbPrefix![i + 1] = verbPrefix![i] + (isVerbTag(pos[i]) ? 1 : 0);
    }
  }
  // Cluster ids (packed, −1 unknown) and the cue rate of each token's level-2 cluster.
  const cl = clusters ? new Int32Array(n) : null;
  const ccr = clusters ? new Int8Array(n) : null;
  const hw = new Int32Array(n + 4);
  const hs = new Int32Array(n + 4);
  const cr = new Int8Array(n + 4);
  const quote = new Uint8Array(n);
  const inQ = new Uint8Array(n);
  const isComma = new Uint8Array(n);
  const isEnd = new Uint8Array(n);
  const hsuf = new Int32Array(n);
  // Padding: index n+k for positions outside [0, n).
  hw.fill(PAD);
  hs.fill(PAD);
  let q = 0;
  const infos: TokenInfo[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokenInfo(tokens[i], lex, clusters);
    infos[i] = t;
    if (clusters) {
      cl![i] = t.c;
      ccr![i] = t.ccr;
    }
    hw[i] = t.hw;
    hs[i] = t.hs;
    hsuf[i] = t.hsuf;
    cr[i] = t.cr;
    inQ[i] = q;
    if (t.hw === QUOTE) {
      quote[i] = q ? 2 : 1;
      q ^= 1;
    }
    isComma[i] = t.kind === 1 ? 1 : 0;
    isEnd[i] = t.kind === 2 ? 1 : 0;
  }

  // Nearest strong cue (bucket ≥ 3) to the left / right, nearest comma and sentence end.
  const lCue = new Int32Array(n).fill(-1);
  const rCue = new Int32Array(n).fill(-1);
  const lComma = new Int32Array(n).fill(-1);
  const rComma = new Int32Array(n).fill(-1);
  const lEnd = new Int32Array(n).fill(-1);
  const rEnd = new Int32Array(n).fill(-1);
  let c = -1;
  let cm = -1;
  let e = -1;
  for (let i = 0; i < n; i++) {
    lCue[i] = c;
    lComma[i] = cm;
    lEnd[i] = e;
    if (cr[i] >= 3) c = i;
    if (isComma[i]) cm = i;
    if (isEnd[i]) e = i;
  }
  c = -1;
  cm = -1;
  e = -1;
  for (let i = n - 1; i >= 0; i--) {
    rCue[i] = c;
    rComma[i] = cm;
    rEnd[i] = e;
    if (cr[i] >= 3) c = i;
    if (isComma[i]) cm = i;
    if (isEnd[i]) e = i;
  }

  // Nearest verb to the left (its word) for the POS features.
  const lVerb = pos ? new Int32Array(n).fill(-1) : null;
  if (pos) {
    let v = -1;
    for (let i = 0; i < n; i++) {
      lVerb![i] = v;
      if (isVerbTag(pos[i])) v = i;
    }
  }
  return { hp, verbPrefix, cl, ccr, hw, hs, cr, quote, inQ, hsuf, lCue, rCue, lComma, rComma, lEnd, rEnd, lVerb, infos };
}

/** The cluster id clAt reads of a token at `level` (0x3ffe: the word has no cluster). */
const clusterAt = (c: number, level: number): number => (c < 0 ? 0x3ffe : level === 2 ? c >>> 16 : (c >>> (8 * level)) & 0xff);

/**
 * The features featurize gives that depend on one token's string alone, by the part the token plays:
 * [its own, as the previous token, as the next, two before, two after]; `info` null is the padding
 * beyond the paragraph (its own part is empty). `stage2`: those of a second stage that keeps
 * SPLIT_KEEP base features. A `split` featurize leaves exactly these out.
 */
export function wordParts(info: TokenInfo | null, clustered: boolean, stage2: boolean): number[][] {
  const hw = info ? info.hw : PAD;
  const own: number[] = [];
  const prev = [f1(3, hw)];
  const next = [f1(4, hw)];
  if (info) {
    own.push(1, f1(2, hw));
    if (!stage2) {
      own.push(f1(9, info.hs), f1(11, info.hsuf), f1(12, info.cr));
      if (clustered) own.push(f1(60, clusterAt(info.c, 0)), f1(61, clusterAt(info.c, 1)), f1(62, clusterAt(info.c, 2)), f2(69, info.ccr, info.cr));
    }
  }
  if (!stage2 && clustered) {
    const c1 = info ? clusterAt(info.c, 1) : 0x3fff;
    prev.push(f1(63, c1));
    next.push(f1(64, c1));
  }
  return [own, prev, next, [f1(5, hw)], [f1(6, hw)]];
}

export function featurize(tokens: readonly string[], lex: CueLexicon, opts: FeatureOptions = {}): FeatureBlock {
  const { stack, clusters, pos, base } = opts;
  const keep = opts.baseKeep ?? Infinity;
  const split = opts.split === true;
  if (split && base && keep !== SPLIT_KEEP) throw new Error(`featurize: a split second stage keeps ${SPLIT_KEEP} base features`);
  const n = tokens.length;
  const P = base?.prep ?? prepare(tokens, lex, clusters, pos);
  const { hp, verbPrefix, cl, ccr, hw, hs, cr, quote, inQ, hsuf, lCue, rCue, lComma, rComma, lEnd, rEnd, lVerb } = P;
  const PADP = hashString('<p>');
  const pAt = (i: number) => (i < 0 || i >= n ? PADP : hp![i]);
  const clAt = (i: number, level: number): number =>
    i < 0 || i >= n ? 0x3fff : cl![i] < 0 ? 0x3ffe : level === 2 ? cl![i] >>> 16 : (cl![i] >>> (8 * level)) & 0xff;
  const at = (arr: Int32Array, i: number) => (i < 0 || i >= n ? PAD : arr[i]);
  const crAt = (i: number) => (i < 0 || i >= n ? 7 : cr[i]);
  const F = FEATURES_PER_TOKEN + (stack ? STACKED_FEATURES : 0) + (clusters ? CLUSTER_FEATURES : 0) + (pos ? POS_FEATURES : 0);
  const feats = new Int32Array(n * F);
  // Stacking: nearest predicted cue / source / content start to the left and right.
  let pcL: Int32Array | null = null;
  let pcR: Int32Array | null = null;
  let psL: Int32Array | null = null;
  let psR: Int32Array | null = null;
  if (stack) {
    pcL = new Int32Array(n).fill(-1);
    pcR = new Int32Array(n).fill(-1);
    psL = new Int32Array(n).fill(-1);
    psR = new Int32Array(n).fill(-1);
    let lc = -1;
    let ls = -1;
    for (let i = 0; i < n; i++) {
      pcL[i] = lc;
      psL[i] = ls;
      if (roleOf(stack[i]) === 2) lc = i;
      if (roleOf(stack[i]) === 1) ls = i;
    }
    lc = -1;
    ls = -1;
    for (let i = n - 1; i >= 0; i--) {
      pcR[i] = lc;
      psR[i] = ls;
      if (roleOf(stack[i]) === 2) lc = i;
      if (roleOf(stack[i]) === 1) ls = i;
    }
  }
  const st = (i: number) => (!stack || i < 0 || i >= n ? 7 : stack[i]);
  // Stacking: the first pass's span around each token (first token, one past the last).
  let spS: Int32Array | null = null;
  let spE: Int32Array | null = null;
  if (stack) {
    spS = new Int32Array(n);
    spE = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const r = roleOf(stack[i]);
      spS[i] = i > 0 && r !== 0 && (stack[i] & 1) === 0 && roleOf(stack[i - 1]) === r ? spS[i - 1] : i;
    }
    for (let i = n - 1; i >= 0; i--) {
      const r = roleOf(stack[i]);
      spE[i] = i + 1 < n && r !== 0 && roleOf(stack[i + 1]) === r && (stack[i + 1] & 1) === 0 ? spE[i + 1] : i + 1;
    }
  }
  const offsets = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const w0 = hw[i];
    const wm1 = at(hw, i - 1);
    const wp1 = at(hw, i + 1);
    const wm2 = at(hw, i - 2);
    const wp2 = at(hw, i + 2);
    const s0 = hs[i];
    const dl = lCue[i] >= 0 ? i - lCue[i] : 0;
    const dr = rCue[i] >= 0 ? rCue[i] - i : 0;
    const lw = lCue[i] >= 0 ? hw[lCue[i]] : PAD;
    const rw = rCue[i] >= 0 ? hw[rCue[i]] : PAD;
    const afterL = lCue[i] >= 0 ? at(hw, lCue[i] + 1) : PAD;
    const commaL = lCue[i] >= 0 && lComma[i] > lCue[i] ? 1 : 0;
    const commaR = rCue[i] >= 0 && rComma[i] >= 0 && rComma[i] < rCue[i] ? 1 : 0;
    const endL = lCue[i] >= 0 && lEnd[i] > lCue[i] ? 1 : 0;
    const endR = rCue[i] >= 0 && rEnd[i] >= 0 && rEnd[i] < rCue[i] ? 1 : 0;
    const dlc = coarse(dl);
    const drc = coarse(dr);
    const qs = inQ[i] * 4 + quote[i];
    const dComL = lComma[i] >= 0 ? coarse(i - lComma[i]) : 0;
    const dComR = rComma[i] >= 0 ? coarse(rComma[i] - i) : 0;
    const dEndL = lEnd[i] >= 0 ? coarse(i - lEnd[i]) : 0;
    const dEndR = rEnd[i] >= 0 ? coarse(rEnd[i] - i) : 0;
    if (base) {
      // Split: the kept base features are all the token's own (wordParts), left out.
      const to = split ? base.offsets[i] : Math.min(base.offsets[i + 1], base.offsets[i] + keep);
      for (let j = base.offsets[i]; j < to; j++) feats[k++] = base.feats[j];
    } else {
      // (Split: without the features of wordParts; the others in the same order.)
      if (!split) {
        feats[k++] = 1;
        feats[k++] = f1(2, w0);
        feats[k++] = f1(3, wm1);
        feats[k++] = f1(4, wp1);
        feats[k++] = f1(5, wm2);
        feats[k++] = f1(6, wp2);
      }
      feats[k++] = f2(7, wm1, w0);
      feats[k++] = f2(8, w0, wp1);
      if (!split) feats[k++] = f1(9, s0);
      feats[k++] = f3(10, at(hs, i - 1), s0, at(hs, i + 1));
      if (!split) {
        feats[k++] = f1(11, hsuf[i]);
        feats[k++] = f1(12, cr[i]);
      }
      feats[k++] = f3(13, crAt(i - 1), cr[i], crAt(i + 1));
      feats[k++] = f2(14, dist(dl), lw);
      feats[k++] = f1(15, dist(dl));
      feats[k++] = f1(16, dist(dr));
      feats[k++] = f2(17, dist(dr), rw);
      feats[k++] = f1(18, qs);
      feats[k++] = f3(19, qs, dlc, drc);
      feats[k++] = f2(20, w0, inQ[i]);
      feats[k++] = f2(21, dComL, dComR);
      feats[k++] = f2(22, dEndL, dEndR);
      feats[k++] = f2(23, w0, drc);
      feats[k++] = f2(24, w0, dlc);
      feats[k++] = f1(25, i === 0 ? 1 : i === n - 1 ? 2 : 0);
      feats[k++] = f2(26, afterL, dlc);
      feats[k++] = f2(27, wm1, dlc);
      feats[k++] = f3(28, s0, drc, wp1);
      feats[k++] = f3(29, commaL, endL, dlc);
      feats[k++] = f3(30, commaR, endR, drc);
      feats[k++] = f3(31, qs, commaL * 2 + endL, commaR * 2 + endR);
      feats[k++] = f3(32, crAt(i - 1), cr[i], s0);
      feats[k++] = f3(33, lw, rw, inQ[i]);
      feats[k++] = f2(34, at(hs, i - 1), s0);
      if (cl) {
        const c2 = clAt(i, 2);
        const c1 = clAt(i, 1);
        if (!split) {
          feats[k++] = f1(60, clAt(i, 0));
          feats[k++] = f1(61, c1);
          feats[k++] = f1(62, c2);
          feats[k++] = f1(63, clAt(i - 1, 1));
          feats[k++] = f1(64, clAt(i + 1, 1));
        }
        feats[k++] = f2(65, clAt(i - 1, 1), c1);
        feats[k++] = f2(66, c1, clAt(i + 1, 1));
        feats[k++] = f2(67, c2, drc);
        feats[k++] = f2(68, c2, dlc);
        if (!split) feats[k++] = f2(69, ccr![i], cr[i]);
        feats[k++] = f3(70, i > 0 ? ccr![i - 1] : 7, ccr![i], i + 1 < n ? ccr![i + 1] : 7);
        feats[k++] = f3(71, clAt(i - 2, 1), clAt(i + 2, 1), qs);
      }
      if (hp) {
        const p0 = hp[i];
        const pm1 = pAt(i - 1);
        const pp1 = pAt(i + 1);
        // Verbs strictly between the token and the nearest likely cue on each side (0, 1, 2+).
        const vL = lCue[i] >= 0 ? Math.min(2, verbPrefix![i] - verbPrefix![lCue[i] + 1]) : 3;
        const vR = rCue[i] >= 0 ? Math.min(2, verbPrefix![rCue[i]] - verbPrefix![i + 1]) : 3;
        const lv = lVerb![i];
        feats[k++] = f1(80, p0);
        feats[k++] = f2(81, pm1, p0);
        feats[k++] = f2(82, p0, pp1);
        feats[k++] = f3(83, pm1, p0, pp1);
        feats[k++] = f2(84, pAt(i - 2), pm1);
        feats[k++] = f2(85, pp1, pAt(i + 2));
        feats[k++] = f3(86, p0, dlc, drc);
        feats[k++] = f3(87, vL, vR, p0);
        feats[k++] = f3(88, vL, dlc, qs);
        feats[k++] = f3(89, vR, drc, commaR * 2 + endR);
        feats[k++] = f2(90, lv >= 0 ? hw[lv] : PAD, coarse(lv >= 0 ? i - lv : 0));
        feats[k++] = f3(91, p0, w0, pp1);
      }
    }
    if (stack) {
      const y = stack[i];
      const dcl = pcL![i] >= 0 ? i - pcL![i] : 0;
      const dcr = pcR![i] >= 0 ? pcR![i] - i : 0;
      const dsl = psL![i] >= 0 ? i - psL![i] : 0;
      const dsr = psR![i] >= 0 ? psR![i] - i : 0;
      feats[k++] = f1(40, y);
      feats[k++] = f3(41, st(i - 1), y, st(i + 1));
      feats[k++] = f2(42, st(i - 2), st(i - 1));
      feats[k++] = f2(43, st(i + 1), st(i + 2));
      feats[k++] = f2(44, y, w0);
      feats[k++] = f2(45, dist(dcl), pcL![i] >= 0 ? hw[pcL![i]] : PAD);
      feats[k++] = f2(46, dist(dcr), pcR![i] >= 0 ? hw[pcR![i]] : PAD);
      feats[k++] = f3(47, coarse(dsl), coarse(dsr), y);
      feats[k++] = f3(48, coarse(dcl), coarse(dcr), qs);
      feats[k++] = f3(49, y, st(i + 1), wp1);
      feats[k++] = f3(50, st(i - 1), y, wm1);
      feats[k++] = f3(51, y, coarse(dcl), coarse(dcr));
      feats[k++] = f2(52, st(i - 3), st(i + 3));
      feats[k++] = f3(53, y, dComL, dComR);
      const r = roleOf(y);
      const a = spS![i];
      const b = spE![i];
      const edge = (i === a ? 1 : 0) + (i === b - 1 ? 2 : 0);
      feats[k++] = f3(54, r * 4 + edge, at(hw, a - 1), at(hw, a));
      feats[k++] = f3(55, r * 4 + edge, at(hw, b - 1), at(hw, b));
      feats[k++] = f3(56, r, edge, dist(b - a));
      if (verbPrefix) {
        const vL = pcL![i] >= 0 ? Math.min(2, verbPrefix[i] - verbPrefix[pcL![i] + 1]) : 3;
        const vR = pcR![i] >= 0 ? Math.min(2, verbPrefix[pcR![i]] - verbPrefix[i + 1]) : 3;
        feats[k++] = f3(57, vL * 4 + vR, y, coarse(dcl) * 8 + coarse(dcr));
      } else feats[k++] = f1(57, y);
    }
  }
  offsets[n] = k;
  return { feats, offsets, n, prep: P };
}
