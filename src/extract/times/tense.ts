/**
 * The tense around a time expression, from cue words of its sentence: the cue nearest the
 * expression wins (future: will, 'll, going to, expected, plans …; past: was, said, -ed forms …;
 * present: is, are, says …). Used to place bare weekdays, months and quarters before or after the
 * publication date.
 */
import { firstStartingFrom, type Analysis } from '../../nlp/tokenize.js';
import type { Tense } from './normalise.js';

const FUTURE = new Set([
  'will', "'ll", '’ll', 'shall', 'wo', 'going', 'scheduled', 'rescheduled', 'expected', 'expects', 'expect', 'plans', 'plan',
  'planning', 'intends', 'intend', 'slated', 'upcoming', 'would', 'aims', 'hopes', 'due',
  'tomorrow', 'next', 'coming', 'later', 'soon', 'could', 'might', 'should',
  // the present of a scheduled event is its future ("the trial begins Monday", "the ban takes effect Friday")
  'begins', 'starts', 'opens', 'reopens', 'resumes', 'ends', 'expires', 'convenes', 'kicks',
]);
const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'ago', 'yesterday', 'last', 'earlier', 'since', 'began', 'came',
  'went', 'took', 'made', 'gave', 'got', 'left', 'met', 'held', 'saw', 'sent', 'won', 'lost', 'fell', 'rose',
  'hit', 'paid', 'put', 'spoke', 'wrote', 'found', 'led', 'knew', 'thought', 'brought', 'bought', 'sold',
  'became', 'broke', 'ran', 'struck', 'shot', 'killed', 'has', 'have', 'been',
  // irregular past forms that are no present or noun
  'spent', 'built', 'sought', 'fought', 'taught', 'caught', 'felt', 'kept', 'meant', 'heard', 'stood', 'drove', 'chose',
  'froze', 'stole', 'threw', 'grew', 'drew', 'flew', 'blew', 'ate', 'forgot', 'hid', 'shook', 'stuck', 'fled', 'slid',
  'sat', 'sang', 'sank', 'rang', 'drank', 'withdrew', 'undertook', 'oversaw', 'arose', 'swore', 'wore', 'tore', 'sprang',
  'overcame', 'forbade', 'foresaw', 'mistook', 'rode', 'woke', 'swept', 'wept', 'slept', 'knelt', 'dealt', 'lent', 'bent',
  'dug', 'clung', 'flung', 'stung', 'swung', 'spun', 'upheld', 'withheld', 'rebuilt', 'reran',
]);
const PRESENT = new Set(['is', 'are', 'am', 'says', 'say', 'does', 'do', 'now', 'today', 'currently']);
/** -ed words that are not past verbs (or point forward). */
const NOT_PAST_ED = new Set([
  'need', 'feed', 'seed', 'speed', 'bed', 'red', 'hundred', 'united', 'indeed', 'based', 'led', 'proceed',
  'exceed', 'succeed', 'shed', 'bred', 'sled', 'wed', 'naked', 'sacred', 'wicked', 'related', 'limited',
  'concerned', 'interested', 'supposed', 'armed', 'dated', 'unprecedented', 'deed', 'heed', 'reed', 'weed', 'aged',
]);

const FUTURE_AUX = new Set(['will', "'ll", '’ll', 'shall', 'would', 'wo']);

/** The tense a token gives, with what follows and the verb group it heads: "will be held" is future though "held" is past. */
/** Future cues that are such only before "to" ("plans to", "hopes to"): "the plan" is a noun. */
const FUTURE_BEFORE_TO = new Set(['plans', 'plan', 'planning', 'intends', 'intend', 'aims', 'aim', 'hopes', 'hope', 'wants', 'want', 'seeks', 'seek']);
/**
 * Past forms that point forward when an infinitive or a target follows: "planned to leave Thursday",
 * "was set to resume Monday", "was extended to Nov. 16", "was postponed until March".
 */
