/**
 * The clean-up of the drafts (`prune`): sources, cues and contents mended or dropped by rules read from
 * the dev ledgers, each with a line in a table test (test/extract/attribution/).
 */
import type { Analysis } from '../../nlp/tokenize.js';
import { CUE_NOUNS, WEEKDAY_WORDS } from './lexicon.js';
import { type Draft, PASSIVE_BE, afterDateline, anyQuote, tagAt, hasReportingWord, FINITE_TAGS, isRelative, isReportingWord, overlaps, quoteMark, sentenceTags, speaksForSubject } from './reading.js';
import { normalizeToken, type CueLexicon } from './features.js';
import { subjectBefore } from './rules.js';

/** Forms of "be" after which a sentence-initial "it" is the empty subject ("It was reported that …"). */
export const BE_FORMS = new Set(["'s", '’s', 'is', 'was', 'has', 'had', 'will', 'would', 'may', 'might', 'could', 'seems', 'seemed', 'appears', 'appeared', 'been', 'be']);

/**
 * "It" as the empty subject of "it is/was …" ("It was reported that …", "It's worth noting that …") is
 * no source: the claim has none named. "It said …", where "it" stands for an organisation, keeps its source.
 */
export function expletiveSource(a: Analysis, d: Draft): boolean {
  if (!d.source) return false;
  const s = d.source[0];
  if (a.tokens[s].text.toLowerCase() !== 'it') return false;
  const next = s + 1 < a.tokens.length ? a.tokens[s + 1].text.toLowerCase() : '';
  if (!BE_FORMS.has(next)) return false;
  // "It has said …" / "it will announce …": a form of "have" or a modal before a reporting verb is the organisation speaking.
  if (next === 'has' || next === 'had' || next === 'will' || next === 'would' || next === 'may' || next === 'might' || next === 'could') {
    const after = s + 2 < a.tokens.length ? a.tokens[s + 2].text.toLowerCase() : '';
    if (after !== 'been' && after !== 'be') return false;
  }
  return true;
}

/**
 * A "source" that is itself a quotation, its marks on both sides ("Sondland replied that ‘He’s going to
 * do it,’ adding that …"), is words said, not a speaker.
 */
export function quotedSource(a: Analysis, d: Draft): boolean {
  if (!d.source || d.source[0] < 1) return false;
  const before = a.tokens[d.source[0] - 1].text;
  let k = d.source[1];
  if (a.tokens[k]?.text === ',') k++;
  const after = a.tokens[k]?.text;
  return (before === '‘' || before === '“' || before === '``' || before === '`') && (after === '’' || after === '”' || after === "''" || after === "'");
}

/**
 * A "source" with no noun, name, pronoun or number in it ("newly" of "a newly revealed call", "Other" of
 * "Other reports suggested", "Additional" of "Additional reporting by …") names no one.
 */
export function namelessSource(a: Analysis, d: Draft): boolean {
  if (!d.source) return false;
  for (let k = d.source[0]; k < d.source[1]; k++) {
    const { tags, first } = sentenceTags(a, k);
    const tag = tags[k - first] ?? 'NN';
    if (/^(?:NN|PRP|CD|WP|WDT|DT|EX|FW)/.test(tag)) return false;
    // (A capitalised word the tagger took for a verb is a name as often, "Boeing says"; not an order, "See".)
    // (Nor an adjective of the cue's noun, "Other | reports", "Additional | reporting by".)
    const next = k + 1 - first < tags.length ? tags[k + 1 - first] : '';
    if (/^\p{Lu}/u.test(a.tokens[k].text) && !/^(?:VB|RB|IN|CC)$/.test(tag) && !(tag === 'JJ' && /^(?:NN|VBG)/.test(next))) return false;
  }
  return true;
}

/**
 * "In a deal | announced | Monday, Coty acquired …", "a report | released | last year": a past participle
 * right after a noun phrase with no "has" or "was" is what was announced, not who announced it.
 */
export function reducedRelative(a: Analysis, d: Draft): boolean {
  if (!d.source || d.source[1] !== d.cue[0] || d.cue[1] - d.cue[0] !== 1) return false;
  const { tags, first } = sentenceTags(a, d.cue[0]);
  if (tags[d.cue[0] - first] !== 'VBN') return false;
  // (The tagger reads many a past tense as a participle: only a noun phrase inside a prepositional phrase,
  // which is no subject, is taken so.)
  const head = tags[d.source[1] - 1 - first] ?? '';
  const s0 = d.source[0];
  return (head === 'NN' || head === 'NNS') && /^(?:a|an|the|this|that|its|their)$/i.test(a.tokens[s0].text)
    && s0 > first && tags[s0 - 1 - first] === 'IN' && !/^(?:that|because|as|if|while|whether)$/i.test(a.tokens[s0 - 1].text);
}

/** A dash: the dash characters, or a hyphen standing alone between spaces (wire copy's " - "). */
const DASH = /^(?:—|–|--|―|-)$/;

/** The brackets [open, close] around token i inside its sentence, or null. */
export function bracketsOf(a: Analysis, i: number): [number, number] | null {
  const s = a.sentences[a.tokens[i].sentence];
  let depth = 0;
  let open = -1;
  for (let k = i - 1; k >= s.first; k--) {
    const t = a.tokens[k].text;
    if (t === ')') depth++;
    else if (t === '(') {
      if (depth === 0) { open = k; break; }
      depth--;
    }
  }
  if (open < 0) return null;
  for (let k = i; k < s.last; k++) {
    const t = a.tokens[k].text;
    if (t === '(') depth++;
    else if (t === ')') {
      if (depth === 0) return [open, k];
      depth--;
    }
  }
  return null;
}

/**
 * A cue inside brackets says what is inside them: "(44 percent of Americans | say | they want …)" has no
 * content outside its brackets (the sentence around them is the writer's).
 */
export function outsideItsBrackets(a: Analysis, d: Draft): boolean {
  const b = bracketsOf(a, d.cue[0]);
  return b !== null && (d.content[0] <= b[0] || d.content[1] > b[1] + 1);
}

/**
 * A source inside an aside set off by dashes right before the cue ("Andy Beshear — whose father …
 * implemented the Affordable Care Act in the state — promised …"): the speaker is the subject before the
 * aside's opening dash.
 */
