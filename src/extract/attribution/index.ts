/**
 * Attribution: who said what. `extractClaims(a, entities)` returns source–cue–content claims with
 * stance and hedging, ids c1 … in text order, `time` left null (the ledger fills it).
 *
 * Two layers:
 *   1. the tagger (model.ts, trained on PolNeAR) labels each paragraph's tokens as source / cue /
 *      content; claims are assembled from its spans (each cue with its nearest source and content);
 *   2. rules (rules.ts) add what the tagger missed around lexicon cues, and give a source to
 *      claims the tagger left without one.
 * Then each source is resolved to an entity (sources.ts), and stance and hedging are read from the
 * cue and content (lexicon.ts). Works from the text alone when `entities` is empty or the model file is
 * absent.
 */
import type { Claim, ClaimSource, Entity, Span } from '../../ledger/types.js';
import { tokenAt, type Analysis } from '../../nlp/tokenize.js';
import { isHedged, stanceOf, WEEKDAY_WORDS } from './lexicon.js';
import { defaultModel, tagTokens, type AttributionModel } from './model.js';
import { AUX, INTRO, matchSentence, subjectBefore, verbish } from './rules.js';
import { TITLE_ABBREVIATIONS } from '../../nlp/lexicon/roles.js';
import { resolveSource, type PriorSource } from './sources.js';
import { bioSpans, charSpan, type TokenSpan } from './spans.js';
import { type Draft, FINITE_TAGS, HOW_MANY, SUBORDINATOR, anyQuote, hasReportingWord, isQuote, isRelative, isReportingWord, overlaps, quoteMark, sentenceTags, speaksForSubject, tagAt } from './reading.js';
import { WHEN_WHERE, bracketsOf, contentAfterSentence, contentBeforeSentence, passiveCue, prune } from './cleanup.js';
import { addColonQuotes, addDashQuotes, addSpeakerLabels } from './speakers.js';

export { stanceOf, isHedged } from './lexicon.js';
export { tagTokens, defaultModel } from './model.js';

/** Tokens a source may be apart from its cue and still belong to it. */
const MAX_SOURCE_GAP = 8;
/** Tokens a content may be apart from its cue (or the cue's source). */
const MAX_CONTENT_GAP = 12;

function gap(x: TokenSpan | [number, number], y: [number, number]): number {
  const xf = Array.isArray(x) ? x[0] : x.first;
  const xl = Array.isArray(x) ? x[1] : x.last;
  if (xl <= y[0]) return y[0] - xl;
  if (y[1] <= xf) return xf - y[1];
  return -1;
}

/** Token ranges of the paragraphs (sentences sharing a paragraph index). */
function paragraphs(a: Analysis): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const s of a.sentences) {
    const last = out[out.length - 1];
    if (last && a.sentences[a.tokens[last[0]].sentence].paragraph === s.paragraph) last[1] = s.last;
    else out.push([s.first, s.last]);
  }
  return out;
}

/**
 * The POS tags of a paragraph's tokens from the analysis' sentence tags (each sentence tagged once for every
 * stage), with quotation marks and brackets read as the tagger reads them; none (the tagger tags the
 * paragraph itself) where a quotation mark is typed as two characters.
 */
function paragraphTags(a: Analysis, p0: number, p1: number): string[] | undefined {
  const out: string[] = new Array(p1 - p0);
  for (let i = p0; i < p1; ) {
    const { tags, first } = sentenceTags(a, i);
    const last = a.sentences[a.tokens[i].sentence].last;
    for (let k = i; k < last && k < p1; k++) {
      const t = a.tokens[k].text;
      if ((t === "'" || t === '`' || t === '’') && a.tokens[k + 1]?.text === t) return undefined;
      out[k - p0] = tags[k - first];
    }
    i = last;
  }
  return out;
}

/**
 * Claims from the tagger's spans in one paragraph: each cue with its nearest source, then contents
 * matched to cues one to one, nearest pairs first.
 */
function draftsFromSpans(a: Analysis, spans: TokenSpan[]): Draft[] {
  const sentenceOf = (t: number) => a.tokens[t].sentence;
  // A content is not read from another sentence when nothing opens or closes it there (see
  // contentAfterSentence): such a pair is never made, so the content stays free for its own sentence's cue.
  const pairable = (c: TokenSpan, s: TokenSpan) => !contentAfterSentence(a, [c.first, c.last], s.first) && !contentBeforeSentence(a, c.first, s.last);
  const opensQuote = (t: number) => quoteMark(a, t, true) > 0 || (t > 0 && quoteMark(a, t - 1, true) > 0 && a.tokens[t - 1].sentence === a.tokens[t].sentence);
  const cues = spans.filter((s) => s.role === 'cue');
  // Two pieces of one speaker the tagger broke apart ("Kurinji Selvaraj, a research analyst at the Council
  // on | Energy, | Environment and Water think tank told"): sources a few tokens apart in one sentence, with
  // no other span between, are one source.
  const sources: TokenSpan[] = [];
  for (const s of spans) {
    if (s.role !== 'source') continue;
    const prev = sources[sources.length - 1];
    const joins = () => {
      // (A name or title first; nothing between that begins another subject: "Barclays economists, and they",
      // "In Mrs. Clinton's favor, all the experts".)
      if (!/^\p{Lu}/u.test(a.tokens[prev.first].text) || /^(?:all|the|a|an|some|many|most|his|her|their|its|who|which|that|whom)$/.test(a.tokens[s.first].text)) return false;
      for (let k = prev.last; k < s.first; k++) if (/^(?:and|but|or|nor)$/i.test(a.tokens[k].text)) return false;
      // (Nor the source of a cue right before it: "According to | Yahoo News, | Clinton spokesman X said".)
      if (spans.some((o) => o.role === 'cue' && o.last <= prev.first && prev.first - o.last <= 1)) return false;
      return !spans.some((o) => o.role !== 'source' && o.first >= prev.last && o.last <= s.first);
    };
    if (prev && s.first - prev.last <= 3 && sentenceOf(prev.first) === sentenceOf(s.last) && joins()) {
      sources[sources.length - 1] = { ...prev, last: s.last };
      continue;
    }
    sources.push(s);
  }
  const contents = spans.filter((s) => s.role === 'content');
  const between = (c: TokenSpan, x: [number, number]) =>
    cues.some((o) => o !== c && o.first >= Math.min(x[1], c.last) && o.last <= Math.max(x[0], c.first));
  const srcOf = new Map<TokenSpan, TokenSpan | null>();
  for (const c of cues) {
    const cr: [number, number] = [c.first, c.last];
    let src: TokenSpan | null = null;
    let best = Infinity;
    for (const s of sources) {
      const g = gap(s, cr);
      if (g < 0 || g > MAX_SOURCE_GAP || between(c, [s.first, s.last])) continue;
      const score = g + (s.first > c.first ? 0.5 : 0);
      if (score < best) {
        best = score;
        src = s;
      }
    }
    srcOf.set(c, src);
  }
  const pairs: Array<{ c: TokenSpan; s: TokenSpan; score: number }> = [];
  for (const c of cues) {
    const src = srcOf.get(c);
    const block: [number, number] = src ? [Math.min(src.first, c.first), Math.max(src.last, c.last)] : [c.first, c.last];
    for (const s of contents) {
      const g = gap(s, block);
      if (g < 0 || g > MAX_CONTENT_GAP || between(c, [s.first, s.last]) || !pairable(c, s)) continue;
      pairs.push({ c, s, score: g + (s.first >= block[1] ? 0 : 0.5) });
    }
  }
  pairs.sort((x, y) => x.score - y.score);
  const usedC = new Set<TokenSpan>();
  const usedS = new Set<TokenSpan>();
  const drafts: Draft[] = [];
  for (const p of pairs) {
    if (usedC.has(p.c) || usedS.has(p.s)) continue;
    usedC.add(p.c);
    usedS.add(p.s);
    const src = srcOf.get(p.c);
    drafts.push({
      source: src ? [src.first, src.last] : null,
      cue: [p.c.first, p.c.last],
      content: [p.s.first, p.s.last],
      subjectOfSentence: false,
      fromRule: false,
    });
  }
  // A speaker set off by commas inside what they said ("The museum, Mr. Bush said, celebrated …"): the
  // part on the other side of the cue, right next to it, is theirs too.
  for (const d of [...drafts]) {
    const block: [number, number] = d.source ? [Math.min(d.source[0], d.cue[0]), Math.max(d.source[1], d.cue[1])] : d.cue;
    const before = d.content[1] <= block[0];
    for (const s of contents) {
      if (usedS.has(s)) continue;
      const g = before ? s.first - block[1] : block[0] - s.last;
      // In the cue's sentence, or a quotation opening the next one ("“A,” she said. “B …”").
      if (g < 0 || g > 1 || (sentenceOf(before ? s.first : s.last - 1) !== sentenceOf(d.cue[0]) && !(before && opensQuote(s.first)))) continue;
      // (Not a participle's phrase or a subordinate clause opening the sentence: "Citing security concerns, the ministry
      // said …" says why, "As if all of this hedging wasn't enough …, Andrew said …" is the writer's.)
      const opener = a.tokens[s.first].text;
      if (!before && (/^\p{Lu}\p{Ll}+ing$/u.test(opener) || (/^\p{Lu}/u.test(opener) && SUBORDINATOR.test(opener)))
        && a.sentences[sentenceOf(s.first)].first === s.first) continue;
      usedS.add(s);
      drafts.push({ ...d, content: [s.first, s.last] });
    }
  }
  return drafts;
}