const FORWARD_PAST = new Set([
  'planned', 'set', 'scheduled', 'expected', 'agreed', 'voted', 'promised', 'pledged', 'vowed', 'threatened',
  'hoped', 'aimed', 'intended', 'extended', 'postponed', 'delayed', 'adjourned', 'deferred',
  'rescheduled', 'asked', 'ordered', 'urged', 'invited', 'told',
]);
/** Forward-pointing past forms that move a date ("extended to the 15th"). ("as Trump prepared to speak on Tuesday" is no plan: "prepared" is not among the forward forms.) */
const MOVES_DATE = /^(?:extended|postponed|delayed|adjourned|deferred|rescheduled|set|scheduled)$/;
/** Verbs after "due to" that make it a plan ("due to reopen Tuesday"), not a cause ("due to rain"). */
const DUE_TO_VERB = /^(?:be|address|begin|start|open|reopen|close|expire|end|finish|conclude|complete|arrive|leave|depart|return|meet|take|make|report|vote|resume|go|visit|travel|fly|land|hold|sign|announce|release|publish|rule|decide|come|appear|testify|face|launch|enter|attend|speak|deliver|present|issue|receive|pay|retire|step|hear|stand|play|unveil|become|mature|debut|air)$/;
const UNIT_WORD = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|moments?)$/;

/**
 * The present of a scheduled event is its future in news ("the leaders meet Friday", "the talks resume
 * Monday", "Parliament votes Thursday", "the president travels to China on Sunday"): verbs of meeting,
 * voting, travelling, resuming and holding ("Nevada holds its caucuses Saturday"), read as verbs only after their subject: a name, "they/we/he/she", or a
 * noun after a determiner or number ("the two leaders meet", "the president meets"); not "Britain's vote
 * to leave", "a visit to Scotland", "electoral votes", "failed to meet Monday".
 */
const SCHEDULED_BASE = new Set(['meet', 'resume', 'reconvene', 'convene', 'vote', 'leave', 'arrive', 'return', 'travel', 'visit', 'fly', 'depart', 'testify', 'reopen', 'open', 'begin', 'start', 'end', 'expire', 'hold', 'host']);
const SCHEDULED_S = new Set(['meets', 'votes', 'reconvenes', 'leaves', 'arrives', 'returns', 'travels', 'visits', 'flies', 'departs', 'testifies', 'holds', 'hosts']);
const COPULA = new Set(['was', 'were', 'is', 'are']);
const PLAN_ING = new Set(['planning', 'preparing', 'hoping', 'expecting', 'intending', 'aiming', 'seeking']);
const DETERMINER_BEFORE = /^(?:the|a|an|its|their|his|her|our)$/;
const DET_OR_NUMBER = /^(?:the|its|their|his|her|our|these|those|both|two|three|four|five|six|seven|eight|nine|ten|several|all|\d+)$/;
const FUNCTION_WORD = /^(?:the|a|an|its|their|his|her|our|my|your|these|those|this|that|some|any|each|every|no|of|in|on|for|with|to|and|or|but|as|at|by|from|after|before|when|while|if|than|is|was|has|us|thus|less|plus|always|perhaps|towards|afterwards|news|politics|sales)$/;

/** Whether token i, a present form of a scheduled-event verb, follows its subject (see above). */
function afterSubject(a: Analysis, i: number, first: number, plural: boolean): boolean {
  if (i <= first) return false;
  const p = a.tokens[i - 1].text;
  const pl = p.toLowerCase();
  if (FUNCTION_WORD.test(pl)) return false;
  if (plural ? /^(?:they|we)$/.test(pl) : /^(?:he|she|it)$/.test(pl)) return true;
  // a name ("Democrats vote", "Parliament votes", "He and Arafat meet")
  if (/^\p{Lu}\p{Ll}/u.test(p)) return true;
  if (!/^\p{Ll}+$/u.test(p) || (plural && !/s$/.test(pl))) return false;
  return i - 2 >= first && (plural ? DET_OR_NUMBER : DETERMINER_BEFORE).test(a.tokens[i - 2].text.toLowerCase());
}

