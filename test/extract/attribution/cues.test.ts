import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nlp/tokenize.js';
import { addedAmount, adjunctContent, reducedRelative, skipWhen, bareClauseAfterPassive, namelessSource, indirectToSentenceEnd, joinHalves, onlyItsSubject, skipDateline, unlikelyCue, verblessThatClause } from '../../../src/extract/attribution/cleanup.js';
import { defaultModel } from '../../../src/extract/attribution/model.js';
import type { Draft } from '../../../src/extract/attribution/reading.js';
import { finiteReporting } from '../../../src/extract/attribution/index.js';
import type { Entity } from '../../../src/ledger/types.js';
import { claimsOf } from './helpers.js';
import { extractEntities } from '../../../src/extract/entities/index.js';

/** A draft over the tokens of the first occurrence of each phrase (source, cue, content). */
function draft(text: string, source: string | null, cue: string, content: string): { a: ReturnType<typeof analyse>; d: Draft } {
  const a = analyse(text);
  const range = (phrase: string): [number, number] => {
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`"${phrase}" not in "${text}"`);
    const end = start + phrase.length;
    const first = a.tokens.findIndex((t) => t.start >= start);
    let last = first;
    while (last < a.tokens.length && a.tokens[last].end <= end) last++;
    return [first, last];
  };
  return { a, d: { source: source ? range(source) : null, cue: range(cue), content: range(content), subjectOfSentence: false, fromRule: false } };
}

// text | source | cue | content | whether the cue says what happened rather than what was said
const CUES: Array<[string, string | null, string, string, boolean]> = [
  // words never inside a cue in the training data
  ['The service integrates Lion and iOS applications.', 'The service', 'integrates', 'Lion and iOS applications', true],
  ['Jobs demoed the device’s new internal gyroscope.', 'Jobs', 'demoed', 'the device’s new internal gyroscope', true],
  // words seldom inside a cue, with a mere noun phrase after them
  ['Cook held positions at IBM and Compaq.', 'Cook', 'held', 'positions at IBM and Compaq', true],
  ['Apple opened a data center in North Carolina.', 'Apple', 'opened', 'a data center in North Carolina', true],
  // … but with a clause after them they may hold a view or a plan
  ['Republicans know that the bill will fail.', 'Republicans', 'know', 'that the bill will fail', false],
  ['The governor made clear the state would appeal.', 'The governor', 'made clear', 'the state would appeal', false],
  // reporting words, and words often inside a cue, are cues whatever follows
  ['The senator yelled a warning at the crowd.', 'The senator', 'yelled', 'a warning at the crowd', false],
  ['The ministry said the talks had failed.', 'The ministry', 'said', 'the talks had failed', false],
  ['The agency ordered an inquiry into the crash.', 'The agency', 'ordered', 'an inquiry into the crash', false],
];

describe('cues that say what happened, not what was said', () => {
  const model = defaultModel();
  it.each(CUES)('%s', (text, source, cue, content, unlikely) => {
    if (!model) return expect.unreachable('the attribution model is missing');
    const { a, d } = draft(text, source, cue, content);
    expect(unlikelyCue(a, d, model.lexicon)).toBe(unlikely);
  });
});

// Two contents of one cue with no source, as the tagger may give them: [source, cue, content] as token
// ranges over a text → the drafts left, [source, content].
type R = [number, number];
const HALVES: Array<[string, Array<[R | null, R, R]>, Array<[R | null, R]>]> = [
  // "The planes | are expected | to start delivering in 2011": one claim, from the subject on
  ['The planes are expected to start delivering in 2011.', [[null, [2, 4], [0, 2]], [null, [2, 4], [4, 9]]], [[null, [0, 9]]]],
  // a content before a cue with a source of its own stays apart
  ['The planes are late, officials said on Monday.', [[null, [5, 6], [0, 3]], [[4, 5], [5, 6], [6, 8]]], [[null, [0, 3]], [[4, 5], [6, 8]]]],
  // no passive, or no infinitive after it: two things
  ['Improvements to the browser were also announced; tabbed browsing was added.', [[null, [4, 7], [0, 4]], [null, [4, 7], [7, 12]]], [[null, [0, 4]], [null, [7, 12]]]],
  ['It is the best decision, said the general secretary, Tony Woodley.', [[null, [6, 7], [0, 6]], [null, [6, 7], [7, 13]]], [[null, [0, 6]], [null, [7, 13]]]],
  // the subject of an active cue, a noun phrase with no verb, is who speaks
  ['Ryanair CEO Michael Smith justified the choice by saying that the jet is reliable.', [[null, [4, 9], [0, 4]], [null, [4, 9], [9, 14]]], [[[0, 4], [9, 14]]]],
];

