/**
 * Pronoun resolution against gold entity coreference (MEANTIME's ENTITY_MENTION → ENTITY links):
 * which gold pronouns are scored, whether a mention is a proper name, and the tallies. Pure
 * functions over plain data; eval/tasks/coreference.ts feeds them the corpus and the pipeline.
 */

export interface Span {
  start: number;
  end: number;
}

/** Third-person personal pronouns the resolver handles, by the group they are scored in. */
const PRONOUNS: Readonly<Record<string, 'person' | 'thing'>> = {
  he: 'person', she: 'person', him: 'person', her: 'person',
  it: 'thing', they: 'thing', them: 'thing',
};

/** 'person' for he/she/him/her, 'thing' for it/they/them, null for any other text. */
export function pronounGroup(text: string): 'person' | 'thing' | null {
  return PRONOUNS[text.trim().toLowerCase()] ?? null;
}

/** A gold mention as the scorer needs it. */
export interface GoldMention extends Span {
  text: string;
  /** The annotated syntactic type (NAM, PRE.NAM, NOM, PRO, APP, CONJ, … or '' when left blank). */
  syntacticType: string;
  /** Whether its first token begins a sentence. */
  sentenceInitial: boolean;
  /** The gold entity it refers to, or null. */
  entity: string | null;
}

