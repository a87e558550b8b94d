/**
 * A read-only word → index map over a "\n"-separated UTF-8 word list, without a JavaScript string or
 * Map entry per word: the list stays one buffer, and an open-addressing table of 32-bit hashes points
 * into it. Loading 340,000 words costs a pass over their bytes (a few milliseconds) where building a
 * Map costs a string and an entry each (≈ 100 ms and tens of MB). Lookups hash the query, probe, and
 * compare bytes. It is a Map (subclass) to its readers: get, has, size and iteration work; it cannot be
 * changed.
 */

const encoder = new TextEncoder();

/** FNV-1a over bytes [from, to) of `b`. */
function hashBytes(b: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= b[i];
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class WordIndex extends Map<string, number> {
  private readonly bytes: Uint8Array;
  /** Start of word i in `bytes`; starts[count] is one past the last word's end + 1. */
  private readonly starts: Uint32Array;
  private readonly count: number;
  /** Slot → word index + 1 (0: empty). */
  private readonly slots: Uint32Array;
  private readonly mask: number;
  private readonly scratch = new Uint8Array(256);

  /** `bytes`: the words, UTF-8, separated by "\n" (no trailing separator). */
  constructor(bytes: Uint8Array) {
    super();
    this.bytes = bytes;
    let n = bytes.length ? 1 : 0;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) n++;
    this.count = n;
    this.starts = new Uint32Array(n + 1);
    let k = 1;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) this.starts[k++] = i + 1;
    this.starts[n] = bytes.length + 1;
    let size = 1;
    while (size < n * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Uint32Array(size);
    for (let w = 0; w < n; w++) {
      let s = hashBytes(bytes, this.starts[w], this.starts[w + 1] - 1) & this.mask;
      // Word lists hold no repeats (were one repeated, the first would be found).
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = w + 1;
    }
  }

  override get size(): number {
    return this.count;
  }

  /** The query's UTF-8 bytes: ASCII straight into a scratch buffer, anything else through the encoder. */
  private encode(word: string): { b: Uint8Array; n: number } {
    const n = word.length;
    if (n <= this.scratch.length) {
      let ascii = true;
      for (let i = 0; i < n; i++) {
        const c = word.charCodeAt(i);
        if (c > 127) {
          ascii = false;
          break;
        }
        this.scratch[i] = c;
      }
      if (ascii) return { b: this.scratch, n };
    }
    const b = encoder.encode(word);
    return { b, n: b.length };
  }

  override get(word: string): number | undefined {
    const { b, n } = this.encode(word);
    let s = hashBytes(b, 0, n) & this.mask;
    for (;;) {
      const e = this.slots[s];
      if (e === 0) return undefined;
      const w = e - 1;
      const from = this.starts[w];
      if (this.starts[w + 1] - 1 - from === n) {
        let same = true;
        for (let i = 0; i < n; i++) {
          if (this.bytes[from + i] !== b[i]) {
            same = false;
            break;
          }
        }
        if (same) return w;
      }
      s = (s + 1) & this.mask;
    }
  }

  override has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  /** Word i of the list. */
  word(i: number): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset + this.starts[i], this.starts[i + 1] - 1 - this.starts[i]).toString('utf8');
  }

  override *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.count; i++) yield [this.word(i), i];
  }

  override *keys(): MapIterator<string> {
    for (let i = 0; i < this.count; i++) yield this.word(i);
  }

  override *values(): MapIterator<number> {
    for (let i = 0; i < this.count; i++) yield i;
  }

  override [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  override forEach(fn: (value: number, key: string, map: Map<string, number>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.count; i++) fn.call(thisArg, i, this.word(i), this);
  }

  override set(): this {
    throw new TypeError('WordIndex is read-only');
  }

  override delete(): boolean {
    throw new TypeError('WordIndex is read-only');
  }

  override clear(): void {
    throw new TypeError('WordIndex is read-only');
  }
}
