/**
 * Events: actor – action – target in PLOVER. A trigger word or phrase (lexicon.ts) in a sentence;
 * for a verb the actor is its subject, the phrase right before its verb group, when that phrase is an
 * entity or stands for one ("Russia has also attacked", "Russian troops attacked", "Shelby, who shot";
 * not "X said the troops attacked", "the New York businessman who has attacked", "he was shot"), and
 * the target the first entity after it that is not in a place phrase ("in Paris" is the event's
 * location). A passive's agent ("by X") acts and its subject undergoes it ("Diallo was shot"). A trigger used as a noun takes its actor from its own phrase
 * ("Germany's demands", "by X") or a verb that takes it ("made demands"), else none. Nationality words
 * stand for their state ("North Korean soldiers were sent" → North Korea), and so do "these troops"
 * after them. A pronoun subject ("It had signed a deal", "They imposed sanctions") acts for the entity
 * the shared resolver (../entities/pronouns.ts, as attribution's pronoun sources) finds it stands for,
 * named as a subject in its sentence or the one before, never the event's target; an object pronoun
 * right after the trigger is its target the same way.
 */
import type { Claim, Entity, Event } from '../../ledger/types.js';
import { firstStartingFrom, type Analysis, type Token } from '../../nlp/tokenize.js';
import { FINITE_TAGS, sentenceTags } from '../../nlp/pos.js';
import { HONORIFICS } from '../../nlp/lexicon/roles.js';
import { placeEntry } from '../../nlp/lexicon/places.js';
import { fitsPronoun, pronounAntecedent, pronounKind, type Place, type PriorSource } from '../entities/pronouns.js';
import { LIGHT_VERBS, MET_GOALS, STATE_AGENTS, TRIGGERS_BY_PREFIX, matchesStem, type TriggerEntry } from './lexicon.js';

interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
  /** For a pronoun that stands for the entity ("It had signed a deal"): the pronoun's token. */
  pronoun?: number;
}

/** What a pronoun subject at token k stands for (not the entity `not`), as a mention at the pronoun; or null. */
type PronounResolver = (k: number, not?: Entity | null) => MentionRef | null;

/** Pronouns that stand for a verb's subject. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they']);

const PREPOSITIONS = new Set(['of', 'to', 'in', 'for', 'from', 'with', 'on', 'at', 'into', 'about', 'against', 'among', 'between', 'over', 'under', 'through', 'by',
  'near', 'outside', 'inside', 'across', 'throughout']);
/** Prepositions of place: what follows is where an event happens, not whom it is done to ("signed in Paris"). */
const LOCATIVES = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout']);
const PLACE_TYPES = new Set(['GPE', 'LOC']);
const PASSIVE_AUX = new Set(['been', 'be', 'being', 'was', 'were', 'is', 'are']);
const CLAUSE_BREAK = new Set([';', ':', '—', '–', '--']);
const ACTOR_TYPES = new Set(['GPE', 'ORG', 'PER', 'NORP']);

/** The state a nationality word stands for, when the document names it ("North Korean" → North Korea). */
function stateOf(norp: Entity & { country?: string }, entities: readonly Entity[]): Entity {
  if (norp.country) {
    const named = entities.find((e) => (e.type === 'GPE' || e.type === 'LOC') && e.canonical === norp.country);
    if (named) return named;
  }
  const stem = norp.canonical.replace(/(?:ians?|ans?|ese|ish|is?|n)$/i, '').toLowerCase();
  if (stem.length < 3) return norp;
  const gpe = entities.find((e) => e.type === 'GPE' && e.canonical.toLowerCase().startsWith(stem));
  return gpe ?? norp;
}

function matchAt(tokens: readonly Token[], i: number, last: number, entry: TriggerEntry): number {
  const w = tokens[i].text.toLowerCase();
  if (entry.forms?.includes(w)) return i + 1;
  if (entry.stems?.some((s) => matchesStem(w, s))) return i + 1;
  for (const phrase of entry.phrases ?? []) {
    if (!matchesStem(w, phrase[0]) && w !== phrase[0]) continue;
    let j = i + 1;
    let ok = true;
    for (const part of phrase.slice(1)) {
      const limit = Math.min(last, j + (entry.gap ?? 0) + 1);
      let found = -1;
      for (let k = j; k < limit; k++) {
        const t = tokens[k].text.toLowerCase();
        if (t === part || matchesStem(t, part)) {
          found = k;
          break;
        }
      }
      if (found < 0) {
        ok = false;
        break;
      }
      j = found + 1;
    }
    if (ok) return j;
  }
  return -1;
}

