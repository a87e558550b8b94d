/**
 * Sources resolved to entities: a span that holds an entity mention is that entity; a pronoun
 * ("he", "they") is the nearest earlier fitting entity (or earlier claim source); a description
 * ("the spokeswoman", "the ministry") is the nearest earlier entity whose role or name holds its head
 * noun. The role ("Russian Foreign Ministry spokeswoman", "spokesperson for the …") is what the source
 * span says besides the name.
 */
import { COMPANY_NOUNS } from '../../nlp/lexicon/orgs.js';
import { isCap } from '../../nlp/lexicon/words.js';
import type { ClaimSource, Entity, EntityType, Span } from '../../ledger/types.js';
import { CUE_NOUNS, MONTH_WORDS, WEEKDAY_WORDS } from './lexicon.js';
import { HONORIFICS, isRoleNoun, TITLES_IN_FULL } from '../../nlp/lexicon/roles.js';
import { lastMentionBefore, pronounAntecedent, pronounKind, type PriorSource } from '../entities/pronouns.js';
import type { Analysis } from '../../nlp/tokenize.js';

export type { PriorSource };

/** Things that carry someone's words (besides the noun cues: "statement", "report" …): no role of the speaker. */
const CARRIERS = new Set(['letter', 'letters', 'document', 'documents', 'release', 'memo', 'email', 'e-mail', 'filing', 'post', 'tweet',
  'video', 'ad', 'advertisement', 'poll', 'survey', 'study', 'analysis', 'review', 'transcript', 'speech', 'message', 'website',
  'page', 'book', 'article', 'paper', 'data', 'figures', 'records', 'note', 'notice', 'briefing', 'presentation', 'publication']);

/** Kinds of business a description names its organisation by ("the company said"). */

/** Pronouns for a person, which name no one when they make up a source alone ("He"). */
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'i', 'me']);
const FIRST_PERSON = new Set(['i', 'me', 'we', 'us']);
const DETERMINERS = /^(?:the|a|an|this|that|these|those|his|her|its|their|our)\s+/i;

/** Title words that sit before a name ("Treasury Secretary Janet Yellen"). */
const TITLES = new Set([
  'president', 'secretary', 'minister', 'senator', 'sen.', 'rep.', 'representative', 'gov.', 'governor', 'mayor',
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'director', 'leader', 'ambassador',
  'general', 'gen.', 'chief', 'officer', 'official', 'lawmaker', 'congressman', 'congresswoman', 'judge', 'justice',
  'attorney', 'commissioner', 'adviser', 'advisor', 'candidate', 'nominee', 'speaker', 'premier', 'chancellor',
  'prime', 'king', 'queen', 'prince', 'dr.', 'prof.', 'professor', 'ceo', 'executive', 'analyst', 'expert',
  'economist', 'head', 'envoy', 'commander', 'deputy', 'vice', 'founder', 'manager', 'researcher', 'mr.', 'mrs.', 'ms.',
]);

interface MentionRef {
  entity: Entity;
  mention: Span;
}

function mentionsIn(entities: readonly Entity[], start: number, end: number): MentionRef[] {
  const out: MentionRef[] = [];
  for (const e of entities) {
    for (const m of e.mentions) if (m.start >= start && m.end <= end) out.push({ entity: e, mention: m });
  }
  return out;
}

const TYPE_RANK: Record<EntityType, number> = { PER: 0, ORG: 1, GPE: 2, NORP: 3, LOC: 4, MISC: 5 };

/** A role in lower case with its short titles written in full ("Republican Gov." → "republican governor"), for matching a description's head. */
function roleText(role: string | null): string {
  if (!role) return '';
  return role.toLowerCase().replace(/\b([a-z]+)\./g, (m, w: string) => TITLES_IN_FULL.get(w) ?? m);
}

/** The entity of a type named most often before `offset` (the one named last on a tie), or null. */
function mostNamedBefore(entities: readonly Entity[], offset: number, type: EntityType): string | null {
  let best: Entity | null = null;
  let bestCount = 0;
  let bestLast = -1;
  for (const e of entities) {
    if (e.type !== type) continue;
    let count = 0;
    let last = -1;
    for (const m of e.mentions) if (m.end <= offset) { count++; last = Math.max(last, m.start); }
    if (count > bestCount || (count === bestCount && count > 0 && last > bestLast)) {
      best = e;
      bestCount = count;
      bestLast = last;
    }
  }
  return best?.id ?? null;
}


