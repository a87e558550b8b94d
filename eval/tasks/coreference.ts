/**
 * Pronoun resolution on MEANTIME English (120 Wikinews articles, intra-document entity coreference,
 * never trained or tuned on): for every gold he, she, him, her, it, they or them whose gold entity has
 * a named mention before it, the pipeline's ledger is made once per article and the shared resolver
 * (pronounAntecedent) is asked what the pronoun stands for, with the ledger's earlier claims as the
 * attribution stage passes them. Right when the entity returned has a mention overlapping the name
 * inside a named mention of the gold entity (eval/scorers/coreference.ts: nameCore). Also over the
 * pronouns that are a claim's source in the ledger. Measures only: nothing here feeds the pipeline.
 * `CLAIMTRAIL_COREF_CASES=N` prints N cases spread over the corpus (text around the pronoun, the gold
 * entity with its named mentions, the name inside each in braces, and ours) on stderr.
 */
import { pronounAntecedent, type PriorSource } from '../../src/extract/entities/pronouns.js';
import type { Ledger } from '../../src/ledger/types.js';
import { extract } from '../../src/pipeline.js';
import { analyse } from '../../src/nlp/tokenize.js';
import { loadMeantime, type MeantimeDoc } from '../datasets/meantime.js';
import { goldPronouns, resolvedRight, scoreCoreference, whitespaceAlignment, type CorefCase, type GoldPronoun, type Span } from '../scorers/coreference.js';
import { Skip, pct, type EvalRow, type EvalTask } from '../types.js';

/** The ledger's claims with a source, as the attribution stage passes them to the resolver, before `offset`. */
export function priorSources(ledger: Ledger, offset: number): PriorSource[] {
  return ledger.claims
    // (A claim whose source is the pronoun itself, "said he", is not yet made when it is resolved.)
    .filter((c) => c.source !== null && c.cue.start < offset && !(c.source.start !== null && c.source.end !== null && c.source.start <= offset && offset < c.source.end))
    .sort((x, y) => x.cue.start - y.cue.start)
    .map((c) => ({ source: c.source!, at: c.cue.start, content: [c.content.start, c.content.end] as const }));
}

/** The document's words written in lower case, to tell a capital that opens a sentence from a name's. */
function lowerWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}])\p{Ll}[\p{L}'-]*/gu) ?? []);
}

interface Printed {
  doc: MeantimeDoc;
  /** The ledger's text, where the pronoun's offsets are. */
  text: string;
  pronoun: GoldPronoun;
  ours: string | null;
  right: boolean;
  source: boolean;
}

function show(p: Printed): string {
  const { doc, text, pronoun } = p;
  const before = text.slice(Math.max(0, pronoun.start - 110), pronoun.start).replace(/\s+/g, ' ');
  const after = text.slice(pronoun.end, pronoun.end + 40).replace(/\s+/g, ' ');
  const gold = doc.entities.find((e) => e.id === pronoun.entity);
  const names = [...new Set(pronoun.names.map((n, i) => `${text.slice(n.start, pronoun.cores[i].start)}{${text.slice(pronoun.cores[i].start, pronoun.cores[i].end)}}${text.slice(pronoun.cores[i].end, n.end)}`))].join(' | ');
  return `${p.right ? 'RIGHT' : 'WRONG'}${p.source ? ' (source)' : ''} ${doc.topic}/${doc.id}\n` +
    `  …${before}[[${pronoun.text}]]${after}…\n` +
    `  gold: ${gold?.type ?? '?'} "${gold?.descriptor ?? '?'}" named ${names}\n  ours: ${p.ours ?? '(none)'}`;
}