describe('two contents of one cue', () => {
  it.each(HALVES)('%s', (text, raw, expected) => {
    const drafts: Draft[] = raw.map(([source, cue, content]) => ({ source, cue, content, subjectOfSentence: false, fromRule: false }));
    joinHalves(analyse(text), drafts);
    expect(drafts.map((d) => [d.source, d.content])).toEqual(expected);
  });
});

// text | the person named in it | the cue | whether the cue has a subject of its own that the tagger may have missed
const OWN_SUBJECT: Array<[string, string, string, boolean]> = [
  // right after a person's name (and the words before it that go with it)
  ['JPMorgan Chase economist Masamichi Adachi said, “It is only going to get worse.”', 'Masamichi Adachi', 'said', true],
  // after a phrase set off by commas
  ['Maria Lopez, by contrast, believes the plan will fail.', 'Maria Lopez', 'believes', true],
  // a name that ends a longer subject with a verb in it is not the subject
  ['Some believe the priority placed on voters in Maria Lopez shows the campaign is worried.', 'Maria Lopez', 'shows', false],
  // not a finite verb
  ['Maria Lopez saying the plan will fail is news.', 'Maria Lopez', 'saying', false],
];

describe('a reporting verb with its own subject', () => {
  it.each(OWN_SUBJECT)('%s', (text, person, cue, own) => {
    const a = analyse(text);
    const at = text.indexOf(person);
    const entities: Entity[] = [{ id: 'e1', type: 'PER', canonical: person, role: null, mentions: [{ start: at, end: at + person.length, text: person }] }];
    const c = a.tokens.findIndex((t) => t.text === cue);
    expect(finiteReporting(a, [c, c + 1], entities)).toBe(own);
  });
});

// text | passive cue | content | whether what follows the passive is another clause, not what it says
const AFTER_PASSIVE: Array<[string, string, string, boolean]> = [
  ['After the news was announced the index dipped, then rose.', 'was announced', 'the index dipped, then rose', true],
  ['Clinton has not been charged any crime related to her email.', 'has not been charged', 'any crime related to her email', true],
  // what a passive says opens with "that", "to", a question word or a quotation
  ['It was announced that the plant would close.', 'was announced', 'that the plant would close', false],
  ['The planes are expected to start delivering in 2011.', 'are expected', 'to start delivering in 2011', false],
  ['He was asked whether the plant would close.', 'was asked', 'whether the plant would close', false],
  // a passive of telling: its subject is who was told
  ['Workers were told the plant would close.', 'were told', 'the plant would close', false],
];

describe('a clause after a passive cue', () => {
  it.each(AFTER_PASSIVE)('%s', (text, cue, content, bare) => {
    const { a, d } = draft(text, null, cue, content);
    expect(bareClauseAfterPassive(a, d)).toBe(bare);
  });
});

// text | source | cue | content as tagged | other cues in the sentence | the content after the rule
const THAT_CLAUSES: Array<[string, string, string, string, string[], string]> = [
  // a "that" clause cut before its verb runs to the end of the sentence
  ['The company has announced that the corporation is divesting itself of the group by selling it.', 'The company', 'has announced', 'that the corporation', [],
    'that the corporation is divesting itself of the group by selling it'],
  // … up to a claim further on that has no source of its own
  ['Apple confirmed that Papermaster, 49, had left the company, but did not say whether he was forced out.', 'Apple', 'confirmed', 'that Papermaster', ['did not say'],
    'that Papermaster, 49, had left the company'],
  // a clause with its verb stays as it is
  ['Officials said that the plan failed, and the talks ended.', 'Officials', 'said', 'that the plan failed', [], 'that the plan failed'],
];

describe('a "that" clause cut before its verb', () => {
  it.each(THAT_CLAUSES)('%s', (text, source, cue, content, others, expected) => {
    const { a, d } = draft(text, source, cue, content);
    const rest = others.map((o) => draft(text, null, o, o).d);
    verblessThatClause(a, d, [d, ...rest]);
    expect(text.slice(a.tokens[d.content[0]].start, a.tokens[d.content[1] - 1].end)).toBe(expected);
  });
});

// text | cue | content as tagged | the content after the dateline rule
const DATELINES: Array<[string, string, string, string]> = [
  ['WASHINGTON ― Donald Trump’s obsession is an insult to all voters, the congressman said.', 'said', 'WASHINGTON ― Donald Trump’s obsession is an insult to all voters', 'Donald Trump’s obsession is an insult to all voters'],
  ['NEW YORK (AP) — Stocks fell sharply on Monday, traders said.', 'said', 'NEW YORK (AP) — Stocks fell sharply on Monday', 'Stocks fell sharply on Monday'],
  // not a dateline: a capitalised word that opens what was said, a dash inside it
  ['NATO troops will stay ― for now, the minister said.', 'said', 'NATO troops will stay ― for now', 'NATO troops will stay ― for now'],
];