export function besideAside(a: Analysis, d: Draft): void {
  // A cue with no source right after an aside's closing dash ("The Palestinian Authority - which considers … - called
  // for"): the subject before the opening dash speaks.
  if (!d.source && d.cue[0] > 0 && DASH.test(a.tokens[d.cue[0] - 1].text) && d.content[0] >= d.cue[1]) {
    const sent = a.tokens[d.cue[0]].sentence;
    let open = d.cue[0] - 2;
    while (open >= 0 && a.tokens[open].sentence === sent && !DASH.test(a.tokens[open].text)) open--;
    if (open < 0 || a.tokens[open].sentence !== sent) return;
    const subj = subjectBefore(a, a.sentences[sent].first, open);
    if (subj && subj[1] === open) d.source = subj;
    return;
  }
  if (!d.source || d.source[1] > d.cue[0]) return;
  // An aside inside the source ("The senator — who had long opposed the bill — said") is cut off.
  for (let k = d.source[0] + 1; k + 1 < d.source[1]; k++) {
    if (DASH.test(a.tokens[k].text) && isRelative(a.tokens[k + 1].text.toLowerCase())) {
      d.source = [d.source[0], k];
      return;
    }
  }
  let close = d.source[1];
  while (close < d.cue[0] && !DASH.test(a.tokens[close].text)) close++;
  if (close >= d.cue[0] || (close + 1 !== d.cue[0] && a.tokens[close + 1]?.text !== ',')) return;
  const sent = a.tokens[d.source[0]].sentence;
  let open = d.source[0] - 1;
  while (open >= 0 && a.tokens[open].sentence === sent && !DASH.test(a.tokens[open].text)) open--;
  if (open < 0 || a.tokens[open].sentence !== sent) return;
  const s0 = a.sentences[sent].first;
  // The noun phrase before the opening dash, after the last comma or clause start ("the Democratic
  // candidate, Andy Beshear" → "Andy Beshear" with its appositive kept by the source's own clean-up).
  const subj = subjectBefore(a, s0, open);
  if (subj) d.source = subj;
}

/**
 * "Most people we | spoke to said |": a relative clause with no pronoun that the cue took in belongs to the
 * source ("Most people we spoke to"); the cue is the reporting verb after it. Only a past verb, maybe "to"
 * or "with", then the reporting verb ("spoke to said", "interviewed said"); not "also said", "has also
 * confirmed", "went on to say", nor "appeared to suggest" ("to" before a bare verb is an infinitive).
 */
export function relativeInCue(a: Analysis, d: Draft): void {
  if (!d.source || d.source[1] !== d.cue[0] || d.cue[1] - d.cue[0] < 2 || !/^(?:i|we|you|he|she|they)$/i.test(a.tokens[d.source[1] - 1].text)) return;
  const last = d.cue[1] - 1;
  const c0 = d.cue[0];
  const shape = tagAt(a, c0) === 'VBD' && tagAt(a, last) !== 'VB'
    && (last === c0 + 1 || (last === c0 + 2 && /^(?:to|with)$/i.test(a.tokens[c0 + 1].text)));
  if (shape && isReportingWord(a.tokens[last].text.toLowerCase()) && !isReportingWord(a.tokens[c0].text.toLowerCase())) {
    d.source = [d.source[0], last];
    d.cue = [last, last + 1];
  }
}

/** A time spent is no speaker ("Andrew also spent 45 | seconds | explaining how …"): the sentence's subject is. */
export function timeSpentSource(a: Analysis, d: Draft): void {
  if (d.source && /^(?:seconds|minutes|hours|days|weeks|months|years)$/i.test(a.tokens[d.source[1] - 1].text)) {
    d.source = null;
    d.subjectOfSentence = true;
  }
}

/** "a finding that she | reported": the pronoun after the relative word is the speaker. */
export function pronounAfterRelative(a: Analysis, d: Draft): void {
  if (!d.source || d.source[1] - d.source[0] < 3 || d.source[1] !== d.cue[0]) return;
  const p = a.tokens[d.source[1] - 1].text.toLowerCase();
  const r = a.tokens[d.source[1] - 2].text.toLowerCase();
  if (/^(?:he|she|they|we|i|it)$/.test(p) && /^(?:that|which|whom)$/.test(r)) d.source = [d.source[1] - 1, d.source[1]];
}

/**
 * A meeting or a hearing concluded is ended, not a conclusion drawn ("the House | concluded | its third
 * public hearing"); "concluded (that) the plan had failed" draws one.
 */
export function concludedMeeting(a: Analysis, d: Draft): boolean {
  const c = d.content[0];
  return /^conclud(?:e|es|ed|ing)$/i.test(a.tokens[d.cue[1] - 1].text) && c >= d.cue[1] && !/^(?:that|with)$/i.test(a.tokens[c].text)
    && !anyQuote(a.tokens[c].text) && !hasVerb(a, c, d.content[1]);
}

/** "alleged" before a noun is an adjective, no cue ("ties to | alleged | sex trafficker Jeffrey Epstein"). */
export function adjectivalAlleged(a: Analysis, d: Draft): boolean {
  return /^alleged$/i.test(a.tokens[d.cue[1] - 1].text) && d.content[0] === d.cue[1] && /^(?:NN|NNS|JJ)$/.test(tagAt(a, d.content[0]));
}

/** A name given, not a claim ("the bill, | known as | the “Justice Against Sponsors of Terrorism Act”", "dubbed"). */
export function nameGiven(a: Analysis, d: Draft): boolean {
  return /^(?:(?:also\s+|widely\s+|better\s+)?known\s+as|dubbed|nicknamed|so-called)$/i.test(a.text.slice(a.tokens[d.cue[0]].start, a.tokens[d.cue[1] - 1].end));
}

/**
 * A verb of seeming before an adjective or "to be" describes, it reports nothing ("the hostages | appeared | pale and
 * gaunt", "The plan | seemed | to be working"); "appeared to suggest that …" keeps its claim.
 */
export function seemingOnly(a: Analysis, d: Draft): boolean {
  if (!/^(?:appears?|appeared|seems?|seemed|looks?|looked|sounds?|sounded)$/i.test(a.tokens[d.cue[1] - 1].text) || d.content[0] !== d.cue[1]) return false;
  const c = d.content[0];
  const first = tagAt(a, c);
  return /^JJ[RS]?$/.test(first) || (first === 'RB' && /^JJ[RS]?$/.test(tagAt(a, c + 1))) || (/^to$/i.test(a.tokens[c].text) && /^be$/i.test(a.tokens[c + 1]?.text ?? ''));
}

