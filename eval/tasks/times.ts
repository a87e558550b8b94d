/**
 * Time expressions (TempEval-3 Task A): strict and relaxed span F1, type and value accuracy, and
 * value F1 (= relaxed F1 × value accuracy) of `extractTimes`, each document's DCT as the publication
 * date. On the dev part of TempEval-3 train that docs/evaluation-times.md fixes (22 TBAQ-cleaned
 * documents, held out from tuning), on the 234-document tuning part (labelled as such), and on
 * MEANTIME English (120 Wikinews articles) as a second dev set. The anchors are published figures on
 * TE3-platinum test (ANCHORS.md section 3), which is held back: they are beside ours for scale, not
 * measured on the same documents.
 */
import { loadMeantime } from '../datasets/meantime.js';
import { loadTempeval, tempevalSplit, type TimemlDoc } from '../datasets/timeml.js';
import { scoreTimexes, timexErrors, type ScoredTimex, type TimexErrorClass, type TimexScore } from '../scorers/timeml.js';
import { Skip, pct, type Anchor, type EvalRow, type EvalTask } from '../types.js';
import { analyse, countWords } from '../../src/nlp/tokenize.js';
import { extractTimes } from '../../src/extract/times/index.js';

const TE3 = 'TE3-platinum';
const ANCHORS: Record<string, Anchor[]> = {
  'strict F1': [
    { system: `HeidelTime-t ${TE3}`, value: 81.34 }, { system: `ClearTK ${TE3}`, value: 82.71 },
    { system: `SUTime ${TE3}`, value: 79.57 }, { system: `humans ${TE3}`, value: 87 },
  ],
  'relaxed F1': [{ system: `HeidelTime-t ${TE3}`, value: 90.3 }, { system: `SUTime ${TE3}`, value: 90.32 }],
  'value F1': [
    { system: `HeidelTime-t ${TE3}`, value: 77.61 }, { system: `SUTime ${TE3}`, value: 67.38 },
    { system: `humans ${TE3}`, value: 88 },
  ],
};

interface Doc {
  text: string;
  published: string | null;
  gold: ScoredTimex[];
  words: number;
  name?: string;
}

function measure(docs: readonly Doc[]): { score: TimexScore; wordsPerSecond: number } {
  const analyses = docs.map((d) => analyse(d.text, 0));
  const t0 = performance.now();
  const systems = docs.map((d, i) => extractTimes(analyses[i], d.published));
  const seconds = (performance.now() - t0) / 1000;
  const words = docs.reduce((n, d) => n + d.words, 0);
  const score = scoreTimexes(docs.map((d, i) => ({ gold: d.gold, system: systems[i] })));
  return { score, wordsPerSecond: seconds > 0 ? Math.round(words / seconds) : 0 };
}

function rows(dataset: string, split: string, docs: readonly Doc[], anchors: boolean): EvalRow[] {
  const { score: s, wordsPerSecond } = measure(docs);
  const n = `${docs.length} docs, ${s.counts.gold} timexes`;
  const row = (metric: string, value: number, key?: string): EvalRow => ({
    task: 'times', dataset, split: `${split} (${n})`, metric, value: pct(value),
    anchors: anchors && key ? ANCHORS[key] ?? [] : [], wordsPerSecond,
  });
  return [
    row('strict span F1', s.strict.f1, 'strict F1'),
    row('relaxed span F1', s.relaxed.f1, 'relaxed F1'),
    row('type accuracy (relaxed matches)', s.typeAccuracy),
    row('value accuracy (relaxed matches)', s.valueAccuracy),
    row('value F1 = relaxed F1 × value accuracy', s.valueF1, 'value F1'),
  ];
}

/** How many sentences (headline and dateline included) of each MEANTIME article carry TIMEX3 annotation. */
const MEANTIME_SENTENCES = 6;

const fromTimeml = (d: TimemlDoc): Doc => ({ text: d.text, published: d.published, gold: d.timexes, words: d.words, name: d.name });