describe('a dateline opening a content', () => {
  it.each(DATELINES)('%s', (text, cue, content, expected) => {
    const { a, d } = draft(text, null, cue, content);
    skipDateline(a, d);
    expect(text.slice(a.tokens[d.content[0]].start, a.tokens[d.content[1] - 1].end)).toBe(expected);
  });
});

describe('an agency in brackets opening a content', () => {
  it('"(CNN) President Donald Trump, according to the White House, made …"', () => {
    const text = '(CNN) President Donald Trump, according to the White House, made an unscheduled trip.';
    expect(claimsOf(text)[0]?.content.text).toBe('President Donald Trump');
  });
});

// text | cue | content as the tagger gave it | the content without when it was said
const WHEN: Array<[string, string, string, string]> = [
  ['Health officials said Monday the victim was one of two people who caught the virus.', 'said', 'Monday the victim was one of two people who caught the virus', 'the victim was one of two people who caught the virus'],
  ['The minister said on Tuesday that the talks had failed.', 'said', 'on Tuesday that the talks had failed', 'the talks had failed'],
  ['DaimlerChrysler announced today it would cut 13,000 jobs.', 'announced', 'today it would cut 13,000 jobs', 'it would cut 13,000 jobs'],
  // nothing to move when no clause follows, nor after a noun
  ['The minister spoke Monday.', 'spoke', 'Monday', 'Monday'],
  ['The expected announcement Friday of August jobs data weighed on stocks.', 'announcement', 'Friday of August jobs data', 'Friday of August jobs data'],
];

describe('a place in capitals before a colon opening the story', () => {
  it('is a dateline, no speaker ("NEW DELHI: …"); a person there is a speaker', () => {
    const claims = (text: string) => claimsOf(text, extractEntities(analyse(text)));
    expect(claims('NEW DELHI: Nearly 150 Indians returned home on Wednesday after being deported.')).toEqual([]);
    expect(claims('JOHN SMITH: We will never give up on this town.').map((c) => c.source?.text)).toEqual(['JOHN SMITH']);
  });
});

describe('a noun phrase before a participle inside a prepositional phrase is what was announced', () => {
  it.each([
    ['In a deal announced Monday, Coty acquired a 51% stake.', 'a deal', 'announced', 'Monday, Coty acquired a 51% stake', true],
    // a subject with its past tense (which the POS tagger may read as a participle) still speaks
    ['Clinton had told police officials, the source added.', 'the source', 'added', 'Clinton had told police officials', false],
    ['A Times article hailed Trump as “The Comeback Kid” for his success.', 'A Times article', 'hailed', 'Trump as “The Comeback Kid” for his success', false],
  ] as Array<[string, string, string, string, boolean]>)('%s', (text, source, cue, content, reduced) => {
    const { a, d } = draft(text, source, cue, content);
    expect(reducedRelative(a, d)).toBe(reduced);
  });
});

describe('a meeting concluded is ended, not a conclusion drawn', () => {
  it.each([
    ['The House Intelligence Committee concluded its third public hearing on Tuesday.', []],
    ['The panel concluded that the plan had failed.', ['concluded']],
    ['The report concluded the plan had failed.', ['concluded']],
  ] as Array<[string, string[]]>)('%s', (text, cues) => {
    expect(claimsOf(text).map((c) => c.cue.text)).toEqual(cues);
  });
});

describe('"alleged" before a noun is an adjective; a time spent is no speaker', () => {
  it('"the two officers shot by the alleged terrorist" holds no claim; "Prosecutors alleged Epstein abused …" does', () => {
    const cues = (text: string) => claimsOf(text).map((c) => c.cue.text);
    expect(cues('Both officers shot by the alleged terrorist were innocent bystanders.')).not.toContain('alleged');
    expect(cues('Prosecutors alleged Epstein abused dozens of girls.')).toContain('alleged');
  });
  it('"Andrew also spent 45 seconds explaining how …" is Andrew\'s', () => {
    const c = claimsOf('Andrew also spent 45 seconds explaining how he could not have been there.').find((x) => x.cue.text === 'explaining');
    expect(c?.source?.text).toBe('Andrew');
  });
});