/**
 * "Trump | appeared to suggest | that …": a verb of seeming before a reporting verb leaves the speaking to the
 * sentence's subject, which the tagger reads as part of what is said (as it rightly does for "The plan | is expected
 * to | …"). With no source, the subject right before the cue speaks.
 */
export function raisedSpeaker(a: Analysis, d: Draft): void {
  const [c0, c1] = d.cue;
  if (d.source || c1 - c0 !== 3 || !/^(?:appears?|appeared|seems?|seemed)$/i.test(a.tokens[c0].text) || !/^to$/i.test(a.tokens[c0 + 1].text)
    || !isReportingWord(a.tokens[c1 - 1].text.toLowerCase())) return;
  const subj = subjectBefore(a, a.sentences[a.tokens[c0].sentence].first, c0);
  if (subj && subj[1] === c0) d.source = subj;
}

/**
 * "If you’re planning to retire early, you should aim …": the reader addressed as "you" outside any quotation is no
 * speaker the text reports (inside one, "“You can’t say that,” he said", the claim is the quoted speaker's own words).
 */
export function readerAddressed(a: Analysis, d: Draft, drafts: readonly Draft[]): boolean {
  if (!d.source || d.source[1] - d.source[0] !== 1 || !/^you$/i.test(a.tokens[d.source[0]].text)) return false;
  return !drafts.some((o) => o !== d && o.content[0] <= d.source![0] && o.content[1] >= d.source![1]);
}

/** Words that open a when or where after a cue ("announced Wednesday at the air show", "said on Monday"). */
export const WHEN_WHERE = new RegExp(`^(?:on|at|last|this|earlier|today|yesterday|tonight|${WEEKDAY_WORDS})$`);

/**
 * Mend the drafts (sources clipped to what names the speaker, contents cut where another claim or the
 * sentence begins) and drop those that are no claims: claims whose source holds another claim's cue,
 * repeats of a content already claimed, a source-less claim whose cue and content lie inside another
 * claim's content (", urging them …" after "issued a warning, urging them …"), one-token contents,
 * source-less claims whose cue has no reporting word, and the rest of the rules below.
 */
export function prune(a: Analysis, drafts: Draft[], lexicon: CueLexicon | null = null): void {
  const within = (x: [number, number], y: [number, number]) => x[0] >= y[0] && x[1] <= y[1];
  for (const d of drafts) {
    agentAsSource(a, d);
    if (expletiveSource(a, d) || quotedSource(a, d) || namelessSource(a, d) || reducedRelative(a, d)) d.source = null;
    besideAside(a, d);
    relativeInCue(a, d);
    timeSpentSource(a, d);
    pronounAfterRelative(a, d);
    raisedSpeaker(a, d);
    skipFiller(a, d);
    clipSource(d);
    indirectToSentenceEnd(a, d);
    infinitiveEnd(a, d);
    verblessThatClause(a, d, drafts);
    skipDateline(a, d);
    skipWhen(a, d);
    // (A source inside brackets speaks for no cue outside them.)
    if (d.source && bracketsOf(a, d.source[0]) !== null && bracketsOf(a, d.cue[0]) === null) d.source = null;
    quoteToItsClose(a, d);
  }
  nestedContents(a, drafts);
  // A claim whose cue has no reporting word, found right where a reported claim's content stops
  // ("Zelensky stressed that if Russia … war, those | who | fail | to push for peace …"), is part of that
  // content: the content runs on over it.
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (!d.source || hasReportingWord(a, d.cue) || d.content[0] < d.cue[1]) continue;
    const head = Math.min(d.source[0], d.cue[0]);
    // Between that content's end and this claim: at most two tokens, in the same sentence ("war, those who").
    const host = drafts.find((o) => o !== d && o.content[1] <= head && head - o.content[1] <= 2 && o.cue[1] <= o.content[0] &&
      hasReportingWord(a, o.cue) && a.tokens[o.content[1] - 1].sentence === a.tokens[head].sentence);
    if (!host) continue;
    host.content = [host.content[0], Math.max(d.content[1], d.cue[1])];
    drafts.splice(i, 1);
  }
  // A reported claim's content cut to its subject right before another cue that has no source ("prosecutors alleged
  // that | Noel and Thomas | both acknowledged | that they had not …"): that subject speaks for the cue after it, and
  // the reported content runs on over both.
  for (const d of drafts) {
    if (d.source || d.content[0] < d.cue[1]) continue;
    // (A "that" clause cut after its subject, the cue right after it: not "defended the party’s actions, | saying" nor
    // "claimed vast wealth and | said".)
    const thatClause = (o: Draft) => a.tokens[o.content[0]].text.toLowerCase() === 'that' || a.tokens[o.content[0] - 1]?.text.toLowerCase() === 'that';
    const host = drafts.find((o) => o !== d && o.cue[1] <= o.content[0] && d.cue[0] >= o.content[1] && d.cue[0] - o.content[1] <= 1
      && a.tokens[o.content[1] - 1].sentence === a.tokens[d.cue[0]].sentence && o.content[1] - o.content[0] <= 6 && !hasVerb(a, o.content[0], o.content[1])
      && thatClause(o) && !/^(?:,|and|but|or)$/i.test(a.tokens[d.cue[0] - 1].text) && !/^(?:,|and|but|or)$/i.test(a.tokens[d.cue[0]].text));
    if (!host) continue;
    const s0 = a.tokens[host.content[0]].text.toLowerCase() === 'that' ? host.content[0] + 1 : host.content[0];
    if (s0 >= host.content[1]) continue;
    d.source = [s0, host.content[1]];
    host.content = [host.content[0], d.content[1]];
  }
  // First the claims whose source holds another claim's cue ("Merrill says Machado | promised"): they
  // must not shadow a claim inside their content in the pass below.
  // So are those whose source runs from another claim's source into its content ("According to company
  // statistics, about one out of every 200 users | has called about | the antenna").
  const cues = drafts.map((o) => o.cue);
  const strays = new Set(drafts.filter((d) => d.source && drafts.some((o) => o !== d && o.source && overlaps(o.source, d.source!)
    && d.source![0] <= o.source[0] && d.source![1] > o.content[0] && o.content[0] >= o.source[1])));
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (strays.has(d) || (d.source && cues.some((c) => c !== d.cue && overlaps(c, d.source!)))) drafts.splice(i, 1);
  }
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    const bad =
      d.content[1] - d.content[0] < 2 ||
      // a content without a word says nothing; "declined 0.3%", "declined by 5 points" is a movement, not a refusal
      !a.text.slice(a.tokens[d.content[0]].start, a.tokens[d.content[1] - 1].end).match(/\p{L}{2}/u) ||
      declinedBy(a, d) ||
      thatSaid(a, d) ||
      cueInName(a, d.cue[0]) ||
      determinerCue(a, d) ||
      nounBeforeItsSource(a, d.cue) ||
      wordlessCue(a, d.cue) ||
      letsSay(a, d) ||
      filler(a, d) ||
      (passiveCue(a, d.cue) && (prepositionFirst(a, d) || bareClauseAfterPassive(a, d))) ||
      adjunctContent(a, d) ||
      concludedMeeting(a, d) ||
      adjectivalAlleged(a, d) ||
      nameGiven(a, d) ||
      seemingOnly(a, d) ||
      readerAddressed(a, d, drafts) ||
      outsideItsBrackets(a, d) ||
      addedAmount(a, d) ||
      onlyItsSubject(a, d, drafts) ||
      drafts.some((o, j) => j < i && o.content[0] === d.content[0] && o.content[1] === d.content[1]) ||
      (!d.source && drafts.some((o) => o !== d && within(d.cue, o.content) && within(d.content, o.content))) ||
      // what another claim's speaker is called is not said ("Mark Cuban | has been out there saying | …")
      drafts.some((o) => o !== d && o.source !== null && within(d.content, o.source)) ||
      (!d.source && !d.subjectOfSentence && !hasReportingWord(a, d.cue) && !speaksForSubject(a, d.cue)) ||
      contentAfterSentence(a, d.cue, d.content[0]) ||
      (lexicon !== null && !d.fromRule && unlikelyCue(a, d, lexicon));
    if (bad) drafts.splice(i, 1);
  }
  joinHalves(a, drafts);
}

