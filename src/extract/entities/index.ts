/**
 * Entities of one article: names found by the tagger (tagger.ts, CoNLL types), then the ledger's
 * layer on top of them:
 *   - types: CoNLL LOC → GPE (states, cities) or LOC (continents, seas, regions, "eastern Russia");
 *     demonyms → NORP tied to their country ("North Korean" → North Korea), or to their region's LOC
 *     entity ("European" → Europe); other MISC stays MISC;
 *   - canonical names and aliases within the document: "Kirby" → John Kirby, "U.S." / "US" /
 *     "the United States" → United States, "NIS" ↔ "National Intelligence Service", "UN" → United Nations;
 *   - capitals that act for their state ("Pyongyang had decided", "support for Moscow") join the state,
 *     unless they are places ("in Moscow", "to Pyongyang");
 *   - roles of people from titles before the name ("Russian Foreign Ministry spokeswoman Maria
 *     Zakharova") and appositives after it ("John Kirby, spokesperson for the U.S. National Security Council").
 */
import type { Entity, EntityType, Span } from '../../ledger/types.js';
import { PARTY_STATE, type Analysis, type Token } from '../../nlp/tokenize.js';
import { capitalOf, isRegion, placeEntry, seatOf, US_STATE_ABBREVIATIONS, type PlaceEntry } from '../../nlp/lexicon/places.js';
import { HONORIFICS, isRoleNoun, NAME_TITLES, ROLE_MODIFIERS, TITLE_ABBREVIATIONS } from '../../nlp/lexicon/roles.js';
import { COMPANY_NOUNS, GOVERNMENT_BODIES, INSTITUTION_HEADS, ORG_ACRONYMS, WELL_KNOWN_ORGS } from '../../nlp/lexicon/orgs.js';
import { loadNameTagger } from './model.js';
import { FINITE_TAGS, sentenceTags, tagAt } from '../../nlp/pos.js';

/** The long names of ORG_ACRONYMS ("United Nations", "European Union"). */
const KNOWN_BODIES = new Set(Object.values(ORG_ACRONYMS));
/** ORG_ACRONYMS' keys as a set: looking a token up in an object makes V8 intern its string first (this runs on every token). */
const ACRONYMS = new Set(Object.keys(ORG_ACRONYMS));
import { spansFromBilou, type NerType } from './tagger.js';

/** An entity of the ledger; NORP entities also name the country (or region) they belong to. */
export interface EntityRecord extends Entity {
  /** For NORP: the canonical name of the state or region the people belong to ("North Korea"). */
  country?: string;
}

/** A name found in the text, before entities are formed. */
export interface Mention {
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  ner: NerType;
  type: EntityType;
  canonical: string;
  country?: string;
}

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'into', 'to', 'from', 'across', 'around', 'via', 'toward', 'towards', 'through', 'within', 'visited', 'visit', 'visiting', 'reached', 'entered', 'leave', 'left', 'flew', 'arrived', 'returned', 'of']);
const DIRECTIONS = /^(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central|northeast(?:ern)?|northwest(?:ern)?|southeast(?:ern)?|southwest(?:ern)?|north|south|east|west|upper|lower|inner|outer)$/;
const GEO_HEADS = new Set(['river', 'sea', 'ocean', 'lake', 'mountains', 'mountain', 'mount', 'valley', 'peninsula', 'island', 'islands', 'gulf', 'strait', 'desert', 'coast', 'bay', 'basin', 'plain', 'plateau', 'canal', 'channel', 'forest', 'region', 'province', 'hills']);
const GEO_WORDS = new Set(['river', 'sea', 'ocean', 'lake', 'mountains', 'valley', 'peninsula', 'island', 'islands', 'strait', 'desert', 'bay', 'canal']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', '&']);

const lc = (s: string) => s.toLowerCase().replace(/’/g, "'");
const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** The lexicon entry of a phrase, trying a plural's singular too ("Russians" → Russian). */
function entryOf(text: string): { entry: PlaceEntry; singular: string } | null {
  const e = placeEntry(text);
  if (e && e.kind === 'demonym' && /[^s]s$/.test(text)) {
    const one = placeEntry(text.slice(0, -1));
    if (one && one.kind === 'demonym' && one.country === e.country) return { entry: e, singular: text.slice(0, -1) };
  }
  if (e) return { entry: e, singular: text };
  if (/s$/.test(text)) {
    const s = text.slice(0, -1);
    const e2 = placeEntry(s);
    if (e2) return { entry: e2, singular: s };
  }
  return null;
}

/** Initials of a name's capitalised words ("National Intelligence Service" → "NIS"). */
function initials(name: string): string {
  return words(name)
    .filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()))
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, '')[0] ?? '')
    .join('')
    .toUpperCase();
}

const ACRONYM = /^[A-Z][A-Z0-9&.]{1,7}$/;
const acronymKey = (s: string) => s.replace(/\./g, '');

/** A nationality word: NORP tied to its country, or the region itself ("European" → Europe). */
function typeDemonym(m: Mention, e: { entry: PlaceEntry; singular: string }): void {
  m.type = isRegion(e.entry.country) ? 'LOC' : 'NORP';
  m.canonical = m.type === 'LOC' ? e.entry.country : e.singular;
  if (m.type === 'NORP') m.country = e.entry.country;
}

/** Type and canonical name of a tagged name, from the lexicons. */
function classify(m: Mention, tokens: readonly Token[], text: string): void {
  const t = m.text;
  // "Danube River", "Lake Chad": a geographic head word makes a place whatever the tagger said.
  const ws0 = words(t);
  if (ws0.length >= 2 && (GEO_WORDS.has(lc(ws0.at(-1)!)) || /^(?:Lake|Mount|Mt\.?|Gulf|Bay|Cape)$/.test(ws0[0]))) m.ner = 'LOC';
  // "Port Hollis", "Port Moresby": a town (not "Port Authority", a body).
  if (ws0.length === 2 && /^(?:Port|PORT)$/.test(ws0[0]) && !INSTITUTION_HEADS.has(lc(ws0[1])) && !BODY_HEADS.test(ws0[1]) && !/^authority$/i.test(ws0[1])) m.ner = 'LOC';
  if (ACRONYMS.has(t)) {
    m.ner = 'ORG';
    m.type = 'ORG';
  }
  // "Polish American(s)", "Northern European": peoples and directions before a people are a people, of the
  // last word's country or region.
  if (ws0.length >= 2 && ws0.length <= 3 && !entryOf(t)) {
    const last = entryOf(ws0.at(-1)!);
    if (last && last.entry.kind === 'demonym' && ws0.slice(0, -1).every((w) => DIRECTIONS.test(lc(w)) || entryOf(w)?.entry.kind === 'demonym')) {
      m.ner = 'MISC';
      m.type = 'NORP';
      m.canonical = [...ws0.slice(0, -1), last.singular].join(' ');
      m.country = last.entry.country;
      return;
    }
  }
  if (m.ner === 'LOC') {
    const e = entryOf(t);
    const head = lc(words(t).at(-1) ?? '');
    if (e && e.entry.kind === 'demonym') {
      typeDemonym(m, e);
    } else if (e && e.entry.kind === 'region') {
      m.type = 'LOC';
      m.canonical = e.entry.country;
    } else if (e && e.entry.kind === 'country') {
      m.type = 'GPE';
      m.canonical = e.entry.country;
    } else if (isRegion(t) || GEO_HEADS.has(head)) {
      m.type = 'LOC';
    } else if (words(t).length >= 2 && INSTITUTION_HEADS.has(head)) {
      // "the High Court", "Supreme Court", "Hamas' military command": an institution, not a place.
      m.ner = 'ORG';
      m.type = 'ORG';
    } else m.type = 'GPE';
  } else if (m.ner === 'MISC') {
    const e = entryOf(t);
    if (e && e.entry.kind === 'demonym') {
      typeDemonym(m, e);
    } else if (e && e.entry.kind === 'country') {
      m.type = 'GPE';
      m.canonical = e.entry.country;
    } else if (e && e.entry.kind === 'region') {
      // "the Mediterranean", "the Arctic": CoNLL often calls a sea or region used as a name MISC.
      m.ner = 'LOC';
      m.type = 'LOC';
      m.canonical = e.entry.country;
    }
  } else if (m.ner === 'ORG') {
    const known = ORG_ACRONYMS[t] ?? WELL_KNOWN_ORGS[t];
    if (known) m.canonical = known;
    else {
      // "<Country or demonym> <Body>": "Russian Foreign Ministry", "U.S. Treasury".
      const ws = words(t);
      for (let k = 1; k < ws.length && k <= 3; k++) {
        const prefix = ws.slice(0, k).join(' ');
        const body = lc(ws.slice(k).join(' '));
        const long = GOVERNMENT_BODIES[body];
        const e = long ? entryOf(prefix) : null;
        if (!long || !e || (e.entry.kind !== 'country' && e.entry.kind !== 'demonym')) continue;
        m.canonical = /^Department/.test(long) ? `${e.entry.kind === 'country' ? prefix : e.entry.country} ${long}` : `${long} of ${e.entry.country}`;
        break;
      }
    }
    // "<Country>'s <Org>": the organisation of that country.
    const pos = m.first >= 2 ? tokens[m.first - 1] : null;
    if (pos && /^['’]s$/i.test(pos.text) && !ACRONYMS.has(t) && m.canonical === t) {
      const owner = possessorBefore(tokens, m.first - 1, text);
      if (owner) m.canonical = `${t} (${owner})`;
    }
  }
}

/** The country named right before a possessive 's at token index `pos`, if any. */
function possessorBefore(tokens: readonly Token[], pos: number, text: string): string | null {
  for (let k = 1; k <= 3 && pos - k >= 0; k++) {
    const phrase = text.slice(tokens[pos - k].start, tokens[pos - 1].end);
    const e = entryOf(phrase);
    if (e && e.entry.kind === 'country') return e.entry.country;
  }
  return null;
}

/** A title written short before a name ("Rep" of "Rep. David McKinley"), as the roles lexicon lists them. */
const isTitleWord = (w: string) => /^\p{Lu}\p{Ll}*$/u.test(w) && TITLE_ABBREVIATIONS.has(w.toLowerCase() + '.');

/** Mentions from the tagger's labels, with the ledger's types and first canonical names. */
export function findMentions(a: Analysis): Mention[] {
  const tagger = loadNameTagger();
  const tokens = a.tokens;
  // Words for the tagger: an initial and its full stop are one word, as in the treebank ("R." in
  // "Michael R. Golden"), and so is a title before a name ("Rep. David McKinley"); wordTokens maps each
  // word back to its first token.
  const sentences: string[][] = [];
  const wordTokens: number[] = [];
  for (const s of a.sentences) {
    const ws: string[] = [];
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i];
      const next = tokens[i + 1];
      wordTokens.push(i);
      if (i + 1 < s.last && next.text === '.' && next.start === t.end
        && ((/^\p{Lu}$/u.test(t.text) && i > s.first) || (isTitleWord(t.text) && i + 2 < s.last && /^\p{Lu}/u.test(tokens[i + 2].text)))) {
        ws.push(t.text + '.');
        i++;
      } else ws.push(t.text);
    }
    sentences.push(ws);
  }
  wordTokens.push(tokens.length);
  const labels = tagger.labels(sentences);
  const starts = new Uint8Array(labels.length);
  let k = 0;
  for (const s of sentences) {
    starts[k] = 1;
    k += s.length;
  }
  const wordSpans = spansFromBilou(labels, starts);
  // (A lawmaker's party and state after the name, "R-W.Va.", is no place of its own.)
  const tokenSpans = wordSpans.map((w) => ({ start: wordTokens[w.start], end: wordTokens[w.end], type: w.type }))
    .filter((sp) => !(sp.end - sp.start === 1 && partyState(tokens[sp.start].text)));
  const spans = consistentTypes(a, titleCaseLines(a, honorificNames(a, repairSpans(a, tokenSpans))));
  const out: Mention[] = [];
  for (const s of spans) {
    const start = tokens[s.start].start;
    const end = tokens[s.end - 1].end;
    const text = a.text.slice(start, end);
    const m: Mention = { first: s.start, last: s.end, start, end, text, ner: s.type, type: s.type === 'LOC' ? 'GPE' : s.type, canonical: text };
    classify(m, tokens, a.text);
    out.push(m);
  }
  return out;
}