/** Sentence adverbs that follow a speaker's name ("Tim Clark, meanwhile, said"): no part of a role. */
const SENTENCE_ADVERBS = /(?:^|,\s*)(?:meanwhile|however|also|though|too|then|now|later|earlier|separately|instead|in turn|for (?:his|her|its|their) part)(?=\s*(?:,|$))/giu;
/** A time after a name ("Tim Clark in October"). */
const TIME_AFTER = new RegExp(String.raw`^(?:(?:in|on|at|during|by|since|until|last|this|next|earlier|late|early)\s+)+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:${MONTH_WORDS}|${WEEKDAY_WORDS}|week|month|year|morning|afternoon|evening|night|weekend|\d{4})\b.*$`, 'iu');

/**
 * What follows a name is a role when it describes the person ("planetary geologist of NASA"); not a
 * sentence adverb ("meanwhile"), a time ("in October") or a relative clause ("who led the research").
 */
function notRole(after: string): string {
  let a = after.replace(SENTENCE_ADVERBS, '').replace(/^[,\s]+|[,\s]+$/g, '');
  if (TIME_AFTER.test(a) || /^(?:who|whom|whose|which|that|and|or|but|nor)\b/i.test(a)) return '';
  // A relative clause set off by a comma describes more than the role ("president of the union, which
  // represents teachers"); one that completes the role noun stays ("a physicist who is co-director of the
  // Nuclear Policy Program"). An adverb after a comma belongs to the verb.
  a = a.replace(/,\s*(?:who|whom|whose|which)\b.*$/is, '').replace(/,\s*\p{Ll}+ly$/u, '');
  // A clause joined after the appositive ("co-writers, and Kate York came to …") is no part of it.
  a = a.replace(/,\s*(?:and|but|or)\s.*$/is, '');
  // An age or a home town is no role ("Mr. King, 82"; "Jane Doe, 59, of Ashton, Md.").
  if (/^(?:\d{1,3},\s*)?of\s+\p{Lu}/u.test(a)) return '';
  a = a.replace(/^\d{1,3}(?:,\s*|$)/, '');
  return a.replace(/[,\s]+$/, '');
}

/** Split a source text into name and role without entities ("lawmaker Park Sun-won" → role "lawmaker"). */
export function roleFromText(text: string, name: string | null): string | null {
  const t = text.trim();
  if (name && t.includes(name)) {
    const i = t.indexOf(name);
    // Before the name, only the title phrase next to it: "Trump and US Trade Representative Robert
    // Lighthizer" gives "US Trade Representative", not the other subject it is joined to.
    let before = (t.slice(0, i).replace(/[,\s]+$/, '').split(/\s+(?:and|or|but)\s+|^(?:and|or|but)\s+|\s+(?:and|or|but)$/i).pop() ?? '')
      .replace(DETERMINERS, '').trim();
    // An honorific is no role ("Mr." of "Mr. King"), nor is the verb of a question ("Would Adam Schiff have …").
    if (HONORIFICS.has(before.toLowerCase()) || /^(?:would|could|should|will|did|does|do|is|was|has|had|can|may|might|must|why|how|when|where|what|and|but)$/i.test(before)) before = '';
    // A bracket right after the name (a party and state: "Gwen Moore (D-Wis.)") goes with the name (narrow).
    const tail = t.slice(i + name.length).replace(/^\s*\([^()]{1,40}\)/, '');
    // (The full stop of "Jr." after a name is no part of a role either.)
    const after = notRole(tail.replace(/^[.,\s]+/, '').replace(/[,\s]+$/, '').replace(/^(?:the|a|an)\s+/i, '').trim());
    const role = [before, after].filter((x) => x && /\p{L}/u.test(x) && !/^(?:'s|’s|the|a|an)$/i.test(x)).join(', ');
    return role || null;
  }
  const comma = t.indexOf(',');
  if (comma > 0) {
    const head = t.slice(0, comma).trim();
    const tail = t.slice(comma + 1).replace(/[,\s]+$/, '').trim();
    if (head.split(/\s+/).every(isCap) && tail) return notRole(tail.replace(/^(?:the|a|an)\s+/i, '')) || null;
    return null;
  }
  const words = t.split(/\s+/);
  let cut = -1;
  for (let i = 0; i < words.length - 1; i++) if (TITLES.has(words[i].toLowerCase())) cut = i;
  if (cut >= 0 && words.slice(cut + 1).every(isCap)) return words.slice(0, cut + 1).join(' ').replace(DETERMINERS, '') || null;
  // "lawmaker Park Sun-won": lower-case words before a capitalised name.
  const nm = nameFromText(t);
  if (nm && t.endsWith(nm)) {
    const before = t.slice(0, t.length - nm.length).trim().replace(DETERMINERS, '');
    if (before && !/^(?:the|a|an)$/i.test(before) && /\p{Ll}/u.test(before)) return before;
  }
  return null;
}

const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** The name part of a source text without entities: its trailing run of capitalised words, or null. */
export function nameFromText(text: string): string | null {
  const t = text.trim().split(/,/)[0].trim();
  const words = t.split(/\s+/);
  let i = words.length;
  while (i > 0 && isCap(words[i - 1]) && !TITLES.has(words[i - 1].toLowerCase())) i--;
  if (i === words.length) return null;
  // (A month or a day ending the phrase is when, not who: "A poll released in late August".)
  if (CALENDAR_WORD.test(words[words.length - 1])) return null;
  if (i === 0 && words.length === 1 && PERSON_PRONOUNS.has(words[0].toLowerCase())) return null;
  return words.slice(i).join(' ');
}

/** Possessive determiners by the personal pronoun they go with ("her" is both). */
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['its', 'it'], ['their', 'they']]);

