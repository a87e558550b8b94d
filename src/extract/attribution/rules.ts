/**
 * Rule patterns for source–cue–content around a lexicon cue, for what the tagger misses:
 *   "X said (that) C" · "C, X said." · "C, said X." · "According to X, C" · "C, according to X."
 *   "X declined to confirm C" · "X called on Y to C" · ", warning that C" (the sentence's subject speaks)
 *   "There are indications that C" (no source).
 * Each rule works on one sentence's tokens and returns token ranges; claims.ts turns them into claims.
 */
import type { Analysis } from '../../nlp/tokenize.js';
import { CUE_VERBS, WEEKDAY_WORDS } from './lexicon.js';
import { afterDateline, PASSIVE_BE, SUBORDINATOR } from './reading.js';
import { tagAt } from '../../nlp/pos.js';
import { isRoleNoun, TITLE_ABBREVIATIONS } from '../../nlp/lexicon/roles.js';

export interface RuleMatch {
  /** Token ranges [first, last); source may be null. */
  source: [number, number] | null;
  cue: [number, number];
  content: [number, number];
  /** The source is the subject of the sentence's main clause (a participle cue: ", warning that"). */
  subjectOfSentence?: boolean;
  /** A fixed multi-word pattern ("declined to confirm", "issued a warning"): it wins over the tagger. */
  strong?: boolean;
  /** "“C?” X said": a quotation closed right before its speaker. */
  closedQuote?: boolean;
}

/** Verbs too often used in other senses to fire a rule by themselves. */
const WEAK = new Set([
  'think', 'find', 'show', 'expect', 'hope', 'fear', 'call', 'ask', 'press', 'post', 'project', 'charge', 'answer',
  'question', 'challenge', 'state', 'brief', 'learn', 'express', 'forecast', 'agree', 'propose', 'recommend', 'quote',
  'cite', 'estimate', 'believe', 'describe', 'accuse', 'criticize', 'criticise', 'complain', 'hint', 'signal',
  'inform', 'respond', 'reply', 'counter', 'suspect', 'speculate', 'point', 'commit', 'invite', 'encourage',
  'appeal', 'request', 'guarantee', 'doubt', 'wonder', 'query', 'dismiss', 'dispute', 'contradict', 'challenge',
  'recall', 'repeat', 'observe', 'maintain', 'remark', 'comment', 'conclude', 'calculate', 'decline', 'refuse',
  'express', 'boast', 'threaten', 'swear', 'assure', 'demand', 'plead', 'implore', 'mention', 'tell',
]);

export const AUX = new Set(['has', 'have', 'had', 'also', 'previously', 'already', 'repeatedly', 'reportedly', 'publicly', 'later',
  'again', 'earlier', 'recently', 'has', 'was', 'were', 'is', 'been', 'once', 'further', 'then', 'had', 'would', 'will',
  'flatly', 'firmly', 'strongly', 'openly', 'privately', 'separately', 'explicitly', 'now', 'just']);
const CLAUSE_OPENERS = new Set(['that', 'when', 'while', 'as', 'because', 'after', 'since', 'although', 'though', 'if',
  'and', 'but', 'which', 'who', 'where', 'whereas', 'before', 'until', 'unless']);
const PRONOUN_SUBJECT = /^(?:he|she|it|they|we|i|you|there|this|that)$/;
/** Common irregular past forms ("found", "made"), which the "-ed" test misses. */
const IRREGULAR_PAST = new Set(['found', 'made', 'took', 'gave', 'came', 'went', 'saw', 'knew', 'thought', 'told', 'said', 'got',
  'became', 'began', 'brought', 'held', 'kept', 'lost', 'met', 'paid', 'ran', 'sent', 'spent', 'stood', 'won', 'wrote', 'led',
  'fell', 'rose', 'felt', 'heard', 'meant', 'sold', 'built', 'bought', 'chose', 'drew', 'grew', 'spoke', 'taught', 'threw', 'understood']);