describe('a time spent testifying is no claim', () => {
  it('"nine witnesses testifying | over three days" says nothing', () => {
    expect(claimsOf('The inquiry pushed through an intense week with nine witnesses testifying over three days in back-to-back sessions.').map((c) => c.cue.text)).not.toContain('testifying');
  });
});

describe('a name given is no claim', () => {
  it.each([
    'The bill, known as the Justice Against Sponsors of Terrorism Act, passed on Friday.',
    'The rover, dubbed Perseverance, landed in February.',
  ])('%s', (text) => {
    expect(claimsOf(text).map((c) => c.cue.text)).toEqual([]);
  });
});

describe('a claim inside brackets', () => {
  it('says what is inside them, and its speaker speaks for nothing outside them', () => {
    const text = 'A similarly fresh Reuters poll has lower numbers for removal (44 percent of Americans say they want the House to impeach and the Senate to convict), but also shows that most Americans want Congress to investigate.';
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.source?.text, c.cue.text])).toEqual([['Americans', 'say'], ['A similarly fresh Reuters poll', 'also shows']]);
    expect(claims[0].content.text).toMatch(/^they want the House to impeach/);
    expect(claims[0].content.end).toBeLessThan(text.indexOf(')'));
    expect(claims[1].content.text).toBe('most Americans want Congress to investigate');
  });
});

describe('when it was said is no part of the content', () => {
  it.each(WHEN)('%s', (text, cue, content, expected) => {
    const { a, d } = draft(text, null, cue, content);
    skipWhen(a, d);
    expect(text.slice(a.tokens[d.content[0]].start, a.tokens[d.content[1] - 1].end)).toBe(expected);
  });
});

describe('a dateline opening a source', () => {
  it.each([
    ['WASHINGTON – Two federal prison officers were charged Tuesday with falsifying records, stating they had checked on him.', 'Two federal prison officers'],
    ['INDIANAPOLIS — Several thousand teachers said they would strike.', 'Several thousand teachers'],
    ['NATO officials said the troops would stay.', 'NATO officials'],
    ['(CNN) Doctors at the clinic said the visit was routine.', 'Doctors at the clinic'],
  ])('%s', (text, source) => {
    expect(claimsOf(text)[0]?.source?.text).toBe(source);
  });
});

describe('a source with a relative clause that has no relative pronoun', () => {
  it.each([
    ['All the experts I interviewed said the plan would fail.', 'said', 'All the experts I interviewed'],
    ['Most economists we surveyed said a recession is likely.', 'said', 'Most economists we surveyed'],
    // … with a preposition after its verb, which the cue had taken in ("spoke to said")
    ['Most people we spoke to said they were worried.', 'said', 'Most people we spoke to'],
    // a participle after a noun with a preposition or a time after it
    ['A Government Accountability Office report released last year found that the program was abused.', 'found', 'A Government Accountability Office report released last year'],
  ])('%s', (text, cue, source) => {
    expect(claimsOf(text).find((c) => c.cue.text === cue)?.source?.text).toBe(source);
  });
});

// text | cue | the content before it | whether a passive cue's content is only its subject, nothing said
const ONLY_SUBJECT: Array<[string, string, string, boolean]> = [
  ['The deal was announced on Monday in Moscow.', 'was announced', 'The deal', true],
  ['Neither Clinton nor her allies have been charged with any crime.', 'have been charged', 'Neither Clinton nor her allies', true],
  // a quotation or a clause before the passive is what was said
  ['“We will win,” was repeated at every rally.', 'was repeated', '“We will win,”', false],
  // an active cue is another matter
  ['The deal announced on Monday in Moscow.', 'announced', 'The deal', false],
];

describe('a passive whose content is only its subject', () => {
  it.each(ONLY_SUBJECT)('%s', (text, cue, content, only) => {
    const { a, d } = draft(text, null, cue, content);
    expect(onlyItsSubject(a, d)).toBe(only);
  });
});