export function extractEvents(a: Analysis, entities: Entity[], claims: Claim[]): Event[] {
  // (Claims are tied to events by span containment in the ledger stage; here they tell what a pronoun
  // subject stands for, as they do for a pronoun source.)
  const mentions: MentionRef[] = [];
  const places: MentionRef[] = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      if (ACTOR_TYPES.has(e.type)) mentions.push({ start: m.start, end: m.end, entity: e });
      if (PLACE_TYPES.has(e.type)) places.push({ start: m.start, end: m.end, entity: e });
    }
  }
  mentions.push(...stateNounPhrases(a, mentions, entities));
  // (Of two that start together, the longer first: "Kyiv’s allies" before "Kyiv".)
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  places.sort((x, y) => x.start - y.start);
  const pronouns = pronounPool(a, mentions);
  const pron = pronounSubjects(a, pronouns, mentions, claims);
  // (The pronoun subject asked about for the trigger at hand, if any: see "never the event's target".)
  let asked = -1;
  const subjectPronoun: PronounResolver = (k) => {
    asked = k;
    return pron(k);
  };
  const events: Event[] = [];
  const tokens = a.tokens;
  for (const s of a.sentences) {
    if (s.start < a.bodyStart) continue; // headlines repeat the body's events
    let inSentence: MentionRef[] | null = null;
    let placesIn: MentionRef[] = [];
    let tags: string[] = [];
    for (let i = s.first; i < s.last; i++) {
      if (tokens[i].kind !== 'word' || tokens[i].text.length < 3 || acronym(tokens, i, s.first, s.last)) continue;
      const candidates = TRIGGERS_BY_PREFIX.get(tokens[i].text.slice(0, 3).toLowerCase());
      if (!candidates) continue;
      inSentence ??= mentions.filter((m) => m.start >= s.start && m.end <= s.end);
      // Inside an entity name, a word is not a trigger ("Security Council", "Alliance").
      if (inSentence.some((m) => tokens[i].start >= m.start && tokens[i].end <= m.end)) continue;
      let hit: { entry: TriggerEntry; end: number } | null = null;
      for (const entry of candidates) {
        const end = matchAt(tokens, i, s.last, entry);
        if (end > 0) {
          hit = { entry, end };
          break;
        }
      }
      if (!hit) continue;
      if (placesIn.length === 0 && tags.length === 0) {
        placesIn = places.filter((m) => m.start >= s.start && m.end <= s.end);
        tags = sentenceTags(a, i).tags;
      }
      const trigger = { start: tokens[i].start, end: tokens[hit.end - 1].end, text: '' };
      trigger.text = a.text.slice(trigger.start, trigger.end);
      const passive = isPassive(tokens, tags, i, hit.end, s.first, s.last);
      if (hit.entry.type === 'CONSULT' && /^meet|^met$/i.test(tokens[i].text)
        && (metGoal(tokens, tags, hit.end, s.first, s.last) || (passive && tokens[hit.end]?.text.toLowerCase() === 'with'))) continue;
      const nominal = isNominal(tokens, tags, i, hit.end, s.first);
      if (hit.entry.nounOnly && !nominal) continue;
      if (hit.end < s.last && hit.entry.notBefore?.includes(tokens[hit.end].text.toLowerCase())) continue;
      // A nationality or state right before the trigger owns it ("Russian troops attacked", "UN sanctions");
      // a noun's owner may stand a few modifiers away ("Germany's latest demands", "the FBI email probe").
      // (Not a name inside a prepositional phrase: "China's ambassador to | Britain | accused" is China's.)
      const adjacent = inSentence.find((m) => m.end === tokens[i].start - 1 || m.end === tokens[i].start);
      const placed = adjacent !== undefined && /^VB/.test(tags[i - s.first] ?? '') && !memberOf(tokens, adjacent, s.first) && (() => {
        const g = governor(tokens, adjacent, s.first);
        return g >= 0 && PREPOSITIONS.has(tokens[g].text.toLowerCase());
      })();
      const owner = (placed ? undefined : adjacent)
        ?? (nominal ? possessor(tokens, tags, i, s.first, inSentence) : undefined);
      // "an agreement between X and Y": the two parties.
      const pair = betweenPair(tokens, hit.end, s.last, inSentence);
      let actor: MentionRef | null;
      let target: MentionRef | null;
      asked = -1;
      const clauseSubject = hit.entry.subjectIsTarget ? subjectOfClause(tokens, tags, i, s.first, inSentence) : null;
      const faced = nominal ? facedAt(tokens, tags, i, s.first) : -1;
      if (pair) {
        [actor, target] = pair;
      } else if (hit.entry.subjectIsTarget) {
        // "the U.S. warned that these troops would be considered legitimate targets": the troops' state
        // undergoes it, the one who warns does it.
        target = clauseSubject;
        const k = clauseSubject ? tokenIndexAt(tokens, clauseSubject.start, s.first, i) : i;
        actor = subjectOfVerbBefore(tokens, tags, k, s.first, inSentence.filter((m) => m.entity !== clauseSubject?.entity), subjectPronoun);
      } else if (faced >= 0) {
        // "Pyongyang facing accusations of supplying weapons to Russia", "Iran faces new UN sanctions": who
        // faces it undergoes it; who brings it is its owner or comes after "from" ("criticism from the EU").
        target = withSubject(tokens, faced, s.first, inSentence) ?? participleSubject(tokens, faced, s.first, inSentence)
          ?? subject(tokens, tags, faced, s.first, inSentence, 0, subjectPronoun);
        actor = owner && owner.entity !== target?.entity ? owner : ofActor(tokens, hit.end, s.first, inSentence, hit.entry.type);
      } else if (nominal) {
        actor = owner ?? nounActor(tokens, tags, i, hit.end, s.first, s.last, inSentence, subjectPronoun);
        target = nounObject(tokens, tags, hit.end, s.first, s.last, inSentence, placesIn, named(actor), hit.entry.type);
        actor ??= ofActor(tokens, hit.end, s.first, inSentence, hit.entry.type);
        // "Both Russia and North Korea are under UN sanctions": the subject undergoes what its owner does.
        if (!target && owner && governedBy(tokens, owner, s.first, 'under')) {
          target = subject(tokens, tags, governor(tokens, owner, s.first), s.first, inSentence.filter((m) => m.entity !== owner.entity));
        }
      } else {
        const withActor = withSubject(tokens, i, s.first, inSentence);
        actor = owner
          ?? withActor
          ?? participleSubject(tokens, i, s.first, inSentence)
          ?? (passive ? passiveAgent(tokens, hit.end, s.first, s.last, inSentence)
            : subject(tokens, tags, i, s.first, inSentence, 0, subjectPronoun));
        // A passive verb's subject undergoes it ("Diallo was shot by …"); what follows it is no target
        // ("was shot at 41 times by four NYPD officers").
        if (passive && hit.end === i + 1) {
          const undergoer = subject(tokens, tags, i, s.first, inSentence);
          target = undergoer && undergoer.entity !== actor?.entity ? undergoer : null;
        } else {
          // The target may sit inside a phrase trigger ("summoned North Korea's ambassador").
          // (An object pronoun right after it is the target, or nothing: "accusing her of … the U.S. compound".)
          target = hit.end < s.last && OBJECT_PRONOUNS.has(tokens[hit.end].text.toLowerCase()) && !/^(?:NN|JJ)/.test(tags[hit.end + 1 - s.first] ?? '')
            ? pronounObject(a, hit.end, pronouns, named(actor)?.entity ?? null)
            : object(tokens, tags, i + 1, s.first, s.last, inSentence, placesIn, named(actor), hit.entry.type === 'ASSAULT', false, /^(?:deport|extradit|expel)/i.test(tokens[i].text));
        }
        // "Ukraine secured a boost, with G7 nations pledging $50 billion in loans": what the with-clause
        // gives goes to the subject of the clause it hangs on.
        if (!target && withActor) {
          const w = tokenIndexAt(tokens, withActor.start, s.first, i) - 1;
          const main = w > s.first ? subjectOfVerbBefore(tokens, tags, w, s.first, inSentence.filter((m) => m.entity !== withActor.entity)) : null;
          if (main) target = main;
        }
        // "Both Russia and North Korea are under UN sanctions": the subject undergoes what its owner does.
        if (!target && owner && governedBy(tokens, owner, s.first, 'under')) {
          target = subject(tokens, tags, governor(tokens, owner, s.first), s.first, inSentence.filter((m) => m.entity !== owner.entity));
        }
      }
      // "Hamas and Israel agreed to a ceasefire", "India and China held talks": two parties joined as the subject of an
      // event between parties are its actor and its target.
      if (actor && !target && SYMMETRIC.has(hit.entry.type) && actor.pronoun === undefined) {
        const k = tokenIndexAt(tokens, actor.start, s.first, i) - 1;
        const first = k > s.first && /^and$/i.test(tokens[k].text) ? inSentence.find((m) => m.end === tokens[k - 1].end && m.entity !== actor!.entity) : undefined;
        if (first) {
          target = actor;
          actor = first;
        }
      }
      // A pronoun subject is never the event's target: it is read again without it ("Russia has a border
      // with Ukraine. It attacked Ukraine": Russia); when the target is a pronoun too, of a kind it may
      // share, which is which is unknown ("He urged her to act").
      if (asked >= 0 && target && (!actor || actor.pronoun === asked)) {
        const other = target.pronoun !== undefined ? pronounKind(tokens[target.pronoun].text) : null;
        const kind = pronounKind(tokens[asked].text);
        if (other && (other === 'person') === (kind === 'person')) actor = null;
        else if (!actor || target.entity === actor.entity) actor = pron(asked, target.entity);
      }
      // Nothing in the actor's own phrase is its target ("praise from Russian President Vladimir Putin");
      // a body or a person before a person's name is no party ("Cavaliers star LeBron James" → the person).
      if (actor) {
        const head = headOf(tokens, tags, actor, s.first, inSentence);
        if (target && target.start >= actor.start && target.end <= head.end) target = null;
        if (!STATE_TYPES.has(actor.entity.type)) actor = head;
      }
      if (target && !STATE_TYPES.has(target.entity.type)) target = headOf(tokens, tags, target, s.first, inSentence);
      const actorEntity = actor ? (actor.entity.type === 'NORP' ? stateOf(actor.entity, entities) : actor.entity) : null;
      let targetEntity = target ? (target.entity.type === 'NORP' ? stateOf(target.entity, entities) : target.entity) : null;
      // A town visited is where the visit happens, not a party to it ("Clinton will visit Charlotte"); a
      // country visited is (its government receives the visitor).
      let visited: Entity | null = null;
      if (hit.entry.type === 'CONSULT' && /^visit/i.test(tokens[i].text) && targetEntity?.type === 'GPE' && placeEntry(targetEntity.canonical)?.kind !== 'country') {
        visited = targetEntity;
        targetEntity = null;
      }
      if (!actorEntity && !targetEntity) continue;
      const place = visited ?? placeOf(tokens, tags, hit.end, s.first, s.last, placesIn, target)?.entity ?? null;
      // One event per type, actor and target in a sentence ("pledging $3 billion in loans"); a later
      // trigger of the same type with a party missing adds nothing.
      // An attack on words or plans is a verbal one ("attacked each other’s policies", "attacks on his record").
      const verbal = hit.entry.type === 'ASSAULT' && verbalAttack(tokens, tags, i, hit.end, s.first, s.last);
      const type = verbal ? 'ACCUSE' : hit.entry.type;
      const sentenceEvents = events.filter((v) => v.trigger.start >= s.start && v.type === type);
      const targetId = targetEntity && targetEntity !== actorEntity ? targetEntity.id : null;
      if (sentenceEvents.some((v) => (v.actor === (actorEntity?.id ?? null) && v.target === targetId) || !actorEntity || !targetId)) {
        i = hit.end - 1;
        continue;
      }
      events.push({
        id: `v${events.length + 1}`,
        type,
        mode: verbal ? 'disapprove' : hit.entry.mode,
        actor: actorEntity?.id ?? null,
        target: targetEntity && targetEntity !== actorEntity ? targetEntity.id : null,
        trigger,
        claim: null,
        time: null,
        location: place && place !== actorEntity && place !== targetEntity ? place.id : null,
      });
      i = hit.end - 1;
    }
  }
  return events;
}