const DETERMINERS = /^(?:the|a|an|this|that|these|those)\s+/i;
/** Where a noun phrase's head part ends: an apposition, a bracket, a prepositional or relative clause. */
const HEAD_END = /,|\(|\s(?:of|from|for|at|in|on|to|by|with|who|which|that|whose)\s/i;
/** Titles news writes with a capital ("the Chief Executive Officer of General Motors"): a role, not a name. */
const TITLES = new Set([
  'president', 'minister', 'chairman', 'chairwoman', 'officer', 'executive', 'ceo', 'director', 'secretary',
  'governor', 'senator', 'judge', 'chancellor', 'spokesman', 'spokeswoman', 'founder', 'co-founder', 'analyst',
  'king', 'queen', 'mayor', 'manager', 'head', 'chief',
]);

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The words of a mention's head part (before an apposition, bracket or post-modifier), with offsets in `text`. */
function headWords(text: string): Word[] {
  const det = DETERMINERS.exec(text)?.[0].length ?? 0;
  const cut = HEAD_END.exec(text.slice(det));
  const part = text.slice(0, cut ? det + cut.index : text.length);
  const words: Word[] = [];
  for (const m of part.matchAll(/\S+/g)) words.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return words.slice(det ? 1 : 0);
}

/**
 * Whether a gold mention is a proper name. NAM and PRE.NAM are; NOM, PRO, APP, CONJ and the rest
 * are not. Many MEANTIME files (the airbus and gm topics) leave `syntactic_type` blank; such a mention
 * is a name when the last word of its head part (before an apposition, a bracket or a post-modifier)
 * has a capital and is no title ("Long Beach, California", "Airbus parent EADS", "the United States Air
 * Force (USAF"), and not when that word is lower case ("The Airbus A330 jetliner") or a title ("the Chief
 * Executive Officer of General Motors"). A one-word mention that opens a sentence is a name only when
 * `lowerWords` (the document's words written in lower case) lacks it ("Engine", "Analysts" are not).
 */
export function isNamedMention(m: Pick<GoldMention, 'text' | 'syntacticType' | 'sentenceInitial'>, lowerWords: ReadonlySet<string> = new Set()): boolean {
  if (m.syntacticType === 'NAM' || m.syntacticType === 'PRE.NAM') return true;
  if (m.syntacticType !== '') return false;
  const text = m.text.trim();
  if (pronounGroup(text) || /^(?:its|his|their|i|we|us|you|our|my|me|which|who|that|where)$/i.test(text)) return false;
  const words = headWords(text).filter((w) => /\p{L}/u.test(w.text));
  const head = words[words.length - 1]?.text.replace(/^\W+|\W+$/gu, '');
  // A capital anywhere in the head word ("EADS", "iPhone") marks a name; a title does not.
  if (!head || !/\p{Lu}/u.test(head) || TITLES.has(head.toLowerCase())) return false;
  const opensSentence = m.sentenceInitial && words.length === 1 && !DETERMINERS.test(text);
  return !(opensSentence && lowerWords.has(head.toLowerCase()));
}

/**
 * The name inside a named mention, in the mention's own offsets. MEANTIME gives a mention the extent of
 * its whole noun phrase, so an answer is checked against this part: a place named inside the phrase is
 * not the company. It is the run of words with a capital (with digits after it, "iPhone 4", "FTSE 100")
 * that ends at the head of the head part when that head has a capital and is no title ("Chrysler" in "The
 * United States auto manufacturer Chrysler" and in "Chrysler, another U.S. car maker", "Royal Air Force"
 * in "the United Kingdom's Royal Air Force (RAF"); after a title head, the name in apposition ("Mr. Lee
 * Hsien Loong" in "the Prime Minister of Singapore, Mr. Lee Hsien Loong") or else the title; after a
 * lower-case head, the last such run of the whole mention ("Ryanair" in "Irish low cost airline,
 * Ryanair"); the whole mention when it has no capital ("long-range 777").
 */
export function nameCore(text: string): Span {
  const capital = (w: Word) => /\p{Lu}/u.test(w.text);
  const run = (words: Word[], last: number): Span => {
    const nameLike = (w: string) => (/\p{Lu}/u.test(w) || /^[\d&.-]+$/u.test(w)) && !DETERMINERS.test(w + ' ');
    let first = last;
    // (Not past a possessive, "the United Kingdom's | Royal Air Force", nor a comma, "Singapore, | Mr. Lee".)
    while (first > 0 && nameLike(words[first - 1].text) && !/(?:['’]s|,)$/.test(words[first - 1].text)) first--;
    while (last + 1 < words.length && /^\d[\w-]*$/.test(words[last + 1].text)) last++;
    return { start: words[first].start, end: words[last].end };
  };
  const head = headWords(text);
  const lettered = head.filter((w) => /\p{L}/u.test(w.text));
  const h = lettered[lettered.length - 1];
  const all: Word[] = [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
  const lastRun = (from: number): Span | null => {
    for (let k = all.length - 1; k >= 0 && all[k].start >= from; k--) if (capital(all[k])) return run(all, k);
    return null;
  };
  if (h && capital(h)) {
    if (!TITLES.has(h.text.replace(/^\W+|\W+$/gu, '').toLowerCase())) return run(head, head.indexOf(h));
    // A title: the name in apposition after it, or else the title.
    const comma = text.indexOf(',');
    return (comma >= 0 ? lastRun(comma) : null) ?? run(head, head.indexOf(h));
  }
  return lastRun(0) ?? { start: 0, end: text.length };
}

/** A gold pronoun to score: where it is and the named mentions of its gold entity. */
export interface GoldPronoun extends Span {
  text: string;
  group: 'person' | 'thing';
  /** The gold entity (an id of the data set). */
  entity: string;
  /** Every named mention of that entity (before and after the pronoun), whole. */
  names: Span[];
  /** The name inside each of them (nameCore), in the text's offsets. */
  cores: Span[];
}

/**
 * The pronouns to score in one document: every mention whose whole text is he, she, him, her, it,
 * they or them, that refers to a gold entity which has a named mention starting before the pronoun.
 */
export function goldPronouns(mentions: readonly GoldMention[], lowerWords: ReadonlySet<string> = new Set()): GoldPronoun[] {
  const names = new Map<string, { whole: Span; core: Span }[]>();
  for (const m of mentions) {
    if (m.entity === null || !isNamedMention(m, lowerWords)) continue;
    const list = names.get(m.entity) ?? [];
    const core = nameCore(m.text);
    list.push({ whole: { start: m.start, end: m.end }, core: { start: m.start + core.start, end: m.start + core.end } });
    names.set(m.entity, list);
  }
  const out: GoldPronoun[] = [];
  for (const m of mentions) {
    const group = pronounGroup(m.text);
    if (!group || m.entity === null) continue;
    const own = names.get(m.entity) ?? [];
    if (!own.some((n) => n.whole.start < m.start)) continue;
    out.push({ start: m.start, end: m.end, text: m.text, group, entity: m.entity, names: own.map((n) => n.whole), cores: own.map((n) => n.core) });
  }
  return out.sort((x, y) => x.start - y.start);
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Right when the entity returned (its mentions) has a mention overlapping one of `names`: the name
 * inside a named mention of the gold entity (GoldPronoun.cores), or, leniently, the whole mention
 * (GoldPronoun.names).
 */
export function resolvedRight(answer: readonly Span[] | null, names: readonly Span[]): boolean {
  return !!answer && answer.some((a) => names.some((n) => overlaps(a, n)));
}

/** One scored pronoun: the gold, what the resolver returned, and whether the pronoun is a claim's source. */
export interface CorefCase {
  pronoun: GoldPronoun;
  /** The mentions of the entity returned, or null when the resolver returned nothing. */
  answer: readonly Span[] | null;
  /** Whether the ledger has a claim whose source is this pronoun. */
  source: boolean;
}

export interface Tally {
  /** Pronouns scored. */
  n: number;
  /** Answers with a mention overlapping the name inside a named mention of the gold entity. */
  right: number;
  /** Answers with a mention overlapping a named mention of the gold entity anywhere (lenient). */
  rightWhole: number;
  /** Pronouns for which the resolver returned nothing. */
  none: number;
  /** right / n (0 when n is 0). */
  accuracy: number;
  /** rightWhole / n. */
  accuracyWhole: number;
  /** none / n (0 when n is 0). */
  noneRate: number;
}

function tally(cases: readonly CorefCase[]): Tally {
  let right = 0;
  let rightWhole = 0;
  let none = 0;
  for (const c of cases) {
    if (!c.answer) none++;
    if (resolvedRight(c.answer, c.pronoun.cores)) right++;
    if (resolvedRight(c.answer, c.pronoun.names)) rightWhole++;
  }
  const n = cases.length;
  const share = (k: number) => (n ? k / n : 0);
  return { n, right, rightWhole, none, accuracy: share(right), accuracyWhole: share(rightWhole), noneRate: share(none) };
}

export interface CorefScores {
  all: Tally;
  /** he, she, him, her. */
  person: Tally;
  /** it, they, them. */
  thing: Tally;
  /** Pronouns that are the source of a claim in the ledger. */
  sources: Tally;
}

/** Accuracy (right / all, a null answer counting as wrong) over all, by group, and over claim sources. */
export function scoreCoreference(cases: readonly CorefCase[]): CorefScores {
  return {
    all: tally(cases),
    person: tally(cases.filter((c) => c.pronoun.group === 'person')),
    thing: tally(cases.filter((c) => c.pronoun.group === 'thing')),
    sources: tally(cases.filter((c) => c.source)),
  };
}

/**
 * Where each offset of `from` lands in `to` when the two texts differ only in white space (the
 * ledger's document normalises blank lines and spaces): a function from offsets of `from` to offsets of
 * `to`, or null when they differ in anything else. An offset inside white space that `to` drops maps
 * to where the next kept character lands.
 */
export function whitespaceAlignment(from: string, to: string): ((offset: number) => number) | null {
  const map = new Int32Array(from.length + 1);
  let i = 0;
  let j = 0;
  const space = (c: string | undefined) => c !== undefined && /\s/.test(c);
  while (i < from.length || j < to.length) {
    if (i < from.length && j < to.length && from[i] === to[j]) {
      map[i++] = j++;
    } else if (space(from[i]) || space(to[j])) {
      // Skip the white space on both sides, up to the next character that is not space.
      while (space(to[j])) j++;
      while (space(from[i])) map[i++] = j;
    } else {
      return null;
    }
  }
  map[from.length] = to.length;
  return (offset) => map[offset];
}
