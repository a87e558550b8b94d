/**
 * Claims the tagger does not make: quotations credited after a dash ("“…” ― Name"), "He said:" before a
 * paragraph, and speakers named by a label and a colon ("PENCE: …", "Kerry: “…”").
 */
import type { Entity } from '../../ledger/types.js';
import type { Analysis } from '../../nlp/tokenize.js';
import { CUE_VERBS } from './lexicon.js';
import { AUX, subjectBefore } from './rules.js';
import { type Draft, FINITE_TAGS, hasReportingWord, isQuote, quoteMark, tagAt } from './reading.js';

/**
 * A quotation credited after a dash ("“Maybe we can build a wall around him.” ― Jorge Falcon"): a claim
 * of the name after the dash, the dash its cue, unless a claim is already made of that quotation.
 */
export function addDashQuotes(a: Analysis, drafts: Draft[]): void {
  const t = a.tokens;
  for (let d = 1; d + 1 < t.length; d++) {
    if (t[d].kind !== 'punct' || !/^(?:―|—|–|--)$/.test(t[d].text) || !/^[”"]$|^''$/.test(t[d - 1].text)) continue;
    // The name: capitalised words (and initials) right after the dash.
    let e = d + 1;
    while (e < t.length && e - d <= 5 && (/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(t[e].text) || (t[e].text === '.' && /^\p{Lu}$/u.test(t[e - 1].text)))) e++;
    if (e === d + 1 || !/^\p{Lu}/u.test(t[d + 1].text)) continue;
    // The opening mark of the quotation that ends before the dash (within the paragraph).
    const close = d - 1;
    const par = a.sentences[t[close].sentence].paragraph;
    let open = -1;
    for (let k = close - 1; k >= 0 && a.sentences[t[k].sentence].paragraph === par; k--) {
      if (/^[“"]$|^``$/.test(t[k].text)) {
        open = k;
        break;
      }
      if (t[k].text === '”') break;
    }
    if (open < 0 || close - open < 3) continue;
    // A claim of the quotation made already stands; one reported inside it ("“He has said hateful things
    // …” ― Beck Pimentel") is the quoted person's words, and ends with them.
    const inside = (x: Draft) => x.cue[0] > open && x.cue[1] <= close;
    if (drafts.some((x) => !inside(x) && x.content[0] < close && x.content[1] > open + 1 && (x.fromRule || hasReportingWord(a, x.cue)))) continue;
    for (const x of drafts) if (inside(x) && x.content[1] > close) x.content = [x.content[0], close];
    // (A word of the name is no cue: "― Beck | Pimentel".)
    for (let k = drafts.length - 1; k >= 0; k--) if (drafts[k].cue[0] >= d + 1 && drafts[k].cue[1] <= e) drafts.splice(k, 1);
    drafts.push({ source: [d + 1, e], cue: [d, d + 1], content: [open + 1, close], subjectOfSentence: false, fromRule: true });
  }
}

/**
 * "He said:" / "The governor added:" closing a paragraph, with what was said as the next paragraph: a
 * claim whose content is that paragraph (unless a claim of its own is already made there). The source
 * is the subject before the verb.
 */
export function addColonQuotes(a: Analysis, pars: ReadonlyArray<[number, number]>, drafts: Draft[]): void {
  for (let p = 0; p + 1 < pars.length; p++) {
    const [p0, p1] = pars[p];
    const colon = p1 - 1;
    if (colon - 1 <= p0 || a.tokens[colon].text !== ':') continue;
    const v = colon - 1;
    if (!CUE_VERBS.has(a.tokens[v].text.toLowerCase())) continue;
    const [n0, n1] = pars[p + 1];
    // (Not when a claim from outside that paragraph has it already; one inside it, "She knows nothing", is no such claim.)
    if (drafts.some((d) => (d.content[0] < n1 && d.content[1] > n0 && (d.cue[0] < n0 || d.cue[0] >= n1)) || (d.cue[0] <= v && d.cue[1] > v))) continue;
    const s = a.sentences[a.tokens[v].sentence];
    let c0 = v;
    while (c0 - 1 >= s.first && AUX.has(a.tokens[c0 - 1].text.toLowerCase())) c0--;
    const subj = subjectBefore(a, s.first, c0);
    if (!subj || subj[1] !== c0) continue;
    drafts.push({ source: subj, cue: [v, v + 1], content: [n0, n1], subjectOfSentence: false, fromRule: true });
  }
}

/** Most tokens a speaker's label before a colon may have ("Republican vice-presidential nominee Mike Pence:"). */
export const MAX_LABEL = 6;

/**
 * The label and colon that open a paragraph, past an opening quotation mark: [first, colon) of
 * capitalised words (initials and abbreviations with their full stop, hyphens), or null.
 */
export function speakerLabel(a: Analysis, p0: number, p1: number): [number, number] | null {
  let k = p0;
  while (k < p1 && isQuote(a.tokens[k].text)) k++;
  let c = k;
  while (c < p1 && c - k < MAX_LABEL && (/^\p{Lu}/u.test(a.tokens[c].text) || (c > k && /^[.-]$/.test(a.tokens[c].text)))) c++;
  // A label, a colon, and at least two tokens said after it; not the paper's own furniture ("UPDATE:").
  if (c === k || c + 2 >= p1 || a.tokens[c].text !== ':') return null;
  for (let i = k; i < c; i++) if (EDITORIAL_LABELS.has(a.tokens[i].text.toLowerCase())) return null;
  return [k, c];
}

/** Words of labels a newspaper puts before its own text, not a speaker's. */
export const EDITORIAL_LABELS = new Set(['update', 'updated', 'updates', 'breaking', 'watch', 'read', 'related', 'exclusive', 'correction',
  'corrections', 'note', 'editor', "editor's", 'editors', 'photo', 'photos', 'video', 'listen', 'see', 'also', 'analysis',
  'opinion', 'commentary', 'live', 'click', 'advertisement', 'sponsored', 'disclosure', 'clarification', 'more', 'subscribe',
  'transcript', 'excerpt', 'excerpts', 'source', 'sources', 'credit', 'caption', 'graphic', 'map', 'chart', 'q', 'a']);

/**
 * Speakers named by a label and a colon at the start of a paragraph: a transcript's turns ("PENCE: Well,
 * look, …", "WALLACE: If I may, sir, …") and headlines that credit a statement ("Pence: Gennifer Flowers
 * Won’t Be at Debate"). The label is the source, the colon the cue, the rest of the paragraph the content
 * (as PolNeAR marks them); inside a paragraph, a sentence that opens with a name, a colon and a quotation
 * is that name's. A label is taken when it holds a name the entity stage found (a person,
 * organisation or place), or, in a transcript, when it is written in capitals and at least two paragraphs
 * open with such a label. A turn's content is its own claim, so a quotation run on from a claim before
 * it stops there.
 */
export function addSpeakerLabels(a: Analysis, pars: ReadonlyArray<[number, number]>, drafts: Draft[], entities: readonly Entity[]): void {
  const labels = pars.map(([p0, p1]) => speakerLabel(a, p0, p1));
  const capitals = (l: [number, number]) => {
    for (let i = l[0]; i < l[1]; i++) if (a.tokens[i].kind === 'word' && !/^\p{Lu}[\p{Lu}'’-]+$/u.test(a.tokens[i].text)) return false;
    return true;
  };
  const transcript = labels.filter((l) => l && capitals(l)).length >= 2;
  // Someone who can speak: a person, organisation or place ("Elizabeth Warren Hammers Wells Fargo CEO:"),
  // not a title ("The Gap Goes On:", tagged MISC).
  // (After the first paragraph, a person: "Lakers: Kyle Kuzma left the court …" is a team's notes, not what
  // it said; a headline may credit an organisation.)
  const named = (l: [number, number]) => {
    const from = a.tokens[l[0]].start;
    const to = a.tokens[l[1] - 1].end;
    const body = from > a.tokens[pars[0][0]].start;
    return entities.some((e) => e.type !== 'MISC' && (!body || e.type === 'PER') && e.mentions.some((m) => m.start >= from && m.end <= to));
  };
  // A place in capitals before the colon is a wire dateline ("NEW DELHI: Nearly 150 Indians returned …").
  // (Not in a headline, which credits a place's government: "US: Over 3,000 North Korean Troops …".)
  const dateline = (l: [number, number]) => {
    const from = a.tokens[l[0]].start;
    const to = a.tokens[l[1] - 1].end;
    return from >= a.bodyStart && capitals(l) && entities.some((e) => (e.type === 'GPE' || e.type === 'LOC') && e.mentions.some((m) => m.start === from && m.end === to));
  };
  // What follows a name's colon is said when it has a clause: a list of charges or items after a name
  // ("Christopher L. Tays: Two county warrants, possession of marijuana, held in jail with no bond") is not.
  const clause = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      // (By word too: a headline in title case tags its verbs as names, "Bank Chief Should Be Investigated".)
      if (FINITE_TAGS.has(tagAt(a, k)) || quoteMark(a, k, true)
        || /^(?:should|will|would|must|can|could|may|might|is|are|was|were|has|have|had|says|said|wants|needs)$/i.test(a.tokens[k].text)) return true;
    }
    return false;
  };
  labels.forEach((l, p) => {
    if (!l || !((transcript && capitals(l)) || named(l)) || dateline(l)) return;
    // (A headline states without a verb: "US: Over 3,000 North Korean Troops Training in Russia".)
    if (!(transcript && capitals(l)) && a.tokens[l[0]].start >= a.bodyStart && !clause(l[1] + 1, pars[p][1])) return;
    const colon = l[1];
    if (drafts.some((d) => d.cue[0] <= colon && d.cue[1] > colon)) return;
    drafts.push({ source: l, cue: [colon, colon + 1], content: [colon + 1, pars[p][1]], subjectOfSentence: false, fromRule: true });
  });
  // Inside a paragraph, a sentence that opens with a name and a colon before a quotation ("Kerry: “By law,
  // the president …”"): the quotation, to its closing mark, is that name's.
  const paragraphStarts = new Set(pars.map(([p0]) => p0));
  for (const s of a.sentences) {
    if (paragraphStarts.has(s.first)) continue;
    const l = speakerLabel(a, s.first, s.last);
    if (!l || !named(l) || !quoteMark(a, l[1] + 1, true)) continue;
    const colon = l[1];
    if (drafts.some((d) => d.cue[0] <= colon && d.cue[1] > colon)) continue;
    let end = s.last;
    for (let k = colon + 2; k < a.tokens.length && a.sentences[a.tokens[k].sentence].paragraph === s.paragraph; k++) {
      if (quoteMark(a, k, false)) { end = k; break; }
    }
    drafts.push({ source: l, cue: [colon, colon + 1], content: [colon + 1, end], subjectOfSentence: false, fromRule: true });
  }
}
