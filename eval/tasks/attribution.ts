/**
 * Attribution on PolNeAR dev:
 *  - CofeNet's sentence file (cofenet-sentence-bio/valid.jsonl.gz): our tagger labels the given tokens;
 *    exact-match F1 per role as CofeNet counts it (eval/scorers/attribution.ts). The anchors are the
 *    published figures on the held-back PolNeAR *test* file (ANCHORS.md section 6).
 *  - the brat dev articles (polnear/dev): the same tagger over whole articles through our own tokenizer
 *    and paragraphs; character spans, each fragment of a discontinuous span as its own span, white
 *    space trimmed, exact match per role.
 *  - the ledger's claims (extractClaims: tagger, rules, merging, pruning) on the same articles, against
 *    the same gold: what a user gets, and where the rules are measured.
 * Words/s is extractClaims (tagger + rules + resolution) over the dev articles on one core.
 */
import { loadCofenetDev, loadPolnearSplit } from '../datasets/polnear.js';
import { ROLES, scoreBio, scoreChars, trimCommas, trimEdges, withRole, type LabelledSpan } from '../scorers/attribution.js';
import { Skip, pct, type Anchor, type EvalRow, type EvalTask } from '../types.js';
import { analyse, countWords, type Analysis } from '../../src/nlp/tokenize.js';
import { defaultModel, tagTokens } from '../../src/extract/attribution/model.js';
import { extractClaims } from '../../src/extract/attribution/index.js';
import { extractEntities } from '../../src/extract/entities/index.js';
import { bioSpans } from '../../src/extract/attribution/spans.js';

/** ANCHORS.md section 6, Table 6 of CofeNet (exact match), PolNeAR test. */
const ANCHORS: Record<'source' | 'cue' | 'content', Anchor[]> = {
  source: [
    { system: 'BERT+Cofe (test)', value: 83.2 }, { system: 'BERT+CRF (test)', value: 82.2 },
    { system: 'BiLSTM+CRF (test)', value: 69.6 }, { system: 'CRF (test)', value: 50.6 }, { system: 'rules (test)', value: 10.7 },
  ],
  cue: [
    { system: 'BERT+Cofe (test)', value: 75.3 }, { system: 'BERT+CRF (test)', value: 74.9 },
    { system: 'BiLSTM+CRF (test)', value: 66.7 }, { system: 'CRF (test)', value: 53.4 }, { system: 'rules (test)', value: 22.8 },
  ],
  content: [
    { system: 'BERT+Cofe (test)', value: 72.9 }, { system: 'BERT+CRF (test)', value: 71.0 },
    { system: 'BiLSTM+CRF (test)', value: 59.0 }, { system: 'CRF (test)', value: 28.6 }, { system: 'rules (test)', value: 5.6 },
  ],
};

