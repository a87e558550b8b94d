/**
 * What a third-person pronoun stands for: the entity named last before it that fits it ("he", "she",
 * "him", "her" a person; "it" an organisation or a state; "they", "them" an organisation, a state or a
 * people), read through the claims made before it: a name inside what the claim before reported is
 * not who the pronoun is ("China said Britain was meddling … It warned": China), and a pronoun goes on
 * with the source of the claim before when that source was named (or resolved) after the last fitting
 * name. Attribution resolves pronoun sources with it, events pronoun subjects and objects.
 */
import type { ClaimSource, Entity, EntityType } from '../../ledger/types.js';
import { firstStartingFrom, type Analysis } from '../../nlp/tokenize.js';
import { FINITE_TAGS, sentenceTags, tagAt } from '../../nlp/pos.js';
import { NAME_TITLES } from '../../nlp/lexicon/roles.js';
import { FEMALE_GIVEN_NAMES, FEMALE_ROLE_WORDS, MALE_GIVEN_NAMES, MALE_ROLE_WORDS } from '../../nlp/lexicon/given-names.js';

/** Who a pronoun may stand for: a person, an organisation or state ("it"), or a group ("they"). */
export type PronounKind = 'person' | 'thing' | 'group';

const KINDS: Readonly<Record<string, PronounKind>> = {
  he: 'person', she: 'person', him: 'person', her: 'person',
  it: 'thing',
  they: 'group', them: 'group',
};

/** The kind of a third-person personal pronoun (any case), or null for any other word ("I", "we", "his" …). */
export function pronounKind(word: string): PronounKind | null {
  return KINDS[word.toLowerCase()] ?? null;
}

/**
 * Whether an entity of a type may be what a pronoun of a kind stands for: a person for "he"; an
 * organisation or a state for "it" (a people, "American", is no "it"); an organisation, a state or a
 * people for "they". A place or a thing (LOC, MISC) never.
 */
export function fitsPronoun(kind: PronounKind, type: EntityType): boolean {
  if (kind === 'person') return type === 'PER';
  if (type === 'ORG' || type === 'GPE') return true;
  return kind === 'group' && type === 'NORP';
}

export type Sex = 'female' | 'male';

/** The sex a pronoun says ("she", "him"), or null ("it", "they"). */
export function pronounSex(word: string): Sex | null {
  const w = word.toLowerCase();
  return w === 'she' || w === 'her' ? 'female' : w === 'he' || w === 'him' ? 'male' : null;
}

const sexes = new WeakMap<Entity, Sex | null>();

/**
 * A person's sex as the text gives it, or null when it does not: by the given name that begins the
 * canonical name ("Donald Trump", "Nancy Pelosi"), else by a word of the role ("spokeswoman", "Mrs.").
 */
export function entitySex(e: Entity): Sex | null {
  if (e.type !== 'PER') return null;
  let sex = sexes.get(e);
  if (sex !== undefined) return sex;
  sex = null;
  // (Past a title written into the name: "Justice Antonin Scalia".)
  const words = e.canonical.toLowerCase().split(/\s+/);
  let k = 0;
  while (k + 1 < words.length && NAME_TITLES.has(words[k])) k++;
  sex = MALE_GIVEN_NAMES.has(words[k]) ? 'male' : FEMALE_GIVEN_NAMES.has(words[k]) ? 'female' : null;
  if (!sex && e.role) {
    for (const w of e.role.toLowerCase().replace(/\./g, '').split(/[\s,]+/)) {
      if (FEMALE_ROLE_WORDS.has(w)) sex = 'female';
      else if (MALE_ROLE_WORDS.has(w)) sex = 'male';
      if (sex) break;
    }
  }
  sexes.set(e, sex);
  return sex;
}

/** Where an entity is named: a mention's or a claim source's offsets. */
export interface Place {
  start: number;
  end: number;
}

export interface Antecedent {
  entity: Entity;
  /** The mention (or the earlier claim's source) the pronoun goes back to. */
  mention: Place;
  /** The earlier claim whose source the pronoun goes on with, when it is one. */
  claim?: PriorSource;
}

/** A claim made before the pronoun: its source, where its cue is, and where its content is. */
export interface PriorSource {
  source: ClaimSource;
  at: number;
  /** Where the claim's content is, in characters (start, end). */
  content?: readonly [number, number];
}