/**
 * Two contents of one cue with no source, one ending at the cue and one after it, as the tagger may give
 * them:
 *  - the subject and the infinitive of a passive of saying or thinking ("The planes | are expected | to
 *    start delivering in 2011") are one thing said: one content from the subject on (over the cue, as the
 *    text has no other span for it);
 *  - the subject of an active cue, a noun phrase with no verb ("Ryanair CEO, Michael O'Leary | justified
 *    his choice by saying: | “…”"), is who speaks: it becomes the other claim's source.
 */
export function joinHalves(a: Analysis, drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (d.source || d.content[1] !== d.cue[0] || a.tokens[d.content[0]].sentence !== a.tokens[d.cue[0]].sentence) continue;
    const rest = drafts.find((o) => o !== d && !o.source && o.cue[0] === d.cue[0] && o.cue[1] === d.cue[1] && o.content[0] >= d.cue[1]);
    if (!rest) continue;
    if (passiveCue(a, d.cue)) {
      if (rest.content[0] !== d.cue[1] || a.tokens[rest.content[0]].text.toLowerCase() !== 'to') continue;
      rest.content = [d.content[0], rest.content[1]];
    } else {
      if (d.content[1] - d.content[0] > 12 || hasVerb(a, d.content[0], d.content[1])) continue;
      rest.source = d.content;
    }
    drafts.splice(i, 1);
  }
}

/**
 * A source is no part of its cue: one the tagger ran into the cue ("Well, look, you know, Mark Cuban | has
 * been out there | saying") ends where the cue begins; one that starts inside the cue starts after it.
 */
export function clipSource(d: Draft): void {
  const s = d.source;
  if (!s || s[1] <= d.cue[0] || s[0] >= d.cue[1]) return;
  if (s[0] < d.cue[0]) d.source = [s[0], d.cue[0]];
  else d.source = s[1] > d.cue[1] ? [d.cue[1], s[1]] : null;
}

/**
 * A claim reported inside another's content ("Clinton had told police officials that she didn't want the
 * escort, the source added"): its content ends before the outer claim's source and cue (and the comma
 * before them) when it runs on over them.
 */
