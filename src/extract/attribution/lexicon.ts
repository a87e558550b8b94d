/**
 * Cue lexicon with stance, and hedge words. A verb is listed by its lemma; its inflections are
 * generated (say → says, said, saying …; irregular forms listed). Multi-word cues are token sequences.
 */
import type { Stance } from '../../ledger/types.js';
import { wordTable } from '../../nlp/lexicon/table.js';

/** Reporting verbs by stance (lemmas). */
const VERBS: Record<Stance, string[]> = {
  assert: [
    'say', 'tell', 'add', 'state', 'note', 'explain', 'reveal', 'report', 'claim', 'argue', 'insist', 'announce',
    'confirm', 'indicate', 'suggest', 'stress', 'emphasize', 'emphasise', 'write', 'tweet', 'post', 'declare',
    'acknowledge', 'admit', 'assert', 'contend', 'maintain', 'observe', 'point', 'remark', 'comment', 'describe',
    'estimate', 'predict', 'believe', 'think', 'conclude', 'find', 'show', 'allege', 'accuse', 'charge', 'disclose',
    'testify', 'recall', 'mention', 'concede', 'affirm', 'reiterate', 'repeat', 'highlight', 'underline',
    'underscore', 'signal', 'hint', 'inform', 'brief', 'learn', 'boast', 'complain', 'criticize', 'criticise',
    'express', 'cite', 'quote', 'respond', 'reply', 'answer', 'counter', 'retort', 'suspect', 'speculate',
    'fear', 'hope', 'expect', 'forecast', 'project', 'calculate', 'say', 'agree', 'propose', 'recommend',
    // ways of speaking, and judging aloud (VerbNet's manner-of-speaking, complain and judgement classes)
    'yell', 'shout', 'scream', 'whisper', 'mutter', 'exclaim', 'quip', 'joke', 'muse', 'lament', 'decry', 'condemn',
    'denounce', 'praise', 'chastise', 'rebuke', 'scold', 'exhort', 'enthuse', 'concur', 'scoff', 'mock', 'ridicule',
    'hail', 'applaud', 'laud', 'blame', 'grumble', 'gush', 'marvel', 'opine', 'interject',
  ],
  deny: ['deny', 'reject', 'dismiss', 'dispute', 'refute', 'rebut', 'contradict'],
  decline: ['decline', 'refuse'],
  warn: ['warn', 'caution', 'threaten'],
  promise: ['promise', 'pledge', 'vow', 'commit', 'guarantee', 'swear', 'assure'],
  request: ['urge', 'ask', 'demand', 'call', 'appeal', 'request', 'implore', 'press', 'plead', 'encourage', 'invite'],
  question: ['question', 'wonder', 'doubt', 'query', 'challenge'],
};