/**
 * A name after a personal honorific or a title written short ("Ms. Okonjo-Iweala", "Mr Lavrov",
 * "Sen. Tim Kaine") is a person's: a name the tagger found there is typed PER, and one it missed is
 * added (the run of capitalised words and initials, at most four).
 */
function honorificNames(a: Analysis, spans: TokenSpan[]): TokenSpan[] {
  const tokens = a.tokens;
  const covering = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, k) => {
    for (let i = s.start; i < s.end; i++) covering[i] = k;
  });
  const out = [...spans];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = tokens[i].text;
    if (!/^\p{Lu}\p{Ll}*$/u.test(w)) continue;
    const lw = w.toLowerCase();
    const dotted = tokens[i + 1].text === '.' && tokens[i + 1].start === tokens[i].end;
    const honorific = HONORIFICS.has(lw) && lw !== 'lord' && lw !== 'lady' && lw !== 'dame' && lw !== 'sir';
    if (!(dotted && (honorific || isTitleWord(w))) && !(!dotted && honorific && /^(?:mr|mrs|ms|dr)$/.test(lw))) continue;
    const first = dotted ? i + 2 : i + 1;
    if (first >= tokens.length || tokens[first].sentence !== tokens[i].sentence || !/^\p{Lu}\p{Ll}/u.test(tokens[first].text)) continue;
    // A title after the title ("Lt. Col. Alexander Vindman") is no name: the name comes after it.
    if (isTitleWord(tokens[first].text) && tokens[first + 1]?.text === '.' && tokens[first + 1].start === tokens[first].end) continue;
    const k = covering[first];
    if (k >= 0) {
      if (out[k].start >= i) out[k] = { ...out[k], type: 'PER', sure: true };
      continue;
    }
    let end = first;
    let words = 0;
    while (end < tokens.length && tokens[end].sentence === tokens[i].sentence && words < 4 && covering[end] < 0) {
      const t = tokens[end].text;
      if (/^\p{Lu}\p{Ll}/u.test(t)) end++;
      else if (/^\p{Lu}$/u.test(t) && tokens[end + 1]?.text === '.') end += 2; // an initial
      else break;
      words++;
    }
    if (end > first) out.push({ start: first, end, type: 'PER', sure: true });
  }
  // A title in full before a name the tagger found ("President Trump", "Governor Beshear"; the tagger's
  // news of the 1990s knows Trump as a business): that name is a person's, unless it is a place the
  // lexicon knows or it runs on past three words.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!NAME_TITLES.has(tokens[i].text.toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(tokens[i].text) || covering[i] >= 0) continue;
    const k = covering[i + 1];
    if (k < 0 || out[k].start !== i + 1 || out[k].end - out[k].start > 3 || tokens[i + 1].sentence !== tokens[i].sentence) continue;
    if (out[k].type !== 'PER' && entryOf(a.text.slice(tokens[out[k].start].start, tokens[out[k].end - 1].end))) continue;
    out[k] = { ...out[k], type: 'PER', sure: true };
  }
  // An honorific alone is no name ("Miss" tagged apart from "Miss Jones"), nor is a title alone a person
  // ("Officer" of "the Apple Chief Executive Officer").
  // (Unless a person of that name is named in full: "Don King … King said", "John Major … Major".)
  const surnames = new Set(out.filter((sp) => sp.type === 'PER' && sp.end - sp.start > 1).map((sp) => tokens[sp.end - 1].text));
  const named = out.filter((sp) => !(sp.end - sp.start === 1 && (HONORIFICS.has(tokens[sp.start].text.toLowerCase())
    || (sp.type === 'PER' && !sp.sure && isRoleNoun(lc(tokens[sp.start].text)) && !ROLE_MODIFIERS.has(lc(tokens[sp.start].text)) && !surnames.has(tokens[sp.start].text)))));
  // (Names added at the end go back into text order.)
  return out.length > spans.length ? named.sort((x, y) => x.start - y.start) : named;
}

/** Small words that title case leaves in lower case ("Expected in First Half of 2020"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'vs', 'with', 'from', 'into', 'over']);

/**
 * A line in title case ("13-Inch MacBook Pro With Scissor Keyboard Expected in First Half of 2020")
 * capitalises every word, so the tagger's names there are guesses: each is kept only as far as the rest
 * of the document names it too (the longest run of its words that is a name elsewhere, with that
 * name's type), and dropped when no part of it is, unless the place lexicon knows it. All-caps lines
 * are left to the tagger, which reads them as headlines; a document that is all title-case lines is
 * left as it is.
 */
