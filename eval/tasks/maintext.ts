/** Main-text extraction on the article-extraction benchmark's 88 staged pages, with its own metric. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { documentFromHtml } from '../../src/document/index.js';
import { datasetPath } from '../paths.js';
import { scoreCorpus } from '../scorers/shingles.js';
import { Skip, pct, type EvalRow, type EvalTask } from '../types.js';

/** Figures on these 88 pages, from ANCHORS.md ("the 88 pages in this folder"). */
const ANCHORS = [
  { system: 'AutoExtract', value: 97.4 },
  { system: 'go_trafilatura', value: 96.9 },
  { system: 'trafilatura', value: 96.2 },
  { system: 'newspaper', value: 94.8 },
  { system: 'Readability.js', value: 94.4 },
  { system: 'readability-lxml', value: 92.6 },
  { system: 'html-text', value: 64.5 },
];

export interface Page {
  id: string;
  html: string;
  truth: string;
}

export function loadPages(): Page[] | null {
  const root = datasetPath('article-extraction-benchmark');
  if (!root) return null;
  const truth = JSON.parse(readFileSync(join(root, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const pages: Page[] = [];
  for (const f of readdirSync(join(root, 'html')).sort()) {
    const id = f.replace(/\.html\.gz$/, '');
    if (!truth[id]) continue;
    pages.push({ id, html: gunzipSync(readFileSync(join(root, 'html', f))).toString('utf8'), truth: truth[id].articleBody });
  }
  return pages;
}

/** Our main text of a page: the document's body (the benchmark's truth has no title). */
export function mainText(html: string): string {
  const doc = documentFromHtml(html);
  return doc.text.slice(doc.body_start);
}

export const task: EvalTask = {
  name: 'maintext',
  async run(): Promise<EvalRow[]> {
    const pages = loadPages();
    if (!pages) throw new Skip('../shared/datasets/article-extraction-benchmark is absent');
    const t0 = performance.now();
    const pairs = pages.map((p) => ({ truth: p.truth, predicted: mainText(p.html) }));
    const secs = (performance.now() - t0) / 1000;
    const words = pairs.reduce((a, p) => a + p.predicted.split(/\s+/).length, 0);
    const s = scoreCorpus(pairs);
    const base = { task: 'maintext', dataset: `article-extraction-benchmark (${pages.length} pages)`, split: 'dev' };
    return [
      { ...base, metric: 'shingle F1', value: pct(s.f1), anchors: ANCHORS, wordsPerSecond: words / secs },
      { ...base, metric: 'shingle precision', value: pct(s.precision), anchors: [] },
      { ...base, metric: 'shingle recall', value: pct(s.recall), anchors: [] },
      { ...base, metric: 'exact token accuracy', value: pct(s.accuracy), anchors: [] },
    ];
  },
};
