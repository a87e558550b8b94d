/**
 * Names on CoNLL-2003 dev (valid.txt = testa): entity-level exact P/R/F1 as conlleval counts them,
 * per type too, of the committed name tagger (the one `claimtrail ner --conll` runs); and the POS
 * tagger's accuracy on the file's POS column.
 */
import { join } from 'node:path';
import { readConll } from '../../src/extract/entities/conll.js';
import { loadNameTagger } from '../../src/extract/entities/model.js';
import { loadPosTagger } from '../../src/nlp/pos.js';
import { datasetPath } from '../paths.js';
import { ConllCounts } from '../scorers/conll.js';
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
    const counts = new ConllCounts();
    let tokens = 0;
    const t0 = performance.now();
    const tagged = docs.map((d) => tagger.tagDocument(d.sentences.map((s) => s.words)));
    const secs = (performance.now() - t0) / 1000;
    docs.forEach((d, di) => d.sentences.forEach((s, si) => {
      counts.add(s.tags, tagged[di][si]);
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
    return rows;
  },
};