function titleCaseLines(a: Analysis, spans: TokenSpan[]): TokenSpan[] {
  const tokens = a.tokens;
  const titleCase = new Uint8Array(a.sentences.length);
  let any = false;
  a.sentences.forEach((s, si) => {
    // Cheap first: every word that begins with a letter, small words aside, is capitalised.
    let words = 0;
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i].text;
      const c = t.charCodeAt(0);
      const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /^\p{L}/u.test(t));
      // Nor does the suffix of a number written with it ("50" "th", "71.6" "m").
      if (!letter || TITLE_SMALL_WORDS.has(t) || (i > s.first && tokens[i].start === tokens[i - 1].end && /\d$/.test(tokens[i - 1].text))) continue;
      if (!((c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(t)))) return;
      words++;
    }
    if (words < 4) return;
    // Not a table or a list ("Glamorgan 259 and 207 ( A. Dale 69 , H. Morris 69 ; …", "Loren Roberts ,
    // Steve Stricker , Brian Claar"): brackets, semicolons, three numbers or three commas are no headline's.
    let numbers = 0;
    let commas = 0;
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i].text;
      if (t === '(' || t === ';') return;
      if ((/\d/.test(t) && ++numbers >= 3) || (t === ',' && ++commas >= 3)) return;
    }
    // Then not in capitals throughout (an all-caps headline is the tagger's).
    let upper = 0;
    let letters = 0;
    for (const ch of a.text.slice(s.start, s.end)) {
      if (ch.toLowerCase() !== ch) upper++;
      if (ch.toLowerCase() !== ch.toUpperCase()) letters++;
    }
    if (upper / letters < 0.6) {
      titleCase[si] = 1;
      any = true;
    }
  });
  if (!any) return spans;
  const known = new Map<string, NerType>();
  // Compared in lower case and without dots ("US" in the title, "U.S." in the body).
  const text = (st: number, en: number) => a.text.slice(tokens[st].start, tokens[en - 1].end).toLowerCase().replace(/\./g, '');
  for (const sp of spans) if (!titleCase[tokens[sp.start].sentence]) known.set(text(sp.start, sp.end), sp.type);
  const out: TokenSpan[] = [];
  for (const sp of spans) {
    if (!titleCase[tokens[sp.start].sentence]) {
      out.push(sp);
      continue;
    }
    // A name the place lexicon knows (a country, a capital, a people) needs no confirming.
    if (entryOf(a.text.slice(tokens[sp.start].start, tokens[sp.end - 1].end))) {
      out.push(sp);
      continue;
    }
    /** The longest (then leftmost) run of the span's words, at most `max` long, that `typeOf` types. */
    const longestRun = (max: number, typeOf: (st: number, en: number) => NerType | undefined): TokenSpan | null => {
      for (let len = max; len >= 1; len--) {
        for (let st = sp.start; st + len <= sp.end; st++) {
          const type = typeOf(st, st + len);
          if (type) return { start: st, end: st + len, type };
        }
      }
      return null;
    };
    // The longest run the body names; else the longest the place lexicon knows ("Iranian" of "Iranian
    // Oil Exports Fall Sharply"; the whole span was tried above).
    const best = longestRun(sp.end - sp.start, (st, en) => known.get(text(st, en)))
      ?? longestRun(sp.end - sp.start - 1, (st, en) => {
        const e = entryOf(a.text.slice(tokens[st].start, tokens[en - 1].end));
        return e ? (e.entry.kind === 'demonym' ? 'MISC' : 'LOC') : undefined;
      });
    if (best) out.push(best);
  }
  return out;
}

/** One type for one name in one document: the type most of its mentions got (the first on a tie). */
function consistentTypes(a: Analysis, spans: TokenSpan[]): TokenSpan[] {
  const votes = new Map<string, Map<NerType, number>>();
  const text = (sp: TokenSpan) => a.text.slice(a.tokens[sp.start].start, a.tokens[sp.end - 1].end);
  for (const sp of spans) {
    const t = text(sp);
    let v = votes.get(t);
    if (!v) votes.set(t, (v = new Map()));
    v.set(sp.type, (v.get(sp.type) ?? 0) + 1);
  }
  // A type the words around a name gave it ("President Trump") is the name's type everywhere.
  const sure = new Map<string, NerType>();
  for (const sp of spans) if (sp.sure) sure.set(text(sp), sp.type);
  for (const sp of spans) {
    const t = sure.get(text(sp));
    if (t) {
      sp.type = t;
      continue;
    }
    const v = votes.get(text(sp))!;
    if (v.size < 2) continue;
    let best = sp.type;
    let bestN = -1;
    for (const [type, n] of v) if (n > bestN) {
      best = type;
      bestN = n;
    }
    sp.type = best;
  }
  // A name that begins a product's name with a model number ("Airbus A320", "Boeing 787") is the maker
  // when it stands alone ("Airbus said …"), not a product.
  const makers = new Set<string>();
  // (The model number inside the span, or right after it: "Airbus A330 MRTT", "the Boeing 767 tanker"; not a year.)
  const model = (t: string | undefined) => t !== undefined && /^[A-Z]{0,3}\d{2,4}(?:-\d{1,4})?[A-Z]{0,3}s?$/.test(t) && !/^(?:19|20)\d\d$/.test(t);
  for (const sp of spans) {
    if (/\d/.test(a.tokens[sp.start].text)) continue;
    const next = sp.start + 1 < a.tokens.length && a.tokens[sp.start + 1].start === a.tokens[sp.start].end + 1 ? a.tokens[sp.start + 1].text : undefined;
    // (A measure after the number makes it a distance or a score: "Olympic 100 metres".)
    const after = a.tokens[sp.start + 2]?.text ?? '';
    if (sp.end - sp.start >= 2 ? /\d/.test(a.tokens[sp.start + 1].text) : model(next) && !MEASURE_WORD.test(after)) makers.add(a.tokens[sp.start].text);
  }
  // … and so is a one-word name tagged as a product or other name that is called a business somewhere
  // in the text ("aircraft manufacturer Boeing", "Boeing's European rival, Airbus").
  const acting = (sp: TokenSpan): boolean => {
    const tokens = a.tokens;
    let k = sp.start - 1;
    if (k >= 0 && tokens[k].text === ',') k--;
    return k >= 0 && tokens[k].sentence === tokens[sp.start].sentence && (COMPANY_NOUNS.has(lc(tokens[k].text)) || /^(?:rival|competitor|parent)$/i.test(tokens[k].text));
  };
  const actors = new Set<string>();
  for (const sp of spans) if (sp.type === 'MISC' && sp.end - sp.start === 1 && !entryOf(text(sp)) && !placeEntry(text(sp)) && acting(sp)) actors.add(text(sp));
  for (const sp of spans) if (sp.type === 'MISC' && ((sp.end - sp.start === 1 && (makers.has(text(sp)) || actors.has(text(sp))))) && !entryOf(text(sp))) sp.type = 'ORG';
  // A name of several words that ends in an organisation's head word is an organisation ("the Arab League",
  // "the Islamic Resistance Movement").
  // Where it acts: the subject of a verb somewhere in the text (a sports league in a results table stays
  // the event it is in CoNLL's convention).
  const orgActs = new Set<string>();
  for (const sp of spans) {
    if (sp.type !== 'MISC' || sp.end - sp.start < 2 || !ORG_NAME_HEADS.has(lc(a.tokens[sp.end - 1].text)) || sp.end >= a.tokens.length) continue;
    if (a.tokens[sp.end].sentence === a.tokens[sp.end - 1].sentence && FINITE_TAGS.has(tagAt(a, sp.end))) orgActs.add(text(sp));
  }
  for (const sp of spans) if (sp.type === 'MISC' && orgActs.has(text(sp))) sp.type = 'ORG';
  // A one-word name before "administration", "campaign" or "presidency" is a person's ("the Trump
  // administration", "the Clinton campaign"), unless the place lexicon knows it.
  for (const sp of spans) {
    if (sp.type !== 'MISC' || sp.end - sp.start !== 1 || sp.end >= a.tokens.length || entryOf(text(sp)) || placeEntry(text(sp))) continue;
    if (/^(?:administration|campaign|presidency|White)$/.test(a.tokens[sp.end].text) && (a.tokens[sp.end].text !== 'White' || a.tokens[sp.end + 1]?.text === 'House')) sp.type = 'PER';
  }
  return spans;
}

/** `sure`: the type comes from the words around the name ("President Trump"), which outweighs the tagger's other guesses for it. */
type TokenSpan = { start: number; end: number; type: NerType; sure?: boolean };

const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|And|But|In|On|At|For|Of|To|By|With|As|He|She|It|They|We|I)$/;

/** A quick test that can only fail where isCapWord fails: the first character is A–Z or not ASCII. */
const upperFirst = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || c > 127;
};

const isCapWord = (t: Token) => /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(t.text);

/** The tagger's type for a stretch that the lexicons know (a place, a people) or else `fallback`. */
function lexiconType(phrase: string, fallback: NerType): NerType {
  const e = entryOf(phrase);
  if (!e) return fallback;
  return e.entry.kind === 'demonym' ? 'MISC' : 'LOC';
}

/**
 * Repairs of the tagger's spans that the ledger needs and CoNLL's conventions do not give:
 * titles inside a name are split off ("U.S. Treasury Secretary Janet Yellen" → ORG + PER), a name
 * right after a person's role noun is a person ("lawmaker Park Sun-won"), a person's name runs over a
 * trailing capitalised part ("Kim Jong Un"), government bodies after a state ("Russian Foreign
 * Ministry") and well-known acronyms ("UN", "G7") are organisations.
 */
/** Names as their words, by their first word, in the order given. */
function byFirstWord(names: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const n of names) {
    const ws = n.split(' ');
    const list = out.get(ws[0]);
    if (list) list.push(ws);
    else out.set(ws[0], [ws]);
  }
  return out;
}

/** The government bodies' names as words, by their first word (in the lexicon's order). */
const BODIES_BY_FIRST = byFirstWord(Object.keys(GOVERNMENT_BODIES));