/** The ledger content: without a leading "that", wrapping quotes and edge punctuation. */
function contentSpan(a: Analysis, first: number, last: number): { span: Span; direct: boolean } | null {
  let direct = false;
  let opensQuoted = false;
  const tx = (i: number) => a.tokens[i].text;
  for (let guard = 0; guard < 4 && first < last; guard++) {
    const t = tx(first).toLowerCase();
    // "…, adding later, “NATO is costing us …”": an adverb before the quotation is the verb's.
    if (/^\p{Ll}+$/u.test(tx(first)) && first + 2 < last && tx(first + 1) === ',' && isQuote(tx(first + 2)) && /^(?:later|again|too|also|then|afterwards|earlier|simply|only|once)$/.test(t)) first += 2;
    // "said firmly that …": the adverb is the verb's
    else if (/^\p{Ll}+ly$/u.test(tx(first)) && first + 2 < last && tx(first + 1).toLowerCase() === 'that' && !opensQuoted) first++;
    // (The complementizer only: not the pronoun of a quotation, "“That's not accepting responsibility”",
    // nor "that is …".)
    else if (t === 'that' && last - first > 1 && !opensQuoted && !/^(?:['’]s|is|was)$/i.test(tx(first + 1))) first++;
    else if (isQuote(tx(first)) || tx(first) === ':' || tx(first) === ',') {
      if (isQuote(tx(first))) direct = opensQuoted = true;
      first++;
    } else break;
  }
  while (last > first && (a.tokens[last - 1].kind === 'punct' && !/^[)\]]$/.test(tx(last - 1)))) {
    if (isQuote(tx(last - 1)) && tx(last - 1) !== '’') direct = true;
    last--;
  }
  if (last <= first) return null;
  // A phrase quoted inside the content keeps its closing mark ("for being “unbelievably dishonest”", "as a
  // “strong leader,”"), so that the marks the content shows are paired.
  // (Straight marks open and close in turn: "was "a fair result"".)
  let open = 0;
  let straight = false;
  for (let i = first; i < last; i++) {
    if (tx(i) === '"') {
      straight = !straight;
      open += straight ? 1 : -1;
    } else open += /^[“‘]$|^``$/.test(tx(i)) ? 1 : /^[”’]$|^''$/.test(tx(i)) && open > 0 ? -1 : 0;
  }
  const closing = (t: string | undefined) => t !== undefined && (/^[”’]$|^''$/.test(t) || (straight && t === '"'));
  let closeAt = open > 0 ? (closing(tx(last)) ? last : /^[,.?!;]$/.test(tx(last) ?? '') && closing(tx(last + 1)) ? last + 1 : -1) : -1;
  // (A closing mark typed as two, "’’", ends after both.)
  if (closeAt > 0 && quoteMark(a, closeAt, false) === 2) closeAt++;
  if (!direct && first > 0 && isQuote(tx(first - 1)) && /[“"‘]/.test(tx(first - 1))) opensQuoted = direct = true;
  // A closing mark after a phrase quoted inside the content ("admires Putin as a “strong leader,”") makes
  // a mixed quotation, not a direct one: the content opens with no mark of its own. (A quotation that
  // opens a clause after a comma or colon is direct: "warned that if they do, “they will become …”".)
  if (direct && !opensQuoted) {
    for (let i = first; i < last; i++) {
      if (!/^[“‘"]$|^``$/.test(tx(i))) continue;
      if (i === first || !/^[,:]$/.test(tx(i - 1))) direct = false;
      break;
    }
  }
  return { span: charSpan(a, first, closeAt > 0 && !opensQuoted ? closeAt + 1 : last), direct };
}

export interface ExtractClaimsOptions {
  /** The tagger to use; default the committed model; null: rules only. */
  model?: AttributionModel | null;
}

export function extractClaims(a: Analysis, entities: Entity[], opts: ExtractClaimsOptions = {}): Claim[] {
  if (a.tokens.length === 0) return [];
  const model = opts.model === undefined ? defaultModel() : opts.model;
  const sentenceOf = (t: number) => a.tokens[t].sentence;
  const drafts: Draft[] = [];
  const pars = paragraphs(a);
  if (model) {
    for (const [p0, p1] of pars) {
      const words: string[] = new Array(p1 - p0);
      for (let i = p0; i < p1; i++) words[i - p0] = a.tokens[i].text;
      const labels = tagTokens(words, model, paragraphTags(a, p0, p1));
      drafts.push(...draftsFromSpans(a, bioSpans(labels, p0)));
    }
  }
  mergeRules(a, drafts);
  cutAtNextSpeaker(a, drafts);
  addColonQuotes(a, pars, drafts);
  addSpeakerLabels(a, pars, drafts, entities);
  addDashQuotes(a, drafts);
  drafts.sort((x, y) => x.cue[0] - y.cue[0]);
  prune(a, drafts, model?.lexicon ?? null);

  const claims: Claim[] = [];
  const prior: PriorSource[] = [];
  let lastSource = null as { source: ClaimSource; sentence: number } | null;
  const resolved = new Map<string, ClaimSource>();
  for (const d of drafts) {
    const content = contentSpan(a, d.content[0], d.content[1]);
    if (!content) continue;
    const cue = charSpan(a, d.cue[0], cueEnd(a, d.cue));
    let source: ClaimSource | null = null;
    const sent = sentenceOf(d.cue[0]);
    // The subject of a passive cue ("new names are announced", "Clinton is widely expected") is what was
    // said, not who said it: such a claim names no source.
    const passiveSubject = d.source !== null && d.source[1] <= d.cue[0] && passiveCue(a, d.cue);
    // (A tagged source that names no one, "and several times | described", leaves the verb to the subject.)
    let named = false;
    if (d.source && !passiveSubject) {
      const [f, l0] = trimSource(a, ...wholeSubject(a, d.source, d.cue[0]));
      const l = l0 > f ? appositiveName(a, l0, entities) : l0;
      // (One speaker of two quotations around one cue is resolved once, against the first: "“Heads needed to roll the day
      // Jeffrey Epstein died,” he said. “The Bureau …”" is not Epstein's for the second.)
      const key = `${d.cue[0]}:${f}:${l}`;
      const same = resolved.get(key);
      if (l > f) source = same ? { ...same } : resolveSource(charSpan(a, f, l), entities, prior, content.span, a);
      if (source?.entity && !same) resolved.set(key, source);
      named = l > f;
    }
    // "Noting that C, Malaska asked …": a participle opening the sentence speaks for the subject after its phrase.
    if (!d.source && !passiveSubject && d.cue[1] - d.cue[0] === 1 && a.sentences[sent].first === d.cue[0] && /^\p{Lu}\p{Ll}+ing$/u.test(a.tokens[d.cue[0]].text)
      && d.content[0] >= d.cue[1] && a.tokens[d.content[1]]?.text === ',') {
      const s = a.sentences[sent];
      let v = d.content[1] + 1;
      while (v < s.last && v - d.content[1] <= 8 && !verbish(a, v) && !FINITE_TAGS.has(tagAt(a, v))) v++;
      const [f, l] = trimSource(a, d.content[1] + 1, v);
      if (v < s.last && l > f && l - f <= 6) {
        source = resolveSource(charSpan(a, f, l), entities, prior, content.span, a);
        named = true;
      }
    }
    const ownSubject = !named && !passiveSubject && !d.subjectOfSentence && !d.source && finiteReporting(a, d.cue, entities);
    if (!named && !passiveSubject && (d.subjectOfSentence || speaksForSubject(a, d.cue) || ownSubject)) {
      if (lastSource && lastSource.sentence === sent && !ownSubject) source = { ...lastSource.source };
      else {
        const s = a.sentences[sent];
        // (A verb joined to the sentence's first speaks for that verb's subject; a finite one, for its own.)
        // (A participle after a comma speaks for the subject of the clause right before it when that clause is joined or
        // adverbial: "… but OrbitBeyond canceled its task order, | citing …", "… when President Trump scuttled the talks,
        // | citing …"; not for a reported clause, "He said the talks had failed, | adding …".)
        const joined = !ownSubject && a.tokens[d.cue[0] - 1]?.text === ',' ? joinedClause(a, s.first, d.cue[0]) : null;
        const subj = joined ?? subjectBefore(a, s.first, ownSubject ? d.cue[0] : firstVerbish(a, s.first, d.cue[0]));
        if (subj) {
          const [f, l] = trimSource(a, subj[0], subj[1]);
          if (l > f) source = resolveSource(charSpan(a, f, l), entities, prior, content.span, a);
        }
      }
    }
    if (source) {
      // (Only what was said or reported guides a later pronoun: "Democrats | seized upon | Mr. Trump's RT appearance, in
      // which he said …" reported nothing that hides Mr. Trump.)
      if (hasReportingWord(a, d.cue)) prior.push({ source, at: cue.start, content: [content.span.start, content.span.end] });
      // (A speaker inside brackets speaks for nothing outside them.)
      if (bracketsOf(a, d.cue[0]) === null) lastSource = { source, sentence: sent };
    }
    claims.push({
      id: '',
      source,
      cue,
      content: content.span,
      direct: content.direct,
      stance: stanceOf(cue.text, content.span.text, /^[”"’'»]?\?/.test(a.text.slice(content.span.end, content.span.end + 2))),
      hedged: isHedged(cue.text, content.span.text),
      time: null,
      via: null,
    });
  }
  // A claim that names no source, inside what another claim said ("“Our results clearly show Ford is
  // making progress,'' said …"): part of that claim, not one of its own.
  // So is one inside another's quotation whose source is a phrase that names no one the text names: the
  // quoted speaker's own words ("“Anything we | wrote | had to have a hint of Scotland,” Steenburgen said",
  // "“… that everything anybody | said | to me became musical”"). (A pronoun there, "“She has said …”", is
  // a claim reported inside the quotation, resolved later.)
  for (let i = claims.length - 1; i >= 0; i--) {
    const c = claims[i];
    const inside = (o: Claim) => o !== c && o.source && o.content.start <= c.cue.start && o.content.end >= c.content.end && o.content.start <= c.content.start;
    if (!c.source && claims.some(inside)) claims.splice(i, 1);
    else if (c.source && c.source.entity === null && !/^(?:i|we|you|he|she|they)$/i.test(c.source.text) && !/^according to$/i.test(c.cue.text) && claims.some((o) => inside(o) && o.direct && /[“"‘'`]$/.test(a.text.slice(Math.max(0, o.content.start - 1), o.content.start))
      && !a.text.slice(o.content.start, c.cue.start).includes('\n'))) claims.splice(i, 1);
  }
  addContinuations(a, claims);
  const startOf = (c: Claim) => Math.min(c.cue.start, c.content.start);
  claims.sort((x, y) => startOf(x) - startOf(y) || x.cue.start - y.cue.start);
  addVia(a, claims, entities);
  // "“…,” he told settler leaders, according to a statement.": the statement reports his claim (its via, when the text
  // names who made it), it makes no claim of its own whose content holds his words and his name.
  for (let i = claims.length - 1; i >= 0; i--) {
    const c = claims[i];
    if (!/^according to$/i.test(c.cue.text)) continue;
    // (Only right after that claim's cue, with at most whom it was told between: "According to a paper, the team
    // discovered …" is the paper's claim.)
    // (A verb of saying: "watched the videos on Thursday, according to their attorneys" is the attorneys' claim.)
    const sayingVerb = (o: Claim) => {
      const last = tokenAt(a, o.cue.end - 1);
      return isReportingWord(a.tokens[last].text.toLowerCase()) && /^VB[DNPZ]?$/.test(tagAt(a, last));
    };
    if (claims.some((o) => o !== c && o.source && o.source.start !== null && o.source.start >= c.content.start && o.cue.end <= c.content.end
      && /^[^,.;:!?“”"]{0,40},\s*$/.test(a.text.slice(o.cue.end, c.cue.start)) && sayingVerb(o))) claims.splice(i, 1);
  }
  claims.forEach((c, i) => (c.id = `c${i + 1}`));
  return claims;
}

function hasComma(a: Analysis, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (a.tokens[i].text === ',') return true;
  return false;
}

/**
 * Add the rules' claims. A rule whose cue holds the tagger's cue(s) and is longer replaces those claims
 * ("declined" → "declined to confirm or deny"); one that overlaps a tagged cue otherwise only gives that
 * claim a source it lacks.
 */
function mergeRules(a: Analysis, drafts: Draft[]): void {
  for (const s of a.sentences) {
    for (const m of matchSentence(a, s.first, s.last)) {
      // A tagged claim that read the rule's cue as its source and the rule's speaker as its cue ("…,” | comments |
      // Johnston in a statement") is the rule's claim misread: it goes.
      for (let k = drafts.length - 1; k >= 0; k--) {
        const d = drafts[k];
        if (!d.fromRule && m.source && d.source && overlaps(d.source, m.cue) && overlaps(d.cue, m.source)) drafts.splice(k, 1);
      }
      const hit = drafts.filter((d) => overlaps(d.cue, m.cue) || (m.strong && !d.fromRule && overlaps(d.cue, m.content) && d.cue[0] < m.content[0] + 2));
      const rule: Draft = { source: m.source, cue: m.cue, content: m.content, subjectOfSentence: !!m.subjectOfSentence, fromRule: true };
      if (!hit.length) {
        drafts.push(rule);
        continue;
      }
      const holds = hit.every((d) => !d.fromRule && d.cue[0] >= m.cue[0] && d.cue[1] <= m.cue[1]);
      const longer = hit.some((d) => d.cue[1] - d.cue[0] < m.cue[1] - m.cue[0]);
      if ((holds && longer) || (m.strong && hit.every((d) => !d.fromRule))) {
        if (!rule.source && hit[0].source && !overlaps(hit[0].source, rule.content)) rule.source = hit[0].source;
        for (const d of hit) drafts.splice(drafts.indexOf(d), 1);
        drafts.push(rule);
        continue;
      }
      const same = hit[0];
      // "“C?” Holmes testified. “C2”": a tagged content that ran on over the speaker after the quotation's
      // close is the quotation alone, said by that speaker; a tagged claim of the same cue with no source
      // (a quotation the speaker goes on with) is the speaker's too.
      if (m.closedQuote && m.source) {
        for (const d of hit) {
          if (overlaps(d.content, m.source) && d.content[0] <= m.content[0] + 1) {
            d.content = m.content;
            d.source = m.source;
          } else if (!d.source && !overlaps(d.content, m.content) && !overlaps(d.content, m.source)) d.source = m.source;
        }
        continue;
      }
      // "C, according to X" / "C, X said": the rule reads C from the sentence start to the cue; a tagged
      // content that is a proper tail of it has lost its first words ("people were injured").
      if (m.content[0] === s.first && m.content[1] <= m.cue[0] && same.content[1] === m.content[1] && same.content[0] > m.content[0]) {
        same.content = m.content;
      }
      // "told a few thousand teachers | who covered the Statehouse lawn that C": a tagged content that opens with a
      // relative pronoun is the clause on whom it was told; the rule's C, which ends with it, is what was said.
      if (/^(?:who|whom)$/i.test(a.tokens[same.content[0]].text) && m.content[0] > same.content[0] && m.content[1] === same.content[1] && m.cue[0] === same.cue[0]) {
        same.content = m.content;
      }
      // "C, warned the minister": the tagger read the speaker after the cue as the content (and C's subject as
      // the source); the rule's inverted reading is the claim.
      if (m.source && m.source[0] > m.cue[0] && m.content[1] <= m.cue[0] && overlaps(same.content, m.source)) {
        same.source = m.source;
        same.content = m.content;
      }
      // "C, X announced at the air show": the tagger read the adjunct after the cue as the content; the
      // rule's C before the comma is it (with the rule's source).
      if (m.content[1] <= m.cue[0] && same.content[0] >= same.cue[1] && same.content[0] - same.cue[1] <= 1 && same.content[1] - same.content[0] <= 8
        && WHEN_WHERE.test(a.tokens[same.content[0]].text.toLowerCase())) {
        same.content = m.content;
        if (m.source) same.source = m.source;
      }
      // "C, X said on Thursday, out of about 10,000 that …": a tagged cue that runs on past a comma after the
      // rule's cue has taken the rest of the sentence for the cue and what follows for the content; the
      // rule's C before the speaker is the claim.
      if (m.content[1] <= m.cue[0] && same.cue[0] === m.cue[0] && same.cue[1] > m.cue[1] && same.content[0] >= same.cue[1]) {
        let comma = false;
        for (let k = m.cue[1]; k < same.cue[1]; k++) if (a.tokens[k].text === ',') comma = true;
        if (comma) {
          same.cue = m.cue;
          same.content = m.content;
          if (m.source) same.source = m.source;
        }
      }
      // A tagged content in a later sentence that nothing opens, where the rule reads one in the cue's own
      // sentence ("C, according to X. [next sentence]"): the rule's.
      if (contentAfterSentence(a, same.cue, same.content[0]) && !contentAfterSentence(a, same.cue, m.content[0])) same.content = m.content;
      if (!same.source && m.source && !overlaps(m.source, same.content)) same.source = m.source;
      // The rule's subject right before the cue beats a tagged source further off
      // ("Following a briefing from X, lawmaker Y reported": Y, not X).
      else if (same.source && m.source && m.source[1] === same.cue[0] && gap(same.source, same.cue) > 0 && !overlaps(m.source, same.content)) same.source = m.source;
      // A tagged source that runs in from an introductory phrase ("Following a briefing from X, lawmaker
      // Y reported"): the rule's subject, which starts after that phrase's comma, is the speaker.
      // (Not a name set off before its description: "Kurinji Selvaraj, a research analyst at the Council on
      // Energy, Environment and Water think tank told".)
      else if (same.source && m.source && m.source[1] === same.source[1] && m.source[0] > same.source[0] && hasComma(a, same.source[0], m.source[0])
        && (!/^\p{Lu}\p{Ll}+$/u.test(a.tokens[same.source[0]].text) || INTRO.test(a.tokens[same.source[0]].text) || /^\p{Ll}/u.test(a.tokens[m.source[0]].text))) same.source = m.source;
      if (!same.source && m.subjectOfSentence) same.subjectOfSentence = true;
    }
  }
}

/**
 * A content that runs on over another speaker's clause joined by ", and" / ", but" / ";" ("Obama emphasized that the
 * reforms were not complete, and human rights groups warned that …") ends before it: that clause is the other claim.
 */
function cutAtNextSpeaker(a: Analysis, drafts: Draft[]): void {
  for (const d of drafts) {
    for (const o of drafts) {
      if (o === d || !o.source || o.source[0] <= d.content[0] + 1 || o.cue[1] > d.content[1] || overlaps(o.source, d.cue)) continue;
      let k = o.source[0] - 1;
      const conj = /^(?:and|but)$/i.test(a.tokens[k].text);
      if (conj) k--;
      if (!(a.tokens[k].text === ';' || (conj && a.tokens[k].text === ','))) continue;
      // (Not inside a quotation: "“…; she wrote about it after she left,” the book said" is the book's.)
      let quoted = false;
      for (let j = Math.min(d.content[0], d.cue[0]); j < o.cue[1]; j++) if (anyQuote(a.tokens[j].text)) quoted = true;
      if (!quoted) d.content = [d.content[0], k];
    }
  }
}

/**
 * Where a source ends with the name set off after it ("…,” said the firm's chief executive officer, Alan
 * Mulally."): past ", Name" when the name is a person the entity stage found and ends the sentence or
 * the clause; else `l` as it was.
 */
function appositiveName(a: Analysis, l: number, entities: readonly Entity[]): number {
  if (a.tokens[l]?.text !== ',' || l + 1 >= a.tokens.length) return l;
  // The name right after the comma, or after the words of its role ("…, said another witness, former White House
  // Russia adviser Fiona Hill."): no comma or verb before it.
  for (let k = l + 1; k < a.tokens.length && k - l <= 8 && a.tokens[k].sentence === a.tokens[l].sentence; k++) {
    if (k > l + 1 && (a.tokens[k - 1].text === ',' || verbish(a, k - 1))) break;
    const from = a.tokens[k].start;
    for (const e of entities) {
      if (e.type !== 'PER') continue;
      for (const m of e.mentions) {
        if (m.start !== from) continue;
        const end = tokenAt(a, m.end - 1) + 1;
        const next = a.tokens[end]?.text ?? '.';
        if (a.tokens[end - 1].sentence === a.tokens[l].sentence && /^[.,;!?]$/.test(next)) return end;
      }
    }
  }
  return l;
}

/**
 * A cue that is a finite reporting verb has a subject of its own when the tagger found none: after a
 * phrase set off by commas ("Boeing, by contrast, believes …"), or right after a name ("JPMorgan Chase
 * economist Masamichi Adachi said, …", which the tagger may miss deep in a long paragraph).
 */
export function finiteReporting(a: Analysis, cue: readonly [number, number], entities: readonly Entity[]): boolean {
  if (cue[1] - cue[0] !== 1 || cue[0] === 0 || !hasReportingWord(a, cue as [number, number])) return false;
  const { tags, first } = sentenceTags(a, cue[0]);
  if (!/^(?:VBZ|VBD|VBP)$/.test(tags[cue[0] - first] ?? '')) return false;
  const before = a.tokens[cue[0] - 1];
  if (before.text === ',') return true;
  if (before.sentence !== a.tokens[cue[0]].sentence || !entities.some((e) => e.type === 'PER' && e.mentions.some((m) => m.end === before.end))) return false;
  // (The name ends the subject, with no verb in it: not "Some believe the priority placed on Florida | shows".)
  const subj = subjectBefore(a, a.sentences[before.sentence].first, cue[0]);
  if (!subj) return false;
  for (let i = subj[0]; i < subj[1]; i++) if (/^(?:VB|MD)/.test(tags[i - first] ?? '')) return false;
  return true;
}

/**
 * Quotes that run on, each a claim of the speaker before them (same source and cue, direct):
 *  - sentences that are wholly a quotation ("“A,” said X. “B. C.”"), with no claim of their own, right
 *    after a claim with a source in the same or the previous paragraph: from the opening quotation mark
 *    to the closing one, over sentences, or to the paragraph's end when the quotation runs on into the next;
 *  - the second half of a split quotation ("“A,” the narrator says, “B?”"), over sentences to its closing mark.
 */
function addContinuations(a: Analysis, claims: Claim[]): void {
  const covers = (from: number, to: number) => claims.some((c) => c.content.start < to && c.content.end > from || c.cue.start >= from && c.cue.end <= to);
  const add = (prev: Claim, first: number, last: number): Claim | null => {
    while (last > first && /^[,.?!;:…]$/.test(a.tokens[last - 1].text)) last--;
    if (last - first < 2) return null;
    const content = charSpan(a, first, last);
    const c: Claim = { ...prev, id: '', source: { ...prev.source! }, content, direct: true, hedged: isHedged(prev.cue.text, content.text) };
    claims.push(c);
    return c;
  };
  // Split quotations: after the cue (and its source), ", “B”" to the sentence's end.
  for (const c of [...claims]) {
    if (!c.source || !c.direct || c.content.end > c.cue.start) continue;
    const cueLast = tokenAt(a, c.cue.end - 1);
    const s = a.sentences[a.tokens[cueLast].sentence];
    let i = Math.max(cueLast, c.source.end !== null && c.source.end > c.cue.end ? tokenAt(a, c.source.end - 1) : cueLast) + 1;
    if (i >= s.last || a.tokens[i].text !== ',') continue;
    // A phrase may stand between ("…,” Tester said, referring to the excuse, “you give …”): the next
    // comma and quotation mark within a dozen tokens, with no quotation mark before them.
    if (!quoteMark(a, i + 1, true)) {
      let k = i + 1;
      while (k < s.last && k - i <= 12 && !(a.tokens[k].text === ',' && quoteMark(a, k + 1, true)) && !anyQuote(a.tokens[k].text)) k++;
      if (k >= s.last || k - i > 12 || a.tokens[k].text !== ',') continue;
      i = k;
    }
    const q = quoteMark(a, i + 1, true);
    if (!q) continue;
    // The closing mark: the next quotation mark, in this sentence or a later one of the paragraph.
    const par = s.paragraph;
    let close = -1;
    for (let k = i + 1 + q; k < a.tokens.length && a.sentences[a.tokens[k].sentence].paragraph === par; k++) {
      if (anyQuote(a.tokens[k].text) || quoteMark(a, k, false) === 2) {
        close = k;
        break;
      }
    }
    if (close < 0 || covers(a.tokens[i + 1 + q].start, a.tokens[close].start)) continue;
    add(c, i + 1 + q, close);
  }
  // Quoted sentences after a claim.
  const sorted = [...claims].sort((x, y) => x.content.start - y.content.start);
  let k = 0;
  let prev: Claim | null = null;
  for (let si = 0; si < a.sentences.length; si++) {
    const s = a.sentences[si];
    while (k < sorted.length && sorted[k].content.start < s.start) prev = sorted[k++];
    if (!prev || !prev.source || covers(s.start, s.end)) continue;
    const q = quoteMark(a, s.first, true);
    if (!q) continue;
    const ps = Math.max(a.sentences[a.tokens[tokenAt(a, prev.cue.start)].sentence].paragraph, a.sentences[a.tokens[tokenAt(a, prev.content.end - 1)].sentence].paragraph);
    if (s.paragraph - ps > 1) continue;
    // The run of sentences to the closing mark (or the paragraph's end), with no other quotation mark in it.
    let end = -1;
    let sj = si;
    for (; sj < a.sentences.length && sj - si < 12; sj++) {
      const t = a.sentences[sj];
      if (t.paragraph !== s.paragraph || (sj > si && covers(t.start, t.end))) break;
      let last = t.last - 1;
      while (last > t.first && /^[.?!]$/.test(a.tokens[last].text)) last--;
      const close = quoteMark(a, last, false) === 1 ? last : quoteMark(a, last - 1, false) === 2 ? last - 1 : -1;
      let inner = false;
      for (let i = sj === si ? t.first + q : t.first; i < (close >= 0 ? close : t.last); i++) if (anyQuote(a.tokens[i].text) || quoteMark(a, i, true) === 2) inner = true;
      if (inner) break;
      if (close >= 0) {
        end = close;
        break;
      }
      if (sj + 1 >= a.sentences.length || a.sentences[sj + 1].paragraph !== s.paragraph) {
        // The quotation runs on into the next paragraph, which opens with a quotation mark again.
        const nx = a.sentences[sj + 1];
        if (nx && quoteMark(a, nx.first, true)) end = t.last;
        break;
      }
    }
    if (end < 0) continue;
    const c = add(prev, s.first + q, end);
    if (c) {
      prev = c;
      while (si + 1 < a.sentences.length && a.sentences[si + 1].end <= a.tokens[end - 1].end) si++;
    }
  }
}

const WHEN = new RegExp(`^(?:yesterday|today|tonight|earlier|later|previously|recently|also|${WEEKDAY_WORDS}|week|month|year|morning|afternoon|evening|night|weekend)$`, 'i');
/** Month names (capitalised: "the march" is no time); May is left out, a name and a verb. */
const MONTH_NAME = /^(?:January|February|March|April|June|July|August|September|October|November|December)$/;
const WHEN_HEAD = /^(?:last|this|next|on|earlier|late|early|in)$/i;
/** A participle after which a time belongs to the source ("a poll released last week"). */
const DATED = /^(?:released|published|issued|conducted|taken|made|filed|unveiled|completed|posted|aired|broadcast|written|sent|delivered|held|out)$/i;
/** Adverbs between a source and its verb ("The ad then references", "Wells Fargo just announced"). */
const TRAILING_ADVERB = /^(?:then|just|again|also|now|still|already|previously|repeatedly|further|too|even|first|once|ever|never|certainly|almost|and|or|but|\p{Ll}{2,}ly)$/u;
/** Auxiliaries between a source and its verb ("we have certainly also argued", "she's still saying"). */
const TRAILING_AUX = /^(?:has|have|had|is|are|was|were|am|will|would|can|could|may|might|must|should|shall|did|does|do|'s|’s|'d|’d|'ve|’ve|'ll|’ll|'m|’m)$/i;
/** Nouns that end in -ly. */
const LY_NOUNS = new Set(['assembly', 'supply', 'family', 'ally', 'rally', 'monopoly', 'anomaly', 'reply', 'butterfly', 'bully', 'belly', 'jelly', 'lily', 'fly', 'italy', 'july']);
/** A word that opens an introductory phrase before a subject ("Along with the dispute …, the Supreme Court"). */
const OPENS_PHRASE = /^(?:along|with|following|after|before|in|on|at|for|from|during|despite|amid|unlike|like|under|as|since|among|when|while|if|although|though|because|asked|speaking)$/;
/**
 * Trim a source range to the phrase that names the speaker: without edge punctuation and quotes (but
 * with a closing bracket it opened: "Rep. Gwen Moore (D-Wis.)"), a trailing time ("… service last
 * week", though "a poll released last week" keeps it), adverbs before the verb ("Wells Fargo just"), a
 * relative pronoun ("the Chicago Police Department which"), and an introductory phrase or clause before
 * a comma ("Along with the dispute over the voter rolls, the Supreme Court"). A source cut after a
 * short title ("Mr") runs on over the title's full stop and the name.
 */
function trimSource(a: Analysis, f: number, l: number): [number, number] {
  const tx = (i: number) => a.tokens[i].text;
  const unclosed = (to: number) => {
    let open = 0;
    for (let i = f; i < to; i++) open += tx(i) === '(' ? 1 : tx(i) === ')' ? -1 : 0;
    return open > 0;
  };
  // The full stop of an abbreviation stays ("of Springfield, Va.", "Smith Jr.", "Acme Corp.").
  const abbreviation = (i: number) => tx(i) === '.' && i - 1 > f && a.tokens[i].start === a.tokens[i - 1].end && /^\p{Lu}\p{Ll}{0,3}$/u.test(tx(i - 1));
  const trimEnd = () => {
    while (l > f && a.tokens[l - 1].kind === 'punct' && !(tx(l - 1) === ')' && unclosed(l - 1)) && !abbreviation(l - 1)) l--;
  };
  while (f < l && a.tokens[f].kind === 'punct') f++;
  trimEnd();
  if (l <= f) return [f, l];
  // "said Mr. Barrett": the name after a short title.
  const sent = a.tokens[l - 1].sentence;
  if (l + 1 < a.tokens.length && tx(l) === '.' && TITLE_ABBREVIATIONS.has(tx(l - 1).toLowerCase() + '.') && /^\p{Lu}/u.test(tx(l + 1))) {
    l += 1;
    while (l < a.tokens.length && a.tokens[l].sentence === sent && /^\p{Lu}/u.test(tx(l))) l++;
  }
  // Words of speech before a comma ("Well, look, you know, Mark Cuban …") are no part of who speaks (first, so
  // that the verb after the name is found below: "… Mark Cuban | has been out there saying").
  for (let k = f; k + 1 < l; ) {
    const m = DISCOURSE.exec(a.text.slice(a.tokens[k].start, a.tokens[Math.min(l - 1, k + 2)].end));
    if (!m) break;
    let j = k;
    while (j < l && a.tokens[j].end <= a.tokens[k].start + m[0].length) j++;
    if (j >= l || tx(j) !== ',') break;
    f = k = j + 1;
  }
  // A finite verb outside a relative clause ends the phrase ("The United Nations Security Council on Friday
  // | made a strong condemnation … and", "Donald Trump's campaign | is defending his early-morning").
  // (A phrase that ends in a relative pronoun is left to the antecedent rule below; a short one, or one
  // with no lower-case word that could be a verb, is not tagged at all.)
  let verbLike = false;
  for (let i = f + 1; i < l && !verbLike; i++) verbLike = /^\p{Ll}{2,}/u.test(tx(i)) && !/^(?:the|a|an|of|for|at|in|on|and|or|from|with|to|by)$/.test(tx(i));
  if (l - f >= 3 && verbLike && !isRelative(tx(l - 1).toLowerCase())) {
    const { tags, first } = sentenceTags(a, f);
    for (let i = f + 1; i < l; i++) {
      const w = tx(i);
      if (isRelative(w.toLowerCase()) || w === ',') break;
      // (Not right after a determiner: "The aides were" is no "The | aides"; nor in a relative clause
      // with no relative pronoun, a pronoun after a noun: "all the experts I interviewed".)
      const contact = i - 2 >= f && /^(?:I|we|you|he|she|they)$/.test(tx(i - 1)) && /^(?:NNS?|NN)$|^everyone$|^anyone$/.test(
        /^(?:everyone|anyone|everybody)$/i.test(tx(i - 2)) ? tx(i - 2).toLowerCase() : (tags[i - 2 - first] ?? ''));
      // (Nor a participle after a noun that a preposition or a time follows: "Americans worried about
      // immigration", "a report released last year".)
      const participle = /^\p{Ll}+ed$/u.test(w) && /^NNS?$/.test(tags[i - 1 - first] ?? '') && i + 1 < l
        && (tags[i + 1 - first] === 'IN' || /^(?:last|this|next|earlier|yesterday|today|on|in)$/i.test(tx(i + 1)));
      if (/^\p{Ll}/u.test(w) && FINITE_TAGS.has(tags[i - first]) && !/^(?:DT|PRP\$|POS|JJ)$/.test(tags[i - 1 - first] ?? '') && !contact && !participle) {
        l = i;
        trimEnd();
        break;
      }
    }
    // A name, an appositive set off by commas and then the sentence's verb ("Former President Barack Obama, the most
    // popular Democrat in America, | inserted himself into …"): the phrase ends with the appositive.
    const c1 = a.tokens.slice(f, l).findIndex((t) => t.text === ',');
    if (c1 > 0) {
      let c2 = -1;
      for (let i = f + c1 + 1; i < l; i++) {
        if (isRelative(tx(i).toLowerCase()) || /^(?:VB|MD)/.test(tags[i - first] ?? '')) break;
        if (tx(i) === ',') { c2 = i; break; }
      }
      if (c2 > 0 && c2 + 1 < l && /^\p{Ll}+ed$/u.test(tx(c2 + 1)) && /^VB[DN]$/.test(tags[c2 + 1 - first] ?? '')) {
        l = c2;
        trimEnd();
      }
    }
  }
  // Where it was said is no part of who said it: "CEO Craig Menear | in the company’s news release", "Fadem | in a Tuesday
  // research report".
  if (l - f >= 4 && /^(?:release|statement|report|note|interview|letter|email|e-mail|post|tweet|filing|memo|speech|op-ed|column)$/i.test(tx(l - 1))) {
    for (let i = f + 1; i < l - 1; i++) {
      if (tx(i) === 'in' && (/^(?:a|an|the|his|her|its|their)$/i.test(tx(i + 1)) || /['’]s$/.test(tx(i + 2) ?? ''))) {
        l = i;
        trimEnd();
        break;
      }
    }
  }
  // "USA Today", "NBC Tonight": a capitalised "Today" or "Tonight" after a capitalised word ends a name.
  const inName = (i: number) => /^(?:Today|Tonight)$/.test(tx(i)) && i > f && /^\p{Lu}/u.test(tx(i - 1));
  if (l - f >= 3 && (WHEN.test(tx(l - 1)) || MONTH_NAME.test(tx(l - 1))) && !inName(l - 1)) {
    let e = l - 1;
    // (over "in late August", "early last week"; "a poll released in late August" keeps its time)
    for (let k = 0; k < 2 && e - 1 > f && WHEN_HEAD.test(tx(e - 1)); k++) e--;
    if (e - f >= 1 && !DATED.test(tx(e - 1))) l = e;
  }
  trimEnd();
  while (l - f > 1 && /^(?:and|but|so|or|then|yet)$/i.test(tx(f))) f++;
  // A section heading in capitals run into the paragraph ("SAVE A QUARTER Let's say …", "THE MANY CAVEATS
  // Plenty of people …") is no part of who speaks.
  let caps = f;
  while (caps < l && /^\p{Lu}[\p{Lu}'’-]*$/u.test(tx(caps))) caps++;
  if (caps - f >= 2 && caps < l && /^\p{Lu}\p{Ll}/u.test(tx(caps))) f = caps;
  for (let guard = 0; guard < 4 && l - f > 1; guard++) {
    const w = tx(l - 1);
    if (isRelative(w) && tx(l - 2).toLowerCase() !== 'of') {
      // "The figures came from the county sheriff's office which": the antecedent after the clause's verb.
      l--;
      trimEnd();
      f = afterLastVerb(a, f, l);
    } else if ((TRAILING_ADVERB.test(w) && !LY_NOUNS.has(w)) || TRAILING_AUX.test(w)) {
      l--;
      trimEnd();
    } else break;
  }
  // "With Democratic leaders …": a preposition that opens the phrase is no part of who speaks.
  if (l - f > 1 && OPENS_PHRASE.test(tx(f).toLowerCase()) && /^(?:\p{Lu}|the$|a$|an$)/u.test(tx(f + 1))) f++;
  // How often is no one: "and several times | described …", "three times | said".
  if (l - f === 2 && /^times$/i.test(tx(f + 1)) && HOW_MANY.test(tx(f))) return [f, f];
  // A lone function word or adverb names nobody ("…, and pledges to protect …", "Never | urged").
  if (l - f === 1 && /^(?:and|or|but|nor|of|to|in|on|at|for|with|by|from|as|so|then|never|here|there|also|however|still|now|yet|instead|meanwhile|please)$/i.test(tx(f))) return [f, f];
  // (Nor does a lone adverb set off by a comma: "Conversely, PolitiFact rated …", though "Mulally said" is a name.)
  if (l - f === 1 && /^\p{Lu}?\p{Ll}+ly$/u.test(tx(f)) && tagAt(a, f) === 'RB' && a.tokens[f + 1]?.text === ',') return [f, f];
  // An introductory phrase or a clause before the last comma: the subject is what follows it.
  let comma = -1;
  for (let i = l - 1; i > f; i--) if (tx(i) === ',') { comma = i; break; }
  if (comma > f && comma + 1 < l) {
    let clause = OPENS_PHRASE.test(tx(f).toLowerCase());
    let relative = false;
    for (let i = f; i < comma && !clause; i++) {
      if (isRelative(tx(i).toLowerCase())) relative = true;
      else if (!relative && verbish(a, i)) clause = true;
    }
    let tailVerb = false;
    for (let i = comma + 1; i < l; i++) if (verbish(a, i) || isRelative(tx(i).toLowerCase())) tailVerb = true;
    if (clause && !tailVerb && /^(?:\p{Lu}|the$|a$|an$|its$|his$|her$|their$)/u.test(tx(comma + 1))) f = comma + 1;
    // Sentence adverbs set off by commas ("Critically, however, it") are no part of who speaks either.
    else if (!tailVerb) {
      let adverbs = true;
      for (let i = f; i < comma && adverbs; i++) adverbs = tx(i) === ',' || tagAt(a, i) === 'RB';
      if (adverbs) f = comma + 1;
    }
  }
  return [f, l];
}

/** Words of speech that open a sentence before a comma: interjections and fillers. */
const DISCOURSE = /^(?:well|look|listen|yes|yeah|no|oh|okay|ok|sure|now|so|you know|you see|i mean|frankly|honestly|look here)\b/i;

/** Part-of-speech tags a subject's noun phrase may hold before its head (no verb, pronoun, wh-word or adverb). */
const NP_TAGS = new Set(['DT', 'JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS', 'CC', 'IN', 'POS', 'CD', 'PRP$', 'VBN', 'HYPH', 'NML']);
/**
 * A tagged source that stands alone: a pronoun, or a noun phrase whose determiner is capitalised in
 * mid-sentence ("… of the regional centers The S.E.C. said": a sentence whose full stop is missing).
 */
const NP_START = /^(?:he|she|it|they|we|i|you|who|which|whom|whose|that|this|those|these|The|A|An|This|These|Those|Its|His|Her|Their|Our|My|Your)$/;

/** Where the noun phrase after the last finite verb in [f, l) starts (past a preposition), or f. */
function afterLastVerb(a: Analysis, f: number, l: number): number {
  const { tags, first } = sentenceTags(a, f);
  for (let i = l - 1; i > f; i--) {
    if (FINITE_TAGS.has(tags[i - first])) {
      let k = i + 1;
      while (k < l - 1 && (tags[k - first] === 'IN' || tags[k - first] === 'TO' || tags[k - first] === 'RP' || tags[k - first] === 'RB')) k++;
      return k;
    }
  }
  return f;
}

/** Where a cue ends without a time after its verb ("said Friday", "announced on Monday" → the verb). */
function cueEnd(a: Analysis, cue: [number, number]): number {
  let l = cue[1];
  while (l - cue[0] > 1 && WHEN.test(a.tokens[l - 1].text) && !/^(?:also|earlier|later|previously|recently)$/i.test(a.tokens[l - 1].text)) {
    l--;
    if (l - cue[0] > 1 && /^(?:on|last|this|next|early|late)$/i.test(a.tokens[l - 1].text)) l--;
  }
  return l;
}

/**
 * A source right before its cue that the tagger began inside its noun phrase ("Brookings Institution"
 * of "The Tax Policy Center at the Urban Institute and Brookings Institution estimates"; "local
 * leaders" of "state and local leaders could call on") runs back to the start of the sentence's subject
 * when what lies between is words of a noun phrase (by their part of speech) with no punctuation.
 */
function wholeSubject(a: Analysis, source: [number, number], cue: number): [number, number] {
  if (NP_START.test(a.tokens[source[0]].text) || /ing$/.test(a.tokens[cue].text)) return source;
  let c = cue;
  while (c > source[1] && AUX.has(a.tokens[c - 1].text.toLowerCase())) c--;
  if (c !== source[1]) return source;
  const s = a.sentences[a.tokens[cue].sentence];
  const subj = subjectBefore(a, s.first, c);
  if (!subj || subj[0] >= source[0] || subj[1] !== source[1]) return source;
  for (let i = subj[0]; i < source[0]; i++) if (a.tokens[i].kind === 'punct' && a.tokens[i].text !== '&') return source;
  const { tags, first } = sentenceTags(a, cue);
  for (let i = subj[0]; i < source[0]; i++) if (!NP_TAGS.has(tags[i - first])) return source;
  return [subj[0], source[1]];
}

/** The first token in [from, to) that looks like a finite verb (a cheap stand-in for POS). */
function firstVerbish(a: Analysis, from: number, to: number): number {
  if (to <= from) return to;
  // By part of speech (a plural noun in -es, "aides", is no verb), else by form.
  const { tags, first } = sentenceTags(a, from);
  for (let i = from; i < to; i++) {
    const w = a.tokens[i].text.toLowerCase();
    if (/^(?:has|have|had|is|are|was|were|will|would|can|could|may|might|should|did|does|do)$/.test(w)) return i;
    const t = tags[i - first];
    if (i > from && /^[a-z]/.test(a.tokens[i].text) && ((t !== 'MD' && FINITE_TAGS.has(t)) || (t === undefined && /^[a-z]+(?:ed|es)$/.test(w)))) return i;
  }
  return to;
}

/**
 * The subject of the last clause opened by a coordinating or adverbial word ("but", "when", "after" …) before `to`,
 * when that clause has a subject and a finite verb of its own and no verb of saying stands before it in the sentence.
 */
function joinedClause(a: Analysis, from: number, to: number): [number, number] | null {
  for (let k = to - 1; k > from; k--) {
    if (!/^(?:but|and)$/i.test(a.tokens[k].text) && !SUBORDINATOR.test(a.tokens[k].text)) continue;
    for (let j = from; j < k; j++) if (isReportingWord(a.tokens[j].text.toLowerCase()) && FINITE_TAGS.has(tagAt(a, j))) return null;
    const v = firstVerbish(a, k + 1, to);
    if (v >= to || v <= k + 1) return null;
    const subj = subjectBefore(a, k + 1, v);
    return subj && subj[0] >= k + 1 ? subj : null;
  }
  return null;
}

/** Double quotation marks opened and not closed in a stretch of text (curly marks; straight ones by parity). */
function openQuotes(s: string): number {
  let n = 0;
  let straight = 0;
  for (const ch of s) {
    if (ch === '“') n++;
    else if (ch === '”') n = Math.max(0, n - 1);
    else if (ch === '"') straight++;
  }
  return n + (straight % 2);
}

/**
 * Reported-through chains: "Following a briefing from X, Y reported that …" — the claim was reported
 * via the entity named in a "briefing/report/information from X" phrase before the source; a claim
 * inside another claim's content, via that claim's source.
 */
function addVia(a: Analysis, claims: Claim[], entities: readonly Entity[]): void {
  const re = /\b(?:following|after|citing|based on)\s+(?:a|an|the)?\s*(?:briefing|report|reports|information|intelligence|assessment|statement)\s+(?:from|by)\s+([^,]+),/gi;
  for (const c of claims) {
    if (!c.source || c.source.start === null) continue;
    const s = a.sentences[a.tokens[tokenAt(a, c.cue.start)].sentence];
    const head = a.text.slice(s.start, c.source.start);
    re.lastIndex = 0;
    const m = re.exec(head);
    if (!m) continue;
    const from = s.start + m.index + m[0].indexOf(m[1]);
    const to = from + m[1].length;
    // The head of the phrase: an organisation before a place or a person, the one named last ("South
    // Korea's National Intelligence Service" → the service).
    let best: { e: Entity; end: number; rank: number } | null = null;
    for (const x of entities) {
      const rank = x.type === 'ORG' ? 0 : x.type === 'PER' ? 2 : 1;
      for (const mm of x.mentions) {
        if (mm.start < from || mm.end > to) continue;
        if (!best || rank < best.rank || (rank === best.rank && mm.end > best.end)) best = { e: x, end: mm.end, rank };
      }
    }
    c.via = best ? best.e.id : null;
  }
  // "I" or "we" inside a quotation in another's content is the quoted speaker ("Volker said … Giuliani “raised, and I
  // rejected, the conspiracy theory …”"), even where the content ends before the inner claim does.
  for (const c of claims) {
    if (!c.source || c.source.entity || c.source.start === null || !/^(?:i|we)$/i.test(c.source.text)) continue;
    const at = c.source.start;
    const outer = claims.find((o) => o !== c && o.source?.entity && o.content.start <= at && o.content.end >= c.source!.end!
      && openQuotes(a.text.slice(o.content.start, at)) > 0);
    if (outer) c.source.entity = outer.source!.entity;
  }
  // A claim reported inside another's content ("the source added that Clinton had told police officials
  // that she didn't want the escort") came through that claim's source, when the text names it.
  for (const c of claims) {
    if (c.via) continue;
    const outer = claims.find((o) => o !== c && o.source?.entity && o.cue.text.toLowerCase().split(/[^\p{L}'’-]+/u).some(isReportingWord) && o.content.start <= c.cue.start && o.content.end >= c.cue.end
      && o.content.start <= c.content.start && o.content.end >= c.content.end && o.source.entity !== c.source?.entity);
    if (!outer) continue;
    // "I" or "we" inside what the outer speaker said is that speaker ("“… I don't see how …,” he said").
    if (outer.direct && c.source && !c.source.entity && /^(?:i|we|me|us)$/i.test(c.source.text)) c.source.entity = outer.source!.entity;
    else c.via = outer.source!.entity;
  }
}
