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

const BRACKETS: Record<string, string> = {
  '-lrb-': '(', '-rrb-': ')', '-lsb-': '[', '-rsb-': ']', '-lcb-': '{', '-rcb-': '}',
};

/** The form features see: lower case, quotes and brackets unified, digits as 0. */
export function normalizeToken(tok: string): string {
  const t = tok.toLowerCase();
  if (t === '``' || t === "''" || t === '"' || t === '“' || t === '”' || t === '„' || t === '«' || t === '»') return '"';
  if (t === '`' || t === '‘' || t === '’' || t === "'") return "'";
  if (BRACKETS[t]) return BRACKETS[t];
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
}

export const FEATURES_PER_TOKEN = 34;
/** Extra features per token when first-pass labels are given (stacking). */
export const STACKED_FEATURES = 14;

/** Label ids of the tagger (model.ts LABELS): 0 O, 1 B-source, 2 I-source, 3 B-cue, 4 I-cue, 5 B-content, 6 I-content. */
const roleOf = (y: number) => (y + 1) >> 1; // 0 none, 1 source, 2 cue, 3 content

/**
 * Features of each token; with `stack` (first-pass label ids per token) also features of the first
 * pass's labels around the token and of its nearest predicted cue and source.
 */
export function featurize(tokens: readonly string[], lex: CueLexicon, stack?: Int32Array): FeatureBlock {
  const n = tokens.length;
  const norm: string[] = new Array(n);
  const hw = new Int32Array(n + 4);
  const hs = new Int32Array(n + 4);
  const cr = new Int8Array(n + 4);
  const quote = new Uint8Array(n);
  const inQ = new Uint8Array(n);
  const isComma = new Uint8Array(n);
  const isEnd = new Uint8Array(n);
  const hsuf = new Int32Array(n);
  // Padding: index n+k for positions outside [0, n).
  const PAD = hashString('<pad>');
  hw.fill(PAD);
  hs.fill(PAD);
  let q = 0;
  for (let i = 0; i < n; i++) {
    const w = normalizeToken(tokens[i]);
    norm[i] = w;
    hw[i] = hashString(w);
    hs[i] = hashString(shapeOf(tokens[i]));
    hsuf[i] = hashString(w.length > 3 ? w.slice(-3) : w);
    cr[i] = lex.get(w) ?? 0;
    inQ[i] = q;
    if (hw[i] === QUOTE) {
      quote[i] = q ? 2 : 1;
      q ^= 1;
    }
    isComma[i] = w === ',' || w === ';' || w === ':' || w === '--' || w === '—' ? 1 : 0;
    isEnd[i] = w === '.' || w === '?' || w === '!' ? 1 : 0;
  }
  const at = (arr: Int32Array, i: number) => (i < 0 || i >= n ? PAD : arr[i]);
  const crAt = (i: number) => (i < 0 || i >= n ? 7 : cr[i]);

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

  const F = FEATURES_PER_TOKEN + (stack ? STACKED_FEATURES : 0);
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
    feats[k++] = 1;
    feats[k++] = f1(2, w0);
    feats[k++] = f1(3, wm1);
    feats[k++] = f1(4, wp1);
    feats[k++] = f1(5, wm2);
    feats[k++] = f1(6, wp2);
    feats[k++] = f2(7, wm1, w0);
    feats[k++] = f2(8, w0, wp1);
    feats[k++] = f1(9, s0);
    feats[k++] = f3(10, at(hs, i - 1), s0, at(hs, i + 1));
    feats[k++] = f1(11, hsuf[i]);
    feats[k++] = f1(12, cr[i]);
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
    }
  }
  offsets[n] = k;
  return { feats, offsets, n };
}
