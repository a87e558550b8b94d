/**
 * The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark, re-implemented
 * from its description): texts tokenised with \w+, multisets of 4-token shingles, per-document
 * precision and recall, averaged over documents; F1 is the harmonic mean of the two means.
 */

export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_\p{M}]+/gu) ?? [];
  const out = new Map<string, number>();
  if (tokens.length === 0) return out;
  const k = Math.min(n, tokens.length);
  for (let i = 0; i + k <= tokens.length; i++) {
    const s = tokens.slice(i, i + k).join(' ');
    out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

export interface DocScore {
  precision: number;
  recall: number;
}

/** Precision and recall of one document's predicted body against the true body. */
export function scoreDocument(truth: string, predicted: string): DocScore {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, c] of p) {
    const ct = t.get(s) ?? 0;
    tp += Math.min(c, ct);
    fp += Math.max(0, c - ct);
  }
  for (const [s, c] of t) fn += Math.max(0, c - (p.get(s) ?? 0));
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1 };
  if (tp === 0) return { precision: 0, recall: 0 };
  return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

/** Exact token-sequence match. */
export function tokensEqual(truth: string, predicted: string): boolean {
  const a = truth.match(/[\p{L}\p{N}_\p{M}]+/gu) ?? [];
  const b = predicted.match(/[\p{L}\p{N}_\p{M}]+/gu) ?? [];
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export interface CorpusScore {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  documents: number;
}

export function scoreCorpus(pairs: Array<{ truth: string; predicted: string }>): CorpusScore {
  let p = 0;
  let r = 0;
  let acc = 0;
  for (const { truth, predicted } of pairs) {
    const s = scoreDocument(truth, predicted);
    p += s.precision;
    r += s.recall;
    if (tokensEqual(truth, predicted)) acc++;
  }
  const n = pairs.length || 1;
  const precision = p / n;
  const recall = r / n;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall, accuracy: acc / n, documents: pairs.length };
}
