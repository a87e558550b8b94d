/**
 * A name list derived from the tagger's training data: every name (a token sequence, lower-cased) with
 * how often it was tagged PER, ORG, LOC and MISC. Keys are hashes of the token sequence (see `nameKey`),
 * so the file holds counts, not text. The tagger uses its matches as features (Ratinov & Roth 2009's
 * gazetteers, built here from the training split).
 *
 * Training builds it with folds (`NameListBuilder`): a training document sees only the names of the
 * other folds, as a new text sees only names from elsewhere; the committed list holds all of them.
 *
 * names.bin: "CTN1", uint32 count, then count × (uint32 key, 4 × uint16 counts), keys ascending.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** Longest name (in tokens) the list holds and the tagger looks up. */
export const NAME_MAX_TOKENS = 6;
const MAGIC = 0x43544e31;

/** Hash of a token sequence from the hashes of its lower-cased tokens: start with NAME_SEED, then `nameStep`. */
export const NAME_SEED = 0x2545f491;
export function nameStep(h: number, token: number): number {
  h = Math.imul(h ^ token, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return (h ^ (h >>> 13)) | 0;
}

/** Key of one word as a part of names (its counts: the types of the listed names it occurs in). */
export const WORD_SEED = 0x6a09e667;
export const wordKey = (token: number): number => nameStep(WORD_SEED, token);

/** Type counts of names by key. */
export interface NameList {
  /** Counts (PER, ORG, LOC, MISC) of the name with this key, or undefined. */
  get(key: number): ArrayLike<number> | undefined;
  /** Whether the list also counts the words of names (`wordKey`). */
  words?: boolean;
}

export class StaticNameList implements NameList {
  words?: boolean;
  constructor(private readonly map: Map<number, Uint16Array>) {}

  get(key: number): Uint16Array | undefined {
    return this.map.get(key);
  }

  get size(): number {
    return this.map.size;
  }

  save(path: string): void {
    const keys = [...this.map.keys()].sort((a, b) => (a >>> 0) - (b >>> 0));
    const buf = Buffer.alloc(8 + keys.length * 12);
    buf.writeUInt32LE(MAGIC, 0);
    buf.writeUInt32LE(keys.length, 4);
    keys.forEach((k, i) => {
      const o = 8 + i * 12;
      buf.writeUInt32LE(k >>> 0, o);
      const c = this.map.get(k)!;
      for (let t = 0; t < 4; t++) buf.writeUInt16LE(c[t], o + 4 + 2 * t);
    });
    writeFileSync(path, buf);
  }

  static load(path: string): StaticNameList {
    const buf = readFileSync(path);
    if (buf.length < 8 || buf.readUInt32LE(0) !== MAGIC) throw new Error(`${path}: not a claimtrail name list`);
    const count = buf.readUInt32LE(4);
    if (buf.length !== 8 + count * 12) throw new Error(`${path}: truncated or corrupt`);
    const map = new Map<number, Uint16Array>();
    const all = new Uint16Array(count * 4);
    for (let i = 0; i < count; i++) {
      const o = 8 + i * 12;
      const c = all.subarray(i * 4, i * 4 + 4);
      for (let t = 0; t < 4; t++) c[t] = buf.readUInt16LE(o + 4 + 2 * t);
      map.set(buf.readUInt32LE(o) | 0, c);
    }
    return new StaticNameList(map);
  }
}

/** Collects names per fold; `list()` gives all of them, `without(fold)` those of the other folds. */
export class NameListBuilder {
  private readonly total = new Map<number, Uint16Array>();
  private readonly perFold: Map<number, Uint16Array>[];

  constructor(readonly folds: number) {
    this.perFold = Array.from({ length: folds }, () => new Map());
  }

  /**
   * A name of type t (0 PER … 3 MISC) from hashes of its lower-cased tokens; with `words`, each of its
   * words is counted too (under `wordKey`).
   */
  add(fold: number, tokenHashes: ArrayLike<number>, type: number, words = false): void {
    if (words) this.words = true;
    if (words) for (let i = 0; i < tokenHashes.length; i++) this.count(fold, wordKey(tokenHashes[i]), type);
    if (tokenHashes.length > NAME_MAX_TOKENS) return;
    let h = NAME_SEED;
    for (let i = 0; i < tokenHashes.length; i++) h = nameStep(h, tokenHashes[i]);
    this.count(fold, h, type);
  }

  private count(fold: number, h: number, type: number): void {
    for (const m of [this.total, this.perFold[fold]]) {
      let c = m.get(h);
      if (!c) m.set(h, (c = new Uint16Array(4)));
      if (c[type] < 65535) c[type]++;
    }
  }

  /** Whether words were added (see `add`). */
  words = false;

  list(): StaticNameList {
    const l = new StaticNameList(this.total);
    l.words = this.words;
    return l;
  }

  /** The names as seen from a document of `fold`: counts of the other folds only. */
  without(fold: number): NameList {
    const total = this.total;
    const own = this.perFold[fold];
    const out = new Uint16Array(4);
    return {
      words: this.words,
      get(key: number) {
        const c = total.get(key);
        if (!c) return undefined;
        const o = own.get(key);
        if (!o) return c;
        let any = 0;
        for (let t = 0; t < 4; t++) any |= out[t] = c[t] - o[t];
        return any ? out : undefined;
      },
    };
  }
}