/** The well-known organisations' names as tokens, by their first token, longest first. */
const KNOWN_ORGS_BY_FIRST = byFirstWord(Object.keys(WELL_KNOWN_ORGS).sort((x, y) => y.length - x.length));

/** Head words of bodies named after their members ("Union", "Association"), beside INSTITUTION_HEADS. */
const BODY_HEADS = /^(?:Union|Association|Federation|League|Guild|Alliance|Club|Fund|Congress|Society|Institute|Foundation|Movement|Coalition)$/;

/** Words of measure after a number ("100 metres", "400 points"). */
const MEASURE_WORD = /^(?:m|km|metres?|meters?|miles?|kg|kilos?|points?|yards?|seconds?|minutes?|hours?|laps?|runs?|goals?|percent|%)$/i;

/** Months written short ("Dec" of "Dec. 12"). */
const MONTH_SHORT = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/** Time zones written after a clock time. */
const TIME_ZONES = /^(?:UTC|GMT|[ECMP][SD]T|CES?T|BST|JST|KST|HKT|SGT|AES?T|AEDT|IST|MSK|EES?T|WES?T)$/;

const US_STATE_NAMES = new Set(US_STATE_ABBREVIATIONS.values());

/** A US lawmaker's party and state: "R-W.Va.", "D-N.Y." (the tokenizer's PARTY_STATE), "R-Texas", "D-Calif". */
function partyState(t: string): boolean {
  if (PARTY_STATE.test(t)) return true;
  const m = /^[RDI]-(\p{Lu}[\p{L}.]+)$/u.exec(t);
  if (!m) return false;
  const st = m[1].replace(/\.$/, '');
  return US_STATE_ABBREVIATIONS.has(st) || US_STATE_NAMES.has(st);
}

/** Last words of organisations' names. */
const ORG_HEAD_WORDS = new Set([...INSTITUTION_HEADS, 'association', 'union', 'conference', 'league', 'federation', 'foundation', 'institute',
  'society', 'club', 'caucus', 'alliance', 'coalition', 'network', 'group', 'forum', 'center', 'centre', 'organization', 'organisation',
  'board', 'fund', 'trust', 'corporation', 'school', 'college', 'university', 'academy', 'guild', 'chamber']);

/** Last words that make a name an organisation's. */
const ORG_NAME_HEADS = new Set([...ORG_HEAD_WORDS, 'league', 'movement', 'front', 'brigade', 'brigades', 'army', 'organization', 'organisation']);

/** Lower-case function words that never open a name ("of Police"). */
const LOWER_FUNCTION_WORD = /^(?:of|the|and|for|to|at|on|in)$/;

/** Words that are never a name on their own. */
const FUNCTION_WORD = /^(?:the|a|an|this|that|these|those|in|on|at|of|for|and|or|but|to|by|with|from|it|he|she|we|they|i)$/i;

