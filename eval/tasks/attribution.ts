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
 *  - the ledger's claims on CofeNet's sentence file: each item's text is rebuilt from its tokens
 *    (eval/datasets/corenlp.ts), read by the whole stage alone (no article around it), and the claims'
 *    character spans are mapped back onto the file's tokens and scored as the tagger's rows are, against
 *    the file's labels as they are: with PolNeAR's conventions put back (source with its role and the
 *    comma closing an appositive, content with its quotation marks, closing punctuation and opening
 *    "that"), and without (the raw spans).
 * Words/s is extractClaims (tagger + rules + resolution) on one core, analysis and entities excluded.
 */
import { loadCofenetDev, loadPolnearSplit } from '../datasets/polnear.js';
import { ROLES, bioFromSpans, scoreBio, scoreChars, tokenSpan, trimCommas, trimEdges, withClosingComma, withEdges, withRole, type LabelledSpan, type Role } from '../scorers/attribution.js';
import { detokenize } from '../datasets/corenlp.js';
import type { Claim } from '../../src/ledger/types.js';
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
    // The whole stage on the sentence file, run last (so the speed of the rows above is measured as before)
    // and shown after the tagger's rows on the same file.
    if (items) rows.splice(2 * ROLES.length, 0, ...ledgerOnItems(items));
    return rows;
  },
};

/**
 * The whole attribution stage on CofeNet's sentence file, scored as the tagger's rows are (token-level
 * exact match against the file's labels, gold untouched). Each item is read alone: its text is rebuilt
 * from its CoreNLP tokens, analysed, its entities found and its claims made; each claim's spans are
 * mapped to PolNeAR's conventions without a look at the gold (the source with the role the ledger
 * writes apart, `withRole`, and the comma closing an appositive, `withClosingComma`; the content with
 * its quotation marks, the punctuation inside a closing mark and an opening "that", `withEdges`; the
 * cue as it is), then onto tokens: the first token the span
 * overlaps to the last. Spans are labelled in the ledger's order, source, cue, content per claim; one
 * overlapping a span already labelled is left out (a BIO sequence holds one label per token). The raw
 * rows map the ledger's spans onto tokens as they are.
 */
function ledgerOnItems(items: ReadonlyArray<{ tokens: string[]; labels: string[] }>): EvalRow[] {
  const start = performance.now();
  const read = items.map((it) => {
    const d = detokenize(it.tokens);
    const a = analyse(d.text);
    return { ...d, a, entities: extractEntities(a) };
  });
  const t0 = performance.now();
  const claimsOf = read.map((r) => extractClaims(r.a, r.entities));
  const wps = countWords(read.map((r) => r.text)) / ((performance.now() - t0) / 1000);
  const score = (mapped: boolean) => {
    const dropped: Record<Role, number> = { source: 0, cue: 0, content: 0 };
    const pairs = items.map((it, k) => {
      const { text, offsets } = read[k];
      const spans: LabelledSpan[] = [];
      const add = (role: Role, sp: { start: number; end: number }) => {
        const t = tokenSpan(offsets, sp.start, sp.end);
        if (t) spans.push({ role, start: t.first, end: t.last });
      };
      for (const c of claimsOf[k]) {
        let src = ledgerSource(text, c);
        if (src && mapped) {
          const r = withRole(text, src.start, src.end, c.source!.role);
          src = withClosingComma(text, r.start, r.end);
        }
        if (src) add('source', src);
        add('cue', c.cue);
        if (!mapped) add('content', c.content);
        else {
          // The content grows no further than its own claim's cue and source.
          const around = [c.cue, ...(src ? [src] : [])];
          const min = Math.max(0, ...around.filter((x) => x.end <= c.content.start).map((x) => x.end));
          const max = Math.min(text.length, ...around.filter((x) => x.start >= c.content.end).map((x) => x.start));
          add('content', withEdges(text, c.content.start, c.content.end, min, max));
        }
      }
      const b = bioFromSpans(it.tokens.length, spans);
      for (const r of ROLES) dropped[r] += b.dropped[r];
      return { gold: it.labels, predicted: b.labels };
    });
    return { s: scoreBio(pairs), dropped };
  };
  const rows: EvalRow[] = [];
  const notes: string[] = [];
  const dataset = "PolNeAR (CofeNet sentence file), the ledger's claims, items read one at a time";
  for (const [mapped, tag] of [[true, 'PolNeAR conventions put back'], [false, 'raw ledger spans']] as const) {
    const { s, dropped } = score(mapped);
    for (const r of ROLES) {
      rows.push({
        task: 'attribution', dataset, split: 'dev', metric: `${r} exact-match F1 (${tag})`, value: pct(s[r].f1),
        anchors: [{ system: 'P', value: pct(s[r].precision) }, { system: 'R', value: pct(s[r].recall) }, ...(mapped ? ANCHORS[r].slice(0, 1) : [])],
        wordsPerSecond: mapped && r === 'source' ? wps : null,
      });
    }
    notes.push(`${tag}: ${ROLES.map((r) => `${r} ${dropped[r]}`).join(', ')}`);
  }
  process.stderr.write(`eval: attribution, the ledger on ${items.length} CofeNet items in ${((performance.now() - start) / 1000).toFixed(1)} s; spans left out as overlapping a span labelled before (${notes.join('; ')})\n`);
  return rows;
}

/** A claim's source span where the text names it, as the brat rows take it; null otherwise. */
function ledgerSource(text: string, c: Claim): { start: number; end: number } | null {
  const s = c.source;
  if (!s || s.start === null || s.end === null || text.slice(s.start, s.end) !== s.text) return null;
  return { start: s.start, end: s.end };
}