// text | source | cue | content | whether the content is only a when, where or before whom, or opens with "and"
const ADJUNCTS: Array<[string, string | null, string, string, boolean]> = [
  ['Later, Kurt Volker testified before the House committee.', 'Kurt Volker', 'testified', 'before the House committee', true],
  ['“We strongly oppose excessive claims in the South China Sea,” Esper said.', 'We strongly oppose excessive', 'claims', 'in the South China Sea', true],
  ['“We oppose unlawful claims at the expense of small nations,” Esper said.', 'We oppose unlawful', 'claims', 'at the expense of small nations', true],
  ['“We oppose excessive claims and we call for an end to the bullying,” Esper said.', 'We oppose excessive', 'claims', 'and we call for an end to the bullying', true],
  // a clause after the preposition is what was said; so is what a speaker's label or "declined to" begins
  ['Ms. Lee said in the interview that the vote was rigged.', 'Ms. Lee', 'said', 'in the interview that the vote was rigged', false],
  ['WALLACE: But, Governor, I have to ask you.', 'WALLACE', ':', 'But, Governor, I have to ask you', false],
  ['The court declined to step into the fray.', 'The court', 'declined to step', 'into the fray', false],
  ['The minister warned of dangerous consequences.', 'The minister', 'warned', 'of dangerous consequences', false],
  ['Additional reporting by Lawrence Hurley.', 'Additional', 'reporting', 'by Lawrence Hurley', true],
  ['Morrison, testifying who listened in on the call, said little.', 'Morrison', 'testifying', 'who listened in on the call', true],
  ['It asks if purchases of farm goods, promises of improved access and pledges are enough.', 'purchases of farm goods', 'promises', 'of improved access', true],
  ['The minister warned of dangerous consequences at the border.', 'The minister', 'warned', 'of dangerous consequences at the border', false],
];

describe('a content that is only an adjunct of the cue', () => {
  it.each(ADJUNCTS)('%s', (text, source, cue, content, adjunct) => {
    const { a, d } = draft(text, source, cue, content);
    expect(adjunctContent(a, d)).toBe(adjunct);
  });
  it('no claim is left of "testified before the committee"', () => {
    expect(claimsOf('Later, Kurt Volker testified before the House committee.')).toEqual([]);
  });
});

// text | source | cue | content | whether the source names no one (no noun, name, pronoun or number)
const NAMELESS: Array<[string, string, string, string, boolean]> = [
  ['Other reports suggested that the biggest markets slowed.', 'Other', 'reports', 'suggested that the biggest markets slowed', true],
  ['He faced a newly revealed call with the president.', 'newly', 'call', 'with the president', true],
  // names the POS tagger misreads, pronouns and possessives, numbers and quantifiers name someone
  ['Boeing says airlines demand better engines.', 'Boeing', 'says', 'airlines demand better engines', false],
  ['His claim that people would learn nothing was false.', 'His', 'claim', 'that people would learn nothing', false],
  ['Some 40 percent say the plan failed.', 'Some 40 percent', 'say', 'the plan failed', false],
  ['Apple confirmed Papermaster had left the company.', 'Apple', 'confirmed', 'Papermaster had left the company', false],
];

describe('a source that names no one', () => {
  it.each(NAMELESS)('%s', (text, source, cue, content, nameless) => {
    const { a, d } = draft(text, source, cue, content);
    expect(namelessSource(a, d)).toBe(nameless);
  });
});

describe('"added" before an amount is a market\'s move', () => {
  it.each([
    ['The Nasdaq Composite added 20.72 points, or 0.24%, to 8,570.66.', 'The Nasdaq Composite', 'added', '20.72 points, or 0.24%, to 8,570.66', true],
    ['Spot gold added 0.1% to $1,472.19 an ounce.', 'Spot gold', 'added', '0.1% to $1,472.19 an ounce', true],
    ['The fund added another $4 billion in May.', 'The fund', 'added', 'another $4 billion in May', true],
    ['NASA said it was adding five companies to a contract.', 'it', 'was adding', 'five companies to a contract', true],
    ['Small players bring a creativity that adds to the mix.', 'that', 'adds', 'to the mix', true],
    ['The stock added more than 2% to begin the week.', 'The stock', 'added', 'more than 2% to begin the week', true],
    ['The minister added that 20 people had died.', 'The minister', 'added', 'that 20 people had died', false],
    ['The minister added to reporters that talks would go on.', 'The minister', 'added', 'to reporters that talks would go on', false],
    ['“We will rebuild,” she added.', 'she', 'added', 'We will rebuild', false],
  ] as Array<[string, string, string, string, boolean]>)('%s', (text, source, cue, content, move) => {
    const { a, d } = draft(text, source, cue, content);
    expect(addedAmount(a, d)).toBe(move);
  });
  it('no claim is left of "Spot gold added 0.1%"', () => {
    expect(claimsOf('Spot gold added 0.1% to $1,472.19 an ounce.').map((c) => c.cue.text)).not.toContain('added');
  });
});

describe('an unquoted content ends with its sentence, even when one word is left', () => {
  it('"said nothing. Leaders met …" is no claim about the next sentence', () => {
    const text = 'The minister said nothing. Leaders met at the palace.';
    const a = analyse(text);
    const d: Draft = { source: [0, 2], cue: [2, 3], content: [3, 10], subjectOfSentence: false, fromRule: false };
    indirectToSentenceEnd(a, d);
    expect(d.content).toEqual([3, 4]);
  });
});
