/**
 * Names on CoNLL-2003 dev (valid.txt = testa): entity-level exact P/R/F1 as conlleval counts them,
 * per type too, of the committed name tagger (the one `claimtrail ner --conll` runs); the POS
 * tagger's accuracy on the file's POS column; and the whole entity stage (extractEntities) on the
 * MEANTIME news articles, which nothing was trained or tuned on: its mentions against MEANTIME's
 * name mentions (syntactic_type NAM) of persons, organisations and places.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities } from '../../src/extract/entities/index.js';
import { analyse } from '../../src/nlp/tokenize.js';
import { parseMeantime } from '../datasets/meantime.js';
import { readConll } from '../../src/extract/entities/conll.js';
import { loadNameTagger } from '../../src/extract/entities/model.js';
import { loadPosTagger } from '../../src/nlp/pos.js';
import { datasetPath } from '../paths.js';
import { chunks, ConllCounts, nameTexts } from '../scorers/conll.js';
import { Skip, pct, type Anchor, type EvalRow, type EvalTask } from '../types.js';

/** ANCHORS.md section 1. Dev figures first; test-set figures are labelled "(test)". */
const ANCHORS: Anchor[] = [
  { system: 'Stanford CMM post-processed (dev)', value: 92.27 },
  { system: 'Stanford CMM pure (dev)', value: 91.29 },
  { system: 'Ratinov & Roth 2009 (test)', value: 90.8 },
  { system: 'MITIE, train+dev (test)', value: 88.1 },
  { system: 'Stanford CMM post-processed (test)', value: 86.31 },
  { system: 'Stanford CMM pure (test)', value: 85.53 },
  { system: 'BERT-Base (test)', value: 92.4 },
  { system: 'Flair (test)', value: 93.09 },
];

export const task: EvalTask = {
  name: 'entities',
  async run(): Promise<EvalRow[]> {
    const file = datasetPath('conll2003', 'valid.txt');
    if (!file) throw new Skip('../shared/datasets/conll2003 is absent');
    const docs = readConll(file);
    const tagger = loadNameTagger();
    // Names of the training file, to score apart the dev names the tagger never met in training.
    const trainFile = datasetPath('conll2003', 'train.txt');
    const known = trainFile ? nameTexts(readConll(trainFile).flatMap((d) => d.sentences)) : null;
    const counts = new ConllCounts(known);
    let tokens = 0;
    const t0 = performance.now();
    const tagged = docs.map((d) => tagger.tagDocument(d.sentences.map((s) => s.words)));
    const secs = (performance.now() - t0) / 1000;
    docs.forEach((d, di) => d.sentences.forEach((s, si) => {
      counts.add(s.tags, tagged[di][si], s.words);
      tokens += s.words.length;
    }));
    const o = counts.overall();
    const base = { task: 'entities', dataset: 'CoNLL-2003', split: 'dev (valid)' };
    const rows: EvalRow[] = [
      { ...base, metric: 'entity F1', value: pct(o.f1), anchors: ANCHORS, wordsPerSecond: tokens / secs },
      { ...base, metric: 'entity precision', value: pct(o.precision), anchors: [{ system: 'Stanford CMM post-processed (test)', value: 86.12 }] },
      { ...base, metric: 'entity recall', value: pct(o.recall), anchors: [{ system: 'Stanford CMM post-processed (test)', value: 86.49 }] },
    ];
    for (const t of ['PER', 'ORG', 'LOC', 'MISC']) rows.push({ ...base, metric: `${t} F1`, value: pct(counts.type(t).f1), anchors: [] });
    if (known) {
      const seen = counts.seen('seen');
      const unseen = counts.seen('unseen');
      const share = (100 * unseen.gold) / (seen.gold + unseen.gold);
      rows.push({ ...base, metric: 'F1, names seen in train', value: pct(seen.f1), anchors: [] });
      rows.push({ ...base, metric: `F1, names unseen in train (${share.toFixed(1)}% of dev names)`, value: pct(unseen.f1), anchors: [] });
    }

    const pos = loadPosTagger();
    let ok = 0;
    let n = 0;
    for (const d of docs) {
      for (const s of d.sentences) {
        const t = pos.tagWords(s.words);
        for (let i = 0; i < t.length; i++, n++) if (t[i] === s.pos[i]) ok++;
      }
    }
    rows.push({ task: 'entities', dataset: 'CoNLL-2003 (POS column)', split: 'dev (valid)', metric: 'POS accuracy', value: pct(ok / n), anchors: [] });
    rows.push(...stageOnConll(docs));
    rows.push(...meantimeRows());
    return rows;
  },
};

interface NameMention { start: number; end: number; type: string }

