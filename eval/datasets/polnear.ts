/**
 * PolNeAR (Newell, Margolin & Ruths, LREC 2018) readers: the brat standoff articles (train/, dev/)
 * and CofeNet's sentence-level BIO file (cofenet-sentence-bio/valid.jsonl.gz), plus the conversion of
 * brat articles into CofeNet-style items (token BIO over source/cue/content) used for training.
 *
 * Conversion rules (ours; CofeNet did not publish theirs, but their items are the articles' lines):
 * tokens come from our own tokenizer; an item is a paragraph (a line of the text), joined with the next
 * while an attribution's spans cross from one to the next; each fragment of a (possibly discontinuous) span becomes its own B-/I- run; where spans of
 * different attributions overlap, the token takes the role of the shortest span covering it (a nested
 * attribution inside a long content keeps its own source and cue). Tokens only partly covered count
 * as covered.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyse } from '../../src/nlp/tokenize.js';
import { datasetPath } from '../paths.js';

export type Role = 'source' | 'cue' | 'content';
export const ROLES: readonly Role[] = ['source', 'cue', 'content'];

/** One brat text-bound span: fragments [start, end) into the article text. */
export interface BratSpan {
  fragments: Array<[number, number]>;
}

export interface BratAttribution {
  id: string;
  source: BratSpan[];
  cue: BratSpan[];
  content: BratSpan[];
}

export interface BratArticle {
  /** The .ann file stem: article name plus annotator id (as CofeNet's `id`). */
  id: string;
  text: string;
  attributions: BratAttribution[];
}

/** A CofeNet-format item: one sentence (or a run of sentences an attribution spans). */
export interface BioItem {
  id: string;
  tokens: string[];
  labels: string[];
}

/** Parse one .ann file; malformed lines (a few in train) are skipped. */
export function parseAnn(ann: string, text: string, id: string): BratArticle {
  const spans = new Map<string, { type: string; span: BratSpan }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    if (line.startsWith('T')) {
      const [tid, head] = line.split('\t');
      if (!head) continue;
      const sp = head.indexOf(' ');
      const type = head.slice(0, sp);
      const fragments: Array<[number, number]> = [];
      let ok = true;
      for (const f of head.slice(sp + 1).split(';')) {
        const [a, b] = f.trim().split(' ').map(Number);
        if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b > text.length || a >= b) ok = false;
        else fragments.push([a, b]);
      }
      if (ok && fragments.length) spans.set(tid, { type, span: { fragments } });
    } else if (line.startsWith('E')) {
      events.push(line);
    }
  }
  const attributions: BratAttribution[] = [];
  for (const line of events) {
    const [eid, args] = line.split('\t');
    if (!args) continue;
    const a: BratAttribution = { id: eid, source: [], cue: [], content: [] };
    for (const arg of args.trim().split(/\s+/)) {
      const [role, ref] = arg.split(':');
      const t = spans.get(ref);
      if (!t) continue;
      const r = role.replace(/\d+$/, '').toLowerCase();
      if (r === 'source' || r === 'cue' || r === 'content') a[r].push(t.span);
    }
    if (a.cue.length || a.content.length || a.source.length) attributions.push(a);
  }
  return { id, text, attributions };
}

/** The articles of a PolNeAR split (train, dev, annotator-training), one per .ann file; null when absent. */
export function loadPolnearSplit(split: 'train' | 'dev' | 'annotator-training'): BratArticle[] | null {
  const root = datasetPath('polnear', split);
  if (!root) return null;
  const out: BratArticle[] = [];
  const texts = new Map<string, string>();
  for (const f of readdirSync(join(root, 'attributions')).sort()) {
    if (!f.endsWith('.ann')) continue;
    const stem = f.slice(0, -4);
    const article = stem.replace(/_[^_]+$/, '');
    let text = texts.get(article);
    if (text === undefined) {
      const tp = join(root, 'text', `${article}.txt`);
      if (!existsSync(tp)) continue;
      text = readFileSync(tp, 'utf8');
      texts.set(article, text);
    }
    out.push(parseAnn(readFileSync(join(root, 'attributions', f), 'utf8'), text, stem));
  }
  return out;
}

/** Items of a CofeNet JSON-lines file (optionally gzipped). */
export function readBioFile(path: string): BioItem[] {
  const raw = readFileSync(path);
  const text = path.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  const items: BioItem[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { tokens: string[]; labels: string[]; id: string };
    items.push({ id: o.id, tokens: o.tokens, labels: o.labels });
  }
  return items;
}

/** CofeNet's PolNeAR dev file, or null when absent. */
export function loadCofenetDev(): BioItem[] | null {
  const p = datasetPath('polnear', 'cofenet-sentence-bio', 'valid.jsonl.gz');
  return p ? readBioFile(p) : null;
}

/** An article as CofeNet-style items, with our tokenizer (see the conversion rules at the top). */
export function articleToItems(article: BratArticle, unit: 'paragraph' | 'sentence' = 'paragraph'): BioItem[] {
  const a = analyse(article.text);
  if (unit === 'sentence') a.sentences.forEach((s, i) => (s.paragraph = i));
  const n = a.tokens.length;
  const role = new Int8Array(n).fill(-1);
  const width = new Int32Array(n).fill(0x7fffffff);
  const begin = new Uint8Array(n);
  // Paragraphs that must stay joined: union of paragraph ranges each attribution spans.
  const nPar = a.sentences.length ? a.sentences[a.sentences.length - 1].paragraph + 1 : 0;
  const parOf = (t: number) => a.sentences[a.tokens[t].sentence].paragraph;
  const joinUntil = new Int32Array(nPar);
  for (let p = 0; p < nPar; p++) joinUntil[p] = p;
  const parFirst = new Int32Array(nPar + 1).fill(-1);
  const parLast = new Int32Array(nPar).fill(-1);
  for (const s of a.sentences) {
    if (parFirst[s.paragraph] < 0) parFirst[s.paragraph] = s.first;
    parLast[s.paragraph] = s.last;
  }
  const tokenAt = (offset: number): number => {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (a.tokens[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const att of article.attributions) {
    let lo = Infinity;
    let hi = -1;
    ROLES.forEach((r, ri) => {
      for (const sp of att[r]) {
        for (const [fs, fe] of sp.fragments) {
          const w = fe - fs;
          let first = -1;
          for (let t = tokenAt(fs); t < n && a.tokens[t].start < fe; t++) {
            if (a.tokens[t].end <= fs) continue;
            if (first < 0) first = t;
            if (w < width[t]) {
              width[t] = w;
              role[t] = ri;
              begin[t] = t === first ? 1 : 0;
            }
            lo = Math.min(lo, parOf(t));
            hi = Math.max(hi, parOf(t));
          }
        }
      }
    });
    if (hi >= 0) for (let s = lo; s <= hi; s++) joinUntil[s] = Math.max(joinUntil[s], hi);
  }
  const items: BioItem[] = [];
  let s = 0;
  while (s < nPar) {
    let e = joinUntil[s];
    for (let k = s; k <= e; k++) e = Math.max(e, joinUntil[k]);
    const first = parFirst[s];
    const last = parLast[e];
    const tokens: string[] = [];
    const labels: string[] = [];
    for (let t = first; t < last; t++) {
      tokens.push(a.tokens[t].text);
      if (role[t] < 0) labels.push('O');
      else {
        const r = ROLES[role[t]];
        const prevSame = t > first && role[t - 1] === role[t] && !begin[t];
        labels.push(`${prevSame ? 'I' : 'B'}-${r}`);
      }
    }
    items.push({ id: article.id, tokens, labels });
    s = e + 1;
  }
  return items;
}
