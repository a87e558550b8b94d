/**
 * Entity-level exact-match precision, recall and F1 as conlleval counts them: a name is right when
 * its first token, last token and type all match. Tags are IOB1/IOB2 (B-X, I-X, O; E-/S-/L-/U- are
 * read too); an I-X after O or after another type starts a name, as conlleval reads it.
 */

export interface Chunk {
  start: number;
  /** Exclusive. */
  end: number;
  type: string;
}

export interface PRF {
  tp: number;
  /** Names predicted. */
  found: number;
  /** Names in the gold. */
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

const split = (tag: string): [string, string] => {
  if (tag === 'O' || tag === '' || tag === '-X-') return ['O', ''];
  const m = /^([BIELSU])-(.+)$/.exec(tag);
  return m ? [m[1], m[2]] : ['I', tag];
};

function endOfChunk(prev: string, prevType: string, cur: string, curType: string): boolean {
  if (prev === 'E' || prev === 'L' || prev === 'S' || prev === 'U') return true;
  if (prev === 'B' || prev === 'I') {
    if (cur === 'B' || cur === 'O' || cur === 'S' || cur === 'U') return true;
  }
  return prev !== 'O' && prevType !== curType;
}

function startOfChunk(prev: string, prevType: string, cur: string, curType: string): boolean {
  if (cur === 'B' || cur === 'S' || cur === 'U') return true;
  if ((prev === 'E' || prev === 'L' || prev === 'S' || prev === 'U' || prev === 'O') && (cur === 'I' || cur === 'E' || cur === 'L')) return true;
  return cur !== 'O' && prevType !== curType;
}

/** Names of one tag sequence (a sentence boundary ends any open name: pass sentences one by one). */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let prev = 'O';
  let prevType = '';
  let open = -1;
  let openType = '';
  for (let i = 0; i <= tags.length; i++) {
    const [cur, curType] = i < tags.length ? split(tags[i]) : ['O', ''];
    if (open >= 0 && endOfChunk(prev, prevType, cur, curType)) {
      out.push({ start: open, end: i, type: openType });
      open = -1;
    }
    if (cur !== 'O' && startOfChunk(prev, prevType, cur, curType)) {
      open = i;
      openType = curType;
    }
    prev = cur;
    prevType = curType;
  }
  return out;
}

export class ConllCounts {
  tp = 0;
  found = 0;
  gold = 0;
  tokens = 0;
  tokensRight = 0;
  readonly byType = new Map<string, { tp: number; found: number; gold: number }>();
  /** With `known`: counts of names whose text is in it ("seen") and of the others ("unseen"). */
  readonly byKnown = new Map<'seen' | 'unseen', { tp: number; found: number; gold: number }>();

  /**
   * @param known lower-cased texts of names (words joined by one space), such as every name of the
   * training file: `add` with the sentence's words then also counts seen and unseen names apart, so
   * that a score on names a tagger has never met can be read (the usual cause of a drop from dev to test).
   */
  constructor(private readonly known: ReadonlySet<string> | null = null) {}

  /** Add one sentence: gold tags and predicted tags, same length (and its words, for seen/unseen counts). */
  add(gold: readonly string[], predicted: readonly string[], words?: readonly string[]): void {
    if (gold.length !== predicted.length) throw new RangeError(`conll: ${gold.length} gold tags but ${predicted.length} predicted`);
    if (words && words.length !== gold.length) throw new RangeError(`conll: ${gold.length} gold tags but ${words.length} words`);
    const g = chunks(gold);
    const p = chunks(predicted);
    const key = (c: Chunk) => `${c.start}:${c.end}:${c.type}`;
    const gs = new Set(g.map(key));
    const count = <K>(m: Map<K, { tp: number; found: number; gold: number }>, t: K) => {
      let x = m.get(t);
      if (!x) m.set(t, (x = { tp: 0, found: 0, gold: 0 }));
      return x;
    };
    const type = (t: string) => count(this.byType, t);
    const known = this.known && words ? (c: Chunk) => count(this.byKnown, this.known!.has(words.slice(c.start, c.end).join(' ').toLowerCase()) ? 'seen' : 'unseen') : null;
    for (const c of g) {
      type(c.type).gold++;
      if (known) known(c).gold++;
    }
    for (const c of p) {
      type(c.type).found++;
      if (known) known(c).found++;
      if (gs.has(key(c))) {
        this.tp++;
        type(c.type).tp++;
        if (known) known(c).tp++;
      }
    }
    this.found += p.length;
    this.gold += g.length;
    for (let i = 0; i < gold.length; i++) {
      this.tokens++;
      if (gold[i] === predicted[i]) this.tokensRight++;
    }
  }

  overall(): PRF {
    return prf(this.tp, this.found, this.gold);
  }

  type(t: string): PRF {
    const x = this.byType.get(t) ?? { tp: 0, found: 0, gold: 0 };
    return prf(x.tp, x.found, x.gold);
  }

  /** Names whose text is among the known ones ("seen") or not ("unseen"), predicted and gold each by its own text. */
  seen(which: 'seen' | 'unseen'): PRF {
    const x = this.byKnown.get(which) ?? { tp: 0, found: 0, gold: 0 };
    return prf(x.tp, x.found, x.gold);
  }
}

/** The lower-cased texts of every name in sentences of words and tags (for `new ConllCounts(known)`). */
export function nameTexts(sentences: Iterable<{ words: readonly string[]; tags: readonly string[] }>): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const c of chunks(s.tags)) out.add(s.words.slice(c.start, c.end).join(' ').toLowerCase());
  return out;
}

export function prf(tp: number, found: number, gold: number): PRF {
  const precision = found ? tp / found : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, found, gold, precision, recall, f1 };
}