/** A token that looks like a finite verb or an auxiliary (a cheap stand-in for POS). */
export function verbish(a: Analysis, j: number): boolean {
  const w = low(a, j);
  return /^(?:is|are|was|were|be|been|am|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|won't|can't|isn't|wasn't)$/.test(w)
    || (/^\p{Ll}/u.test(a.tokens[j].text) && ((w.length > 3 && /ed$/.test(w)) || IRREGULAR_PAST.has(w)));
}
/** Verbs that may come before their speaker after a quotation or a clause ("…,” says Jennifer Pluznick). */
const INVERTING = new Set(['says', 'said', 'adds', 'added', 'writes', 'wrote', 'notes', 'noted', 'explains', 'explained', 'recalls',
  'recalled', 'continues', 'continued', 'insists', 'insisted', 'argues', 'argued', 'warns', 'warned', 'asks', 'asked', 'concludes',
  'concluded', 'observes', 'observed', 'told', 'tells', 'cautions', 'cautioned', 'stresses', 'stressed', 'comments', 'commented',
  'remarks', 'remarked', 'admits', 'admitted', 'acknowledges', 'acknowledged', 'concedes', 'conceded', 'recounts', 'recounted']);
/** Words that may follow a cue that ends its clause ("…, the mayor said on Monday", "announced Wednesday at …"). */
const AFTER_CUE = new RegExp(`^(?:on|in|at|last|this|during|after|before|when|while|via|through|to|from|earlier|later|today|yesterday|tonight|${WEEKDAY_WORDS})$`);
/** Words that open an introductory phrase before a sentence's subject ("Following a briefing from X, …", "To start, …"). */
export const INTRO = new RegExp(`^(?:on|in|at|during|following|after|before|despite|amid|since|unlike|like|according|without|meanwhile|however|earlier|later|last|this|when|while|asked|speaking|addressing|separately|also|still|yet|but|and|so|then|today|yesterday|to|for|by|with|as|instead|indeed|now|first|second|finally|moreover|furthermore|additionally|overall|ultimately|${WEEKDAY_WORDS})$`, 'i');
const PRONOUN_SUBJ = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

const low = (a: Analysis, i: number) => a.tokens[i].text.toLowerCase().replace(/’/g, "'");
const isWord = (a: Analysis, i: number) => a.tokens[i].kind === 'word' || a.tokens[i].kind === 'number';
const isQuote = (t: string) => t === '"' || t === '“' || t === '”' || t === '``' || t === "''";
const isEnd = (t: string) => t === '.' || t === '?' || t === '!';

/** The verb is a strong reporting verb form (past, 3rd person or -ing). */
function cueVerb(w: string): { lemma: string } | null {
  const v = CUE_VERBS.get(w);
  if (!v || w === v.lemma) return null;
  if (WEAK.has(v.lemma) && !(v.lemma === 'tell' && w === 'told')) return null;
  return v;
}

/** Verbs that say nothing when they close a sentence after their subject (", he called.", ", it posted."). */
const NEVER_TRAILING = new Set(['call', 'press', 'post', 'project', 'charge', 'commit', 'point', 'invite', 'encourage', 'appeal',
  'request', 'answer', 'respond', 'reply', 'tell', 'inform', 'brief', 'question', 'challenge', 'demand', 'threaten', 'express']);

/**
 * A cue verb that closes "C, X say." / "C, The Post has learned." / "C, other studies have shown.": right after its short
 * subject, with nothing after it but the sentence's end. There the plain form speaks (a plural subject) and so do verbs
 * too loose to fire a rule elsewhere; not after "to", a modal or a negation ("…, we would say.").
 */
