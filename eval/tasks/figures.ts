/**
 * Figures (docs/evaluation-figures.md): the share of Recognizers-Text English spec cases we match
 * (NumberModel with findNumbers, CurrencyModel with findMoney, DimensionModel with findMeasures), over
 * all cases and over the cases the JavaScript port of Recognizers-Text is expected to pass (its
 * expected-to-pass share is the anchor, ANCHORS.md section 4); and MEANTIME English MONEY / PERCENT /
 * QUANTITY value spans against extractQuantities, exact and overlap span F1, with the stage's words/s.
 */
import { loadMeantime, type MeantimeDoc } from '../datasets/meantime.js';
import { loadSpec, type SpecCase, type SpecModel } from '../datasets/recognizers.js';
import { matchSpecCase, spanF1, type SpecGot } from '../scorers/figures.js';
import { Skip, pct, type EvalRow, type EvalTask } from '../types.js';
import { findMeasures, findMoney } from '../../src/extract/quantities/measures.js';
import { findNumbers } from '../../src/extract/quantities/numbers.js';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { analyse } from '../../src/nlp/tokenize.js';

/** Run one model's recogniser on one input. */
export function recognise(model: SpecModel, input: string): SpecGot[] {
  if (model === 'Number') return findNumbers(input).map((m) => ({ start: m.start, end: m.end, value: m.value }));
  const found = model === 'Currency' ? findMoney(input) : findMeasures(input);
  return found.map((m) => ({ start: m.start, end: m.end, value: m.value, unit: m.unit.name, iso: m.unit.iso }));
}

export function specScore(model: SpecModel, cases: readonly SpecCase[]) {
  let all = 0;
  let js = 0;
  let jsCases = 0;
  for (const c of cases) {
    const ok = matchSpecCase(c.results, recognise(model, c.input), model !== 'Number');
    if (ok) all++;
    if (c.jsExpected) {
      jsCases++;
      if (ok) js++;
    }
  }
  return { cases: cases.length, matched: all, jsCases, jsMatched: js };
}

const TYPES = ['MONEY', 'PERCENT', 'QUANTITY'] as const;

/** Sentences of each MEANTIME article (by our sentence splitter) that carry VALUE annotation. */
export const MEANTIME_SENTENCES = 6;

/** Which of our figures answers to which MEANTIME VALUE type. */
function typeOf(unit: string | null): (typeof TYPES)[number] {
  if (unit === '%' || unit === 'pp') return 'PERCENT';
  if (unit && /^[A-Z]{3}$/.test(unit)) return 'MONEY';
  return 'QUANTITY';
}

export function meantimeScore(docs: readonly MeantimeDoc[]) {
  const analyses = docs.map((d) => analyse(d.text, d.bodyStart));
  const t0 = performance.now();
  const ours = analyses.map((a) => extractQuantities(a));
  const seconds = (performance.now() - t0) / 1000;
  const words = docs.reduce((n, d) => n + d.words, 0);
  // MEANTIME annotates values in the first sentences only (headline, dateline and four body
  // sentences), as it does TIMEX3: both sides are cut there, as the times task does.
  const cuts = analyses.map((a, i) => a.sentences[Math.min(MEANTIME_SENTENCES, a.sentences.length) - 1]?.end ?? docs[i].text.length);
  const per = (type: string | null) => spanF1(docs.map((d, i) => ({
    gold: d.values.filter((v) => v.end <= cuts[i] && (type ? v.type === type : (TYPES as readonly string[]).includes(v.type))),
    system: ours[i].filter((q) => q.end <= cuts[i] && (type ? typeOf(q.unit) === type : true)),
  })));
  return { all: per(null), byType: Object.fromEntries(TYPES.map((t) => [t, per(t)])), wordsPerSecond: seconds > 0 ? Math.round(words / seconds) : 0 };
}

const JS_ANCHOR = 'Recognizers-Text JS port (expected-to-pass share)';

export const task: EvalTask = {
  name: 'figures',
  async run(): Promise<EvalRow[]> {
    const rows: EvalRow[] = [];
    const models: SpecModel[] = ['Number', 'Currency', 'Dimension'];
    let any = false;
    for (const model of models) {
      const cases = loadSpec(model);
      if (!cases) continue;
      any = true;
      const s = specScore(model, cases);
      const file = `${model === 'Number' ? 'Number' : 'NumberWithUnit'}/English/${model}Model.json`;
      rows.push({
        task: 'figures', dataset: `Recognizers-Text ${file}`, split: `all ${s.cases} cases`, metric: 'cases matched (span + value + unit, no extras)',
        value: pct(s.matched / s.cases), anchors: [{ system: JS_ANCHOR, value: pct(s.jsCases / s.cases) }],
      });
      rows.push({
        task: 'figures', dataset: `Recognizers-Text ${file}`, split: `${s.jsCases} cases not NotSupported for javascript`, metric: 'cases matched (span + value + unit, no extras)',
        value: pct(s.jsMatched / s.jsCases), anchors: [],
      });
    }
    const mt = loadMeantime();
    if (mt) {
      any = true;
      const m = meantimeScore(mt);
      const n = `${mt.length} docs, first ${MEANTIME_SENTENCES} sentences, ${m.all.exact.gold} MONEY/PERCENT/QUANTITY values`;
      rows.push({ task: 'figures', dataset: 'MEANTIME English', split: n, metric: 'value span F1, exact', value: pct(m.all.exact.f1), anchors: [], wordsPerSecond: m.wordsPerSecond });
      rows.push({ task: 'figures', dataset: 'MEANTIME English', split: n, metric: 'value span F1, overlap', value: pct(m.all.overlap.f1), anchors: [], wordsPerSecond: m.wordsPerSecond });
      for (const t of TYPES) {
        const s = m.byType[t];
        rows.push({ task: 'figures', dataset: 'MEANTIME English', split: `${t} (${s.exact.gold} gold)`, metric: `value span F1, overlap (exact ${pct(s.exact.f1)})`, value: pct(s.overlap.f1), anchors: [] });
      }
    }
    if (!any) throw new Skip('../shared/datasets/recognizers-text-specs and meantime-en are absent');
    return rows;
  },
};