/** The token of "face" ("faces", "faced", "facing") before a noun trigger at i, past its modifiers, or -1. */
function facedAt(tokens: readonly Token[], tags: readonly string[], i: number, first: number): number {
  for (let k = i - 1, n = 0; k >= first && n < 4; k--, n++) {
    if (/^fac(?:e|es|ed|ing)$/i.test(tokens[k].text)) return k;
    if (!/^(?:JJ|JJR|DT|NN|NNP|NNS|CD|PRP\$|POS|VBN)$/.test(tags[k - first] ?? '')) return -1;
  }
  return -1;
}

/**
 * A passive trigger: a phrase with a form of "be" in it or right before it ("soldiers have been sent"),
 * or a past participle after one ("was shot", "were also banned") or before "by" ("hackers sanctioned by
 * it"); not "is attacking".
 */
function isPassive(tokens: readonly Token[], tags: readonly string[], i: number, end: number, first: number, last: number): boolean {
  if (end > i + 1) return tokens.slice(Math.max(first, i - 1), end).some((t) => PASSIVE_AUX.has(t.text.toLowerCase()));
  if (!/^VB[ND]$/.test(tags[i - first] ?? '') && !PAST_FORM.test(tokens[i].text)) return false;
  if (end < last && tokens[end].text.toLowerCase() === 'by') return true;
  let k = i - 1;
  while (k >= first && (tags[k - first] === 'RB' || /^(?:also|not|n['’]t)$/i.test(tokens[k].text))) k--;
  return k >= first && (PASSIVE_AUX.has(tokens[k].text.toLowerCase()) || /^(?:get|gets|got|gotten)$/i.test(tokens[k].text));
}

/** A word in capitals among words that are not is a name or an acronym: "AIDS" is no aid (but "CONGRESS HAS INVESTIGATED HIM" investigates). */
function acronym(tokens: readonly Token[], i: number, first: number, last: number): boolean {
  const caps = (k: number): boolean => k >= first && k < last && /^\p{Lu}{2,}$/u.test(tokens[k].text);
  return caps(i) && !caps(i - 1) && !caps(i + 1);
}

/** The actor when a name gives it; an actor a pronoun stands for does not shape the target (see "never the event's target"). */
function named(actor: MentionRef | null): MentionRef | null {
  return actor?.pronoun !== undefined ? null : actor;
}

/** The first token in [from, to) that starts at or after `offset`, or `to`. */
function tokenIndexAt(tokens: readonly Token[], offset: number, from: number, to: number): number {
  return Math.min(Math.max(firstStartingFrom(tokens, offset), from), to);
}

/** Titles before a name ("Senator Cruz", "President Obama"), and a nationality before one of them ("Russian President"). */
const TITLES = new Set(['President', 'Vice', 'Prime', 'Minister', 'Foreign', 'Secretary', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Gov.',
  'Governor', 'Mayor', 'Chancellor', 'King', 'Queen', 'Prince', 'General', 'Gen.', 'Chairman', 'Chief', 'Justice', 'Judge', 'Officer', 'Mr.', 'Mrs.', 'Ms.', 'Dr.']);

/**
 * The index of the word that governs a mention: the token before it, past "the" ("by the European
 * Union" → by, "in the United States" → in); -1 at the sentence's start. Agents, prepositional objects
 * and places are all told by it.
 */
function governor(tokens: readonly Token[], m: MentionRef, first: number): number {
  return governorOf(tokens, tokenIndexAt(tokens, m.start, first, tokens.length), first);
}

/** The word that governs the phrase at token k; a conjunct takes its first conjunct's ("in Arizona and Illinois" → in). */
function governorOf(tokens: readonly Token[], k: number, first: number): number {
  k--;
  // (past titles: "of Senator Cruz", "from Russian President Vladimir Putin")
  while (k > first && TITLES.has(tokens[k].text)) k--;
  if (k >= first && /^the$/i.test(tokens[k].text)) k--;
  if (k > first && /^(?:and|or)$/i.test(tokens[k].text) && /^\p{Lu}/u.test(tokens[k - 1].text)) {
    let j = k - 1;
    while (j > first && (/^\p{Lu}/u.test(tokens[j - 1].text) || tokens[j - 1].text === '.')) j--;
    return governorOf(tokens, j, first);
  }
  return k >= first ? k : -1;
}

function governedBy(tokens: readonly Token[], m: MentionRef, first: number, words: ReadonlySet<string> | string): boolean {
  const g = governor(tokens, m, first);
  if (g < 0) return false;
  const w = tokens[g].text.toLowerCase();
  return typeof words === 'string' ? w === words : words.has(w);
}

/** Words of a verb group before its verb: auxiliaries, modals, negation ("has also been", "would not"). */
const VERB_GROUP = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', "n't", 'n’t', 'also']);

/** Words of a time phrase between a subject and its verb ("Russia on Tuesday attacked", "China last week condemned"). */
const TIME_WORD = /^(?:on|last|this|early|earlier|late|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year|morning|afternoon|evening|night|weekend)$/i;

/** Nouns for those who act for a state or a body: their owner acts ("Russian troops", "NYPD officers", "the Clinton campaign"). */
const AGENCY = new Set([...STATE_AGENTS.keys(), 'officials', 'leaders', 'representatives', 'ministers', 'diplomats', 'envoys', 'delegation',
  'negotiators', 'spokesman', 'spokeswoman', 'spokesperson', 'administration', 'campaign', 'officers', 'police', 'army', 'navy', 'military', 'regime',
  'executives', 'lawmakers', 'aides', 'lawyers', 'ambassador', 'envoy', 'embassy', 'ministry', 'minister']);

/**
 * The subject of the verb at token i, an entity or nothing: the phrase that ends right before the verb
 * group ("Russia has also attacked", "Russia on Tuesday attacked"). Its head must be the entity: "the
 * New York businessman who … has attacked" has no entity for a subject, "the president of France" none
 * either, "Russian troops attacked" Russia. A relative pronoun's antecedent is the subject ("Officer
 * Betty Shelby, who shot …"); an infinitive's is the object or subject before it ("urged Congress to
 * act", "pledged to ban"); a verb joined by "and" takes the first verb's; a phrase between commas is
 * passed ("Trump, in particular, has criticized"). A personal pronoun gives what `pron` finds it stands
 * for, when the caller asks for an actor ("It had signed a deal"), else nothing ("when he was shot"); a
 * common noun ("the left winglet struck") or another clause ("X said the troops attacked") gives nothing.
 */
function subject(tokens: readonly Token[], tags: readonly string[], i: number, first: number, ms: readonly MentionRef[], depth = 0,
  pron?: PronounResolver): MentionRef | null {
  if (depth > 3) return null;
  const tag = (k: number): string => tags[k - first] ?? '';
  let k = i - 1;
  // (and "by" before a gerund: "responded by offering")
  while (k >= first && (VERB_GROUP.has(tokens[k].text.toLowerCase()) || /^(?:RB|MD)$/.test(tag(k)) || (/^\p{Ll}+ly$/u.test(tokens[k].text) && tag(k) === 'JJ')
    || (tokens[k].text.toLowerCase() === 'by' && tag(i) === 'VBG'))) k--;
  while (k >= first && TIME_WORD.test(tokens[k].text) && !ms.some((m) => m.end === tokens[k].end)) k--;
  if (k < first) return null;
  const w = tokens[k].text.toLowerCase();
  if (w === 'who' || w === 'which' || w === 'that') {
    let j = k - 1;
    if (j >= first && /^(?:,|—|–|--|-)$/.test(tokens[j].text)) j--;
    // "warned that …": no relative, a clause of its own
    if (w === 'that' && j >= first && /^VB/.test(tag(j))) return null;
    return j >= first ? headAt(tokens, tags, j, first, ms) : null;
  }
  if (w === 'to') {
    const j = k - 1;
    if (j < first) return null;
    const m = ms.find((r) => r.end === tokens[j].end);
    // ("called on Howard Dean to apologize": the one called on)
    const g = m ? governor(tokens, m, first) : -1;
    if (m) return g < 0 || !PREPOSITIONS.has(tokens[g].text.toLowerCase()) || (g > first && /^(?:on|upon)$/i.test(tokens[g].text) && /^call/i.test(tokens[g - 1].text)) ? m : null;
    return /^VB/.test(tag(j)) ? subject(tokens, tags, j, first, ms, depth + 1, pron) : null;
  }
  if (w === 'and' || w === 'but' || w === 'or') {
    // "McConnell met Suu Kyi and praised …", "Trump has used the phrase often, and criticized …": the
    // subject of the verb before of the same form (if no clause break between); "for shooting and
    // killing", "…, freezing their assets and banning travel": the first gerund's
    // "The Palestinian Authority - which considers the US biased and has rejected …": inside a relative
    // clause, the verbs joined by "and" are the antecedent's.
    for (let j = k - 1; j > first && !CLAUSE_BREAK.has(tokens[j].text); j--) {
      if (/^(?:which|who)$/i.test(tokens[j].text)) {
        let h = j - 1;
        if (h > first && /^(?:,|—|–|--|-)$/.test(tokens[h].text)) h--;
        return headAt(tokens, tags, h, first, ms);
      }
    }
    const form = /^VB[DZPN]$/.test(tag(i)) ? /^VB[DZPN]$/ : new RegExp(`^${tag(i)}$`);
    // (A copula is the verb before when there is no other: "Vietnam is one of China's critics and has accused Beijing".)
    let copula = -1;
    for (let j = k - 1; j >= first && !CLAUSE_BREAK.has(tokens[j].text); j--) {
      if (!form.test(tag(j)) || VERB_GROUP.has(tokens[j].text.toLowerCase())) {
        if (/^(?:is|are|was|were)$/i.test(tokens[j].text) && /^VB[DZP]$/.test(tag(j))) copula = j;
        continue;
      }
      // ("He was tased and then shot": joined to a passive, a participle is passive too; its subject does nothing)
      if (tag(j) === 'VBN' && tag(i) === 'VBN' && isPassive(tokens, tags, j, j + 1, first, i)) return null;
      return (tag(j) === 'VBG' ? participleSubject(tokens, j, first, ms) : null) ?? subject(tokens, tags, j, first, ms, depth + 1, pron);
    }
    if (copula >= 0 && /^VB[DZPN]$/.test(tag(i)) && !isPassive(tokens, tags, i, i + 1, first, tokens.length)) return subject(tokens, tags, copula, first, ms, depth + 1, pron);
    return null;
  }
  if (w === ')') {
    // "Sen. Ted Cruz (R-Tex) is endorsing"
    for (let j = k - 1; j > first; j--) if (tokens[j].text === '(') return headAt(tokens, tags, j - 1, first, ms);
    return null;
  }
  if (w === ',') return beforeCommas(tokens, tags, k, first, ms);
  // "avoids condemning", "helped negotiate": the first verb's subject
  if (/^VB/.test(tag(k)) && /^(?:VBG|VB)$/.test(tag(i))) return subject(tokens, tags, k, first, ms, depth + 1, pron);
  // "It had signed a deal", "they imposed sanctions": what the pronoun stands for, when asked.
  if (pron && tag(k) === 'PRP' && SUBJECT_PRONOUNS.has(w)) return pron(k);
  return headAt(tokens, tags, k, first, ms);
}

/** A state or a people before a leader's title acts through the leader: "Russian President Vladimir Putin" stays Russia. */
const STATE_TYPES = new Set(['GPE', 'NORP']);

/**
 * The person a noun phrase that a mention begins names last, when only titles, nouns and modifiers
 * stand between: "Russian President Vladimir Putin", "Hillary Clinton aide Cheryl Mills", "Cleveland
 * Cavaliers basketball star LeBron James" → the person ("Swedish Air Force planes" have no person).
 */
function headOf(tokens: readonly Token[], tags: readonly string[], m: MentionRef, first: number, ms: readonly MentionRef[]): MentionRef {
  let head = m;
  for (const n of ms) {
    if (n.start < head.end || n.entity.type !== 'PER') continue;
    let k = tokenIndexAt(tokens, head.end, first, tokens.length);
    const to = tokenIndexAt(tokens, n.start, first, tokens.length);
    while (k < to && (/^(?:NN|NNS|NNP|NNPS|JJ|POS|HYPH)$/.test(tags[k - first] ?? '') || /^['’]s?$/.test(tokens[k].text))
      && !TIME_WORD.test(tokens[k].text)) k++;
    if (k < to || to - tokenIndexAt(tokens, head.end, first, tokens.length) > 4) break;
    head = n;
  }
  return head;
}

/**
 * The subject before a phrase set off by commas, ending at the comma k: a name that fills the phrase
 * ("Another RT America host, Abby Martin, had denounced"), else the phrase before it ("Trump, in
 * particular, has criticized", "Betty Shelby, who shot …, was charged"), past the parts of an address
 * ("Serra Automotive in Grand Blanc Township, Genesee County, Michigan, is in talks").
 */
function beforeCommas(tokens: readonly Token[], tags: readonly string[], k: number, first: number, ms: readonly MentionRef[]): MentionRef | null {
  for (let j = k - 1; j > first; j--) {
    if (CLAUSE_BREAK.has(tokens[j].text)) return null;
    if (tokens[j].text !== ',') continue;
    const named = ms.find((m) => m.start === tokens[j + 1].start && m.end === tokens[k - 1].end);
    if (named && (named.entity.type === 'PER' || named.entity.type === 'ORG')) return named;
    const before = headAt(tokens, tags, j - 1, first, ms);
    if (before && PLACE_TYPES.has(before.entity.type) && tokens.slice(first, j).some((t) => t.text === ',')) {
      k = j;
      continue;
    }
    return before;
  }
  return null;
}

/**
 * The entity a noun phrase ending at token k stands for: an entity that ends it (not one inside a
 * prepositional phrase after its head: "the president of France", unless the head is of those who
 * act for it, "officials from China"), or the owner of a noun for those who act for a state or body
 * ("Russian troops", "NYPD officers"); otherwise none ("the New York businessman").
 */
function headAt(tokens: readonly Token[], tags: readonly string[], k: number, first: number, ms: readonly MentionRef[]): MentionRef | null {
  // ("AirTanker Ltd., an EADS-led consortium": the name before its full stop)
  const m = ms.find((r) => r.end === tokens[k].end) ?? (tokens[k].text === '.' && k > first ? ms.find((r) => r.end === tokens[k - 1].end) : undefined);
  if (m) {
    const g = governor(tokens, m, first);
    if (g < 0 || !PREPOSITIONS.has(tokens[g].text.toLowerCase()) || memberOf(tokens, m, first)) return m;
    // "senator Mark Warner from Virginia": the phrase before the preposition
    return g > first ? headAt(tokens, tags, g - 1, first, ms) : null;
  }
  if (!/^NNS?$/.test(tags[k - first] ?? '') || !AGENCY.has(tokens[k].text.toLowerCase())) return null;
  // "Russian troops", "Russia's military jets": the owner, past "'s" and one modifier
  for (let j = k - 1, n = 0; j >= first && n < 3; j--, n++) {
    const owner = ms.find((r) => r.end === tokens[j].end);
    // ("A new ad from Donald Trump's campaign is seizing": the ad)
    const g = owner ? governor(tokens, owner, first) : -1;
    if (owner) return g >= 0 && PREPOSITIONS.has(tokens[g].text.toLowerCase()) ? null : owner;
    if (!/^['’]s?$/.test(tokens[j].text) && !/^(?:JJ|NN|VBN|POS)$/.test(tags[j - first] ?? '')) return null;
  }
  return null;
}

/**
 * The subject of the nearest finite verb before token k ("Kenya won backing, | with Qatar pledging …";
 * "the U.S. warned that | these troops would be …").
 */
function subjectOfVerbBefore(tokens: readonly Token[], tags: readonly string[], k: number, first: number, ms: readonly MentionRef[],
  pron?: PronounResolver): MentionRef | null {
  for (let j = k - 1; j >= first; j--) {
    if (CLAUSE_BREAK.has(tokens[j].text)) return null;
    if (/^VB[DZP]$/.test(tags[j - first] ?? '') && !VERB_GROUP.has(tokens[j].text.toLowerCase())) return subject(tokens, tags, j, first, ms, 0, pron);
  }
  return null;
}

/**
 * "these troops", "the soldiers", "those forces": a demonstrative or definite phrase, with no name in
 * it, whose noun a nationality or state modified earlier ("3,000 North Korean soldiers … these troops")
 * stands for that state, when only one state did so. Nouns of a kind count together (troops, soldiers,
 * forces).
 */
function stateNounPhrases(a: Analysis, mentions: readonly MentionRef[], entities: readonly Entity[]): MentionRef[] {
  const tokens = a.tokens;
  const seen = new Map<string, Set<Entity>>(); // kind → states that modified it so far
  const out: MentionRef[] = [];
  const sorted = [...mentions].sort((x, y) => x.start - y.start);
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    // Modifiers: a NORP or GPE mention ending right before (past "'s" and a word): "North Korean soldiers", "Russia's forces".
    while (next < sorted.length && sorted[next].end <= tokens[i].start) {
      const m = sorted[next++];
      if (m.entity.type !== 'NORP' && m.entity.type !== 'GPE') continue;
      let k = tokenIndexAt(tokens, m.end, i, Math.min(tokens.length, i + 4));
      if (k < tokens.length && /^['’]s?$/.test(tokens[k].text)) k++;
      for (let n = 0; n < 2 && k < tokens.length; n++, k++) {
        const kind = STATE_AGENTS.get(tokens[k].text.toLowerCase());
        if (kind) {
          const states = seen.get(kind) ?? new Set<Entity>();
          states.add(m.entity.type === 'NORP' ? stateOf(m.entity, entities) : m.entity);
          seen.set(kind, states);
          break;
        }
        if (!/^\p{Ll}/u.test(tokens[k].text)) break;
      }
    }
    if (!/^(?:these|those|the)$/i.test(tokens[i].text)) continue;
    // The determiner, at most one lower-case modifier, the noun.
    for (let k = i + 1; k <= i + 2 && k < tokens.length && tokens[k].sentence === tokens[i].sentence; k++) {
      const kind = STATE_AGENTS.get(tokens[k].text.toLowerCase());
      if (kind) {
        const states = seen.get(kind);
        const named = mentions.some((m) => m.start < tokens[k].end && m.end > tokens[i].start);
        if (states?.size === 1 && !named) out.push({ start: tokens[i].start, end: tokens[k].end, entity: [...states][0] });
        break;
      }
      if (!/^\p{Ll}/u.test(tokens[k].text)) break;
    }
  }
  return out;
}

/**
 * The subject of the trigger's own clause, when no other finite verb stands between ("these troops
 * would be considered legitimate targets"; not "Russia | warned that the convoys would be …").
 */
function subjectOfClause(tokens: readonly Token[], tags: readonly string[], i: number, first: number, ms: readonly MentionRef[]): MentionRef | null {
  // The verb before the predicate ("considered | legitimate targets"), then its subject.
  let k = i - 1;
  while (k >= first && !/^VB/.test(tags[k - first] ?? '')) k--;
  return k >= first ? subject(tokens, tags, k, first, ms) : null;
}

/** Penn tags of a noun phrase's inner words: determiners, possessives, adjectives, numbers, nouns. */
const NP_INNER = /^(?:DT|PDT|PRP\$|POS|JJ|JJR|JJS|CD|NN|NNS|VBN|HYPH|``|''|RB|\$)$/;

/** Past forms the tagger may read as nouns ("jets shot/NN flares"). */
const PAST_FORM = /^(?:\p{L}+ed|shot|struck|met|sent|held|made)$/iu;

/**
 * A trigger used as a noun ("the demands", "a deal", "UN sanctions"): its words are nouns or adjectives,
 * its last a noun, and it does not start with a past form.
 */
function isNominal(tokens: readonly Token[], tags: readonly string[], i: number, end: number, first: number): boolean {
  if (PAST_FORM.test(tokens[i].text)) return false;
  for (let k = i; k < end; k++) if (/^(?:VB|MD)/.test(tags[k - first] ?? '')) return false;
  return /^NNP?S?$/.test(tags[end - 1 - first] ?? '');
}

/** "Germany's latest demands", "the FBI email probe": an entity before the noun, with only modifiers (and "'s") between. */
function possessor(tokens: readonly Token[], tags: readonly string[], i: number, first: number, ms: readonly MentionRef[]): MentionRef | undefined {
  let k = i - 1;
  for (let n = 0; k >= first && n < 4; k--, n++) {
    const m = ms.find((r) => r.end <= tokens[i].start && tokens[k].end === r.end);
    if (m) return m;
    if (!/^(?:POS|JJ|JJR|JJS|NN|NNS|CD|VBN|HYPH)$/.test(tags[k - first] ?? '') && !/^['’]s?$/.test(tokens[k].text)) return undefined;
  }
  return undefined;
}

/**
 * The actor of a noun trigger outside its own phrase: "by X" right after it ("the rejection by the
 * Senate"), or the subject of a verb that takes it ("Germany made demands", "the EU imposed sanctions",
 * "sanctions were imposed by the EU", "PAG is in talks with GM"). A noun any other verb takes, or a preposition, has no actor
 * there: "the UAW refused to meet the demands", "Corker was unhappy about the rejection", "China Daily
 * reported that the deal is waiting".
 */
function nounActor(tokens: readonly Token[], tags: readonly string[], i: number, end: number, first: number, last: number,
  ms: readonly MentionRef[], pron?: PronounResolver): MentionRef | null {
  if (end < last && tokens[end].text.toLowerCase() === 'by') return passiveAgent(tokens, end, first, last, ms);
  // Before: the verb that takes the noun, past its determiners and modifiers.
  let k = i - 1;
  while (k >= first && NP_INNER.test(tags[k - first] ?? '') && !(tags[k - first] === 'VBN' && lightVerb(tokens[k].text))) k--;
  if (k >= first && /^VB/.test(tags[k - first] ?? '') && lightVerb(tokens[k].text)) {
    return participleSubject(tokens, k, first, ms) ?? withSubject(tokens, k, first, ms) ?? subject(tokens, tags, k, first, ms, 0, pron);
  }
  // "PAG is in talks with …": the subject of "be in".
  if (k > first && tokens[k].text.toLowerCase() === 'in' && PASSIVE_AUX.has(tokens[k - 1].text.toLowerCase())) return subject(tokens, tags, k - 1, first, ms, 0, pron);
  // After, in the passive: "sanctions were imposed by the EU".
  const j = passiveLight(tokens, tags, end, first, last);
  return j > 0 ? passiveAgent(tokens, j, first, last, ms) : null;
}

/** "sanctions | were imposed by …": the index after a passive light verb right after the noun, or -1. */
function passiveLight(tokens: readonly Token[], tags: readonly string[], end: number, first: number, last: number): number {
  let j = end;
  while (j < last && (PASSIVE_AUX.has(tokens[j].text.toLowerCase()) || /^(?:has|have|had)$/i.test(tokens[j].text) || tags[j - first] === 'RB')) j++;
  return j > end && j < last && tags[j - first] === 'VBN' && lightVerb(tokens[j].text) ? j + 1 : -1;
}

function lightVerb(word: string): boolean {
  const w = word.toLowerCase();
  return LIGHT_VERBS.some((v) => w === v || matchesStem(w, v));
}

/** Types whose noun's "of X" is what is done to X: "the arrest of X", "the invasion of X", "the release of X". */
const OF_PATIENT = new Set(['ASSAULT', 'COERCE', 'ACCUSE', 'REJECT', 'CONCEDE']);
/** Types whose noun's "of X" is who does it: "the demands of the union", "the support of the UAW", "the deployment of Russian troops". */
const OF_AGENT = new Set(['REQUEST', 'SUPPORT', 'MOBILIZE', 'RETREAT', 'CONSULT']);

/**
 * A noun trigger's target: as object() finds it, within the noun's phrase (before the next finite verb:
 * not "the rejection by the Senate angered | Ford"), and "of X" only where X undergoes it ("the arrest
 * of X", not "the demands of X"); "from X" never ("loans from the government").
 */
function nounObject(tokens: readonly Token[], tags: readonly string[], from: number, first: number, last: number, ms: readonly MentionRef[],
  places: readonly MentionRef[], actor: MentionRef | null, type: string): MentionRef | null {
  // (Past a passive light verb: "sanctions were imposed by the EU | on Iran".)
  const passive = passiveLight(tokens, tags, from, first, last);
  if (passive > 0) from = passive;
  let end = from;
  while (end < last && !FINITE_TAGS.has(tags[end - first] ?? '')) end++;
  const usable = ms.filter((m) => !governedBy(tokens, m, first, 'from') && (OF_PATIENT.has(type) || !governedBy(tokens, m, first, 'of'))
    && !(TO_DESTINATION.has(type) && governedBy(tokens, m, first, 'to')));
  return object(tokens, tags, from, first, end, usable, places, actor, type === 'ASSAULT', true);
}

/** Events between parties, where two subjects joined by "and" are one the actor and the other the target. */
const SYMMETRIC = new Set(['AGREE', 'CONSULT', 'COOPERATE']);

/** Types whose noun sends someone somewhere: "extradition to the United States", "withdrawal to Russia" name where, not whom. */
const TO_DESTINATION = new Set(['COERCE', 'RETREAT']);

/**
 * "the demands of the automakers", "the deployment of North Korean troops", "loans from the
 * government", "praise from Putin": the actor after "of" (for some types) or "from" right after the noun.
 */
function ofActor(tokens: readonly Token[], from: number, first: number, ms: readonly MentionRef[], type: string): MentionRef | null {
  const w = from < tokens.length ? tokens[from].text.toLowerCase() : '';
  if (!(w === 'from' || (w === 'of' && OF_AGENT.has(type)))) return null;
  return ms.find((m) => m.start >= tokens[from].end && governor(tokens, m, first) === from) ?? null;
}

/** "meet the demands", "to meet customer demand": what "meet" takes is a goal, not a party. */
function metGoal(tokens: readonly Token[], tags: readonly string[], from: number, first: number, last: number): boolean {
  for (let k = from; k < Math.min(last, from + 4); k++) {
    if (MET_GOALS.has(tokens[k].text.toLowerCase())) return true;
    if (!NP_INNER.test(tags[k - first] ?? '')) return false;
  }
  return false;
}

/** Nouns for the people or bodies that act for a state or organisation ("officials from China"). */
const MEMBERS = new Set(['officials', 'leaders', 'representatives', 'members', 'troops', 'soldiers', 'forces', 'ministers',
  'diplomats', 'envoys', 'delegation', 'delegates', 'negotiators', 'government', 'authorities', 'spokesman', 'spokeswoman', 'spokesperson']);

/** "Officials from the People's Republic of China have agreed": a mention after of/from a members' noun speaks for the subject. */
function memberOf(tokens: readonly Token[], m: MentionRef, first: number): boolean {
  const g = governor(tokens, m, first);
  if (g <= first || !/^(?:of|from)$/i.test(tokens[g].text)) return false;
  return MEMBERS.has(tokens[g - 1].text.toLowerCase());
}

/** "between X and Y" right after a relation noun (agreement, talks, deal). */
function betweenPair(tokens: readonly Token[], from: number, last: number, ms: readonly MentionRef[]): [MentionRef, MentionRef] | null {
  if (from >= last || tokens[from].text.toLowerCase() !== 'between') return null;
  const after = ms.filter((m) => m.start >= tokens[from].end);
  const x = after[0];
  if (!x) return null;
  const and = tokens.findIndex((t, k) => k > from && k < last && t.start >= x.end && t.text.toLowerCase() === 'and');
  if (and < 0) return null;
  const y = after.find((m) => m.start >= tokens[and].end && m.entity !== x.entity);
  return y ? [x, y] : null;
}

/** "…, with G7 nations pledging $50 billion": the subject of an absolute -ing clause. */
function withSubject(tokens: readonly Token[], i: number, first: number, ms: readonly MentionRef[]): MentionRef | null {
  if (!/ing$/i.test(tokens[i].text)) return null;
  for (let k = i - 1; k >= Math.max(first, i - 5); k--) {
    if (tokens[k].text.toLowerCase() !== 'with') continue;
    return ms.find((m) => m.start >= tokens[k].end && m.end <= tokens[i].start) ?? null;
  }
  return null;
}

/** "…, urging them to surrender": a participle after a comma takes the sentence's subject. */
function participleSubject(tokens: readonly Token[], i: number, first: number, ms: readonly MentionRef[]): MentionRef | null {
  if (!/ing$/i.test(tokens[i].text) || i === first || tokens[i - 1].text !== ',') return null;
  for (const m of ms) {
    if (m.end > tokens[i].start) break;
    if (!governedBy(tokens, m, first, PREPOSITIONS)) return m;
  }
  return null;
}

/** "… were imposed by the European Union": the entity "by" governs, a few words after the trigger. */
function passiveAgent(tokens: readonly Token[], from: number, first: number, last: number, ms: readonly MentionRef[]): MentionRef | null {
  for (let k = from; k < Math.min(last, from + 6); k++) {
    if (tokens[k].text.toLowerCase() !== 'by') continue;
    return ms.find((m) => m.start >= tokens[k].end && governor(tokens, m, first) === k) ?? null;
  }
  return null;
}

/** Whether `offset` lies inside a quotation (a direct claim's content). */
function quoted(claims: readonly Claim[], offset: number): boolean {
  return claims.some((c) => c.direct && c.content.start <= offset && offset < c.content.end);
}


/**
 * Whether the mention at `m` is the subject of a verb after it in its sentence: the first verb after it
 * that has a subject has it ("Trump, appearing after Clinton at the forum, cited": Trump, not Clinton);
 * or what a form of "be" says the subject is ("If the candidate is Donald Trump, …").
 */
function isSubject(a: Analysis, m: { start: number; end: number }, entity: Entity, mentions: readonly MentionRef[]): boolean {
  const tokens = a.tokens;
  const k = firstStartingFrom(tokens, m.end) - 1;
  if (k < 0) return false;
  const b = firstStartingFrom(tokens, m.start) - 1;
  if (b >= 0 && tokens[b].sentence === tokens[k].sentence && /^(?:is|was|are|were)$/i.test(tokens[b].text)) return true;
  const s = a.sentences[tokens[k].sentence];
  const { tags } = sentenceTags(a, k);
  const ms = mentions.filter((r) => r.start >= s.start && r.end <= s.end);
  for (let j = k + 1; j < s.last; j++) {
    if (!/^(?:VB|MD)/.test(tags[j - s.first] ?? '')) continue;
    const r = subject(tokens, tags, j, s.first, ms);
    if (r) return r.entity === entity && r.start <= m.start && r.end >= m.end;
  }
  return false;
}

/** Object pronouns ("him", "her", "them", "it"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it']);

/**
 * The entities a pronoun may stand for, as the resolver reads them: each actor entity with its
 * mentions here (those "these troops" stand for too), and the entity each view is of.
 */
interface PronounPool {
  pool: Entity[];
  original: Map<Entity, Entity>;
}

function pronounPool(a: Analysis, mentions: readonly MentionRef[]): PronounPool {
  const views = new Map<Entity, Entity>();
  const original = new Map<Entity, Entity>();
  for (const m of mentions) {
    let v = views.get(m.entity);
    if (!v) {
      v = { ...m.entity, mentions: [] };
      views.set(m.entity, v);
      original.set(v, m.entity);
    }
    v.mentions.push({ start: m.start, end: m.end, text: a.text.slice(m.start, m.end) });
  }
  return { pool: [...views.values()], original };
}

/** The start of the sentence before the one that holds token k: a pronoun's antecedent is named from there on. */
function windowOf(a: Analysis, k: number): number {
  const si = a.tokens[k].sentence;
  return (a.sentences[si - 1] ?? a.sentences[si]).start;
}

/**
 * A pronoun right after the trigger ("urging them to surrender") stands for the nearest entity named
 * before it, in its sentence or the one before, that fits the pronoun, is not the actor (`not`), and
 * is not the agent of a passive ("… soldiers deployed by Russia, urging them": not Russia). The mention
 * found, marked with the pronoun's token.
 */
function pronounObject(a: Analysis, at: number, pronouns: PronounPool, not: Entity | null): MentionRef | null {
  const tokens = a.tokens;
  const w = at < tokens.length ? tokens[at].text.toLowerCase() : '';
  if (!OBJECT_PRONOUNS.has(w)) return null;
  const window = windowOf(a, at);
  const refOf = (e: Entity, m: Place): MentionRef => ({ start: m.start, end: m.end, entity: pronouns.original.get(e)!, pronoun: at });
  const found = pronounAntecedent(pronouns.pool, tokens[at].start, w, {
    accept: (e, m) => m.start >= window && pronouns.original.get(e) !== not && !governedBy(tokens, refOf(e, m), 0, 'by'),
    analysis: a,
  });
  return found ? refOf(found.entity, found.mention) : null;
}

/**
 * What a pronoun subject stands for ("It had signed a deal", "They imposed sanctions"): the entity the
 * shared resolver finds, read through the claims before it as a pronoun source is, named in the
 * pronoun's sentence or the one before, and not `not` (the event's target). Precision first: nothing
 * inside a quotation (the speaker's "he" names someone in words we do not see: "“He refuses to take
 * responsibility,” Clinton said"); a name the pronoun goes back to must be a subject, else the pronoun
 * stands for nobody ("outside the Dallas Morning News after it backed Clinton", "had breakfast with
 * Vice President Biden … She will visit"); and the source of an earlier claim only as said below.
 */
function pronounSubjects(a: Analysis, pronouns: PronounPool, mentions: readonly MentionRef[], claims: readonly Claim[]): PronounResolver {
  const tokens = a.tokens;
  const prior: PriorSource[] = claims.filter((c) => c.source)
    .map((c) => ({ source: c.source!, at: c.cue.start, content: [c.content.start, c.content.end] as const }))
    .sort((x, y) => x.at - y.at);
  const resolve = (k: number, not: Entity | null, depth: number): MentionRef | null => {
    const w = tokens[k].text.toLowerCase();
    const kind = pronounKind(w);
    if (!kind || !SUBJECT_PRONOUNS.has(w) || depth > 3 || quoted(claims, tokens[k].start)) return null;
    const window = windowOf(a, k);
    const fits = (e: Entity, at: Place): boolean => fitsPronoun(kind, e.type) && at.start >= window && pronouns.original.get(e) !== not;
    const found = pronounAntecedent(pronouns.pool, tokens[k].start, w, { prior, accept: fits, analysis: a });
    if (!found) return null;
    const entity = pronouns.original.get(found.entity)!;
    if (found.claim) {
      // The source of an earlier claim: one that names the entity, or a pronoun that stands for it here too;
      // when the claim reported a name that fits, only from a later sentence on ("China said Britain was
      // meddling. It warned …"; not "Chris Christie described Hillary Clinton as a “disgrace” after she
      // attacked …", "Chaffetz insisted he has questions for Pagliano than the ones he refused").
      const { start, end } = found.claim.source;
      if (start === null || end === null) return null;
      const p = firstStartingFrom(tokens, start);
      // (or a possessive the claim stage resolved to it: "his often-repeated vow")
      const speaker = mentions.some((m) => m.entity === entity && m.start >= start && m.end <= end)
        || (p < tokens.length && tokens[p].end === end && resolve(p, null, depth + 1)?.entity === entity)
        || (p < tokens.length && tokens[p].end === end && /^(?:his|its|their)$/i.test(tokens[p].text) && found.claim.source.entity === entity.id);
      if (!speaker) return null;
      const content = found.claim.content;
      const reported = content && pronouns.pool.some((e) => e.mentions.some((m) => m.start >= content[0] && m.end <= tokens[k].start && fits(e, m)));
      if (reported && content[1] > a.sentences[tokens[k].sentence].start) return null;
    } else if (!isSubject(a, found.mention, entity, mentions)) return null;
    return { start: tokens[k].start, end: tokens[k].end, entity, pronoun: k };
  };
  return (k, not = null) => resolve(k, not, 0);
}

/** What an attack in words is aimed at: plans, policies, what was said or done in office. */
const VERBAL_OBJECTS = new Set(['policy', 'policies', 'plan', 'plans', 'proposal', 'proposals', 'record', 'remarks', 'comments', 'comment',
  'statement', 'statements', 'decision', 'decisions', 'stance', 'position', 'positions', 'views', 'rhetoric', 'leadership', 'handling',
  'credibility', 'character', 'agenda', 'platform', 'claims', 'speech', 'tweets', 'remark', 'approach', 'strategy', 'budget', 'bill', 'law']);

/** "attacked each other’s policies", "attacks on his record": the object of "attack", past its determiners and owner, is a thing said or planned. */
function verbalAttack(tokens: readonly Token[], tags: readonly string[], i: number, end: number, first: number, last: number): boolean {
  if (!/^attack/i.test(tokens[i].text)) return false;
  let k = end;
  if (k < last && /^(?:on|against)$/i.test(tokens[k].text) && /^NN/.test(tags[i - first] ?? '')) k++;
  for (const stop = Math.min(last, k + 6); k < stop; k++) {
    const w = tokens[k].text.toLowerCase();
    if (VERBAL_OBJECTS.has(w)) return true;
    if (!/^(?:DT|PRP\$|POS|JJ|NN|NNP|NNPS|RB)$/.test(tags[k - first] ?? '') && !/^(?:each|other|['’]s)$/.test(w)) return false;
  }
  return false;
}

/** Where the trigger's clause ends: its first comma or clause break after `from` (as an offset). */
function clauseEnd(tokens: readonly Token[], from: number, last: number): number {
  for (let k = from; k < last; k++) if (CLAUSE_BREAK.has(tokens[k].text) || tokens[k].text === ',') return tokens[k].start;
  return from < last ? tokens[last - 1].end : 0;
}

/**
 * The first entity after the trigger, before a clause break; not an agent ("considered targets | by
 * Ukraine"). A place phrase ends the search: what is in or at a place is where, not whom ("signed the
 * agreement | in Paris", "rejected | in the United States Senate", "met in Washington | while the IMF
 * …"). An assault's "at" a party is its aim, not its place ("shot flares at Swedish planes", not "at Kabul").
 */
function object(tokens: readonly Token[], tags: readonly string[], from: number, first: number, last: number, ms: readonly MentionRef[], places: readonly MentionRef[],
  actor: MentionRef | null, assault = false, noun = false, moving = false): MentionRef | null {
  if (from >= last) return null;
  let limit = Math.min(clauseEnd(tokens, from, last), objectEnd(tokens, tags, noun ? from - 1 : from, first, last));
  const locative = (m: MentionRef): boolean => {
    const g = governor(tokens, m, first);
    // (Where someone is sent from or to is a place, not whom: "deported from Arizona", "extradited to the United States".)
    if (moving && g >= 0 && /^(?:from|to)$/i.test(tokens[g].text) && PLACE_TYPES.has(m.entity.type)) return true;
    if (g < 0 || !LOCATIVES.has(tokens[g].text.toLowerCase())) return false;
    return !(assault && tokens[g].text.toLowerCase() === 'at' && !PLACE_TYPES.has(m.entity.type));
  };
  const inRange = (m: MentionRef): boolean => m.start >= tokens[from].start && m.end <= limit;
  for (const m of [...ms, ...places].filter(inRange).sort((x, y) => x.start - y.start)) {
    if (locative(m)) {
      limit = m.start;
      break;
    }
  }
  // (A state before a currency sign names its currency: "(US $2.63 billion)".)
  const currency = (m: MentionRef): boolean => {
    const k = tokenIndexAt(tokens, m.end, first, last);
    return m.entity.type === 'GPE' && k < last && /^[$€£¥]/.test(tokens[k].text);
  };
  // (A noun trigger reaches its object through a preposition, "talks with Iran", "sanctions on Russia": not a
  // name that only follows it, "after legal consultation | Washington had concluded".)
  const linked = (m: MentionRef): boolean => {
    if (!noun) return true;
    let g = governor(tokens, m, first);
    // (past its modifiers: "invasion of | neighboring | Georgia", "aid to | its | ally Ukraine")
    while (g > from && (/^(?:JJ|JJR|JJS|DT|PRP\$|CD|VBN|VBG|POS)$/.test(tags[g - first] ?? '') || tokens[g].text === '.' || TITLES.has(tokens[g].text)
      || HONORIFICS.has(tokens[g].text.toLowerCase()))) g--;
    return g >= 0 && /^(?:IN|TO)$/.test(tags[g - first] ?? '');
  };
  return ms.find((m) => inRange(m) && m.entity !== actor?.entity && !governedBy(tokens, m, first, 'by') && !currency(m) && linked(m)) ?? null;
}

/** Words that open a clause of their own: what follows them is not the trigger's object. */
const CLAUSE_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'what', 'while', 'when', 'whereas', 'although', 'though', 'because', 'after',
  'before', 'since', 'until', 'during', 'despite', 'unless', 'if']);

/**
 * Where the trigger's object ends (as an offset), looking from the token after the trigger: at a word
 * that opens another clause ("agreed to a deal | in which … Desperate Housewives", "condemned | what he
 * called a breach of U.N. resolutions", "supported Democrats | during his time on MSNBC"), at an
 * infinitive that is not a verb's own ("called on the administration | to call out Russia", "signed an
 * agreement | to protect the Air Force's interests", but "agreed to buy Boeing aircraft"), and at a
 * verb joined by "and" after an object ("criticized free-trade deals | and called for tariffs on
 * China", but "shot and killed Terence Crutcher"). A noun trigger passes from - 1: its infinitive is
 * never its own.
 */
function objectEnd(tokens: readonly Token[], tags: readonly string[], from: number, first: number, last: number): number {
  for (let k = Math.max(from, first); k < last; k++) {
    const w = tokens[k].text.toLowerCase();
    const next = tags[k + 1 - first] ?? '';
    if (CLAUSE_OPENERS.has(w)) return tokens[k].start;
    if (w === 'to' && k > from && /^VB$/.test(next) && /^\p{Ll}/u.test(tokens[k + 1].text)) return tokens[k].start;
    if ((w === 'and' || w === 'but') && k > from && /^VB[DZPG]?$/.test(next)) return tokens[k].start;
    // (a verb of saying of another clause: "people briefed on the talks | said Trump …")
    if (k > from && /^(?:VBD|VBZ|VBP)$/.test(tags[k - first] ?? '') && /^(?:said|says|say|told|tells)$/.test(w)) return tokens[k].start;
  }
  return from < last ? tokens[last - 1].end : 0;
}

/**
 * The place of the trigger's own phrase: a state or region after a preposition of place, a few words
 * on, with no verb or other preposition between ("signed the agreement in Paris" → Paris; not "threats
 * prompted NATO at its summit in Warsaw").
 */
function placeOf(tokens: readonly Token[], tags: readonly string[], from: number, first: number, last: number, places: readonly MentionRef[],
  target: MentionRef | null): MentionRef | null {
  // (The target's own preposition may stand between: "shot at UN peacekeepers near Goma".)
  const aim = target ? governor(tokens, target, first) : -1;
  if (from >= last) return null;
  const limit = clauseEnd(tokens, from, last);
  for (const m of places) {
    if (m.start < tokens[from].start || m.end > limit) continue;
    const g = governor(tokens, m, first);
    if (g < from || g > from + 8 || !LOCATIVES.has(tokens[g].text.toLowerCase())) return null;
    // (Nor a preposition: "rejected a request from Democrats in Ohio".)
    for (let k = from; k < g; k++) if (k !== aim && /^(?:VB|MD|IN|TO)/.test(tags[k - first] ?? '')) return null;
    return m;
  }
  return null;
}