function trailingCue(a: Analysis, i: number, s1: number): { lemma: string } | null {
  const v = CUE_VERBS.get(low(a, i));
  if (!v || NEVER_TRAILING.has(v.lemma) || !(i + 1 >= s1 || isEnd(a.tokens[i + 1].text))) return null;
  if (/^(?:to|not|n't|never|would|could|should|might|may|must|can|will|shall|do|did|does|being)$/.test(low(a, i - 1))) return null;
  // (Nor a passive: "… or if new evidence is found.")
  for (let j = i - 1; j >= 0 && AUX.has(low(a, j)); j--) if (PASSIVE_BE.test(low(a, j))) return null;
  // (A verb, not the noun of the same spelling: "…, as well as security guarantees.")
  return /^VB[DNPZ]$/.test(tagAt(a, i)) ? v : null;
}

/** Trim a token range of edge punctuation other than quotes. */
function trim(a: Analysis, first: number, last: number): [number, number] {
  while (first < last && a.tokens[first].kind === 'punct' && !isQuote(a.tokens[first].text)) first++;
  while (last > first && a.tokens[last - 1].kind === 'punct' && !isQuote(a.tokens[last - 1].text)) {
    // (a closing bracket opened inside stays: "Sen. Lindsey Graham (R-S.C.)")
    if (a.tokens[last - 1].text === ')' && a.tokens.slice(first, last - 1).some((t) => t.text === '(')) break;
    last--;
  }
  return [first, last];
}

/** Whether a verb stands between `to` and the start of its clause (a stop, a quote or a clause opener before it). */
function verbBefore(a: Analysis, s0: number, to: number): boolean {
  for (let j = to - 1; j >= s0; j--) {
    const w = low(a, j);
    if (w === ';' || w === ':' || w === '—' || w === '--' || isQuote(a.tokens[j].text) || CLAUSE_OPENERS.has(w)) return false;
    if (verbish(a, j)) return true;
  }
  return false;
}

/**
 * The subject to the left of a cue at token `c` in sentence [s0, c): from the last clause opener (or
 * the sentence start, dropping an introductory phrase that ends in a comma) to the cue.
 */
export function subjectBefore(a: Analysis, s0: number, c: number): [number, number] | null {
  // A phrase set off by commas right before the verb ("Airbus, which has out-sold Boeing since 2003,
  // believes", "Boeing, by contrast, believes") stands between the subject and its verb.
  if (c - 2 > s0 && a.tokens[c - 1].text === ',') {
    let k = c - 2;
    while (k > s0 && a.tokens[k].text !== ',' && !isEnd(a.tokens[k].text) && !isQuote(a.tokens[k].text)) k--;
    if (k > s0 && a.tokens[k].text === ',') c = k;
  }
  let b = s0;
  for (let i = c - 1; i >= s0; i--) {
    const w = low(a, i);
    if (w === ';' || w === ':' || w === '—' || w === '--' || isQuote(a.tokens[i].text)) { b = i + 1; break; }
    if (CLAUSE_OPENERS.has(w) && i < c - 1) {
      // "and" between two noun phrases ("Political observers in Virginia and around the country say")
      // joins the subject; it opens a clause when a verb stands between it and the clause before.
      if (w === 'and' && !verbBefore(a, s0, i)) continue;
      b = i + 1;
      break;
    }
  }
  // A dateline is no part of the subject ("WASHINGTON – Two federal prison officers were charged …").
  b = afterDateline(a, b, c);
  // Drop an introductory phrase: "On Wednesday, the U.S." / "Following a briefing from X, lawmaker Y".
  if (b < c && INTRO.test(a.tokens[b].text)) {
    let comma = -1;
    for (let i = b; i < c; i++) if (a.tokens[i].text === ',') { comma = i; break; }
    if (comma < 0) return null;
    b = comma + 1;
    // (The comma of a date is no end of the phrase: "on September 21, 2004 the parties agreed".)
    if (b < c - 1 && /^(?:1[89]|20)\d\d$/.test(a.tokens[b].text) && /^\d{1,2}$/.test(a.tokens[comma - 1].text)) b++;
  }
  const [f, l] = trim(a, b, c);
  if (l <= f || l - f > 25) return null;
  // A subject holds a noun-ish word: capitalised, a pronoun, or after a determiner.
  let ok = false;
  for (let i = f; i < l; i++) {
    const t = a.tokens[i].text;
    if (/^\p{Lu}/u.test(t) || PRONOUN_SUBJ.has(t.toLowerCase()) || /^(?:experts|officials|analysts|authorities|sources|critics|observers|diplomats|residents|witnesses|police|investigators|scientists|researchers)$/i.test(t)) ok = true;
  }
  // (Or a plural noun heads it right before a finite verb: "human rights groups warned", not "the number of people
  // claiming", nor "… for Britain and our plants,” said".)
  if (!ok && l === c && tagAt(a, l - 1) === 'NNS' && /^(?:VB[DZP]|MD)$/.test(tagAt(a, c))) {
    ok = true;
    for (let i = f; i < l; i++) if (!isWord(a, i)) ok = false;
  }
  return ok ? [f, l] : null;
}

/** Where a content that starts at `from` ends: the sentence end, or before ", (but|and)? <cue>". */
function contentEnd(a: Analysis, from: number, s1: number): number {
  for (let i = from; i < s1; i++) {
    const t = a.tokens[i].text;
    if (t === ',' || t === ';') {
      let j = i + 1;
      if (j < s1 && (low(a, j) === 'but' || low(a, j) === 'and')) j++;
      if (j < s1 && /ing$/.test(low(a, j)) && CUE_VERBS.has(low(a, j))) return i;
      if (j < s1 && cueVerb(low(a, j)) && low(a, j + 1 < s1 ? j + 1 : j) === 'that') return i;
      // ", and human rights groups warned that …": another speaker's claim begins.
      if (j > i + 1) {
        let k = j;
        while (k < s1 && k - j < 6 && isWord(a, k) && !verbish(a, k) && !CLAUSE_OPENERS.has(low(a, k))) k++;
        if (k > j && k + 1 < s1 && cueVerb(low(a, k)) && low(a, k + 1) === 'that' && /^(?:NN|PRP)/.test(tagAt(a, k - 1))) return i;
      }
    }
  }
  let e = s1;
  while (e > from && (isEnd(a.tokens[e - 1].text) || a.tokens[e - 1].text === ',')) e--;
  return e;
}

/**
 * When token `close` is a closing double quotation mark (”, '' or a straight " that closes), the index of
 * the mark that opens it, in the same paragraph (no line break between); else -1.
 */
function quotationClosingAt(a: Analysis, close: number): number {
  if (close < 1) return -1;
  const t = a.tokens[close].text;
  const opener = t === '”' ? '“' : t === "''" ? '``' : t === '"' ? '"' : null;
  if (!opener) return -1;
  // A closing mark follows a word or punctuation with no space ("it?”"), an opening one does not.
  if (a.tokens[close - 1].end !== a.tokens[close].start) return -1;
  for (let k = close - 1; k >= 0; k--) {
    if (a.text.slice(a.tokens[k].end, a.tokens[k + 1].start).includes('\n')) return -1;
    const x = a.tokens[k].text;
    if (x === opener) return k;
    // Another closing mark first: not the quotation's own opening.
    if (x === t && t !== '"') return -1;
  }
  return -1;
}

/** Rule matches in sentence [s0, s1) of the analysis. */
export function matchSentence(a: Analysis, s0: number, s1: number): RuleMatch[] {
  const out: RuleMatch[] = [];
  for (let i = s0; i < s1; i++) {
    const w = low(a, i);
    // According to X, C  |  C, according to X.
    if (w === 'according' && i + 1 < s1 && low(a, i + 1) === 'to') {
      let j = i + 2;
      while (j < s1 && a.tokens[j].text !== ',' && !isEnd(a.tokens[j].text)) j++;
      const src = trim(a, i + 2, j);
      if (src[1] <= src[0]) continue;
      if (i === s0 || (i === s0 + 1 && a.tokens[s0].kind === 'punct')) {
        const [cf, cl] = trim(a, j + 1, contentEnd(a, j + 1, s1));
        if (cl > cf) out.push({ source: src, cue: [i, i + 2], content: [cf, cl] });
      } else if (a.tokens[i - 1].text === ',') {
        const [cf, cl] = trim(a, s0, i - 1);
        if (cl > cf) out.push({ source: src, cue: [i, i + 2], content: [cf, cl] });
      }
      continue;
    }
    // There are (also) indications that C
    if ((w === 'indications' || w === 'signs' || w === 'reports') && i + 1 < s1 && low(a, i + 1) === 'that') {
      let b = i;
      if (b - 1 >= s0 && low(a, b - 1) === 'also') b--;
      if (b - 2 >= s0 && low(a, b - 1) === 'are' && low(a, b - 2) === 'there') {
        const cue: [number, number] = [b - 2, i + 2];
        const [cf, cl] = trim(a, i + 2, contentEnd(a, i + 2, s1));
        if (cl > cf) out.push({ source: null, cue, content: [cf, cl], strong: true });
      }
      continue;
    }
    // , warning that C / , expressing concern that C / , urging them to C (participle of the sentence's subject)
    if (i > s0 && a.tokens[i - 1].text === ',' && /ing$/.test(w)) {
      const v = CUE_VERBS.get(w);
      if (!v) continue;
      let k = i + 1;
      if (w === 'expressing' && k + 1 < s1 && /^(?:concern|fears?|hope|doubts?|confidence|belief)$/.test(low(a, k))) k++;
      let cf = -1;
      if (k < s1 && low(a, k) === 'that') cf = k + 1;
      else if (v.lemma === 'urge' || v.lemma === 'call' || v.lemma === 'ask') cf = i;
      else if (v.lemma === 'warn' || v.lemma === 'say' || v.lemma === 'add' || v.lemma === 'claim' || v.lemma === 'argue' || v.lemma === 'insist') cf = k;
      if (cf < 0) continue;
      const [f, l] = trim(a, cf, contentEnd(a, cf, s1));
      // The cue is the verb (and its noun: "expressing concern"), not the "that" after it, as in "said that".
      const cue: [number, number] = cf === i ? [i, i + 1] : [i, low(a, cf - 1) === 'that' ? cf - 1 : cf];
      if (l > f) out.push({ source: null, cue, content: [f, l], subjectOfSentence: true });
      continue;
    }
    // X declined to confirm (or deny) C
    if ((w === 'declined' || w === 'refused' || w === 'declines' || w === 'refuses') && i + 2 < s1 && low(a, i + 1) === 'to') {
      let e = i + 3;
      if (e + 1 < s1 && low(a, e) === 'or') e += 2;
      const subj = subjectBefore(a, s0, i);
      let ce = e;
      while (ce < s1 && a.tokens[ce].text !== ',' && !isEnd(a.tokens[ce].text)) ce++;
      const [f, l] = trim(a, e, ce);
      if (subj && l > f) out.push({ source: subj, cue: [i, e], content: [f, l], strong: true });
      continue;
    }
    // X called on Y to C / X urged Y to C
    if ((w === 'called' || w === 'calls') && i + 1 < s1 && low(a, i + 1) === 'on') {
      let c0 = i;
      while (c0 - 1 >= s0 && AUX.has(low(a, c0 - 1))) c0--;
      const subj = subjectBefore(a, s0, c0);
      const [f, l] = trim(a, i + 2, contentEnd(a, i + 2, s1));
      if (subj && l > f) out.push({ source: subj, cue: [c0, i + 2], content: [f, l], strong: true });
      continue;
    }
    // issued a warning
    if ((w === 'issued' || w === 'issues' || w === 'gave' || w === 'released' || w === 'made') && i + 2 < s1 &&
        /^(?:warning|statement|appeal|call|denial)$/.test(low(a, i + 2))) {
      let c0 = i;
      while (c0 - 1 >= s0 && AUX.has(low(a, c0 - 1))) c0--;
      const subj = subjectBefore(a, s0, c0);
      let k = i + 3;
      // ("issued a statement warning that …": what the participle introduces)
      if (k + 1 < s1 && /ing$/.test(low(a, k)) && CUE_VERBS.has(low(a, k)) && low(a, k + 1) === 'that') k++;
      if (k < s1 && low(a, k) === 'that') k++;
      else {
        // "issued a warning to any soldiers …, urging them to …": the content is what follows the comma.
        let j = k;
        while (j < s1 && a.tokens[j].text !== ',') j++;
        k = j < s1 ? j + 1 : k;
      }
      const [f, l] = trim(a, k, contentEnd(a, k, s1));
      if (subj && l > f) out.push({ source: subj, cue: [c0, i + 3], content: [f, l], strong: true });
      continue;
    }
    // (A verb that comes before its speaker after a quotation is a cue there however loose it is elsewhere: "…,” comments
    // Robin Biesbroek.)
    const strict = cueVerb(w) ?? (INVERTING.has(w) && a.tokens[i - 1]?.text !== undefined && /^[,”"’']$|^''$/.test(a.tokens[i - 1].text) ? CUE_VERBS.get(w) ?? null : null);
    const v = strict ?? (i > s0 ? trailingCue(a, i, s1) : null);
    if (!v) continue;
    // C, X said.  |  C, said X.
    // After the cue only the sentence's end, or what says when, where or to whom ("said on Monday",
    // "announced Wednesday at the air show", "told reporters", "said in a statement").
    const endsAfter = (j: number) => j >= s1 || isEnd(a.tokens[j].text) || (j + 1 <= s1 && AFTER_CUE.test(low(a, j)));
    let afterCue = i + 1;
    if (v.lemma === 'tell') while (afterCue < s1 && afterCue - i <= 4 && isWord(a, afterCue) && !AFTER_CUE.test(low(a, afterCue))) afterCue++;
    let comma = -1;
    for (let j = i - 1; j > s0 && j >= i - 10; j--) {
      if (a.tokens[j].text === ',' || (isQuote(a.tokens[j].text) && a.tokens[j - 1]?.text === ',')) { comma = a.tokens[j].text === ',' ? j : j - 1; break; }
      // (A title's full stop is no sentence's end: "…, Sen. Lindsey Graham (R-S.C.) told …".)
      if (isEnd(a.tokens[j].text) && !(a.tokens[j].text === '.' && a.tokens[j].start === a.tokens[j - 1].end && TITLE_ABBREVIATIONS.has(low(a, j - 1) + '.'))) break;
    }
    if (comma > s0 && endsAfter(afterCue)) {
      // (The cue holds its auxiliaries: "…, The Post has learned.")
      let c0 = i;
      while (c0 - 1 > comma + 1 && AUX.has(low(a, c0 - 1))) c0--;
      const src = trim(a, comma + 1, c0);
      const [cf, cl] = trim(a, s0, comma);
      // (Not a subordinate clause before the main one: "As the charges were unsealed in New York, Hawk Sawyer | testified |
      // before the Senate …" tells when, it is not what was said.)
      // ("When the war ends, we will rebuild, the minister said" holds its main clause: kept.)
      if (SUBORDINATOR.test(low(a, cf))
        && !a.tokens.slice(cf, cl).some((t) => t.text === ',')) continue;
      // (Not a noun with a relative clause whose subject is a name: "…, a prospect Vindman | denied | earlier in the day";
      // "…, the minister Lavrov said" is a role and a name.)
      const n = src[1] - src[0];
      if (n >= 3 && /^(?:a|an|the|this|that)$/.test(low(a, src[0])) && /^\p{Lu}/u.test(a.tokens[src[1] - 1].text)
        && /^\p{Ll}+$/u.test(a.tokens[src[1] - 2].text) && !isRoleNoun(low(a, src[1] - 2))) continue;
      // (Where only a sentence-closing verb makes the cue, its subject is a plain noun phrase: not "…, but Chaffetz
      // declined.", "…, not 2015 as previously hoped.", "…, worse than most analysts had forecast.")
      if (!strict) {
        let plain = true;
        for (let k = src[0]; k < src[1]; k++) if (!isWord(a, k) || CLAUSE_OPENERS.has(low(a, k)) || /^(?:as|than|what|or|nor|not|so|yet)$/.test(low(a, k))) plain = false;
        if (!plain) continue;
      }
      // (Not "…,” but pledged to …": a verb joined to the sentence's subject, below.)
      if (src[1] > src[0] && cl > cf && !/^(?:but|and|or|yet|so|nor)$/.test(low(a, c0 - 1))) {
        out.push({ source: src, cue: [c0, i + 1], content: [cf, cl] });
        continue;
      }
    }
    if (!strict) continue;
    // "C, said X." / "“C,” says X, a physiologist at …": the verb before its speaker (a name or a description).
    // The speaker is a short phrase with no verb ("Jennifer Pluznick", "the minister"), not a clause ("said
    // he would …"), and what comes before the comma says something (not "Phil Lovas, said …", an appositive).
    const speakerAfter = (): boolean => {
      if (PRONOUN_SUBJECT.test(low(a, i + 1))) return false;
      let j = i + 1;
      while (j < s1 && !isEnd(a.tokens[j].text) && a.tokens[j].text !== ',') {
        // (by its tag too: "certified financial planner Eric Roberge" has an adjective in -ed)
        if (j - i > 6 || (verbish(a, j) && !/^(?:JJ|VBN|NNP?S?)$/.test(tagAt(a, j)))) return false;
        j++;
      }
      return true;
    };
    // "…, said study co-author Anezina Solomonidou": a lower-case role before the speaker's name.
    const namedAfter = (): boolean => {
      for (let j = i + 1; j < s1 && j - i <= 6 && !isEnd(a.tokens[j].text) && a.tokens[j].text !== ','; j++) if (/^\p{Lu}\p{Ll}/u.test(a.tokens[j].text)) return true;
      return false;
    };
    const clauseBefore = (): boolean => {
      for (let j = s0; j < comma; j++) if (verbish(a, j)) return true;
      return false;
    };
    // (The quotation mark may be typed as two apostrophes, two tokens: ",'' said X".)
    const pairQuote = comma === i - 3 && /^['’]$/.test(a.tokens[i - 1].text) && a.tokens[i - 2].text === a.tokens[i - 1].text;
    const inverted = (comma === i - 1 || (comma === i - 2 && isQuote(a.tokens[i - 1].text)) || pairQuote) && i + 1 < s1
      && (w === 'said' || INVERTING.has(w)) && (/^(?:\p{Lu}|the$|a$|an$|one$|another$)/u.test(a.tokens[i + 1].text) || namedAfter()) && speakerAfter() && clauseBefore();
    if (comma > s0 && inverted) {
      let j = i + 1;
      // (An initial's full stop is inside the name: "said Michael R. Golden".)
      while (j < s1 && (!isEnd(a.tokens[j].text) || (a.tokens[j].text === '.' && /^\p{Lu}$/u.test(a.tokens[j - 1].text) && j + 1 < s1 && /^\p{Lu}/u.test(a.tokens[j + 1].text))) && a.tokens[j].text !== ',') j++;
      const src = trim(a, i + 1, j);
      // The quotation starts at its opening mark when one stands in the sentence before the comma (a
      // sentence the splitter joined to the one before: "… were upheld. ``Our review …,'' said X").
      let q0 = s0;
      for (let k = comma - 1; k > s0; k--) {
        const t = a.tokens[k].text;
        if (t === '“' || t === '``' || (t === '`' && a.tokens[k - 1].text === '`')) {
          q0 = k + 1;
          break;
        }
      }
      const [cf, cl] = trim(a, q0, comma);
      if (src[1] > src[0] && cl > cf) {
        out.push({ source: src, cue: [i, i + 1], content: [cf, cl] });
        continue;
      }
    }
    // "“C?” Holmes testified." / "“C!” the minister said.": a quotation that closes, without a comma,
    // right before the cue's short subject is the content, from its opening mark (which may stand in an
    // earlier sentence of the paragraph; the splitter ends sentences at "?”").
    {
      let q = i;
      while (q - 1 >= s0 && AUX.has(low(a, q - 1))) q--;
      // Nothing after the cue but when, where or to whom, up to the sentence's end.
      let rest = afterCue;
      while (rest < s1 && !isEnd(a.tokens[rest].text) && rest - afterCue <= 6 && low(a, rest) !== 'that' && !verbish(a, rest)) rest++;
      const subj = endsAfter(afterCue) && (rest >= s1 || isEnd(a.tokens[rest].text)) ? subjectBefore(a, s0, q) : null;
      const open = subj && subj[0] > 0 && !a.text.slice(a.tokens[subj[0] - 1].end, a.tokens[subj[0]].start).includes('\n') ? quotationClosingAt(a, subj[0] - 1) : -1;
      if (subj && open >= 0 && subj[1] - subj[0] <= 6 && !/^(?:there|this|that)$/.test(low(a, subj[0]))) {
        let verb = false;
        for (let j = subj[0]; j < subj[1]; j++) if (verbish(a, j)) verb = true;
        const [cf, cl] = trim(a, open + 1, subj[0] - 1);
        if (!verb && cl - cf >= 2) {
          out.push({ source: subj, cue: [q, i + 1], content: [cf, cl], closedQuote: true });
          continue;
        }
      }
    }
    // X said (that) C  |  X said …, but warned that C (the subject of the sentence speaks again)
    // (A verb, not a noun of the same spelling after its modifier: "PolitiFact rated 22% of Democratic | claims | as
    // true", "dubious medical claims"; the tag alone is not enough: "The ACARS data suggests" is tagged a noun too.)
    if (/^NNS?$/.test(tagAt(a, i)) && /^(?:JJ|CD|DT|PRP\$|POS)$/.test(tagAt(a, i - 1))) continue;
    let c0 = i;
    while (c0 - 1 >= s0 && AUX.has(low(a, c0 - 1))) c0--;
    const conj = c0 - 1 >= s0 && (low(a, c0 - 1) === 'but' || low(a, c0 - 1) === 'and');
    const subj = conj ? null : subjectBefore(a, s0, c0);
    if (!subj && !conj) continue;
    let k = i + 1;
    if (v.lemma === 'tell' && k < s1) {
      // told reporters (that) C, "told reporters at a press conference that C": whom and where, up to "that" (no verb
      // between); with no "that", C starts after the short phrase of whom it was told.
      // (A relative clause on whom it was told may hold a verb: "told a few thousand teachers who covered the lawn that C".)
      let j = k;
      let relative = false;
      while (j < s1 && low(a, j) !== 'that' && a.tokens[j].text !== ',' && j - i <= 12 && (relative || !verbish(a, j))) {
        if (/^(?:who|whom)$/.test(low(a, j))) relative = true;
        j++;
      }
      if (j < s1 && (low(a, j) === 'that' || a.tokens[j].text === ',')) k = j;
      else while (k < s1 && low(a, k) !== 'that' && a.tokens[k].text !== ',' && k - i <= 4) k++;
    }
    if (k < s1 && (low(a, k) === 'that' || a.tokens[k].text === ',' || a.tokens[k].text === ':')) k++;
    if (k >= s1 || !isWord(a, k) && !isQuote(a.tokens[k].text)) continue;
    // (What is said never opens with a conjunction: "… maritime | claims | , and we call for …" is no cue.)
    if (/^(?:and|but|or|nor)$/.test(low(a, k))) continue;
    const [f, l] = trim(a, k, contentEnd(a, k, s1));
    // The cue is the verb with its auxiliaries ("has told"), not whom it was told to ("told reporters").
    // (A passive verb joined to the sentence's subject speaks for no one: "…, and is said to be planning …".)
    let passive = false;
    for (let j = c0; j < i; j++) if (PASSIVE_BE.test(low(a, j))) passive = true;
    if (l - f >= 2) out.push({ source: subj, subjectOfSentence: conj && !passive, cue: [c0, i + 1], content: [f, l] });
  }
  return out;
}