export interface PronounOptions {
  /** Sources of the claims made so far, in text order (each with a source). */
  prior?: readonly PriorSource[];
  /** Whether a candidate may be the answer (a window, an entity ruled out): others are passed over. */
  accept?: (entity: Entity, at: Place) => boolean;
  /**
   * The analysed text the offsets are in: with it, a place named where something happens ("delivered in
   * Singapore") or a state named as a modifier ("the U.S. car maker", "the U.S.'s second-largest") is no "it".
   */
  analysis?: Analysis;
}

/** Whether the name at `at` modifies a noun after it, itself or through "'s" ("U.S. car maker", "the U.S.'s second-largest"). */
function modifier(a: Analysis, at: Place): boolean {
  const k = firstStartingFrom(a.tokens, at.end);
  if (k >= a.tokens.length) return false;
  // (A possessive names what belongs to it: "the U.S.'s second-largest".)
  if (/^['’]s$/i.test(a.tokens[k].text)) return true;
  if (a.tokens[k].start > at.end + 1) return false;
  const { tags, first } = sentenceTags(a, k);
  const t = tags[k - first] ?? '';
  return t === 'NN' || t === 'NNS' || (t === 'JJ' || t === 'JJS') && /^(?:NN|JJ|CD)/.test(tags[k + 1 - first] ?? '');
}

/** Words before a place that make it where something happens, not who acts. */
const LOCATIVE_BEFORE = /(?:^|\s)(?:in|at|to|from|near|into|across|via|throughout|inside|outside|toward|towards|around)\s+(?:the\s+)?$/i;

/** The last mention before `offset` of an entity accepted by `ok`. */
export function lastMentionBefore(entities: readonly Entity[], offset: number, ok: (e: Entity, m: Place) => boolean): Antecedent | null {
  let best: Antecedent | null = null;
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.end <= offset && (!best || m.start > best.mention.start) && ok(e, m)) best = { entity: e, mention: m };
    }
  }
  return best;
}

/**
 * The entity the pronoun at `offset` stands for, or null (also for a word that is no third-person
 * pronoun). `accept` passes over candidates: mentions (the nearest accepted one is taken) and the
 * sources of earlier claims.
 */
/**
 * "Morrison was the third witness who listened in on Trump's call with Zelensky. He said …": a person pronoun that opens
 * its sentence goes on with the subject of the sentence before (the person named before its first finite verb), not
 * the person named last in it, when the one named last is not that subject.
 */
function sentenceSubject(an: Analysis, entities: readonly Entity[], offset: number, last: Antecedent, ok: (e: Entity, at: Place) => boolean): Antecedent | null {
  const before = sentenceBefore(an, offset);
  if (!before) return null;
  const { prev, verb } = before;
  if (last.mention.start < prev.start || last.mention.end > prev.end) return null;
  const verbAt = verb >= 0 ? an.tokens[verb].start : prev.end;
  if (last.mention.start < verbAt) return null;
  let subject: Antecedent | null = null;
  for (const e of entities) for (const m of e.mentions) {
    if (m.start >= prev.start && m.end <= verbAt && ok(e, m) && (!subject || m.start < subject.mention.start)) subject = { entity: e, mention: m };
  }
  return subject && subject.entity !== last.entity ? subject : null;
}

/**
 * For a pronoun at `offset` that opens its sentence: the sentence before it and the index of that sentence's first
 * finite verb (-1 when it has none); null when the pronoun does not open a sentence or opens the first.
 */
function sentenceBefore(an: Analysis, offset: number): { prev: Analysis['sentences'][number]; verb: number } | null {
  const k = firstStartingFrom(an.tokens, offset);
  if (k >= an.tokens.length) return null;
  const si = an.tokens[k].sentence;
  if (si === 0 || an.sentences[si].first !== k) return null;
  const prev = an.sentences[si - 1];
  const { tags, first } = sentenceTags(an, prev.first);
  for (let i = prev.first; i < prev.last; i++) if (FINITE_TAGS.has(tags[i - first] ?? '')) return { prev, verb: i };
  return { prev, verb: -1 };
}

/**
 * Whether the pronoun at `offset` opens its sentence and the sentence before has a plural common noun as its subject
 * (the head before its first finite verb), outside any name and after `since`.
 */