function repairSpans(a: Analysis, spans: TokenSpan[]): TokenSpan[] {
  const tokens = a.tokens;
  const text = a.text;
  const phrase = (s: number, e: number) => text.slice(tokens[s].start, tokens[e - 1].end);
  const out: TokenSpan[] = [];
  for (const sp0 of spans) {
    // Quotes and brackets at the edges are not part of a name.
    const sp = { ...sp0 };
    while (sp.start < sp.end && !/[\p{L}\p{N}]/u.test(tokens[sp.start].text)) sp.start++;
    while (sp.end > sp.start && ((!/[\p{L}\p{N}]/u.test(tokens[sp.end - 1].text) && tokens[sp.end - 1].text !== '.') || /^['’]s?$/i.test(tokens[sp.end - 1].text))) sp.end--;
    if (sp.end <= sp.start) continue;
    // A plain lower-case word never ends a name of capitalised words ("a Forest Hill | hotel").
    while (sp.end - sp.start > 1 && /^\p{Ll}+$/u.test(tokens[sp.end - 1].text) && isCapWord(tokens[sp.end - 2])) sp.end--;
    // A lower-case function word never opens a name ("of Police" of "(Commissioner | of Police)"); a lone institution
    // word left is one ("Police").
    // (Unless it continues a name right before it that the tagger broke: "National League | for Democracy".)
    if (LOWER_FUNCTION_WORD.test(tokens[sp.start].text)) {
      const before = out[out.length - 1];
      if (!spans.some((o) => o !== sp0 && o.end === sp0.start)) {
        while (sp.start < sp.end && LOWER_FUNCTION_WORD.test(tokens[sp.start].text)) sp.start++;
        if (sp.end <= sp.start || !isCapWord(tokens[sp.start])) continue;
        if (sp.end - sp.start === 1 && INSTITUTION_HEADS.has(lc(tokens[sp.start].text))) sp.type = 'ORG';
      } else if (before && before.end === sp.start && before.type === 'ORG') {
        // (It goes on with an organisation's name: "University of Maryland School | of Medicine" is one.)
        sp.type = 'ORG';
      }
    }
    // A name that begins with a possessive ("’s Liberation Army") begins with the word it is written onto
    // ("People’s Liberation Army").
    if (sp.start > 0 && /^['’]s$/i.test(tokens[sp.start].text) && tokens[sp.start - 1].end === tokens[sp.start].start && /^\p{Lu}/u.test(tokens[sp.start - 1].text)) sp.start--;
    // A name inside double quotation marks that hold nothing but capitalised words (five at most) is
    // the whole quoted phrase ("the “New GM”" where the tagger found "GM"), unless another name is there.
    {
      let qs = sp.start - 1;
      while (qs >= 0 && sp.start - qs <= 5 && tokens[qs].sentence === tokens[sp.start].sentence && isCapWord(tokens[qs])) qs--;
      let qe = sp.end;
      while (qe < tokens.length && qe - sp.end < 5 && tokens[qe].sentence === tokens[sp.start].sentence && isCapWord(tokens[qe])) qe++;
      if (qs >= 0 && qe < tokens.length && (qs + 1 < sp.start || qe > sp.end) && qe - qs - 1 <= 5
        && /^[“"]$/.test(tokens[qs].text) && /^[”"]$/.test(tokens[qe].text)
        && !spans.some((o) => o !== sp0 && o.start < qe && o.end > qs + 1)) {
        sp.start = qs + 1;
        sp.end = qe;
      }
    }
    // A name that is one function word alone ("The" tagged apart before "International Monetary Fund") is none.
    if (sp.end - sp.start === 1 && FUNCTION_WORD.test(tokens[sp.start].text)) continue;
    // Brackets inside a name split it: "United Auto Workers (UAW" → "United Auto Workers", "UAW".
    let bracket = -1;
    for (let i = sp.start; i < sp.end; i++) if (/^[()[\]]$/.test(tokens[i].text)) bracket = i;
    if (bracket >= 0) {
      let b = sp.start;
      for (let i = sp.start; i <= sp.end; i++) {
        if (i === sp.end || /^[()[\]]$/.test(tokens[i].text)) {
          if (i > b) out.push({ start: b, end: i, type: sp.type });
          b = i + 1;
        }
      }
      continue;
    }
    // An untagged title-case word right before an organisation's name, inside a sentence, is part of it
    // ("General Motors", "Best Buy"), and so is a brand written with a lower-case first letter ("iTunes
    // Music Store", "eBay Motors") anywhere.
    if (sp.type === 'ORG' && sp.start > 0) {
      const w = tokens[sp.start - 1];
      const s0 = a.sentences[w.sentence];
      const camel = /^\p{Ll}\p{Lu}\p{Ll}+$/u.test(w.text);
      if (w.sentence === tokens[sp.start].sentence && (sp.start - 1 > s0.first || camel) && (/^\p{Lu}\p{Ll}+$/u.test(w.text) || camel) && w.end + 1 === tokens[sp.start].start
        && !spans.some((o) => o !== sp0 && o.start <= sp.start - 1 && o.end > sp.start - 1) && !entryOf(w.text) && !CALENDAR.test(w.text)
        && !NAME_TITLES.has(lc(w.text))) {
        sp.start--;
      }
    }
    // A capitalised role noun inside a non-person name, followed by capitalised words: split.
    let split = -1;
    // (Not in a name that ends in an organisation's head: "Republican Governors Association", "Chief Executives Council".)
    if (sp.type !== 'PER' && !ORG_HEAD_WORDS.has(lc(tokens[sp.end - 1].text))) {
      for (let i = sp.start + 1; i < sp.end - 1; i++) {
        if (isRoleNoun(lc(tokens[i].text)) && !INSTITUTION_HEADS.has(lc(tokens[i].text)) && isCapWord(tokens[i + 1])) {
          split = i;
          break;
        }
      }
      // The title runs on over its other capitalised title words ("Chief Executive", "Chief Operating Officer").
      while (split > 0 && split + 2 < sp.end && isCapWord(tokens[split + 1]) && isCapWord(tokens[split + 2])
        && (isRoleNoun(lc(tokens[split + 1].text)) || ROLE_MODIFIERS.has(lc(tokens[split + 1].text)))) split++;
      // A name that ends in its title ("the Apple Chief Executive Officer") has no person after it: the
      // organisation before the title stays, and no title word becomes a person.
      if (split > 0) {
        let k = split + 1;
        while (k < sp.end && (isRoleNoun(lc(tokens[k].text)) || ROLE_MODIFIERS.has(lc(tokens[k].text)))) k++;
        if (k === sp.end) {
          let leftEnd = split;
          while (leftEnd > sp.start && (isRoleNoun(lc(tokens[leftEnd - 1].text)) || ROLE_MODIFIERS.has(lc(tokens[leftEnd - 1].text)))) leftEnd--;
          if (leftEnd > sp.start) out.push({ start: sp.start, end: leftEnd, type: lexiconType(phrase(sp.start, leftEnd), 'ORG') });
          continue;
        }
      }
    }
    // A title written as a name ("the U.S. Secretary of State"): a person's role noun before any
    // institution word, with no name after it, is a role, not an organisation.
    if (split < 0 && sp.type !== 'PER' && !ORG_HEAD_WORDS.has(lc(tokens[sp.end - 1].text))) {
      let title = -1;
      for (let i = sp.start; i < sp.end; i++) {
        const w = lc(tokens[i].text);
        if (INSTITUTION_HEADS.has(w) || GEO_HEADS.has(w)) break;
        if (isRoleNoun(w) && !ROLE_MODIFIERS.has(w) && isCapWord(tokens[i])) {
          title = i;
          break;
        }
      }
      if (title >= 0) {
        // (The body or state before the title stays a name: "the United Nations | High Commissioner for Human Rights".)
        let leftEnd = title;
        while (leftEnd > sp.start && ROLE_MODIFIERS.has(lc(tokens[leftEnd - 1].text)) && !entryOf(phrase(leftEnd - 1, leftEnd))) leftEnd--;
        const left = leftEnd > sp.start ? phrase(sp.start, leftEnd) : '';
        if (left && (entryOf(left) || ACRONYMS.has(left) || KNOWN_BODIES.has(left) || WELL_KNOWN_ORGS[left] || ORG_HEAD_WORDS.has(lc(tokens[leftEnd - 1].text)))) {
          out.push({ start: sp.start, end: leftEnd, type: lexiconType(phrase(sp.start, leftEnd), 'ORG') });
        }
        continue;
      }
    }
    // A person's name that swallowed its title ("Ministry spokesman Randhir Jaiswal"): keep the name.
    if (sp.type === 'PER') {
      let cutAt = -1;
      for (let i = sp.start; i < sp.end - 1; i++) {
        const w = lc(tokens[i].text);
        if ((isRoleNoun(w) && (!ROLE_MODIFIERS.has(w) || isCapWord(tokens[i]))) || INSTITUTION_HEADS.has(w) || GOVERNMENT_BODIES[w]) cutAt = i;
      }
      if (cutAt >= 0 && isCapWord(tokens[cutAt + 1])) {
        out.push({ start: cutAt + 1, end: sp.end, type: 'PER' });
        continue;
      }
    }
    if (split > 0) {
      // Left of the title: the body or state it belongs to, minus title modifiers ("Foreign" stays with "Ministry").
      let leftEnd = split;
      while (leftEnd > sp.start && ROLE_MODIFIERS.has(lc(tokens[leftEnd - 1].text)) && !GOVERNMENT_BODIES[lc(phrase(sp.start, leftEnd))]
        && !/^(?:\p{Lu}\.){2,}$/u.test(tokens[leftEnd - 1].text) && !entryOf(phrase(leftEnd - 1, leftEnd))) {
        const whole = lc(phrase(sp.start, leftEnd));
        if (Object.keys(GOVERNMENT_BODIES).some((b) => whole.endsWith(b))) break;
        leftEnd--;
      }
      if (leftEnd > sp.start) out.push({ start: sp.start, end: leftEnd, type: lexiconType(phrase(sp.start, leftEnd), 'ORG') });
      out.push({ start: split + 1, end: sp.end, type: 'PER' });
      continue;
    }
    out.push({ ...sp });
  }

  // A person's name followed right away by a one-word, title-case name of another type that is no
  // place, with no capitalised word after it: the last part of the person's name
  // ("Kim Jong" + "Un").
  for (let k = out.length - 1; k > 0; k--) {
    const a0 = out[k - 1];
    const b0 = out[k];
    const after = tokens[b0.end];
    if (a0.type === 'PER' && b0.type !== 'PER' && a0.end === b0.start && b0.end - b0.start === 1
      && tokens[b0.start].sentence === tokens[a0.start].sentence && tokens[b0.start].start === tokens[a0.end - 1].end + 1
      && /^\p{Lu}\p{Ll}+$/u.test(tokens[b0.start].text) && !entryOf(tokens[b0.start].text)
      && !(after && after.sentence === tokens[b0.start].sentence && isCapWord(after))) {
      b0.type = 'PER';
    }
  }
  // A name the tagger began as another name and ended as an organisation ("U.S. Air" + "Force") is one
  // organisation, unless its first piece is a place or people of the lexicon ("German" + "Bundesbank").
  for (let k = out.length - 1; k > 0; k--) {
    const a0 = out[k - 1];
    const b0 = out[k];
    if (a0.type === 'MISC' && b0.type === 'ORG' && a0.end === b0.start && tokens[b0.start].sentence === tokens[a0.start].sentence
      && tokens[b0.start].start === tokens[a0.end - 1].end + 1 && a0.end - a0.start >= 2 && !entryOf(phrase(a0.start, a0.end))) {
      a0.type = 'ORG';
    }
  }
  // A state written right before an organisation's name of two or more title-case words is part of that
  // name ("China" + "Eastern Airlines"), as CoNLL writes such names.
  const stateBeforeOrg = (a0: TokenSpan, b0: TokenSpan): boolean => {
    if (a0.type !== 'LOC' || b0.type !== 'ORG' || a0.end !== b0.start || tokens[b0.start].sentence !== tokens[a0.start].sentence
      || tokens[b0.start].start !== tokens[a0.end - 1].end + 1) return false;
    return entryOf(phrase(a0.start, a0.end))?.entry.kind === 'country';
  };
  for (let k = out.length - 1; k > 0; k--) {
    const [a0, b0] = [out[k - 1], out[k]];
    if (!stateBeforeOrg(a0, b0)) continue;
    let words = 0;
    for (let i = b0.start; i < b0.end; i++) if (isCapWord(tokens[i]) && !ACRONYM.test(tokens[i].text)) words++;
    if (words >= 2 && words === b0.end - b0.start) a0.type = 'ORG';
  }
  // Adjacent pieces of one name ("Kim Jong" + "Un", "U.S. Air" + "Force") are one name.
  const joinAdjacent = () => {
    for (let k = out.length - 1; k > 0; k--) {
      const a0 = out[k - 1];
      const b0 = out[k];
      if (a0.type === b0.type && a0.end === b0.start && tokens[b0.start].sentence === tokens[a0.start].sentence
        && tokens[b0.start].start === tokens[a0.end - 1].end + 1) {
        a0.end = b0.end;
        out.splice(k, 1);
      }
    }
  };
  joinAdjacent();
  // … and a state before a shorter organisation's name, when the two begin a longer name of the text
  // ("China Eastern's board" after "China Eastern Airlines").
  const orgNames = out.filter((o) => o.type === 'ORG' && o.end - o.start >= 3).map((o) => lc(phrase(o.start, o.end)));
  if (orgNames.length) {
    for (let k = out.length - 1; k > 0; k--) {
      const joined = lc(phrase(out[k - 1].start, out[k].end));
      if (stateBeforeOrg(out[k - 1], out[k]) && orgNames.some((n) => n.startsWith(joined + ' '))) out[k - 1].type = 'ORG';
    }
    joinAdjacent();
  }

  // "China's ambassador to Britain Liu Xiaming": a country where a role is posted, run into the holder's name, is two
  // names, the place and the person.
  for (let k = out.length - 1; k >= 0; k--) {
    const sp = out[k];
    if (sp.start < 2 || sp.end - sp.start < 3 || lc(tokens[sp.start - 1].text) !== 'to' || !isRoleNoun(lc(tokens[sp.start - 2].text))) continue;
    for (let n = 1; n <= 3 && sp.end - (sp.start + n) >= 2; n++) {
      if (placeEntry(phrase(sp.start, sp.start + n))?.kind !== 'country') continue;
      let names = true;
      for (let j = sp.start + n; j < sp.end; j++) if (!isCapWord(tokens[j])) names = false;
      if (!names) break;
      out.splice(k, 1, { start: sp.start, end: sp.start + n, type: 'LOC' }, { start: sp.start + n, end: sp.end, type: 'PER' });
      break;
    }
  }

  for (let k = 0; k < out.length; k++) {
    const sp = out[k];
    const prev = sp.start > 0 ? tokens[sp.start - 1] : null;
    const sameSentence = prev && prev.sentence === tokens[sp.start].sentence;
    // "lawmaker Park Sun-won": a multi-word name right after a lower-case role noun is a person.
    if (sp.type !== 'PER' && sameSentence && /^\p{Ll}/u.test(prev!.text) && isRoleNoun(lc(prev!.text)) && !INSTITUTION_HEADS.has(lc(prev!.text))
      && sp.end - sp.start >= 2 && sp.end - sp.start <= 4 && !entryOf(phrase(sp.start, sp.end))) {
      sp.type = 'PER';
    }
    // "Lloyd Austin, the U.S. defense secretary,": a short name whose appositive ends in a lower-case
    // role noun is a person.
    if ((sp.type === 'ORG' || sp.type === 'MISC') && sp.end - sp.start >= 2 && sp.end - sp.start <= 3 && sp.end + 2 < tokens.length
      && tokens[sp.end].text === ',' && /^(?:the|a|an)$/i.test(tokens[sp.end + 1].text) && !entryOf(phrase(sp.start, sp.end))) {
      const sent = tokens[sp.start].sentence;
      for (let j = sp.end + 2; j < sp.end + 8 && j + 1 < tokens.length && tokens[j + 1].sentence === sent; j++) {
        if (tokens[j].text === ',' || tokens[j].text === '(') break;
        if (/^[,.;]$/.test(tokens[j + 1].text)) {
          if (/^\p{Ll}/u.test(tokens[j].text) && isRoleNoun(lc(tokens[j].text)) && !INSTITUTION_HEADS.has(lc(tokens[j].text))) sp.type = 'PER';
          break;
        }
      }
    }
    // "Kim Jong Un": a person's name runs on over one trailing capitalised word that nothing else claims.
    if (sp.type === 'PER' && sp.end < tokens.length) {
      const next = tokens[sp.end];
      const after = tokens[sp.end + 1];
      const free = !out.some((o) => o.start === sp.end);
      if (free && next.sentence === tokens[sp.start].sentence && next.start === tokens[sp.end - 1].end + 1 && isCapWord(next)
        && !CALENDAR.test(next.text) && !entryOf(next.text) && !isRoleNoun(lc(next.text)) && !ROLE_MODIFIERS.has(lc(next.text))
        && (!after || after.sentence !== next.sentence || !isCapWord(after))) {
        sp.end++;
      }
    }
  }

  // Government bodies: "<State or people> Foreign Ministry", "U.S. Treasury", "State Department".
  const covered = new Int32Array(tokens.length).fill(-1);
  out.forEach((sp, k) => {
    for (let i = sp.start; i < sp.end; i++) covered[i] = k;
  });
  const drop = new Set<number>();
  const added: TokenSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!upperFirst(tokens[i].text) || !isCapWord(tokens[i])) continue;
    const candidates = BODIES_BY_FIRST.get(lc(tokens[i].text));
    if (!candidates) continue;
    for (const body of candidates) {
      const e = i + body.length;
      if (e > tokens.length) continue;
      let ok = true;
      for (let j = 0; j < body.length; j++) if (lc(tokens[i + j].text) !== body[j] || !isCapWord(tokens[i + j])) ok = false;
      if (!ok) continue;
      // Owner: a state or people mention right before, else the body alone (only if untagged).
      let start = i;
      const ownerK = i > 0 ? covered[i - 1] : -1;
      if (ownerK >= 0 && out[ownerK].type !== 'PER' && out[ownerK].type !== 'ORG' && entryOf(phrase(out[ownerK].start, out[ownerK].end))) {
        start = out[ownerK].start;
      } else if (i > 0 && /^(?:\p{Lu}\.){2,}$|^[A-Z]{2,3}$/u.test(tokens[i - 1].text) && entryOf(tokens[i - 1].text)) {
        start = i - 1;
      }
      const overlapping = new Set<number>();
      for (let j = start; j < e; j++) if (covered[j] >= 0) overlapping.add(covered[j]);
      // Keep a longer name that already holds the body ("Russian Foreign Ministry spokeswoman" was split above).
      if ([...overlapping].some((k) => out[k].type === 'ORG' && out[k].start <= start && out[k].end >= e)) continue;
      if ([...overlapping].some((k) => out[k].start < start || out[k].end > e)) continue;
      for (const k of overlapping) drop.add(k);
      added.push({ start, end: e, type: 'ORG' });
      for (let j = start; j < e; j++) covered[j] = -2;
      break;
    }
  }
  // Well-known organisations (WELL_KNOWN_ORGS), however the tagger typed or cut them ("Taliban" MISC, "Islamic" of
  // "Islamic State"): an organisation, in place of the spans inside it; a people before it is part of the name
  // ("the Afghan Taliban"). Not in headlines written in capitals.
  for (let i = 0; i < tokens.length; i++) {
    const candidates = KNOWN_ORGS_BY_FIRST.get(tokens[i].text);
    if (!candidates || covered[i] === -2) continue;
    for (const ws of candidates) {
      const e = i + ws.length;
      if (e > tokens.length || tokens[e - 1].sentence !== tokens[i].sentence) continue;
      let ok = true;
      for (let j = 1; j < ws.length; j++) if (tokens[i + j].text !== ws[j]) ok = false;
      if (!ok) continue;
      const overlapping = new Set<number>();
      for (let j = i; j < e; j++) if (covered[j] >= 0) overlapping.add(covered[j]);
      let start = i;
      const wider = [...overlapping].filter((k) => out[k].start < i || out[k].end > e);
      if (wider.length) {
        // A tagged name that holds it: an organisation when it ends with it after a people ("Afghan Taliban").
        const k = wider[0];
        if (wider.length === 1 && out[k].end === e && entryOf(phrase(out[k].start, i))?.entry.kind === 'demonym') out[k].type = 'ORG';
        break;
      }
      for (const k of overlapping) drop.add(k);
      added.push({ start, end: e, type: 'ORG', sure: true });
      for (let j = start; j < e; j++) covered[j] = -2;
      break;
    }
  }
  // Countries, regions and peoples of the lexicon that the tagger left out, written as names.
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] !== -1 || !upperFirst(tokens[i].text) || !isCapWord(tokens[i]) && !/^(?:\p{Lu}\.){2,}$/u.test(tokens[i].text)) continue;
    let best = 0;
    for (let n = 1; n <= 4 && i + n <= tokens.length; n++) {
      if (covered[i + n - 1] !== -1 || tokens[i + n - 1].sentence !== tokens[i].sentence) break;
      const p = phrase(i, i + n);
      const e = placeEntry(p);
      if (e && (e.kind === 'country' || e.kind === 'region' || e.kind === 'demonym') && (p.length >= 4 || p.includes('.')) && /^\p{Lu}/u.test(p)) best = n;
    }
    if (!best) continue;
    const p = phrase(i, i + best);
    added.push({ start: i, end: i + best, type: placeEntry(p)!.kind === 'demonym' ? 'MISC' : 'LOC' });
    for (let j = i; j < i + best; j++) covered[j] = -2;
    i += best - 1;
  }
  // A name the tagger left out right after a kind of business in lower case ("automaker Chrysler", "the
  // carmaker Fiat Chrysler"): the business's name, its capitalised words.
  for (let i = 1; i < tokens.length; i++) {
    if (covered[i] !== -1 || !isCapWord(tokens[i]) || CALENDAR.test(tokens[i].text) || tokens[i - 1].sentence !== tokens[i].sentence) continue;
    const kind = tokens[i - 1].text;
    if (!/^\p{Ll}/u.test(kind) || !COMPANY_NOUNS.has(kind) || tokens[i].start !== tokens[i - 1].end + 1) continue;
    let e = i + 1;
    while (e < tokens.length && e - i < 4 && covered[e] === -1 && tokens[e].sentence === tokens[i].sentence && isCapWord(tokens[e]) && !CALENDAR.test(tokens[e].text)) e++;
    if (entryOf(phrase(i, e))) continue;
    added.push({ start: i, end: e, type: 'ORG' });
    for (let j = i; j < e; j++) covered[j] = -2;
    i = e - 1;
  }
  // Well-known acronyms the tagger left out ("UN", "G7"), outside all-caps headlines.
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] !== -1 || !ACRONYMS.has(tokens[i].text)) continue;
    const s = a.sentences[tokens[i].sentence];
    const letters = text.slice(s.start, s.end).replace(/[^\p{L}]/gu, '');
    if (letters.length && letters === letters.toUpperCase()) continue;
    added.push({ start: i, end: i + 1, type: 'ORG' });
  }
  // A plural possessive before a body's head word is one organisation's name ("the Dockers' Union", "the
  // Teachers' Association"), with the capitalised words before it ("National Farmers' Union").
  let all = [...out.filter((_, k) => !drop.has(k)), ...added];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const w = tokens[i];
    const apos = tokens[i + 1];
    const head = tokens[i + 2];
    if (!/^\p{Lu}\p{Ll}+s$/u.test(w.text) || !/^['’]$/.test(apos.text) || apos.start !== w.end || !isCapWord(head)
      || !(INSTITUTION_HEADS.has(lc(head.text)) || BODY_HEADS.test(head.text)) || head.sentence !== w.sentence) continue;
    let start = i;
    while (start > 0 && tokens[start - 1].sentence === w.sentence && isCapWord(tokens[start - 1]) && !CALENDAR.test(tokens[start - 1].text)
      && start - 1 >= a.sentences[w.sentence].first) start--;
    const end = i + 3;
    if (all.some((sp) => sp.type === 'ORG' && sp.start <= start && sp.end >= end)) continue;
    all = all.filter((sp) => sp.end <= start || sp.start >= end);
    all.push({ start, end, type: 'ORG' });
  }
  // A state's letters fused to a currency sign name the currency, not the state ("US$ 1.4 billion", "HK$");
  // a time zone after a clock time is part of the time ("14:58 UTC", "9 a.m. EST").
  // … and a month written short before its day or year is a date ("Dec. 12", "Jan. 2020").
  const notName = (sp: TokenSpan) => (sp.end < tokens.length && /^[$¥£€]/.test(tokens[sp.end].text) && tokens[sp.end].start === tokens[sp.end - 1].end)
    || (sp.end - sp.start === 1 && sp.start > 0 && TIME_ZONES.test(tokens[sp.start].text) && /\d|^[ap]\.?m\.?$/i.test(tokens[sp.start - 1].text))
    || (sp.end - sp.start === 1 && MONTH_SHORT.test(tokens[sp.start].text) && tokens[sp.end]?.text === '.' && tokens[sp.end + 1]?.kind === 'number');
  return all.filter((sp) => !notName(sp)).sort((x, y) => x.start - y.start);
}

