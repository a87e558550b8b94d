/**
 * What an article is about, as a small set of features (its entities' canonical names and its key
 * terms), and a MinHash signature of that set, cut into LSH bands. Two articles whose feature sets
 * overlap much share a band bucket with high probability, so a new article is compared only with the
 * few stored articles it shares a bucket with, never with all of them.
 *
 * Pure and database-neutral: every store uses the same features, signatures and buckets.
 */
import type { Ledger } from '../ledger/types.js';
import { STOPWORDS } from './stopwords.js';

/** Hash functions in a signature. */
export const SIG_SIZE = 128;
/** Rows per LSH band; SIG_SIZE / BAND_ROWS bands. Two rows a band: articles whose feature sets
 *  have a Jaccard similarity of 0.2 share a bucket with probability 1 − (1 − 0.2²)^64 ≈ 0.93, of
 *  0.3 with 0.998, of 0.05 with 0.15. */
export const BAND_ROWS = 2;
export const BANDS = SIG_SIZE / BAND_ROWS;

export interface Feature {
  /** "e:north korea" for an entity, "t:troop" for a term. */
  key: string;
  /** How it reads best in a label ("North Korea", "troops"). */
  display: string;
  weight: number;
}

/** Entities kept per article (most mentioned first). */
const MAX_ENTITIES = 12;
/** Key terms kept per article. */
const MAX_TERMS = 16;

/** A crude, fast English stem: enough to join "troops"/"troop", "markets"/"market". */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /(?:ss|us|is)$/.test(w)) return w;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const WORD = /[\p{L}][\p{L}\p{M}'’-]*[\p{L}]|[\p{L}]/gu;

/** The features of one article's ledger. */
export function articleFeatures(ledger: Ledger): Feature[] {
  const out: Feature[] = [];
  const seen = new Set<string>();
  const ents = [...ledger.entities]
    .filter((e) => e.canonical.trim().length > 1)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.canonical.localeCompare(b.canonical));
  for (const e of ents) {
    if (out.length >= MAX_ENTITIES) break;
    const key = 'e:' + e.canonical.toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(key) || STOPWORDS.has(key.slice(2).replace(/\.$/, ''))) continue;
    seen.add(key);
    out.push({ key, display: e.canonical, weight: e.mentions.length + 1 });
  }

  // Key terms: title words count thrice; a capitalised word inside a sentence (a name the entity
  // stage may have missed) counts double.
  const text = ledger.document.text;
  const bodyStart = ledger.document.body_start;
  const tf = new Map<string, { n: number; display: string }>();
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    if (raw.length < 3) continue;
    const lower = raw.toLowerCase().replace(/[’']s$/, '');
    if (STOPWORDS.has(lower)) continue;
    const s = stem(lower);
    if (s.length < 3 || STOPWORDS.has(s)) continue;
    const i = m.index;
    const inTitle = i < bodyStart;
    const prev = text.slice(Math.max(0, i - 2), i);
    const capital = /^\p{Lu}/u.test(raw) && !/[.!?"“]\s$|\n$/.test(prev) && i > 0;
    const w = inTitle ? 3 : capital ? 2 : 1;
    const cur = tf.get(s);
    if (cur) cur.n += w;
    else tf.set(s, { n: w, display: lower });
  }
  const terms = [...tf.entries()].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
  let kept = 0;
  for (const [s, { n, display }] of terms) {
    if (kept >= MAX_TERMS) break;
    if (n < 2 && kept >= 6) break;
    const key = 't:' + s;
    if (seen.has(key)) continue;
    // A term that is a word of a kept entity adds nothing.
    if (seen.has('e:' + display)) continue;
    seen.add(key);
    out.push({ key, display, weight: n });
    kept++;
  }
  return out;
}

/** 32-bit FNV-1a of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A strong 32-bit mix (murmur3's finaliser) of x under a seed. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: SIG_SIZE }, (_, i) => mix(i + 1, 0x9e3779b9));

/** The MinHash signature of a set of feature keys (all 0xffffffff for an empty set). */
export function minhash(keys: Iterable<string>): Uint32Array {
  const sig = new Uint32Array(SIG_SIZE).fill(0xffffffff);
  for (const k of keys) {
    const x = fnv1a(k);
    for (let i = 0; i < SIG_SIZE; i++) {
      const h = mix(x, SEEDS[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/** The LSH bucket of each band: [band, bucket] pairs, bucket a 32-bit signed integer. */
export function lshBuckets(sig: Uint32Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < BAND_ROWS; r++) h = mix(sig[b * BAND_ROWS + r], h);
    out.push([b, h | 0]);
  }
  return out;
}

/** Estimated Jaccard similarity of two feature sets from their signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIG_SIZE; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / SIG_SIZE;
}

export function signatureToBytes(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function signatureFromBytes(buf: Uint8Array): Uint32Array {
  const copy = new Uint8Array(buf); // aligned copy
  return new Uint32Array(copy.buffer, 0, SIG_SIZE);
}