function pluralSubjectSince(an: Analysis, entities: readonly Entity[], offset: number, since: number): boolean {
  const before = sentenceBefore(an, offset);
  if (!before || before.prev.start < since || before.verb <= before.prev.first) return false;
  const head = before.verb - 1;
  if (tagAt(an, head) !== 'NNS' || !/^\p{Ll}/u.test(an.tokens[head].text)) return false;
  const at = an.tokens[head].start;
  return !entities.some((e) => e.mentions.some((mm) => mm.start <= at && mm.end > at));
}

export function pronounAntecedent(entities: readonly Entity[], offset: number, pronoun: string, opts: PronounOptions = {}): Antecedent | null {
  const kind = pronounKind(pronoun);
  if (!kind) return null;
  const person = kind === 'person';
  // "she" never stands for a man the text names as one ("Donald Trump"), nor "he" for a woman.
  const sex = pronounSex(pronoun);
  const given = opts.accept ?? (() => true);
  const an = opts.analysis;
  const placed = (e: Entity, at: Place) => !person && an !== undefined && (e.type === 'GPE' || e.type === 'LOC')
    && (LOCATIVE_BEFORE.test(an.text.slice(Math.max(0, at.start - 12), at.start)) || modifier(an, at));
  const accept = (e: Entity, at: Place) => given(e, at) && (!sex || (entitySex(e) ?? sex) === sex) && !placed(e, at);
  const prior = opts.prior ?? [];
  let m = lastMentionBefore(entities, offset, (e, at) => fitsPronoun(kind, e.type) && accept(e, at));
  if (person && m && an) m = sentenceSubject(an, entities, offset, m, (e, at) => e.type === 'PER' && accept(e, at)) ?? m;
  // "They" opening a sentence after one whose subject is a plural noun named after the last fitting name ("… at the
  // University of Pennsylvania … Tuft cells were found in the gut. They …") stands for that noun, no entity.
  if (kind === 'group' && m && an && pluralSubjectSince(an, entities, offset, m.mention.end)) return null;
  // The latest earlier claim (with a named source: p).
  const before = (ok: (x: PriorSource) => boolean): PriorSource | undefined => {
    for (let k = prior.length - 1; k >= 0; k--) if (prior[k].at < offset && ok(prior[k])) return prior[k];
    return undefined;
  };
  // (Sources of earlier claims fit by person or not.)
  const fitsSource = (e: Entity): boolean => (person ? e.type === 'PER' : e.type !== 'PER');
  const sourceOf = (x: PriorSource): Antecedent | null => {
    const e = entities.find((y) => y.id === x.source.entity);
    const at = { start: x.source.start ?? x.at, end: x.source.end ?? x.at };
    return e && accept(e, at) ? { entity: e, mention: at, claim: x } : null;
  };
  const p = before((x) => {
    if (x.source.entity === null) return false;
    const e = sex ? entities.find((y) => y.id === x.source.entity) : undefined;
    return !e || (entitySex(e) ?? sex) === sex;
  });
  // "China said Britain was meddling … It warned …": a name inside what the claim before reported is
  // not who the pronoun is; that claim's own source is (or nobody the text names, when it has none).
  // (The claim before is the outermost one: not "the Commission | announced | …" reported inside "He notes that …".)
  const last = before((x) => !prior.some((o) => o !== x && o.content !== undefined && x.at >= o.content[0] && x.at < o.content[1]));
  if (m && last?.content && m.mention.start >= last.content[0] && m.mention.start < last.content[1]) {
    const own = entities.find((e) => e.id === last.source.entity);
    // (Unless that source is of the other sex: "Andrew explained how he couldn’t have been with Giuffre, because she
    // described him …" is Giuffre.)
    const otherSex = own !== undefined && sex !== null && (entitySex(own) ?? sex) !== sex;
    if (!otherSex) return own && fitsSource(own) ? sourceOf(last) : null;
  }
  // A name inside the earlier claim's source phrase ("Montell Figgins, who represents Thomas, said …") is
  // not a later name than its speaker.
  const inSource = m && p && p.source.start !== null && p.source.end !== null && m.mention.start >= p.source.start && m.mention.end <= p.source.end
    && m.entity.id !== p.source.entity;
  if (m && !inSource && (!p || m.mention.start >= (p.source.start ?? 0) || !entities.some((e) => e.id === p.source.entity && fitsSource(e)))) return m;
  if (m && inSource && !entities.some((e) => e.id === p!.source.entity && fitsSource(e))) return m;
  return p ? sourceOf(p) : null;
}