export function nestedContents(a: Analysis, drafts: Draft[]): void {
  for (const d of drafts) {
    for (const o of drafts) {
      if (o === d || o.content[0] > d.cue[0] || o.content[1] < d.cue[1]) continue;
      const head = o.source && o.source[0] < o.cue[0] ? o.source[0] : o.cue[0];
      if (head <= d.content[0] || head >= d.content[1] || o.cue[1] > d.content[1]) continue;
      // The outer claim is "…, X said" or "…,'' said X": its content stops right before them, and its
      // source (no relative pronoun) stands right next to its cue.
      if (!o.source || o.content[1] > head || head - o.content[1] > 3 || !hasReportingWord(a, o.cue)) continue;
      if (o.source[1] < o.cue[0] - 1 || o.source[0] > o.cue[1] + 1 || isRelative(a.tokens[o.source[0]].text.toLowerCase())) continue;
      let end = head;
      while (end > d.content[0] && a.tokens[end - 1].kind === 'punct' && !/^[”"’'»)]$/.test(a.tokens[end - 1].text)) end--;
      if (end - d.content[0] >= 2) d.content = [d.content[0], end];
    }
  }
}

/**
 * What was reported without quotation marks ends with the sentence that reports it ("…, citing major
 * flaws in the procurement process. | This imperils the plan …"): a content after its cue that runs into
 * the next sentence, with no quotation mark from the cue to that sentence's end, is cut there. (Of
 * PolNeAR train's 26,388 contents, 252 run over a sentence end without a quotation mark, most of them
 * over the full stop of an abbreviation.)
 */
export function indirectToSentenceEnd(a: Analysis, d: Draft): void {
  // (A speaker's label and colon own their paragraph: "PENCE: Well, … . …".)
  if (d.content[0] < d.cue[1] || a.tokens[d.cue[1] - 1].text === ':') return;
  const s = a.sentences[a.tokens[d.content[0]].sentence];
  if (d.content[1] <= s.last || a.tokens[d.cue[1] - 1].sentence !== a.tokens[d.content[0]].sentence) return;
  for (let i = d.cue[0]; i < s.last; i++) if (anyQuote(a.tokens[i].text) || quoteMark(a, i, true)) return;
  let end = s.last;
  while (end > d.content[0] && a.tokens[end - 1].kind === 'punct') end--;
  // (Cut even to one word: "said nothing. Leaders met …" is no claim, and prune drops it.)
  if (end > d.content[0]) d.content = [d.content[0], end];
}

/**
 * An infinitive content ends before a past verb joined to its cue ("promised | to protect Medicaid | and hammered Bevin
 * on his plan"): the speaker's next act, not part of what was promised.
 */
export function infinitiveEnd(a: Analysis, d: Draft): void {
  const c = d.content[0];
  if (c < d.cue[1] || c - d.cue[1] > 1 || !/^to$/i.test(a.tokens[c].text)) return;
  for (let i = c + 2; i + 1 < d.content[1]; i++) {
    if (anyQuote(a.tokens[i].text)) return;
    if (/^(?:and|but)$/i.test(a.tokens[i].text) && tagAt(a, i + 1) === 'VBD') {
      d.content = [c, a.tokens[i - 1].text === ',' ? i - 1 : i];
      return;
    }
  }
}

/**
 * A "that" clause cut before its verb ("has announced | that the corporation | is divesting itself of …",
 * where the tagger took "selling" further on for another cue): what was said runs to the end of the
 * sentence, as an unquoted content does.
 */
export function verblessThatClause(a: Analysis, d: Draft, drafts: readonly Draft[] = []): void {
  const c = d.content[0];
  if (c !== d.cue[1] || a.tokens[c].text.toLowerCase() !== 'that') return;
  const s = a.sentences[a.tokens[c].sentence];
  if (d.content[1] >= s.last) return;
  if (hasVerb(a, c + 1, d.content[1])) return;
  for (let i = c; i < s.last; i++) if (anyQuote(a.tokens[i].text) || quoteMark(a, i, true)) return;
  // (Up to another claim's cue further on: "confirmed that Papermaster had left, but | did not say | whether …".)
  let end = s.last;
  for (const o of drafts) if (o !== d && o.cue[0] >= d.content[1] && o.cue[0] < end && !o.source) end = o.cue[0];
  while (end > c && (a.tokens[end - 1].kind === 'punct' || /^(?:and|but|or)$/i.test(a.tokens[end - 1].text))) end--;
  if (end > d.content[1]) d.content = [c, end];
}

/**
 * A dateline opening the content or the source ("WASHINGTON ― Donald Trump's obsession … is an insult",
 * "NEW YORK (AP) — …", "WASHINGTON – Two federal prison officers | were charged …, stating …") is where the
 * story was filed, not what was said nor who said it: the span starts after its dash.
 */
export function skipDateline(a: Analysis, d: Draft): void {
  d.content = [afterDateline(a, d.content[0], d.content[1]), d.content[1]];
  if (d.source) d.source = [afterDateline(a, d.source[0], d.source[1]), d.source[1]];
}

const WHEN_WORD = new RegExp(`^(?:${WEEKDAY_WORDS}|today|yesterday|tonight|earlier|later|recently|again|also)$`, 'i');
const WEEKDAY = new RegExp(`^(?:${WEEKDAY_WORDS})$`, 'i');
/** A part of the day after a weekday ("Tuesday night", "Thursday morning"). */
const PART_OF_DAY = /^(?:night|morning|afternoon|evening)$/i;

/**
 * When the content right after its cue opens with when it was said ("officials said | Monday the victim
 * was …", "said on Tuesday that …"), that is no part of what was said: the content starts after it
 * ("Monday", "Tuesday night", "on Friday", "earlier this week", and a "that" after them).
 */
export function skipWhen(a: Analysis, d: Draft): void {
  let c = d.content[0];
  if (c !== d.cue[1]) return;
  // (After a verb: "the expected announcement Friday of …" is a noun's.)
  if (!/^VB/.test(tagAt(a, d.cue[1] - 1))) return;
  const end = d.content[1];
  const low = (k: number) => a.tokens[k].text.toLowerCase();
  let k = c;
  if (k < end && low(k) === 'on' && k + 1 < end && WEEKDAY.test(a.tokens[k + 1].text)) k++;
  if (k >= end || !WHEN_WORD.test(a.tokens[k].text)) return;
  k++;
  while (k < end && (PART_OF_DAY.test(a.tokens[k].text) || /^(?:this|last|week|month|year)$/i.test(a.tokens[k].text))) k++;
  if (k < end && low(k) === 'that') k++;
  // (What is left must be a clause of some length: "said Monday." alone has nothing to move.)
  if (end - k < 3 || !/^\p{L}/u.test(a.tokens[k].text)) return;
  c = k;
  d.content = [c, end];
}

/**
 * A cue with no verb or noun in it ("comparing him | favorably | to", "Many leaders | of | ethnic
 * communities"): no way of saying anything. Punctuation cues (a speaker's colon, a dash) and reporting
 * words are taken as they are; the rest is asked of the part-of-speech tagger.
 */
export function wordlessCue(a: Analysis, cue: readonly [number, number]): boolean {
  // (An auxiliary alone is no cue either: "all he | has “ | the root of all evil”".)
  let auxOnly = 0;
  for (let i = cue[0]; i < cue[1]; i++) {
    if (a.tokens[i].kind !== 'word') continue;
    if (/^(?:has|have|had|is|was|were|are|be|been|do|does|did)$/i.test(a.tokens[i].text)) auxOnly = auxOnly >= 0 ? auxOnly + 1 : auxOnly;
    else auxOnly = -1;
  }
  if (auxOnly > 0) return true;
  let words = false;
  for (let i = cue[0]; i < cue[1]; i++) if (a.tokens[i].kind === 'word') words = true;
  if (!words || hasReportingWord(a, cue as [number, number])) return false;
  const { tags, first } = sentenceTags(a, cue[0]);
  for (let i = cue[0]; i < cue[1]; i++) if (/^(?:VB|NN|MD)/.test(tags[i - first] ?? 'NN')) return false;
  return true;
}

/**
 * A reporting noun with its maker after it ("since | reports | from South Korea's intelligence service
 * suggested …", "a statement by the ministry said"): the head of a source, not a cue of its own.
 */
export function nounBeforeItsSource(a: Analysis, cue: readonly [number, number]): boolean {
  if (cue[1] - cue[0] !== 1) return false;
  const w = a.tokens[cue[0]].text.toLowerCase();
  if (!CUE_NOUNS.has(w) || !/^(?:from|by|of)$/i.test(a.tokens[cue[1]]?.text ?? '')) return false;
  const { tags, first } = sentenceTags(a, cue[0]);
  return /^NN/.test(tags[cue[0] - first] ?? '');
}

/** "Let's say you …", "let us suppose …": a supposition, nobody claims it. */
export function letsSay(a: Analysis, d: Draft): boolean {
  const c = d.cue[0];
  const before = (k: number) => (c - k >= 0 ? a.tokens[c - k].text.toLowerCase().replace('’', "'") : '');
  if (!/^(?:say|suppose|assume|imagine|pretend)$/i.test(a.tokens[c].text)) return false;
  return (before(1) === "'s" && before(2) === 'let') || before(1) === "let's" || (before(1) === 'us' && before(2) === 'let');
}

/**
 * A quotation after its cue runs to its closing mark: "It said that ``The Treasury Department today
 * announced the establishment of …''" is one content, though the tagger (one label a token) cut it where
 * a claim inside it begins. Within the paragraph, with no other opening mark on the way.
 */
export function quoteToItsClose(a: Analysis, d: Draft): void {
  if (d.content[0] < d.cue[1]) return;
  const t = a.tokens;
  let open = d.content[0];
  while (open < d.content[1] && /^(?:that|:|,)$/i.test(t[open].text)) open++;
  const q = quoteMark(a, open, true);
  if (!q || !/^(?:“|"|``|`)$/.test(t[open].text)) return;
  const paragraph = a.sentences[t[open].sentence].paragraph;
  for (let k = open + q; k < t.length && a.sentences[t[k].sentence].paragraph === paragraph; k++) {
    // (A mark that only opens, “ or ``, starts another quotation.)
    if (k > open + q && quoteMark(a, k, true) && !quoteMark(a, k, false)) return;
    if (quoteMark(a, k, false)) {
      if (k >= d.content[1]) d.content = [d.content[0], k + 1];
      return;
    }
  }
}

/** "you know", "I mean", "you see", "I guess" as the draft's source and the start of its cue. */
export function fillerAt(a: Analysis, d: Draft): boolean {
  if (!d.source || d.source[1] - d.source[0] !== 1 || d.source[1] !== d.cue[0]) return false;
  const who = a.tokens[d.source[0]].text.toLowerCase();
  const verb = a.tokens[d.cue[0]].text.toLowerCase();
  return (who === 'you' && (verb === 'know' || verb === 'see')) || (who === 'i' && (verb === 'mean' || verb === 'guess'));
}

/** "you know", "I mean" set off by commas: words of speech, nobody reports anything. */
export function filler(a: Analysis, d: Draft): boolean {
  if (d.cue[1] - d.cue[0] !== 1 || !fillerAt(a, d)) return false;
  const after = a.tokens[d.cue[1]]?.text ?? '.';
  return after === ',' || /^[.?!]$/.test(after) || a.tokens[d.source![0] - 1]?.text === ',';
}

/** "Mark Cuban, you know, | has been saying": a cue the tagger began at the filler starts after it, and the sentence's subject speaks. */
export function skipFiller(a: Analysis, d: Draft): void {
  if (!fillerAt(a, d) || d.cue[1] - d.cue[0] < 3 || a.tokens[d.cue[0] + 1].text !== ',') return;
  d.cue = [d.cue[0] + 2, d.cue[1]];
  d.source = null;
  d.subjectOfSentence = true;
}

/**
 * Participles that say what state the subject is in ("we are convinced that …", "Protesters were
 * frustrated that …"): the subject holds the view, as with an adjective, so it is the source.
 */
export const STATE_PARTICIPLES = new Set(['convinced', 'persuaded', 'concerned', 'worried', 'frustrated', 'incensed', 'pleased', 'surprised',
  'disappointed', 'shocked', 'alarmed', 'angered', 'outraged', 'encouraged', 'satisfied', 'determined', 'committed', 'resigned',
  'relieved', 'delighted', 'troubled', 'dismayed', 'upset', 'annoyed', 'irritated', 'amazed', 'astonished', 'puzzled', 'confused',
  'disturbed', 'saddened', 'heartened', 'thrilled', 'excited', 'interested', 'inclined', 'opposed', 'prepared', 'agreed', 'united',
  'divided', 'split', 'tempted', 'scared', 'frightened', 'terrified', 'horrified', 'appalled', 'disgusted', 'embarrassed']);

/**
 * A passive cue ("was asked", "is widely expected", "were added"): a form of "be" (in the cue or right
 * before it, adverbs between) and a past participle ending the cue, with no agent ("by …") after it.
 * Its subject is what was said or asked about, not who said it: PolNeAR marks the subject as part of
 * the content and the agent, when there is one, as the source.
 */
export function passiveCue(a: Analysis, cue: readonly [number, number]): boolean {
  return a.tokens[cue[1]]?.text.toLowerCase() !== 'by' && passiveForm(a, cue);
}

/** A form of "be" (in the cue or right before it, adverbs between) and a past participle ending the cue, not one of state. */
function passiveForm(a: Analysis, cue: readonly [number, number]): boolean {
  // (past a particle that ends the cue: "has been seen | as")
  const last = cue[1] - 1 > cue[0] && /^as$/i.test(a.tokens[cue[1] - 1].text) ? cue[1] - 2 : cue[1] - 1;
  if (STATE_PARTICIPLES.has(a.tokens[last].text.toLowerCase())) return false;
  // A form of "be" first (by its words: most cues have none, and need no tagging), then the participle.
  const sentence = a.tokens[last].sentence;
  let i = last - 1;
  while (i >= 0 && a.tokens[i].sentence === sentence && ADVERB.test(a.tokens[i].text)) i--;
  if (i < 0 || a.tokens[i].sentence !== sentence || !PASSIVE_BE.test(a.tokens[i].text)) return false;
  const { tags, first } = sentenceTags(a, last);
  return tags[last - first] === 'VBN';
}

/**
 * A passive cue whose content the tagger began at the agent ("The new iPhone | was praised | by Jobs as
 * the biggest leap …"): the agent speaks, and the subject is what the claim is about, its content (as
 * PolNeAR marks "The plan | was criticized | by the mayor").
 */
export function agentAsSource(a: Analysis, d: Draft): void {
  const by = d.cue[1];
  if (!d.source || d.source[1] > d.cue[0] || d.content[0] !== by || a.tokens[by]?.text.toLowerCase() !== 'by' || !passiveForm(a, d.cue)) return;
  let end = by + 1;
  while (end < d.content[1] && !/^(?:as|that|for|,|;|:|\.)$/i.test(a.tokens[end].text) && !anyQuote(a.tokens[end].text)) end++;
  if (end === by + 1) return;
  d.content = d.source;
  d.source = [by + 1, end];
}

/** Words that may stand between an auxiliary and its participle ("is widely expected", "have barely been"). */
export const ADVERB = /^(?:not|n't|never|also|still|already|just|now|then|even|often|long|\p{Ll}+ly)$/u;

/** A content that follows its cue and opens with a preposition ("were added | in OS X Lion"): a place or time, not what was said. */
export function prepositionFirst(a: Analysis, d: Draft): boolean {
  const c = d.content[0];
  if (c < d.cue[1]) return false;
  const { tags, first } = sentenceTags(a, c);
  return tags[c - first] === 'IN' && !/^(?:that|whether|if|as|because|about)$/i.test(a.tokens[c].text);
}

/**
 * A content right after its cue that is only a when, where or before whom, with no clause ("testified |
 * before the House committee", "maritime claims | in the South China Sea"), or that opens with "and" or
 * "but" ("excessive claims | and we call for …"): the cue word was no report of what follows.
 */
export function adjunctContent(a: Analysis, d: Draft): boolean {
  const c = d.content[0];
  // (Past when it was said: "said | Thursday morning | on Fox News".)
  for (let k = d.cue[1]; k < c; k++) if (!WHEN_WORD.test(a.tokens[k].text) && !PART_OF_DAY.test(a.tokens[k].text) && a.tokens[k].text.toLowerCase() !== 'on') return false;
  if (c < d.cue[1]) return false;
  // (Not after a speaker's label, "WALLACE: But, …", nor after "declined to step | into the fray", whose rest is the thing declined.)
  for (let k = d.cue[0]; k < d.cue[1]; k++) if (!/\p{L}/u.test(a.tokens[k].text) || a.tokens[k].text.toLowerCase() === 'to') return false;
  // (past an adverb of manner first: "testified | side-by-side before the committee")
  const manner = c + 1 < d.content[1] && (/^\p{Ll}+-by-\p{Ll}+$/u.test(a.tokens[c].text) || (tagAt(a, c) === 'RB' && /ly$/.test(a.tokens[c].text)));
  const w = a.tokens[manner ? c + 1 : c].text.toLowerCase();
  // (nor with a relative pronoun: "Morrison, | testifying | who listened in on the call" — the clause is the speaker's)
  if (w === 'and' || w === 'but' || w === 'who' || w === 'whom' || w === 'whose') return true;
  // (After a plural noun cue, "of" too: "higher purchases of farm goods, | promises | of improved access".)
  const cueTag = tagAt(a, d.cue[1] - 1);
  if (w === 'of' && cueTag === 'NNS' && d.cue[1] - d.cue[0] === 1) return true;
  if (!/^(?:before|at|in|on|during|after|with|from|into|under|inside|outside|near|by|since|until|amid|throughout|across|over)$/.test(w)) return false;
  // (A closing quotation mark and full stop at the end are the quotation's around it.)
  let e = d.content[1];
  while (e > c && /^[”"’'.,]$|^''$/.test(a.tokens[e - 1].text)) e--;
  for (let k = c; k < e; k++) if (anyQuote(a.tokens[k].text)) return false;
  return !hasVerb(a, c + 1, e);
}

/**
 * "The Nasdaq added 20.72 points", "Spot gold added 0.1% to $1,472", "NASA was adding five companies to a
 * contract", "a creativity that adds to the mix": "add" before an amount, or "add to" a thing, is a
 * market's move or a thing put in, not a speaker adding words.
 */
export function addedAmount(a: Analysis, d: Draft): boolean {
  const c = d.content[0];
  if (c !== d.cue[1] || !/^add(?:s|ed|ing)?$/i.test(a.tokens[d.cue[1] - 1].text)) return false;
  const amount = (t: string) => /^[$€£¥]?\d/.test(t) || /^(?:US|A|C|HK)?[$€£¥]$/.test(t) || NUMBER_WORD.test(t);
  const t = a.tokens[c].text;
  const next = a.tokens[c + 1]?.text ?? '';
  // (Past an approximator: "more than 2%", "nearly $5 billion".)
  let k = c;
  while (k < d.content[1] && k - c < 3 && /^(?:a|an|another|nearly|almost|about|some|over|more|less|than|roughly|around|just|up|to)$/i.test(a.tokens[k].text)) k++;
  return amount(t) || (k > c && k < d.content[1] && amount(a.tokens[k].text))
    || (t.toLowerCase() === 'to' && /^(?:the|a|an|its|their|his|her|our|this|that)$/i.test(next));
}

const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|dozens?|several)$/i;

/** Whether a verb or modal stands in tokens [from, to) (by the sentence's POS tags). */
function hasVerb(a: Analysis, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const { tags, first } = sentenceTags(a, k);
    if (/^(?:VB|MD)/.test(tags[k - first] ?? '')) return true;
  }
  return false;
}

/**
 * A passive cue with no source whose content is only its subject, a noun phrase right before it ("The
 * deal | was announced | on Monday"): what happened to a thing, nothing said.
 */
export function onlyItsSubject(a: Analysis, d: Draft, drafts: readonly Draft[] = []): boolean {
  if (d.source || d.content[1] !== d.cue[0]) return false;
  // (With another content of the same cue it is half of a claim: joinHalves.)
  if (drafts.some((o) => o !== d && o.cue[0] === d.cue[0] && o.cue[1] === d.cue[1]) || !passiveCue(a, d.cue)) return false;
  for (let k = d.content[0]; k < d.content[1]; k++) if (anyQuote(a.tokens[k].text)) return false;
  return !hasVerb(a, d.content[0], d.content[1]);
}

/** Verbs whose passive subject is who was told, so that what was said may follow bare ("was told the plan failed"). */
const RECIPIENT_VERBS = /^(?:told|informed|assured|advised|warned|reminded|promised|shown|taught|notified|asked|cautioned|urged)$/i;

/**
 * What follows a passive cue with no word that links it ("After the news | was announced | the index
 * dipped"): the passive's subject was what was said, and the words after it are another clause. Only
 * "that", "to", a question word, a quotation, a colon and the like open what a passive says; and verbs
 * of telling, whose subject is who was told.
 */
export function bareClauseAfterPassive(a: Analysis, d: Draft): boolean {
  const c = d.content[0];
  if (c < d.cue[1] || c - d.cue[1] > 1 || RECIPIENT_VERBS.test(a.tokens[d.cue[1] - 1].text)) return false;
  const w = a.tokens[c].text.toLowerCase();
  return !/^(?:that|to|whether|if|how|what|why|when|where|who|which|as|about|by|:|,)$/.test(w) && !anyQuote(w);
}

/**
 * An article or demonstrative that is all the source, right before the cue ("The | reports | surprised …"):
 * the cue word is a noun and no one speaks. (A possessive is a source: "his | claim", "Her | decision".)
 */
export function determinerCue(a: Analysis, d: Draft): boolean {
  return d.source !== null && d.source[1] - d.source[0] === 1 && d.source[1] === d.cue[0]
    && /^(?:the|a|an|this|these|those)$/i.test(a.tokens[d.source[0]].text);
}

/**
 * A content that begins in a later sentence than its cue, where nothing between them opens it (a colon
 * or a quotation mark ending the cue's sentence, or one opening the content), belongs to no cue there:
 * "… according to industry sources cited by DigiTimes. A preview of the report was shared …" makes no
 * claim of the second sentence.
 */
export function contentAfterSentence(a: Analysis, cue: readonly [number, number], c0: number): boolean {
  if (c0 < cue[1]) return false;
  const cueSentence = a.tokens[cue[1] - 1].sentence;
  if (a.tokens[c0].sentence === cueSentence) return false;
  for (let i = cue[1]; i <= c0 && i < a.tokens.length; i++) if (/^[:“"‘'`«]$|^``$/.test(a.tokens[i].text)) return false;
  return true;
}

/**
 * A cue that is a capitalised word inside a name ("Consumer Reports declined …"), not a reporting word;
 * in a headline written in title case ("Trump Says He Will …") every word is capitalised, cues too.
 */
export function cueInName(a: Analysis, c: number): boolean {
  const t = a.tokens[c];
  const s = a.sentences[t.sentence];
  if (c === s.first || !/^\p{Lu}\p{Ll}/u.test(t.text) || !/^\p{Lu}/u.test(a.tokens[c - 1].text)) return false;
  let words = 0;
  let lower = 0;
  for (let i = s.first; i < s.last; i++) {
    if (a.tokens[i].kind !== 'word') continue;
    words++;
    if (/^\p{Ll}/u.test(a.tokens[i].text) && a.tokens[i].text.length > 3) lower++;
  }
  return lower >= 2 && lower / words > 0.2;
}

/**
 * A content that ends in a sentence before the cue's, with no quotation mark closing it there ("Asked
 * about the polls, he was blunt. He said: …"): what was said is not read back from an earlier sentence.
 */
export function contentBeforeSentence(a: Analysis, cue0: number, contentEnd: number): boolean {
  if (contentEnd > cue0 || a.tokens[contentEnd - 1].sentence === a.tokens[cue0].sentence) return false;
  for (let i = contentEnd - 1; i <= contentEnd + 2 && i < cue0; i++) if (/^[”"’'»]$|^''$/.test(a.tokens[i].text)) return false;
  return true;
}

/** "That said, …", "That being said, …": a turn of phrase, nobody said anything. */
export function thatSaid(a: Analysis, d: Draft): boolean {
  const cue = a.text.slice(a.tokens[d.cue[0]].start, a.tokens[d.cue[1] - 1].end);
  // ("Having said that, …": the same turn of phrase, its "that" after the verb)
  if (/^said$/i.test(cue) && d.cue[0] > 0 && /^having$/i.test(a.tokens[d.cue[0] - 1].text) && /^(?:that|this)$/i.test(a.tokens[d.cue[1]]?.text ?? '')) return true;
  return d.source !== null && d.source[1] - d.source[0] === 1 && /^(?:that|this)$/i.test(a.tokens[d.source[0]].text)
    && /^(?:said|being said)$/i.test(cue) && a.tokens[d.cue[1]]?.text === ',';
}

/** A cue "declined"/"declines" with a number right after it (or after "by"): a price or count moving. */
export function declinedBy(a: Analysis, d: Draft): boolean {
  const last = a.tokens[d.cue[1] - 1].text.toLowerCase();
  if (!/^declin(?:e|es|ed|ing)$/.test(last)) return false;
  let k = d.cue[1];
  if (k < a.tokens.length && a.tokens[k].text.toLowerCase() === 'by') k++;
  return k < a.tokens.length && (a.tokens[k].kind === 'number' || /^\d/.test(a.tokens[k].text));
}

/**
 * A cue with no reporting word that says what happened, not what someone said: every word of it unseen
 * inside a cue in the training data ("integrates Lion and iOS", "demoed the gyroscope"), or seen there
 * seldom (under a fifth of the times it occurs) and followed by a mere noun phrase, no clause ("opened a
 * data center", "held positions at IBM"; but "knows that …", "want to …" stay).
 */
export function unlikelyCue(a: Analysis, d: Draft, lexicon: CueLexicon): boolean {
  let best = 0;
  for (let i = d.cue[0]; i < d.cue[1]; i++) {
    const w = a.tokens[i].text.toLowerCase();
    if (isReportingWord(w)) return false;
    best = Math.max(best, lexicon.get(normalizeToken(w)) ?? 0);
  }
  if (best === 0) return true;
  if (best >= 2 || d.content[0] < d.cue[1]) return false;
  const first = a.tokens[d.content[0]].text.toLowerCase();
  if (first === 'that' || first === 'to' || first === 'whether' || first === 'if' || anyQuote(first) || isRelative(first)) return false;
  const { tags, first: s0 } = sentenceTags(a, d.content[0]);
  for (let i = d.content[0]; i < d.content[1]; i++) {
    if (a.tokens[i].sentence !== a.tokens[d.content[0]].sentence) return false;
    const t = tags[i - s0];
    if (FINITE_TAGS.has(t) || t === 'TO') return false;
  }
  return true;
}