export const task: EvalTask = {
  name: 'attribution',
  async run(): Promise<EvalRow[]> {
    const items = loadCofenetDev();
    const articles = loadPolnearSplit('dev');
    if (!items && !articles) throw new Skip('../shared/datasets/polnear is absent');
    const model = defaultModel();
    if (!model) throw new Skip('models/attribution/attribution.bin.gz is absent (npm run train:attribution)');
    const rows: EvalRow[] = [];
    if (items) {
      const t0 = performance.now();
      const pairs = items.map((it) => ({ gold: it.labels, predicted: tagTokens(it.tokens, model) }));
      const secs = (performance.now() - t0) / 1000;
      const tokens = items.reduce((n, it) => n + it.tokens.length, 0);
      const s = scoreBio(pairs);
      for (const r of ROLES) {
        rows.push({
          task: 'attribution', dataset: 'PolNeAR (CofeNet sentence file)', split: 'dev', metric: `${r} exact-match F1`,
          value: pct(s[r].f1), anchors: ANCHORS[r], wordsPerSecond: r === 'source' ? tokens / secs : null,
        });
      }
      for (const r of ROLES) {
        rows.push({ task: 'attribution', dataset: 'PolNeAR (CofeNet sentence file)', split: 'dev', metric: `${r} P / R`, value: pct(s[r].precision), anchors: [{ system: 'recall', value: pct(s[r].recall) }] });
      }
    }
    if (articles) {
      // Each distinct text is analysed, tagged and made into claims once (several annotators share a text).
      const analyses = new Map<string, Analysis>();
      const analysisOf = (text: string): Analysis => {
        let a = analyses.get(text);
        if (!a) analyses.set(text, (a = analyse(text)));
        return a;
      };
      const taggedOf = new Map<string, LabelledSpan[]>();
      const docs: Array<{ text: string; gold: LabelledSpan[]; predicted: LabelledSpan[] }> = [];
      const texts = new Map<string, string>();
      for (const art of articles) {
        const gold: LabelledSpan[] = [];
        for (const att of art.attributions) {
          for (const r of ROLES) for (const sp of att[r]) for (const [start, end] of sp.fragments) gold.push({ role: r, start, end });
        }
        texts.set(art.id.replace(/_[^_]+$/, ''), art.text);
        let predicted = taggedOf.get(art.text);
        if (!predicted) {
          const a = analysisOf(art.text);
          predicted = [];
          let p0 = 0;
          for (let i = 1; i <= a.sentences.length; i++) {
            if (i < a.sentences.length && a.sentences[i].paragraph === a.sentences[p0].paragraph) continue;
            const first = a.sentences[p0].first;
            const last = a.sentences[i - 1].last;
            const labels = tagTokens(a.tokens.slice(first, last).map((t) => t.text), model);
            for (const s of bioSpans(labels, first)) predicted.push({ role: s.role, start: a.tokens[s.first].start, end: a.tokens[s.last - 1].end });
            p0 = i;
          }
          taggedOf.set(art.text, predicted);
        }
        docs.push({ text: art.text, gold, predicted });
      }
      const s = scoreChars(docs);
      // Speed of the whole stage (tagger, rules, resolution) on the distinct dev articles, analysis excluded;
      // the claims it makes are the ones scored below.
      const all = [...texts.values()];
      const words = countWords(all);
      // The entities the ledger resolves sources against (names, roles, aliases), found outside the timing.
      const entitiesOf = new Map(all.map((t) => [t, extractEntities(analysisOf(t))]));
      const t0 = performance.now();
      const claimsOf = new Map(all.map((t) => [t, extractClaims(analysisOf(t), entitiesOf.get(t)!)]));
      const wps = words / ((performance.now() - t0) / 1000);
      // The ledger's claims (tagger, rules, merging, pruning, quotes run on) against the same gold: what a
      // user gets, and the measure of the rules, which the tagger's rows above do not see.
      const claimDocs = articles.map((art, k) => {
        const predicted: LabelledSpan[] = [];
        for (const c of claimsOf.get(art.text)!) {
          if (c.source && c.source.start !== null && c.source.end !== null && art.text.slice(c.source.start, c.source.end) === c.source.text) {
            predicted.push({ role: 'source', ...withRole(art.text, c.source.start, c.source.end, c.source.role) });
          }
          predicted.push({ role: 'cue', start: c.cue.start, end: c.cue.end }, { role: 'content', start: c.content.start, end: c.content.end });
        }
        return { text: art.text, gold: docs[k].gold, predicted };
      });
      // The ledger writes a content without its quotation marks, closing punctuation and opening "that"
      // (PolNeAR keeps them), and a source without edge commas: both sides are trimmed so, then matched exactly.
      // A source is written without the comma that closes its appositive ("Phil Lovas, the chairman, said").
      const trimmed = (text: string, spans: LabelledSpan[]) => spans.map((sp) =>
        sp.role === 'content' ? { ...sp, ...trimEdges(text, sp.start, sp.end) } : sp.role === 'source' ? { ...sp, ...trimCommas(text, sp.start, sp.end) } : sp);
      const sc = scoreChars(claimDocs.map((d) => ({ text: d.text, gold: trimmed(d.text, d.gold), predicted: trimmed(d.text, d.predicted) })));
      for (const r of ROLES) {
        rows.push({
          task: 'attribution', dataset: `PolNeAR brat articles (${articles.length} annotations)`, split: 'dev',
          metric: `${r} exact-match F1 (chars)`, value: pct(s[r].f1), anchors: [], wordsPerSecond: r === 'source' ? wps : null,
        });
      }
      for (const r of ROLES) {
        rows.push({
          task: 'attribution', dataset: `PolNeAR brat articles (${articles.length} annotations)`, split: 'dev',
          metric: `${r} exact-match F1, the ledger's claims${r === 'content' ? ' (edges trimmed)' : r === 'source' ? ' (role put back)' : ''}`, value: pct(sc[r].f1), anchors: [{ system: 'P', value: pct(sc[r].precision) }, { system: 'R', value: pct(sc[r].recall) }],
        });
      }
    }
    return rows;
  },
};