const IRREGULAR: Record<string, string[]> = wordTable({
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thinking'],
  find: ['finds', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  forecast: ['forecasts', 'forecast', 'forecasting'],
  learn: ['learns', 'learned', 'learnt', 'learning'],
});

function inflect(lemma: string): string[] {
  if (IRREGULAR[lemma]) return [lemma, ...IRREGULAR[lemma]];
  const forms = [lemma];
  const cvc = /[^aeiou][aeiou][bdgmnprt]$/.test(lemma) && lemma.length <= 4;
  if (lemma.endsWith('e')) forms.push(lemma + 's', lemma + 'd', lemma.slice(0, -1) + 'ing');
  else if (/[^aeiou]y$/.test(lemma)) forms.push(lemma.slice(0, -1) + 'ies', lemma.slice(0, -1) + 'ied', lemma + 'ing');
  else if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(lemma + 'es', lemma + 'ed', lemma + 'ing');
  else if (cvc) forms.push(lemma + 's', lemma + lemma.slice(-1) + 'ed', lemma + lemma.slice(-1) + 'ing');
  else forms.push(lemma + 's', lemma + 'ed', lemma + 'ing');
  return forms;
}

/** Inflected form (lower case) → lemma and stance. */
export const CUE_VERBS: ReadonlyMap<string, { lemma: string; stance: Stance }> = (() => {
  const m = new Map<string, { lemma: string; stance: Stance }>();
  for (const [stance, lemmas] of Object.entries(VERBS) as Array<[Stance, string[]]>) {
    for (const l of lemmas) for (const f of inflect(l)) if (!m.has(f)) m.set(f, { lemma: l, stance });
  }
  return m;
})();

/** Noun cues (heads of "a statement", "in his remarks", "issued a warning") with stance. */
export const CUE_NOUNS: ReadonlyMap<string, Stance> = new Map<string, Stance>([
  ['statement', 'assert'], ['statements', 'assert'], ['remarks', 'assert'], ['comments', 'assert'],
  ['interview', 'assert'], ['report', 'assert'], ['reports', 'assert'], ['testimony', 'assert'],
  ['announcement', 'assert'], ['claim', 'assert'], ['claims', 'assert'], ['indications', 'assert'],
  ['warning', 'warn'], ['warnings', 'warn'], ['denial', 'deny'], ['promise', 'promise'], ['pledge', 'promise'],
  ['call', 'request'], ['calls', 'request'], ['appeal', 'request'], ['question', 'question'],
]);

/** Words that make a claim uncertain ("may", "reportedly", "indications", "believed to" …). */
export const HEDGES: ReadonlySet<string> = new Set([
  'may', 'might', 'could', 'possibly', 'perhaps', 'probably', 'likely', 'unlikely', 'unsure', 'uncertain',
  'unclear', 'reportedly', 'allegedly', 'apparently', 'supposedly', 'purportedly', 'seemingly', 'presumably',
  'suggest', 'suggests', 'suggested', 'suggesting', 'indication', 'indications',
  'believed', 'thought', 'rumored', 'rumoured', 'unconfirmed', 'appear', 'appears', 'appeared', 'seem', 'seems',
  'seemed', 'estimated', 'speculated', 'suspected', 'alleged', 'potentially', 'maybe',
]);

/** Hedges that count only in the cue (a confident "he indicated that X" is not hedged in content). */
const CUE_ONLY_HEDGES = new Set(['thought', 'estimated', 'alleged']);

/** Multi-word and context-dependent stances, tried on the cue text (lower case) before the head verb. */
const STANCE_PATTERNS: Array<[RegExp, Stance]> = [
  [/\b(?:declin|refus)\w*\s+to\b/, 'decline'],
  [/\bno comment\b|\bwould not (?:comment|confirm|say)\b|\bdid not (?:respond|comment)\b/, 'decline'],
  [/\basked (?:whether|if|why|how|what|who)\b|\bquestion\w*\b|\bwonder\w*\b/, 'question'],
  [/\bcall\w* (?:on|for|upon)\b|\burg\w*\b|\bappeal\w*\b|\bdemand\w*\b/, 'request'],
  [/\bwarn\w*\b|\bcaution\w*\b|\bthreat\w*\b/, 'warn'],
  [/\bpromis\w*\b|\bpledg\w*\b|\bvow\w*\b/, 'promise'],
  [/\bden(?:y|ies|ied|ying|ial)\b|\breject\w*\b|\bdismiss\w*\b/, 'deny'],
];

/**
 * The stance of a cue ("declined to confirm" → decline, "warned" → warn, "said" → assert); with the
 * content, "asked" + "whether …" (or a content that ends in a question mark, or asks "Does …") is a question.
 */
export function stanceOf(cue: string, content = '', endsInQuestionMark = false): Stance {
  const c = cue.toLowerCase().replace(/[’]/g, "'");
  // "asked whether …", "asked: “Does anybody know …?”": what was asked is a question.
  if (/\bask(?:s|ed|ing)?\b/.test(c) && (endsInQuestionMark || /\bask(?:s|ed|ing)?\s+about$/.test(c) || /^(?:whether|if|why|how|what|who|when|where|about)\b/i.test(content.trim())
    || /^(?:do|does|did|is|are|was|were|can|could|will|would|should|has|have|had)\s+(?:you|we|they|he|she|it|i|anybody|anyone|the|this|that)\b/i.test(content.trim()))) return 'question';
  // "There is little doubt (that) …": no doubt at all.
  if (/\b(?:little|no|without|beyond)\s+(?:a\s+)?doubts?\b/.test(c)) return 'assert';
  for (const [re, s] of STANCE_PATTERNS) if (re.test(c)) return s;
  for (const w of c.split(/[^a-z'-]+/)) {
    const v = CUE_VERBS.get(w);
    // "called it the end of an era" names; "called for talks", "called on them to …" asks.
    if (v && v.lemma === 'call' && !/^(?:on|for|upon)\b/i.test(content.trim())) continue;
    // "told them to act", "telling players to believe": an instruction is a request.
    if (v && v.lemma === 'tell' && /^(?:(?:him|her|them|us|me|you|it|the\s+\w+|\w+)\s+)?to\s+[“"‘']?\p{L}/iu.test(content.trim()) && !/^to\s+(?:the|a|an|reporters|him|her|them|us|me)\b/i.test(content.trim())) return 'request';
    // "assured them it would …" promises; "assures: “I didn't sweat at the time”" asserts.
    if (v && v.lemma === 'assure' && !/\b(?:will|would|shall|'ll|going to)\b|^to\b/i.test(content.trim())) continue;
    if (v && v.stance !== 'assert') return v.stance;
    const n = CUE_NOUNS.get(w);
    if (n && n !== 'assert') return n;
  }
  return 'assert';
}

/** Whether the cue or the content uses uncertain wording. */
export function isHedged(cue: string, content: string): boolean {
  const words = (s: string) => s.toLowerCase().replace(/[’]/g, "'").split(/[^a-z'-]+/).filter(Boolean);
  for (const w of words(cue)) if (HEDGES.has(w)) return true;
  // "May" inside a sentence is the month.
  const cw = words(content.replace(/(?<=\S\s+)May\b/g, 'month'));
  for (let i = 0; i < cw.length; i++) {
    const w = cw[i];
    if (!HEDGES.has(w) || CUE_ONLY_HEDGES.has(w)) continue;
    // "believed to", "thought to" hedge only with "to" after them.
    if ((w === 'believed' || w === 'thought') && cw[i + 1] !== 'to') continue;
    return true;
  }
  return false;
}

/** Day names, for the patterns of times around a cue and a source ("said on Monday", "Tim Clark in October"). */
export const WEEKDAY_WORDS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** Month names, as WEEKDAY_WORDS. */
export const MONTH_WORDS = 'january|february|march|april|may|june|july|august|september|october|november|december';