/** Whether a negative subject opens the clause before token i ("Neither he nor his wife could be reached", "No one could say"). */
function negativeSubject(a: Analysis, i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 8; k--) {
    const w = a.tokens[k].text.toLowerCase();
    if (w === 'neither' || w === 'nor' || w === 'nobody' || w === 'none' || w === 'nothing' || (w === 'no' && /^(?:one|official|comment)$/.test(a.tokens[k + 1]?.text.toLowerCase() ?? ''))) return true;
    if (/^(?:,|;|:|that|which|who|and|but|because|if|when|while)$/.test(w)) return false;
  }
  return false;
}

/** Every word some rule of cueAt reads (besides -ed forms): any other token is no cue, without further tests. */
const MAYBE_CUE = new Set([
  ...FUTURE, ...PAST, ...PRESENT, ...FUTURE_BEFORE_TO, ...FORWARD_PAST, ...SCHEDULED_BASE, ...SCHEDULED_S, ...COPULA,
  'could', 'planned', 'next', 'going', 'coming', 'takes', 'take', 'last', 'due', 'later', 'can', 'must', 'may',
]);

function cueAt(a: Analysis, i: number, first: number): Tense | undefined {
  const w = a.tokens[i].text.toLowerCase();
  if (!MAYBE_CUE.has(w) && !w.endsWith('ed')) return undefined;
  const next = a.tokens[i + 1]?.text.toLowerCase() ?? '';
  const next2 = a.tokens[i + 2]?.text.toLowerCase() ?? '';
  if (FUTURE_BEFORE_TO.has(w)) return next === 'to' ? 'future' : undefined;
  // "could not stop", "couldn't be reached": a past inability, not a possibility to come; so with a
  // negative subject ("Neither he nor his wife could be reached Wednesday", "No one could say Monday")
  if (w === 'could' && (next === 'not' || next === "n't" || next === 'never' || negativeSubject(a, i, first))) return 'past';
  // "could have won Tuesday", "the spoiler he could have been Tuesday", "must have left Friday": a modal perfect
  // looks back ("would have" stays open: "the vote, which would have taken place Thursday, was called off")
  if ((w === 'could' || w === 'should' || w === 'might' || w === 'must') && (next === 'have' || next === "'ve" || next === '’ve') && perfectHave(a, i + 1)) return 'past';
  // "now has to scramble … in November", "they have to decide by Friday": an obligation, not a perfect, looks
  // ahead (not "has to do with", nor "had to", which is past)
  if ((w === 'has' || w === 'have') && next === 'to' && next2 !== 'do' && /^[a-z]+$/.test(next2)) return 'future';
  // "can win in November", "must win in November", "may vote on Tuesday": a possibility or need to come
  // (not "cannot/can't", "may have been", nor the month "May")
  if (w === 'can' || w === 'must' || (w === 'may' && a.tokens[i].text === 'may')) {
    return next === 'not' || next === "n't" || next === 'never' || next === 'have' || next === "'ve" || next === '’ve' ? undefined : 'future';
  }
  if (SCHEDULED_BASE.has(w) && a.tokens[i].text === w) return afterSubject(a, i, first, true) ? 'future' : undefined;
  if (SCHEDULED_S.has(w) && a.tokens[i].text === w) return afterSubject(a, i, first, false) ? 'future' : undefined;
  // "were planning to drive on Monday", "is hoping to": the plan word after the copula decides, not the copula
  if (COPULA.has(w) && PLAN_ING.has(next)) return undefined;
  // "protesters planned a rally on Saturday": the planned event is to come (as "planned to")
  if (w === 'planned' && /^(?:a|an|the|their|its|his|her|another|more|further|new)$/.test(next)) return 'future';
  // "next to", "due to": prepositions; "three days later": a narrative step, not the future
  if (w === 'next' && next === 'to') return undefined;
  // "he was going to get up on Wednesday": a plan told in the past, no cue
  if (w === 'going' && next === 'to' && i > first && /^(?:was|were)$/.test(a.tokens[i - 1].text.toLowerCase())) return undefined;
  // "coming out of her headquarters": the verb; "is coming Tuesday" points forward ("the coming weeks" is in the expression)
  if (w === 'coming' && !(i > first && /^(?:is|are|am|be|'s|’s|was|were)$/.test(a.tokens[i - 1].text.toLowerCase()))) return undefined;
  // "the ban takes effect Friday", "the rules take effect": a scheduled event
  if ((w === 'takes' || w === 'take') && (next === 'effect' || next === 'place') && !(i > first && /^(?:to|did|didn't|not)$/.test(a.tokens[i - 1].text.toLowerCase()))) return 'future';
  // "expected to last through the weekend", "will last until Friday": the verb, not "last week"
  if (w === 'last' && i > first && /^(?:to|will|would|could|might|may|should|can|must|'ll|’ll|not|n't)$/.test(a.tokens[i - 1].text.toLowerCase())) return undefined;
  if (w === 'due' && next === 'to' && !DUE_TO_VERB.test(next2)) return undefined;
  if (w === 'later' && i > first && UNIT_WORD.test(a.tokens[i - 1].text.toLowerCase())) return 'past';
  // "had been scheduled to expire Friday", "had been due to expire": a plan told as superseded is past
  if ((FORWARD_PAST.has(w) || w === 'due') && next === 'to' && i - 2 >= first && a.tokens[i - 1].text.toLowerCase() === 'been' && a.tokens[i - 2].text.toLowerCase() === 'had') return 'past';
  // "planned to leave", "is to resume", "was extended to / until"
  // ("agreed to a phone call on Wednesday", "invited to the White House": "to" before a noun is a preposition,
  // and the verb is past; the verbs that move a date keep it: "postponed to the 15th")
  if (FORWARD_PAST.has(w) && next === 'to' && /^(?:a|an|the|his|her|their|its|our|this|that|these|those)$/.test(next2) && !MOVES_DATE.test(w)) return 'past';
  if (FORWARD_PAST.has(w) && (next === 'to' || next === 'until' || next === 'till' || (next === 'for' && /^(?:planned|set|scheduled)$/.test(w)))) return 'future';
  // "Netanyahu was to arrive on Monday", "leaders were to gather Friday": a plan told in the past may lie
  // on either side of publication, no cue (but "if she were to win in November" looks ahead)
  if ((w === 'was' || w === 'were') && next === 'to' && /^[a-z]+$/.test(next2) && !/^(?:be|blame)$/.test(next2)
    && !(w === 'were' && [1, 2, 3].some((b) => i - b >= first && a.tokens[i - b].text.toLowerCase() === 'if'))) return undefined;
  if ((w === 'is' || w === 'are' || w === 'was' || w === 'were') && next === 'to' && /^[a-z]+$/.test(next2) && !/^(?:be|blame)$/.test(next2)) return 'future';
  return cueVerbGroup(a, i, first);
}

/** Verbs whose past is their base form ("put", "set", "cut"). */
const INVARIANT_PAST = new Set(['put', 'set', 'cut', 'hit', 'let', 'shut', 'quit', 'spread', 'cost', 'hurt', 'read', 'bet', 'cast', 'split', 'burst', 'bid']);

/** Modals that put a bare verb group in the future ("should be completed"), not a perfect one ("may have been"). */
const MODALS = new Set(['should', 'could', 'might']);

const DETERMINER = /^(?:a|an|the|its|their|his|her|our|these|those|some|any|each|every)$/;

function cueVerbGroup(a: Analysis, i: number, first: number): Tense | undefined {
  const t = cue(a.tokens[i].text);
  if (t !== 'past') return t;
  // "is closed", "remain closed": a participle after a present copula is no past
  const prev = i > first ? a.tokens[i - 1].text.toLowerCase() : '';
  // "will win in November and put forward a nominee", "to put": a form the same in present and past, after
  // "and", "or" or "to", shares the verb before it or is an infinitive, no past of its own
  if (INVARIANT_PAST.has(a.tokens[i].text) && (prev === 'and' || prev === 'or' || prev === 'to')) return undefined;
  // "a still unspecified date", "the proposed merger": an -ed adjective after a determiner is no verb
  const w = a.tokens[i].text.toLowerCase();
  if (w.endsWith('ed') && !PAST.has(w) && (DETERMINER.test(prev) || (i - 2 >= first && /ly$|^still$/.test(prev) && DETERMINER.test(a.tokens[i - 2].text.toLowerCase())))) return undefined;
  // (an adverb may stand between: "is officially reported", "are widely expected")
  const copula = /ly$/.test(prev) && i - 2 >= first ? a.tokens[i - 2].text.toLowerCase() : prev;
  if (/^(?:is|are|am|remain|remains|stay|stays|seem|seems)$/.test(copula)) return 'present';
  // ("could have Tuesday": the cue is the perfect's "have" itself, the modal before it no future; not
  // "could have a deal Friday", a possession)
  let perfect = (w === 'have' || w === "'ve" || w === '’ve') && perfectHave(a, i);
  let negated = false;
  for (let k = i - 1; k >= first && k >= i - 3; k--) {
    const w = a.tokens[k].text.toLowerCase();
    // "will be held", "to be held" point forward; "was to be issued" is a past plan, no cue
    if (w === 'be' && k > first && a.tokens[k - 1].text.toLowerCase() === 'to') {
      return k - 1 > first && /^(?:was|were)$/.test(a.tokens[k - 2].text.toLowerCase()) ? undefined : 'future';
    }
    if (FUTURE_AUX.has(w)) return 'future';
    if (MODALS.has(w) && !perfect) return w === 'could' && (negated || negativeSubject(a, k, first)) ? 'past' : 'future';
    if (w === 'not' || w === "n't" || w === 'never') negated = true;
    if (w === 'have' || w === 'been') perfect = true;
    if (!/^(?:be|been|being|not|n't|never|also|still|then|soon|to|have|get|be|likely)$/.test(w)) break;
  }
  return t;
}

/** Whether a word is a past verb form (held, arrived, was), not an -ed adjective of the list above. */
export function isPastVerb(word: string): boolean {
  const w = word.toLowerCase();
  return (PAST.has(w) && !/^(?:ago|yesterday|last|earlier|since|has|have|been)$/.test(w)) || (w.length > 3 && w.endsWith('ed') && !NOT_PAST_ED.has(w));
}

function cue(word: string): Tense | undefined {
  const w = word.toLowerCase();
  if (FUTURE.has(w)) return 'future';
  if (PAST.has(w)) return 'past';
  if (PRESENT.has(w)) return 'present';
  if (w.length > 3 && w.endsWith('ed') && !NOT_PAST_ED.has(w)) return 'past';
  return undefined;
}

/** Words that open a subordinate clause after the expression: its verbs do not place the expression. */
const SUBORDINATOR = new Set(['unless', 'if', 'because', 'although', 'though', 'whereas', 'but']);

/** Verbs of saying that take a "that" clause ("said", "told … that"). */
const REPORT = new Set(['said', 'says', 'say', 'told', 'tells', 'announced', 'announces', 'reported', 'wrote', 'stated', 'argued', 'added',
  'warned', 'insisted', 'claimed', 'acknowledged', 'confirmed', 'declared', 'testified', 'predicted', 'noted', 'revealed', 'disclosed']);

/** Whether a verb of saying comes before the expression at token lo in its clause (within eight tokens). */
function reportBefore(a: Analysis, lo: number, first: number): boolean {
  for (let k = lo - 1; k >= first && k >= lo - 8; k--) {
    const w = a.tokens[k].text.toLowerCase();
    if (REPORT.has(w)) return true;
    if (w === ',' || w === ';' || w === 'that') return false;
  }
  return false;
}

const QUOTE = /^(?:"|''|``|“|”|«|»)$/;

/** A quotation mark: a double one, or two single ones written apart ('' and `` split by the tokenizer), not a possessive "workers'". */
function isQuote(a: Analysis, k: number): boolean {
  const t = a.tokens[k].text;
  if (QUOTE.test(t)) return true;
  if (t !== "'" && t !== '`') return false;
  const prev = a.tokens[k - 1];
  const next = a.tokens[k + 1];
  return (prev !== undefined && prev.end === a.tokens[k].start && (prev.text === "'" || prev.text === '`'))
    || (next !== undefined && next.start === a.tokens[k].end && (next.text === "'" || next.text === '`'));
}

/** Whether an "if" or "unless" opens the clause of the expression that starts at token lo (within six tokens before it). */
function ifClause(a: Analysis, lo: number, first: number): boolean {
  for (let k = lo - 1; k >= first && k >= lo - 6; k--) {
    const w = a.tokens[k].text.toLowerCase();
    if (w === 'if' || w === 'unless') return true;
    if (w === ',' || w === ';') return false;
  }
  return false;
}

/**
 * Whether token f, after the expression (tokens lo … after - 1), is a "would" of reported speech or a
 * counterfactual ("said Tuesday it would", "Saturday would have been", "who won on Tuesday, would"): right
 * after the expression, a pronoun or a comma (not "that/which/who would"), and no "if" or "unless" opens
 * the expression's clause ("if he wins in November, would be" looks ahead).
 */
function reportedWould(a: Analysis, f: number, lo: number, after: number, first: number): boolean {
  if (!/^(?:would|'d|’d)$/i.test(a.tokens[f].text)) return false;
  const before = a.tokens[f - 1]?.text.toLowerCase() ?? '';
  if (f !== after && !/^(?:he|she|it|they|we|i|you|,)$/.test(before)) return false;
  for (let k = lo - 1; k >= first && k >= lo - 6; k--) {
    const w = a.tokens[k].text.toLowerCase();
    if (w === 'if' || w === 'unless') return false;
  }
  return true;
}

/**
 * The tense at characters [start, end) of `a.text`: the nearest tense cue in the same sentence
 * (outside the expression itself), ties going to the cue before it; null when there is none.
 */
export function tenseAt(a: Analysis, start: number, end: number): Tense {
  const toks = a.tokens;
  const lo = firstStartingFrom(toks, start);
  if (lo >= toks.length) return null;
  const s = a.sentences[toks[Math.min(lo, toks.length - 1)].sentence];
  let after = lo;
  while (after < s.last && toks[after].start < end) after++;
  // a cue in the expression's clause goes first: the search ahead stops at a comma ("which will be in
  // bookstores on Tuesday, is a twist"), and goes past it only when nothing was found; not in an
  // if-clause, whose tense is its main clause's ("if he wins in November, would be")
  // "if Democrats win the White House in November", "if the strike goes ahead Monday": an if-clause with
  // no past or future cue of its own speaks of what is to come
  if (ownConditionalTense(a, lo, after, s) === 'future') return 'future';
  if (!ifClause(a, lo, s.first)) {
    const t = search(a, s, lo, after, true);
    if (t !== null && t !== 'present') return t;
    if (t === 'present') return infinitiveBefore(a, lo, s.first) ? 'future' : t;
  }
  const t = search(a, s, lo, after, false);
  // "aren't eligible to vote in the November election", "chances to win in November": with no past or future
  // cue, an infinitive governing the expression looks ahead
  return (t === null || t === 'present') && infinitiveBefore(a, lo, s.first) ? 'future' : t;
}

/**
 * The tense of the if- or unless-clause the expression (tokens lo … after - 1) stands in, read from the
 * clause's own words: the first past or future cue in it, else 'future' (a present or bare conditional
 * looks ahead); null when the expression is in no such clause.
 */
function ownConditionalTense(a: Analysis, lo: number, after: number, s: { first: number; last: number }): Tense {
  let at = -1;
  // (most expressions have no "if" before them: look for one first, cheaply)
  let any = false;
  for (let k = lo - 1; k >= s.first && k >= lo - 10; k--) {
    const x = a.tokens[k].text;
    if (x === 'if' || x === 'If' || x === 'unless' || x === 'Unless' || x === 'IF') {
      any = true;
      break;
    }
  }
  if (!any) return null;
  for (let k = lo - 1; k >= s.first && k >= lo - 10; k--) {
    const w = a.tokens[k].text.toLowerCase();
    if (w === 'if' || w === 'unless') {
      at = k;
      break;
    }
    if (/^(?:,|;|:|that|which|who|when|while|because|but|and|or|[.!?"“”])$/.test(w) || isQuote(a, k)) return null;
  }
  if (at < 0) return null;
  // "if he follows up his Tuesday wins": after a possessive the expression names a known event, as
  // "Tuesday's wins" does (never the coming one)
  if (/^(?:his|her|their|its|our|my|your)$/.test(a.tokens[lo - 1]?.text.toLowerCase() ?? '')) return null;
  // "even if", "as if", "what if", "only if" are the same; "if any", "if not", "if so", "if ever" are no clause
  if (/^(?:any|not|so|ever|anything|necessary|needed|possible|true)$/.test(a.tokens[at + 1]?.text.toLowerCase() ?? '')) return null;
  for (let k = at + 1; k < s.last && k < at + 20; k++) {
    if (k >= lo && k < after) continue;
    const w = a.tokens[k].text.toLowerCase();
    if (k >= after && (/^(?:,|;|:|that|which|who|when|while|because|but|then|[.!?])$/.test(w) || isQuote(a, k) || SUBORDINATOR.has(w))) break;
    const t = cueAt(a, k, s.first);
    if (t === 'past' || t === 'future') return t;
  }
  return 'future';
}

/** Whether an infinitive ("to vote", "to support her") opens the expression's phrase, within eight tokens before it and its clause. */
function infinitiveBefore(a: Analysis, lo: number, first: number): boolean {
  for (let k = lo - 1; k >= first && k >= lo - 8; k--) {
    const w = a.tokens[k].text.toLowerCase();
    // ("unlikely to give Clinton the nod after her March comment": the phrase after "after" or "since" is past)
    if (/^(?:,|;|:|that|which|who|when|while|because|if|unless|but|after|since|[.!?])$/.test(w)) return false;
    // ("was to arrive on Monday" is a plan told in the past, "used to" a past habit: no cue)
    if (w === 'to' && k + 1 < lo && !(k > first && pastBeforeTo(a.tokens[k - 1].text.toLowerCase()))) {
      const n = a.tokens[k + 1];
      if (n.kind === 'word' && /^\p{Ll}+$/u.test(n.text) && !INFINITIVE_NOT.test(n.text)) return true;
    }
  }
  return false;
}

/** A past verb before "to" ("continued to remain", "was to arrive", "used to"): the infinitive is the past's. */
function pastBeforeTo(w: string): boolean {
  return /^(?:was|were|used|had)$/.test(w) || PAST.has(w) || (w.endsWith('ed') && w.length > 4);
}

/** Words after "to" that make it a preposition ("to the polls", "to this day", "to date"). */
const INFINITIVE_NOT = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|some|any|all|each|every|no|one|two|three|four|five|six|seven|eight|nine|ten|date|day|be|and|or|about|around|nearly|almost|more|less|within|between|as|him|them|us|me|it|whom|what|which|where|how)$/;

/** Dashes and brackets that open a parenthetical ("Graham — who had endorsed Bush — will headline"). */
const OPENS = new Map([['—', '—'], ['–', '–'], ['--', '--'], ['(', ')']]);

/**
 * The token after the parenthetical that opens at token f (a dash or bracket closed by its pair within
 * the sentence and 30 tokens), else f: the words inside are another clause's and carry no tense for
 * the expression before it.
 */
function pastParenthetical(a: Analysis, f: number, last: number): number {
  const close = OPENS.get(a.tokens[f].text);
  if (!close) return f;
  for (let k = f + 1; k < last && k <= f + 30; k++) if (a.tokens[k].text === close) return k + 1;
  return f;
}

function search(a: Analysis, s: { first: number; last: number }, lo: number, after: number, commaStops: boolean): Tense {
  // a quotation mark bounds the search: "'He will leave Thursday,' Castro said" is future
  let stopB = false;
  let stopF = false;
  let skipF = 0;
  for (let k = 1; k < 40; k++) {
    const b = lo - k;
    let f = after + k - 1 + skipF;
    if (f < s.last && !stopF) {
      const g = pastParenthetical(a, f, s.last);
      skipF += g - f;
      f = g;
    }
    if (b >= s.first && !stopB && isQuote(a, b)) stopB = true;
    if (f < s.last && !stopF && isQuote(a, f)) stopF = true;
    // "would cut off funding on Monday unless a deal was reached": a clause that follows has its own tense
    if (f < s.last && !stopF && SUBORDINATOR.has(a.tokens[f].text.toLowerCase())) stopF = true;
    // "told the newspaper on Tuesday that the government must …": after a report, "that" opens the
    // reported clause, whose tense is not the report's
    if (f < s.last && !stopF && a.tokens[f].text.toLowerCase() === 'that' && reportBefore(a, lo, s.first)) stopF = true;
    if (commaStops && f < s.last && !stopF && a.tokens[f].text === ',') stopF = true;
    const inB = b >= s.first && !stopB;
    const inF = f < s.last && !stopF;
    if (!inB && !inF) break;
    // "replied later Saturday", "earlier Friday": an adverb right before the expression modifies it, no tense
    if (inB && !(k === 1 && /^(?:later|earlier)$/i.test(a.tokens[b].text))) {
      const t = cueAt(a, b, s.first);
      if (t !== undefined) return t;
    }
    if (inF) {
      // "announcing on Wednesday he would meet …", "a question on Sunday about how he would …": a "would"
      // after the expression is reported speech or a counterfactual; the expression goes with the report
      // (but "a coup in July that would elevate him" and "if he wins in November, would be" look ahead)
      const t = reportedWould(a, f, lo, after, s.first) ? undefined : cueAt(a, f, s.first);
      if (t !== undefined) return t;
    }
  }
  return null;
}

/** Whether the "have" at token i is a perfect's: a participle follows ("been", "won", "voted"), or no lowercase word (an elided one: "could have Tuesday"). */
function perfectHave(a: Analysis, i: number): boolean {
  const t = a.tokens[i + 1];
  if (!t || t.sentence !== a.tokens[i].sentence || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return true;
  const x = t.text.toLowerCase();
  return PERFECT_NEXT.has(x) || PAST.has(x) || (/ed$/.test(x) && x.length > 4);
}

/** Participles (and adverbs) that follow a perfect's "have". */
const PERFECT_NEXT = new Set(['been', 'not', 'never', 'already', 'also', 'done', 'gone', 'seen', 'taken', 'given', 'known', 'shown', 'won',
  'begun', 'written', 'driven', 'eaten', 'fallen', 'chosen', 'spoken', 'broken', 'stolen', 'forgotten', 'gotten', 'beaten', 'grown',
  'thrown', 'flown', 'drawn', 'made', 'had', 'paid', 'said', 'sold', 'told', 'held', 'kept', 'left', 'lost', 'met', 'put', 'run',
  'spent', 'stood', 'thought', 'brought', 'bought', 'caught', 'fought', 'sought', 'found', 'heard', 'built', 'sent', 'meant', 'felt',
  'led', 'cut', 'hit', 'let', 'quit', 'shut', 'come', 'become', 'got']);