/** MEANTIME's name mentions of PER, ORG and LOC entities (and of other types, to ignore), per document. */
export function meantimeNames(xml: string, text: string): { names: NameMention[]; other: NameMention[] } {
  // Token offsets: the reader built the text from the tokens in order, so each is found after the last.
  const offsets = new Map<string, [number, number]>();
  let cursor = 0;
  for (const m of xml.matchAll(/<token [^>]*?t_id="(\d+)">([^<]*)<\/token>/g)) {
    const tok = m[2].replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);
    const at = text.indexOf(tok, cursor);
    if (at < 0) continue;
    offsets.set(m[1], [at, at + tok.length]);
    cursor = at + tok.length;
  }
  const mentions = new Map<string, { start: number; end: number; nam: boolean }>();
  for (const m of xml.matchAll(/<ENTITY_MENTION\b([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const id = /m_id="(\d+)"/.exec(m[1])?.[1];
    const ids = [...m[2].matchAll(/t_id="(\d+)"/g)].map((x) => x[1]);
    const a = offsets.get(ids[0] ?? '');
    const b = offsets.get(ids[ids.length - 1] ?? '');
    if (id && a && b) mentions.set(id, { start: a[0], end: b[1], nam: /syntactic_type="NAM"/.test(m[1]) });
  }
  const types = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY\b[^>]*\bent_type="([A-Z]+)"[^>]*\bm_id="(\d+)"/g)) types.set(m[2], m[1]);
  const names: NameMention[] = [];
  const other: NameMention[] = [];
  for (const r of xml.matchAll(/<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(r[1])?.[1];
    const type = target ? types.get(target) : undefined;
    if (!type) continue;
    for (const src of r[1].matchAll(/<source m_id="(\d+)"/g)) {
      const men = mentions.get(src[1]);
      if (!men || !men.nam) continue;
      (type === 'PER' || type === 'ORG' || type === 'LOC' ? names : other).push({ start: men.start, end: men.end, type });
    }
  }
  return { names, other };
}

/**
 * The whole entity stage (extractEntities: the tagger, then the span repairs, lexicons and aliases) on
 * CoNLL dev, each document's sentences written one a line with spaces between the tokens: names right when
 * their characters and type match (our GPE and LOC are LOC, NORP is MISC). It shows what the repairs do
 * on the tagger's own data, beside the tagger's figure above.
 */
function stageOnConll(docs: ReturnType<typeof readConll>): EvalRow[] {
  let tp = 0;
  let found = 0;
  let gold = 0;
  for (const d of docs) {
    let text = '';
    const goldKeys = new Set<string>();
    for (const s of d.sentences) {
      const starts: number[] = [];
      for (const w of s.words) {
        starts.push(text.length);
        text += w + ' ';
      }
      text = text.slice(0, -1) + '\n';
      for (const c of chunks(s.tags)) {
        goldKeys.add(`${starts[c.start]}:${starts[c.end - 1] + s.words[c.end - 1].length}:${c.type}`);
        gold++;
      }
    }
    for (const e of extractEntities(analyse(text))) {
      const type = e.type === 'GPE' || e.type === 'LOC' ? 'LOC' : e.type === 'NORP' ? 'MISC' : e.type;
      for (const m of e.mentions) {
        found++;
        if (goldKeys.has(`${m.start}:${m.end}:${type}`)) tp++;
      }
    }
  }
  const p = found ? tp / found : 0;
  const r = gold ? tp / gold : 0;
  const base = { task: 'entities', dataset: 'CoNLL-2003, the whole entity stage', split: 'dev (valid)' };
  return [
    { ...base, metric: 'entity F1 (repairs, lexicons, aliases after the tagger)', value: pct(p + r ? (2 * p * r) / (p + r) : 0), anchors: [] },
    { ...base, metric: 'entity precision / recall', value: pct(p), anchors: [{ system: 'recall', value: pct(r) }] },
  ];
}

/** extractEntities on MEANTIME: recall of its PER/ORG/LOC name mentions (our GPE and LOC are LOC). */
function meantimeRows(): EvalRow[] {
  const root = datasetPath('meantime-en', 'intra-doc_annotation');
  if (!root) return [];
  let tp = 0;
  let found = 0;
  let gold = 0;
  let overlapTp = 0;
  let words = 0;
  let secs = 0;
  let docs = 0;
  for (const dir of readdirSync(root).sort()) {
    for (const f of readdirSync(join(root, dir)).sort()) {
      if (!f.endsWith('.xml')) continue;
      const xml = readFileSync(join(root, dir, f), 'utf8');
      const doc = parseMeantime(xml, dir);
      const { names, other } = meantimeNames(xml, doc.text);
      const t0 = performance.now();
      const entities = extractEntities(analyse(doc.text, doc.bodyStart));
      secs += (performance.now() - t0) / 1000;
      words += doc.words;
      docs++;
      const ours: NameMention[] = [];
      for (const e of entities) {
        const type = e.type === 'GPE' || e.type === 'LOC' ? 'LOC' : e.type;
        if (type !== 'PER' && type !== 'ORG' && type !== 'LOC') continue;
        for (const m of e.mentions) {
          // A prediction on a name MEANTIME types otherwise (products, financial entities) is not counted.
          if (other.some((o) => o.start < m.end && o.end > m.start) && !names.some((g) => g.start < m.end && g.end > m.start)) continue;
          ours.push({ start: m.start, end: m.end, type });
        }
      }
      const key = (x: NameMention) => `${x.start}:${x.end}:${x.type}`;
      const goldKeys = new Set(names.map(key));
      found += ours.length;
      gold += names.length;
      for (const o of ours) if (goldKeys.has(key(o))) tp++;
      for (const g of names) if (ours.some((o) => o.type === g.type && o.start < g.end && o.end > g.start)) overlapTp++;
    }
  }
  if (!docs) return [];
  // MEANTIME annotates only some entities of each article (those taking part in its events) and gives a
  // name mention the extent of its whole noun phrase ("the United States", "Airbus parent EADS"): so
  // precision is not measured, and recall is read by overlap with the right type; exact-extent recall
  // is shown for reference.
  void found;
  const base = { task: 'entities', dataset: `MEANTIME (${docs} articles; not trained on; its misses were read for rules since 2026-11-25)`, split: 'all' };
  return [
    { ...base, metric: 'PER/ORG/LOC name mentions found (overlap, right type)', value: pct(gold ? overlapTp / gold : 0), anchors: [], wordsPerSecond: words / secs },
    { ...base, metric: 'PER/ORG/LOC name mentions found with the exact extent', value: pct(gold ? tp / gold : 0), anchors: [] },
  ];
}