export const task: EvalTask = {
  name: 'coreference',
  async run(): Promise<EvalRow[]> {
    const docs = loadMeantime();
    if (!docs) throw new Skip('../shared/datasets/meantime-en is absent');
    const cases: CorefCase[] = [];
    const goldType = new Map<CorefCase, string>();
    const printed: Printed[] = [];
    let ledgerSourceRight = 0;
    let misaligned = 0;
    let words = 0;
    let secs = 0;
    for (const doc of docs) {
      const gold = goldPronouns(doc.mentions, lowerWords(doc.text));
      if (gold.length === 0) continue;
      // (One DCT is written "03-02-2009", which could be either day: no date is given then.)
      const published = doc.dct && /^\d{4}-\d{2}-\d{2}$/.test(doc.dct) ? doc.dct : null;
      const t0 = performance.now();
      const ledger = extract(doc.text, { published });
      secs += (performance.now() - t0) / 1000;
      words += doc.words;
      // The ledger's offsets are into its own text, which normalises blank lines: gold spans are moved there.
      const at = whitespaceAlignment(doc.text, ledger.document.text);
      if (!at) {
        misaligned++;
        continue;
      }
      const move = (x: Span): Span => ({ start: at(x.start), end: at(x.end) });
      for (const g of gold) {
        const pronoun: GoldPronoun = { ...g, ...move(g), names: g.names.map(move), cores: g.cores.map(move) };
        const found = pronounAntecedent(ledger.entities, pronoun.start, pronoun.text, { prior: priorSources(ledger, pronoun.start), analysis: analyse(ledger.document.text) });
        const claim = ledger.claims.find((c) => c.source?.start === pronoun.start && c.source.text === pronoun.text);
        const answer = found ? found.entity.mentions : null;
        const c: CorefCase = { pronoun, answer, source: !!claim };
        cases.push(c);
        goldType.set(c, doc.entities.find((e) => e.id === pronoun.entity)?.type ?? '');
        if (claim) {
          const own = ledger.entities.find((e) => e.id === claim.source!.entity);
          if (resolvedRight(own ? own.mentions : null, pronoun.cores)) ledgerSourceRight++;
        }
        printed.push({ doc, text: ledger.document.text, pronoun, ours: found ? `${found.entity.type} "${found.entity.canonical}"` : null, right: resolvedRight(answer, pronoun.cores), source: !!claim });
      }
    }
    if (misaligned) process.stderr.write(`eval: coreference: ${misaligned} MEANTIME texts changed in the ledger beyond white space; their pronouns are not scored\n`);
    const wanted = Number(process.env.CLAIMTRAIL_COREF_CASES ?? 0);
    if (wanted > 0) {
      // Spread over the corpus: every k-th case.
      const step = Math.max(1, Math.floor(printed.length / wanted));
      for (let i = 0, k = 0; i < printed.length && k < wanted; i += step, k++) process.stderr.write(show(printed[i]) + '\n');
    }
    const s = scoreCoreference(cases);
    // "it", "they", "them" for an organisation or a place: what the resolver looks for (a product, an
    // index or a group of things, MEANTIME's PRO and FIN, it never returns).
    const orgLoc = scoreCoreference(cases.filter((c) => c.pronoun.group === 'thing' && /^(?:ORG|LOC)$/.test(goldType.get(c) ?? '')));
    const base = { task: 'coreference', dataset: `MEANTIME (${docs.length} articles; its errors read for rules since 2026-11-25)`, split: 'all' };
    const rows: EvalRow[] = [
      { ...base, metric: `pronoun antecedent accuracy, he/she/him/her/it/they/them (${s.all.n} pronouns)`, value: pct(s.all.accuracy), anchors: [], wordsPerSecond: words / secs },
      { ...base, metric: `  he/she/him/her (${s.person.n})`, value: pct(s.person.accuracy), anchors: [] },
      { ...base, metric: `  it/they/them (${s.thing.n})`, value: pct(s.thing.accuracy), anchors: [] },
      { ...base, metric: `  it/they/them whose gold entity is an organisation or place (${orgLoc.all.n})`, value: pct(orgLoc.all.accuracy), anchors: [] },
      { ...base, metric: `  right by overlap with the whole gold mention (lenient)`, value: pct(s.all.accuracyWhole), anchors: [] },
      { ...base, metric: `resolver returns nothing (share of the ${s.all.n})`, value: pct(s.all.noneRate), anchors: [] },
      { ...base, metric: `pronoun antecedent accuracy, pronouns that are claim sources (${s.sources.n})`, value: pct(s.sources.accuracy), anchors: [] },
      { ...base, metric: `  the same pronouns, the ledger's own source entity right`, value: pct(s.sources.n ? ledgerSourceRight / s.sources.n : 0), anchors: [] },
    ];
    return rows;
  },
};