/** Capitals that act for their state join it; "eastern Russia" becomes a LOC of its own. */
function placeRules(a: Analysis, mentions: Mention[]): Mention[] {
  const tokens = a.tokens;
  const out: Mention[] = [];
  for (const m of mentions) {
    // A state as AP style writes it after a town and a comma ("of Ashton, Md.", "Albany, N.Y."): the state.
    const state = US_STATE_ABBREVIATIONS.get(m.text.replace(/\.$/, ''));
    if (state && m.first > 0 && tokens[m.first - 1].text === ',' && (m.text.endsWith('.') || tokens[m.last]?.text === '.')) {
      m.type = 'GPE';
      m.canonical = state;
      m.country = 'United States';
      // The town before the comma is a place too ("a financial adviser in Eau Claire, Wis.").
      const town = out[out.length - 1];
      if (town && town.last === m.first - 1 && town.type !== 'GPE' && town.type !== 'LOC') town.type = 'GPE';
      out.push(m);
      continue;
    }
    // A seat of government stands for its state where it acts ("the Kremlin denied", "the White House
    // said"), as a capital does; where something happens at it, it is the place ("at the White House").
    const seat = seatOf(m.text);
    if (seat) {
      let k = m.first - 1;
      if (k >= 0 && /^the$/i.test(tokens[k].text)) k--;
      const at = k >= 0 && tokens[k].sentence === tokens[m.first].sentence && LOCATIVE.has(lc(tokens[k].text));
      m.type = at ? 'LOC' : 'GPE';
      m.canonical = at ? m.text : seat;
      out.push(m);
      continue;
    }
    if (m.type === 'GPE') {
      const prev = m.first > 0 && tokens[m.first - 1].sentence === tokens[m.first].sentence ? tokens[m.first - 1] : null;
      const prevWord = prev ? lc(prev.text) : '';
      const country = capitalOf(m.text);
      // ("via Moscow and Paris": a capital joined to a capital left a place is a place too.)
      const before = out[out.length - 1];
      const joined = (prevWord === 'and' || prevWord === 'or' || prevWord === ',') && before !== undefined && before.last === m.first - 1
        && before.type === 'GPE' && before.canonical === before.text && capitalOf(before.text) !== undefined;
      if (country && m.canonical === m.text && !LOCATIVE.has(prevWord) && !joined) {
        m.canonical = country;
      } else if (prev && DIRECTIONS.test(prev.text) && !/^[A-Z]/.test(prev.text)) {
        const start = prev.start;
        out.push({ ...m, first: m.first - 1, start, text: a.text.slice(start, m.end), type: 'LOC', canonical: a.text.slice(start, m.end) });
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/** Canonical names shared by aliases: last names, acronyms, the same name typed otherwise. */
function resolveAliases(mentions: Mention[]): void {
  // A country's alternative spelling that begins an organisation's name named before it is that organisation
  // ("Emirates Airline … Emirates is opting for", not the United Arab Emirates).
  const longOrgs = mentions.filter((m) => m.type === 'ORG' && words(m.canonical).length >= 2);
  if (longOrgs.length) {
    for (const m of mentions) {
      if (m.type !== 'GPE' || words(m.text).length !== 1 || !placeEntry(m.text)?.alt) continue;
      const org = longOrgs.find((o) => o.start < m.start && words(o.canonical)[0] === m.text);
      if (!org) continue;
      m.type = 'ORG';
      m.ner = 'ORG';
      m.canonical = org.canonical;
      m.country = undefined;
    }
  }
  const people = mentions.filter((m) => m.type === 'PER');
  const fullNames = [...new Set(people.map((m) => m.canonical).filter((c) => words(c).length > 1))];
  // Each full name's first word and word count, split once (not once per mention).
  const firstWord = fullNames.map((f) => words(f)[0]);
  const wordCount = fullNames.map((f) => words(f).length);
  // Last names (or any proper tail) of a full name named in the document; the nearest earlier one wins.
  for (const m of mentions) {
    const ws = words(m.canonical);
    if (m.type !== 'PER' && !(ws.length === 1 && /^\p{Lu}\p{Ll}/u.test(m.text) && m.type !== 'GPE')) continue;
    if (ws.length > 2) continue;
    const tail = ' ' + m.canonical;
    let cands = fullNames.filter((f, k) => f !== m.canonical && (f.endsWith(tail) || (ws.length === 1 && firstWord[k] === m.canonical && wordCount[k] >= 3)));
    // A first name alone joins the one full name in the document that it begins ("Steve" → Steve Jobs).
    if (!cands.length && ws.length === 1 && m.type === 'PER') {
      const firsts = fullNames.filter((f, k) => firstWord[k] === m.canonical);
      if (firsts.length === 1) cands = firsts;
    }
    if (!cands.length) continue;
    // Prefer the full name mentioned closest before this mention.
    let best = cands[0];
    let bestPos = -Infinity;
    for (const p of people) {
      if (cands.includes(p.canonical) && p.start < m.start && p.start > bestPos) {
        best = p.canonical;
        bestPos = p.start;
      }
    }
    m.canonical = best;
    m.type = 'PER';
  }
  // Acronyms and long forms of organisations.
  const orgs = mentions.filter((m) => m.type !== 'PER' && m.type !== 'NORP');
  const longForms = new Map<string, string>();
  for (const m of orgs) {
    if (m.type === 'ORG' && words(m.canonical).length > 1) {
      const ini = initials(m.canonical.replace(/\s*\(.*\)$/, ''));
      if (ini.length >= 2 && !longForms.has(ini)) longForms.set(ini, m.canonical);
    }
  }
  // An organisation's name cut short after two or more words joins the one longer name it begins
  // ("China Eastern" → China Eastern Airlines).
  const orgNames = [...new Set(orgs.filter((m) => m.type === 'ORG').map((m) => m.canonical))];
  for (const m of orgs) {
    if (m.type !== 'ORG' || words(m.canonical).length < 2) continue;
    const longer = orgNames.filter((n) => n.startsWith(m.canonical + ' '));
    if (longer.length === 1) m.canonical = longer[0];
  }
  for (const m of orgs) {
    if (!ACRONYM.test(m.text)) continue;
    const long = longForms.get(acronymKey(m.text));
    if (long) {
      m.canonical = long;
      m.type = 'ORG';
    }
  }
}

/** Lower-case descriptions of an organisation already named ("South Korea's intelligence service"). */
function describedInstitutions(a: Analysis, mentions: Mention[]): Mention[] {
  const tokens = a.tokens;
  const orgs = mentions.filter((m) => m.type === 'ORG');
  const extra: Mention[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const head = lc(tokens[i].text);
    if (!INSTITUTION_HEADS.has(head) || /^\p{Lu}/u.test(tokens[i].text)) continue;
    // Walk back over lower-case modifiers to a possessive "'s" after a country.
    let j = i;
    while (j > 0 && /^\p{Ll}+$/u.test(tokens[j - 1].text) && i - j < 3) j--;
    if (j === i || j < 2 || !/^['’]s$/i.test(tokens[j - 1].text)) continue;
    const owner = possessorBefore(tokens, j - 1, a.text);
    if (!owner) continue;
    const desc = a.text.slice(tokens[j].start, tokens[i].end).toLowerCase();
    const match = orgs.find((o) => o.text.toLowerCase().endsWith(desc) && (o.canonical.endsWith(`(${owner})`) || o.canonical.includes(owner)));
    if (!match || mentions.some((m) => m.start < tokens[i].end && m.end > tokens[j].start)) continue;
    extra.push({
      first: j, last: i + 1, start: tokens[j].start, end: tokens[i].end, text: a.text.slice(tokens[j].start, tokens[i].end),
      ner: 'ORG', type: 'ORG', canonical: match.canonical,
    });
  }
  return extra;
}

/** Plural nouns that name a state's or a body's partners as a group ("Kyiv's allies"). */
const GROUP_NOUNS = new Set(['allies', 'partners', 'neighbours', 'neighbors', 'backers', 'enemies', 'adversaries', 'rivals', 'creditors', 'donors', 'supporters']);

/**
 * A state's or a body's partners named as a group ("Kyiv’s allies", "Russia's neighbours", "NATO's
 * Western partners"): one entity of their own, "Ukraine's allies", which can act and be acted on (the
 * seed's "called on Kyiv's allies to act"), not the state itself.
 */
function groupsOf(a: Analysis, mentions: Mention[]): Mention[] {
  const tokens = a.tokens;
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== 'GPE' && m.type !== 'ORG') continue;
    let k = m.last;
    if (k + 1 >= tokens.length || !/^['’]s$/i.test(tokens[k].text) || tokens[k].sentence !== tokens[m.first].sentence) continue;
    k++;
    // (one modifier between: "Kyiv's Western allies")
    if (k + 1 < tokens.length && !GROUP_NOUNS.has(lc(tokens[k].text)) && /^\p{L}+$/u.test(tokens[k].text) && GROUP_NOUNS.has(lc(tokens[k + 1].text))) k++;
    if (!GROUP_NOUNS.has(lc(tokens[k].text)) || tokens[k].sentence !== tokens[m.first].sentence) continue;
    const noun = lc(tokens[k].text);
    out.push({
      first: m.first, last: k + 1, start: m.start, end: tokens[k].end, text: a.text.slice(m.start, tokens[k].end),
      ner: 'ORG', type: 'ORG', canonical: `${m.canonical}'s ${noun}`,
    });
  }
  return out;
}

/** The mention (index) covering token i, if any. */
function mentionAt(byToken: Int32Array, i: number): number {
  return i >= 0 && i < byToken.length ? byToken[i] : -1;
}

/** A title before a person's name: "Russian Foreign Ministry spokeswoman", "North Korean leader", "lawmaker". */
function titleBefore(a: Analysis, m: Mention, mentions: Mention[], byToken: Int32Array): string | null {
  const tokens = a.tokens;
  const sentence = tokens[m.first].sentence;
  let j = m.first - 1;
  if (j < 0 || tokens[j].sentence !== sentence) return null;
  const headTok = tokens[j];
  // A title written short is its word and its full stop, two tokens ("Gov" "." of "Republican Gov. Eric Holcomb").
  if (headTok.text === '.' && j > 0 && tokens[j - 1].end === headTok.start && TITLE_ABBREVIATIONS.has(lc(tokens[j - 1].text) + '.')) j--;
  const head = headTok.text === '.' ? lc(tokens[j].text) + '.' : lc(headTok.text);
  if (HONORIFICS.has(head)) return null;
  if (!isRoleNoun(head) && !TITLE_ABBREVIATIONS.has(head)) return null;
  let first = j;
  j--;
  while (j >= 0 && tokens[j].sentence === sentence) {
    const t = tokens[j];
    const w = lc(t.text);
    const mi = mentionAt(byToken, j);
    if (mi >= 0) {
      const other = mentions[mi];
      if (other.type === 'PER') break;
      first = other.first;
      j = other.first - 1;
      continue;
    }
    if (isRoleNoun(w) || ROLE_MODIFIERS.has(w) || /^(?:\p{Lu}\.){2,}$/u.test(t.text)) {
      // A capitalised word at the start of the sentence is kept only when it is a title word.
      first = j;
      j--;
      continue;
    }
    if (/^['’]s$/.test(t.text) && j > 0 && mentionAt(byToken, j - 1) >= 0) {
      first = j;
      j--;
      continue;
    }
    break;
  }
  const text = a.text.slice(tokens[first].start, headTok.end);
  return text;
}

/** An appositive after a person's name: ", spokesperson for the U.S. National Security Council,". */
function appositiveAfter(a: Analysis, m: Mention): string | null {
  const tokens = a.tokens;
  const sentence = tokens[m.first].sentence;
  let i = m.last;
  if (i >= tokens.length || tokens[i].text !== ',' || tokens[i].sentence !== sentence) return null;
  i++;
  const from = i;
  while (i < tokens.length && tokens[i].sentence === sentence && !/^[,.;:!?()"“”—–]$|^--$/.test(tokens[i].text) && i - from < 16) i++;
  if (i === from || i - from >= 16) return null;
  let s = from;
  if (DETERMINERS.has(lc(tokens[s].text)) || /^another$/i.test(tokens[s].text)) s++;
  // A role noun within the first five words, nothing verb-like before it.
  let head = -1;
  for (let k = s; k < Math.min(i, s + 5); k++) {
    const w = lc(tokens[k].text);
    if (/^(?:who|which|that|said|says|told|is|was|has|had|will|would)$/.test(w)) return null;
    if (isRoleNoun(w)) {
      head = k;
      break;
    }
  }
  if (head < 0) return null;
  // An appositive is a noun phrase: a verb before its head makes it a clause ("Eric Holcomb, | spoke at the
  // Republican Governors Association").
  const { tags, first } = sentenceTags(a, s);
  for (let k = s; k < head; k++) if (/^(?:VB|MD)/.test(tags[k - first] ?? '')) return null;
  // … and so does a finite verb after it, and a title right before another name is that person's, not this one's role
  // ("Bukola Saraki, | Senator Dino Melaye and Senator Ben Murray-Bruce have dragged …").
  for (let k = head + 1; k < i; k++) if (/^(?:VBD|VBZ|VBP|MD)$/.test(tags[k - first] ?? '')) return null;
  if (head + 1 < i && isCapWord(tokens[head + 1]) && /^NNP/.test(tags[head + 1 - first] ?? '') && !/^(?:of|for)$/i.test(tokens[head + 1].text)) return null;
  // Where they live or work is no part of the role: "a financial adviser | in Eau Claire, Wis.".
  if (head + 2 < i && /^(?:in|from)$/.test(lc(tokens[head + 1].text)) && /^\p{Lu}/u.test(tokens[head + 2].text)) i = head + 1;
  const end = tokens[i - 1].end;
  return a.text.slice(tokens[s].start, end);
}

/**
 * A role as the text gives it for one person (roles stay words of the text): without a possessive left from the owner
 * before it ("’s Captain" of "Chris Pine’s Captain James T. Kirk") nor words that say how many or when ("both
 * professors at …", "now a staff scientist at …").
 */
function oneRole(role: string | null): string | null {
  if (!role) return role;
  return role.replace(/^['’]s\s+/u, '').replace(/^(?:both|all|now|also)\s+(?:(?:a|an|the)\s+)?/i, '').trim() || null;
}

/**
 * Entities of the analysed text: typed, one per canonical name, mentions in text order, roles of
 * people from titles and appositives. Ids e1, e2 … in order of first mention.
 */
export function extractEntities(a: Analysis): EntityRecord[] {
  let mentions = findMentions(a);
  mentions = placeRules(a, mentions);
  resolveAliases(mentions);
  mentions.push(...describedInstitutions(a, mentions));
  mentions.push(...groupsOf(a, mentions));
  // (In text order; of two that start together, the longer first: "Kyiv’s allies" before "Kyiv".)
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);

  const byToken = new Int32Array(a.tokens.length).fill(-1);
  mentions.forEach((m, mi) => {
    for (let i = m.first; i < m.last; i++) byToken[i] = mi;
  });

  const entities = new Map<string, EntityRecord>();
  const order: EntityRecord[] = [];
  for (const m of mentions) {
    // "US Air Force" and "U.S. Air Force" are one name: dots do not count.
    const key = `${m.type}\u0000${m.canonical.toLowerCase().replace(/\./g, '')}`;
    let e = entities.get(key);
    if (!e) {
      e = { id: '', type: m.type, canonical: m.canonical, role: null, mentions: [] };
      if (m.country) e.country = m.country;
      entities.set(key, e);
      order.push(e);
    } else if (e.canonical.replace(/[.\s]/g, '').length > 5 && e.canonical === e.canonical.toUpperCase() && /\p{Ll}/u.test(m.canonical)) {
      // A name first met in a capitals dateline or headline ("PORT HOLLIS, Nov 19 -") takes the case the text
      // writes it in (an acronym keeps its own: "NATO", not "Nato").
      e.canonical = m.canonical;
    }
    const span: Span = { start: m.start, end: m.end, text: m.text };
    e.mentions.push(span);
    if (m.type === 'PER' && !e.role) e.role = oneRole(titleBefore(a, m, mentions, byToken) ?? appositiveAfter(a, m));
  }
  order.forEach((e, i) => (e.id = `e${i + 1}`));
  return order;
}