/** Make the source's text and offsets the name alone (with a bracket right after it) once its role is split off. */
function narrow(src: ClaimSource, span: Span, name: string): void {
  const i = span.text.indexOf(name);
  if (i < 0) return;
  const bracket = /^\s*\([^()]{1,40}\)/.exec(span.text.slice(i + name.length));
  const text = bracket ? name + bracket[0] : name;
  src.text = text;
  src.start = span.start + i;
  src.end = src.start + text.length;
}

/**
 * Resolve the source named by `span` (already trimmed of punctuation): entity, role, and for pronouns
 * and descriptions the entity they refer to. `prior` are sources of earlier claims, in text order.
 */
export function resolveSource(span: Span, entities: readonly Entity[], prior: readonly PriorSource[], said?: { start: number; end: number }, analysis?: Analysis): ClaimSource {
  const src: ClaimSource = { text: span.text, start: span.start, end: span.end, entity: null, role: null };
  const lower = span.text.toLowerCase().replace(/[’]/g, "'");
  // (A place written as where someone is based, "One Washington-based trade expert", is no one who speaks.)
  const inside = mentionsIn(entities, span.start, span.end).filter((x) => !/-based$/i.test(x.mention.text));
  if (inside.length) {
    // A person named in the span is the source; otherwise the first organisation or place. Not one named
    // inside a relative clause ("Victor Cha, who served under President George W. Bush"); before the first
    // comma, the last one, the head of the phrase ("Hillary Clinton's campaign manager Robby Mook").
    const rel = /,?\s+(?:who|whom|whose|which)\s/i.exec(span.text);
    const cut = rel ? span.start + rel.index : Infinity;
    const comma = span.text.indexOf(',');
    const firstPart = comma < 0 ? Infinity : span.start + comma;
    // (A name in brackets, "(D-Mo.)", is an affiliation, not the speaker.)
    const bracketed = (m: Span) => /\([^)]*$/.test(span.text.slice(0, m.start - span.start));
    // (Nor is where a role is posted: "China’s ambassador | to Britain" speaks for China.)
    const posting = (m: Span) => {
      const w = /(\p{Ll}+)\s+to\s+(?:the\s+)?$/u.exec(span.text.slice(0, m.start - span.start))?.[1];
      return w !== undefined && isRoleNoun(w);
    };
    // (A name inside a relative clause ranks after every name outside it, whatever their types: "Israeli
    // settlers, who form part of Netanyahu's constituency" are not Netanyahu.)
    inside.sort((x, y) => Number(x.mention.start >= cut) - Number(y.mention.start >= cut)
      || TYPE_RANK[x.entity.type] - TYPE_RANK[y.entity.type]
      || Number(bracketed(x.mention)) - Number(bracketed(y.mention))
      || Number(posting(x.mention)) - Number(posting(y.mention))
      || (x.entity.type === 'PER' && y.entity.type === 'PER' && x.mention.end <= firstPart && y.mention.end <= firstPart ? y.mention.start - x.mention.start : 0)
      || (y.mention.end - y.mention.start) - (x.mention.end - x.mention.start));
    const best = inside[0];
    // A name that modifies the head that follows it ("Donald Trump's campaign", "the Clinton campaign",
    // "Clinton aides") is not who speaks: the phrase stays whole, tied to that name's entity, with no role.
    const rest = span.text.slice(best.mention.end - span.start);
    if (/^(?:['’]s\b|\s+\p{Ll})/u.test(rest) && !/^\s+(?:and|or|who|whom|whose|which|that)\b/iu.test(rest)) {
      src.entity = best.entity.id;
      // "The Democratic nominee": a person's role noun after a people or party word is a person named
      // before with that role ("Hillary Clinton, the Democratic presidential nominee"), when there is one.
      const head = /^\s+([\p{Ll}-]+)\s*$/u.exec(rest)?.[1];
      if (best.entity.type !== 'PER' && head && isRoleNoun(head)) {
        const m = lastMentionBefore(entities, span.start, (e) => e.type === 'PER' && (e.role ?? '').toLowerCase().includes(head));
        if (m) src.entity = m.entity.id;
      }
      return src;
    }
    // "Political observers in Virginia": people placed somewhere do not speak for the place.
    const lead = span.text.slice(0, best.mention.start - span.start);
    if (best.entity.type !== 'PER' && /\p{Ll}\s+(?:in|around|across|throughout|near|outside|inside|over)\s+(?:the\s+)?$/u.test(lead)) return src;
    src.entity = best.entity.id;
    // The words around a person's name are their role ("Foreign Ministry spokeswoman"); so are those
    // before an organisation or place that someone speaks for ("a reporter for USA Today", "officials at
    // the ministry"), but not its own descriptors ("South Korean authorities" stays whole) nor a name of
    // capitalised words the tagger missed ("The Center for Urban Studies at the City University").
    // (What carries the words is no role: "A statement from Apple Computer", "a web video by …".)
    const carrier = /\b([\p{Ll}-]+)\s+(?:for|of|at|from|with|by)\s+(?:the\s+)?$/iu.exec(lead)?.[1]?.toLowerCase() ?? '';
    const speaksFor = /\b(?:for|of|at|from|with)\s+(?:the\s+)?$/i.test(lead) && /\b(?!(?:the|a|an|of|for|at|from|with|and)\b)\p{Ll}/u.test(lead)
      && !CUE_NOUNS.has(carrier) && !CARRIERS.has(carrier);
    if (best.entity.type === 'PER' || speaksFor) {
      src.role = roleFromText(span.text, best.mention.text);
      if (src.role) narrow(src, span, best.mention.text);
    }
    return src;
  }
  // "I" and "we" outside a quotation are the writer (or the outlet), whom no entity of the text names.
  if (FIRST_PERSON.has(lower)) return src;
  // "the Chicago Police Department, which reported …": a relative pronoun stands for the name right before it.
  if (lower === 'who' || lower === 'which' || lower === 'that') {
    const m = lastMentionBefore(entities, span.start, () => true);
    // Right before it: at most a comma and a space between ("Department, which").
    if (m && span.start - m.mention.end <= 2) src.entity = m.entity.id;
    return src;
  }
  // "he", "it", "they": the entity named last before that fits, read through the claims before it.
  // (A possessive before a noun cue stands for whom its pronoun would: "his often-repeated vow", "Their refusal to say".)
  const personal = POSSESSIVE_PRONOUNS.get(lower) ?? lower;
  if (pronounKind(personal)) {
    // (Not a name inside what this claim says: "“Heads needed to roll the day Jeffrey Epstein died,” he said.")
    const accept = said ? (_e: Entity, at: { start: number; end: number }) => !(at.start >= said.start && at.end <= said.end) : undefined;
    src.entity = pronounAntecedent(entities, span.start, personal, { prior, accept, analysis })?.entity.id ?? null;
    return src;
  }
  const name = nameFromText(span.text);
  src.role = roleFromText(span.text, name);
  if (src.role && name) narrow(src, span, name);
  // A name the tagger missed here but found elsewhere ("Trump said …" after "Donald Trump"): the entity
  // named so, or the one person named before whose full name ends with it.
  if (name) {
    const same = entities.filter((e) => e.canonical === name || e.mentions.some((m) => m.text === name));
    const people = same.length ? same : entities.filter((e) => e.type === 'PER' && e.canonical.endsWith(' ' + name)
      && e.mentions.some((m) => m.end <= span.start));
    if (people.length === 1) src.entity = people[0].id;
  }
  // A description ("the spokeswoman", "the ministry"): the nearest earlier entity whose role or name holds its head.
  if (DETERMINERS.test(span.text) && !name) {
    const head = lower.split(/\s+/).pop() ?? '';
    if (head.length > 2) {
      // (A person's title, "the governor", is a person's, not the "Republican Governors Association".)
      const personal = isRoleNoun(head);
      const m = lastMentionBefore(entities, span.start, (e) => (!personal || e.type === 'PER') && (
        roleText(e.role).includes(head) || e.canonical.toLowerCase().includes(head) ||
        e.mentions.some((x) => x.text.toLowerCase().includes(head))))
        ;
      if (m) src.entity = m.entity.id;
      // "the company", "the carrier": a kind of business stands for the organisation the text has named
      // most so far (the latest of them on a tie).
      else if (COMPANY_NOUNS.has(head) && /^the\s/i.test(span.text)) src.entity = mostNamedBefore(entities, span.start, 'ORG');
    }
  }
  return src;
}