/** MEANTIME's articles cut after the sentences that carry TIMEX3 annotation (see the task below). */
function meantimeDocs(meantime = loadMeantime()): Doc[] | null {
  if (!meantime) return null;
  return meantime.map((d) => {
    const a = analyse(d.text, 0);
    const cut = a.sentences[Math.min(MEANTIME_SENTENCES, a.sentences.length) - 1]?.end ?? d.text.length;
    const text = d.text.slice(0, cut);
    return { text, published: d.dct, gold: d.timexes.filter((t) => t.end <= cut).map((t) => ({ ...t, value: t.value ?? '' })), words: countWords(text), name: d.name };
  });
}

export const task: EvalTask = {
  name: 'times',
  async run(): Promise<EvalRow[]> {
    const split = tempevalSplit();
    const meantime = loadMeantime();
    if (!split && !meantime) throw new Skip('../shared/datasets/tempeval3 and meantime-en are absent');
    const out: EvalRow[] = [];
    if (split) {
      out.push(...rows('TempEval-3 TBAQ-cleaned', 'dev part', loadTempeval(split.dev).map(fromTimeml), true));
      out.push(...rows('TempEval-3 TBAQ-cleaned', 'tuning part (rules were tuned on it)', loadTempeval(split.tune).map(fromTimeml), false));
    }
    if (meantime) {
      // MEANTIME annotates TIMEX3 only in the first sentences of each article (headline, dateline and
      // the first four body sentences): score that part only, or every later time we find is a "false positive".
      out.push(...rows('MEANTIME English TIMEX3', `all 120, first ${MEANTIME_SENTENCES} sentences (second dev set)`, meantimeDocs(meantime)!, false));
    }
    return out;
  },
};

/**
 * The errors of `extractTimes` grouped by class (missing, spurious, span, type, value), each with its
 * document, DCT and context, on the tuning part or MEANTIME. The dev part is not offered: rules are
 * not written by looking at its documents.
 *
 *   npx tsx eval/tasks/times.ts errors tune|meantime [missing|spurious|span|type|value]
 */
export function printErrors(set: 'tune' | 'meantime', only?: string): void {
  const split = tempevalSplit();
  const docs = set === 'tune' ? (split ? loadTempeval(split.tune).map(fromTimeml) : null) : meantimeDocs();
  if (!docs) throw new Skip(`the data of ${set} is absent`);
  const groups = new Map<TimexErrorClass, string[]>([['missing', []], ['spurious', []], ['span', []], ['type', []], ['value', []]]);
  const at = (text: string, t: ScoredTimex) => (text.slice(Math.max(0, t.start - 60), t.start) + '[[' + text.slice(t.start, t.end) + ']]' + text.slice(t.end, t.end + 40)).replace(/\s+/g, ' ');
  for (const d of docs) {
    const system = extractTimes(analyse(d.text, 0), d.published);
    for (const e of timexErrors(d.gold, system)) {
      const g = e.gold;
      const s = e.system;
      const where = `${d.name ?? ''} dct ${d.published}`;
      const line = e.class === 'missing' ? `${where} gold ${g!.type} ${g!.value} :: ${at(d.text, g!)}`
        : e.class === 'spurious' ? `${where} system ${s!.type} ${s!.value} :: ${at(d.text, s!)}`
          : e.class === 'span' ? `${where} gold "${d.text.slice(g!.start, g!.end)}" system "${d.text.slice(s!.start, s!.end)}" :: ${at(d.text, g!)}`
            : e.class === 'type' ? `${where} gold ${g!.type} system ${s!.type} (${s!.value}) :: ${at(d.text, g!)}`
              : `${where} gold ${g!.value} system ${s!.value} :: ${at(d.text, g!)}`;
      groups.get(e.class)!.push(line);
    }
  }
  for (const [k, lines] of groups) {
    if (only && k !== only) continue;
    console.log(`\n== ${k} (${lines.length})`);
    for (const l of lines) console.log(l);
  }
}

if (process.argv[1] && /eval[\\/]tasks[\\/]times\.ts$/.test(process.argv[1]) && process.argv[2] === 'errors') {
  const set = process.argv[3];
  if (set !== 'tune' && set !== 'meantime') {
    console.error('usage: npx tsx eval/tasks/times.ts errors tune|meantime [missing|spurious|span|type|value]');
    process.exit(2);
  }
  printErrors(set, process.argv[4]);
}
