/** Source–cue–content patterns: input text → the claim's source, cue and content (texts and offsets). */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';
import { extractEntities } from '../../../src/extract/entities/index.js';
import { extractClaims } from '../../../src/extract/attribution/index.js';
import { analyse } from '../../../src/nlp/tokenize.js';

// text | source | cue | content
const CASES: Array<[string, string | null, string, string]> = [
  ['The mayor said that the bridge would reopen in May.', 'The mayor', 'said', 'the bridge would reopen in May'],
  ['The bridge will reopen in May, the mayor said.', 'the mayor', 'said', 'The bridge will reopen in May'],
  ['"We are ready," said Anna Lee, the project manager.', 'Anna Lee', 'said', 'We are ready'],
  ['According to the ministry, 40 people were injured.', 'the ministry', 'According to', '40 people were injured'],
  ['Forty people were injured, according to the ministry.', 'the ministry', 'according to', 'Forty people were injured'],
  // the cue is the verb, as PolNeAR marks it: not whom it was told to, nor the "that" after it
  ['Smith told reporters that the plan had failed.', 'Smith', 'told', 'the plan had failed'],
  ['He told me on Friday that the deal was off.', 'He', 'told', 'the deal was off'],
  ['The senator spoke for an hour, arguing that the tax would hurt farmers.', 'The senator', 'arguing', 'the tax would hurt farmers'],
  // a trailing time word is no part of a source, but "Today" in a name is
  ['A reporter for USA Today reported that the candidate left early.', 'USA Today', 'reported', 'the candidate left early'], // role "reporter for" apart
  ['A spokesman for the ministry on Monday said the border would stay closed.', 'A spokesman for the ministry', 'said', 'the border would stay closed'],
  // "C, X said" with when, where and to whom after the cue
  ['The bridge will reopen in May, the mayor announced Wednesday at a news conference.', 'the mayor', 'announced', 'The bridge will reopen in May'],
  ['The bridge will reopen in May, the mayor told reporters on Monday.', 'the mayor', 'told', 'The bridge will reopen in May'],
  ['The airline agreed to buy 30 jets, executives of both companies announced at the air show.', 'executives of both companies', 'announced', 'The airline agreed to buy 30 jets'],
  // an introductory phrase before a comma is no part of the subject
  ['To start, it confirms recent polling on impeachment.', 'it', 'confirms', 'recent polling on impeachment'],
  // an aside set off by dashes before the cue is no source: the subject before it is
  ['In Kentucky, the Democratic candidate, Andy Beshear — whose father implemented the law in the state — promised to protect Medicaid.', 'Andy Beshear', 'promised', 'to protect Medicaid'],
  ['The senator — who had long opposed the bill — said on Monday that he would vote for it.', 'The senator', 'said', 'he would vote for it'],
  // the verb before its speaker with a lower-case role before the name
  ['Rain falls everywhere on Titan, but the equator is drier than the poles, said study co-author Anezina Solomonidou, a research fellow.', 'Anezina Solomonidou', 'said', 'Rain falls everywhere on Titan, but the equator is drier than the poles'],
  // the verb before its speaker, after a quotation or a clause; an appositive before "said" is no content
  ['“The results were a breakthrough,” says Jennifer Pluznick, a physiologist at the university.', 'Jennifer Pluznick', 'says', 'The results were a breakthrough'],
  ['The plan will fail, warned the minister.', 'the minister', 'warned', 'The plan will fail'],
  ['The state’s campaign chairman, Phil Lovas, said he cannot comment on the letter.', 'The state’s campaign chairman, Phil Lovas', 'said', 'he cannot comment on the letter'],
  // a content is not read from the next sentence when nothing (a colon, a quotation mark) opens it there
  ['Apple plans a new laptop next year, according to industry sources cited by the Taipei newspaper. A preview of the report was shared with subscribers.',
    'industry sources cited by the Taipei newspaper', 'according to', 'Apple plans a new laptop next year'],
  ['The company denied that it had broken the law.', 'The company', 'denied', 'it had broken the law'],
  // "C, X said on Thursday, out of …": the claim is C, whatever follows the comma after the cue
  ['Up to 8,000 troops are now in the Kursk region, the minister said on Thursday, out of about 10,000 that the country has sent to Russia.',
    'the minister', 'said', 'Up to 8,000 troops are now in the Kursk region'],
  ['Officials warned that the storm could cause flooding.', 'Officials', 'warned', 'the storm could cause flooding'],
  // a month after the name is no part of the source, though "a poll released in late August" keeps its time
  ['Clark in October revealed lofty plans to expand the fleet by 30%.', 'Clark', 'revealed', 'lofty plans to expand the fleet by 30%'],
  ['A Quinnipiac University poll released in late August found that 74 percent of voters want the returns.', 'A Quinnipiac University poll released in late August', 'found', '74 percent of voters want the returns'],
  // whom it was told, with a relative clause on them, up to "that"
  ['Keith Gambill told a few thousand teachers who covered the Statehouse lawn that the Legislature should direct money toward schools.',
    'Keith Gambill', 'told', 'the Legislature should direct money toward schools'],
  // whom and where it was told, up to "that"
  ['Tim Clark told reporters at a press conference that the airline will recommence its expansion.', 'Tim Clark', 'told', 'the airline will recommence its expansion'],
  // words of speech before a comma go first, so that the verb after the name ends the source
  ['"PENCE: Well, look, you know, Mark Cuban has been out there saying Donald Trump’s not about that.', 'Mark Cuban', 'saying', 'Donald Trump’s not about that'],
  ['A senior official who spoke on condition of anonymity said the talks had stalled.', 'A senior official who spoke on condition of anonymity', 'said', 'the talks had stalled'],
  ['In a statement, the ministry said the border would stay closed.', 'the ministry', 'said', 'the border would stay closed'],
  ['He added that prices were rising.', 'He', 'added', 'prices were rising'],
  ['The report suggested that the economy is slowing.', 'The report', 'suggested', 'the economy is slowing'],
  ['Jones insisted the vote was fair, but conceded that turnout was low.', 'Jones', 'conceded', 'turnout was low'],
  ['There are also indications that the army intends to withdraw by June.', null, 'There are also indications that', 'the army intends to withdraw by June'],
  // "it" as the empty subject of "it is/was …" is no source; "it" that stands for an organisation is one
  ['It was reported that 40 people died.', null, 'was reported', '40 people died'],
  ['It has been suggested that the vote was rigged.', null, 'has been suggested', 'the vote was rigged'],
  ["It's worth noting that the deal was signed in May.", null, 'noting', 'the deal was signed in May'],
  ['The agency issued a warning. It said demand had fallen.', 'It', 'said', 'demand had fallen'],
  ['The agency issued a warning. It has said that more storms are likely.', 'It', 'has said', 'more storms are likely'],
  ['The union issued a warning to its members, urging them to stay at home.', 'The union', 'issued a warning', 'urging them to stay at home'],
  // The tagger finds "those who | fail | to push …" inside the content; a cue without a reporting word runs on in it.
  ['In his remarks, Zelensky stressed that if Russia is able to expand the war, those who fail to push for peace are indirectly helping Putin.', 'Zelensky', 'stressed', 'if Russia is able to expand the war, those who fail to push for peace are indirectly helping Putin'],
  // a source is the phrase that names the speaker: a closing bracket it opened, a time after a participle,
  // the name after a short title; not adverbs or auxiliaries before the verb, an introductory phrase,
  // a relative pronoun, or the clause before it
  ['Rep. Ann Moore (D-Ohio) said Friday that the vote was rushed.', 'Rep. Ann Moore (D-Ohio)', 'said', 'the vote was rushed'],
  ['A state audit released last month found that the agency had lost track of $2 million.', 'A state audit released last month', 'found', 'the agency had lost track of $2 million'],
  ['The ferry operator just this week announced that fares would rise.', 'The ferry operator', 'announced', 'fares would rise'],
  ['Along with the dispute over the budget, the council this month rejected a plan to close the library.', 'the council', 'rejected', 'to close the library'],
  ['The figures came from the county sheriff’s office which reported that arrests had fallen.', 'the county sheriff’s office', 'reported', 'arrests had fallen'],
  ['The tariffs will hurt farmers, said Mr. Grant, the lawyer for the growers.', 'Grant', 'said', 'The tariffs will hurt farmers'],
  ["Donald Trump's campaign said the tweets were fair.", "Donald Trump's campaign", 'said', 'the tweets were fair'],
  // a finite verb ends the subject a joined verb speaks for ("… made a condemnation … and pledged")
  ["The Security Council on Friday made a strong condemnation of the test and pledged to begin work on new sanctions.", 'The Security Council', 'pledged', 'to begin work on new sanctions'],
  ['Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam.', 'Johnnie Wilson, of Springfield, Va.', 'said', 'he had fought in Vietnam'],
  // quotation marks typed as ``…''
  ["``Our review found significant errors,'' said Michael Golden, the office's counsel.", 'Michael Golden', 'said', 'Our review found significant errors'],
  // … after a sentence the splitter joined to it, and with an initial in the speaker's name
  ["The office upheld the protest, though not all claims were upheld. ``Our review found significant errors,'' said Michael R. Golden, the counsel.", 'Michael R. Golden', 'said', 'Our review found significant errors'],
  // a participle after a comma, or a verb joined by "and", speaks for the sentence's subject
  ['The governor vetoed the bill on Tuesday, citing its cost to the state.', 'The governor', 'citing', 'its cost to the state'],
  ['The court blocked the merger and cited a threat to competition.', 'The court', 'cited', 'a threat to competition'],
  // an adverb inside a participle cue ("perhaps recognizing"); a plural in -es ("aides") is no verb
  ['The aides were pleased, perhaps recognizing that imitation is the best form of flattery.', 'The aides', 'perhaps recognizing', 'imitation is the best form of flattery'],
  // a claim whose source holds another claim's cue ("Merrill says Machado | promised") hides no claim inside it
  ['Merrill says Machado promised to keep supporting Clinton and said she would stand up to the attacks.', 'Merrill', 'said', 'she would stand up to the attacks'],
];

describe('attribution patterns', () => {
  for (const [text, source, cue, content] of CASES) {
    it(`${cue}: ${text}`, () => {
      const claims = claimsOf(text);
      const c = claims.find((x) => x.cue.text === cue);
      expect(c, `claims: ${claims.map((x) => x.cue.text).join(' | ')}`).toBeDefined();
      expect(c!.content.text).toBe(content);
      expect(c!.content.start).toBe(text.indexOf(content));
      expect(c!.cue.start).toBe(text.indexOf(cue));
      expect(c!.source?.text ?? null).toBe(source);
      if (source) expect(c!.source!.start).toBe(text.indexOf(source));
    });
  }
  it('ids run c1, c2 … in text order', () => {
    const claims = claimsOf('Jones insisted the vote was fair, but conceded that turnout was low.');
    expect(claims.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(claims[0].cue.text).toBe('insisted');
  });
  it('a text without attribution has no claims', () => {
    expect(claimsOf('The river rose two metres overnight and the bridge was closed.')).toEqual([]);
  });
});

describe('contents without words', () => {
  it('"declined 0.3%" is a movement, "declined to comment" a refusal', () => {
    expect(claimsOf('The Hang Seng index declined 0.3% on Tuesday, and the yen rose 1.2%.').map((c) => c.content.text)).toEqual([]);
    expect(claimsOf('Shares declined by 5 points after the report.').map((c) => c.cue.text)).toEqual([]);
    expect(claimsOf('The company declined to comment on the report.').map((c) => c.stance)).toEqual(['decline']);
  });
});

describe('turns of phrase', () => {
  it('"That said, …" is no claim', () => {
    expect(claimsOf('That said, both borders matter to the agency.')).toEqual([]);
    expect(claimsOf('The ministry said that prices would rise.').map((c) => c.cue.text)).toEqual(['said']);
  });
  it('a claim whose source runs from another claim\'s source into its content is not made', () => {
    const text = 'According to company statistics, about one out of every 200 phone users has called about the antenna.';
    expect(claimsOf(text).map((c) => [c.source?.text, c.cue.text])).toEqual([['company statistics', 'According to']]);
  });
  it('a capitalised word inside a name is no cue, but a title-case headline keeps its cues', () => {
    expect(claimsOf('Consumer Reports declined to give the phone a recommended rating, the magazine said.').map((c) => c.cue.text)).toEqual(['said']);
    expect(claimsOf('Gold Star Mom Says Obama Is Wrong On Terror').map((c) => c.cue.text)).toEqual(['Says']);
  });
});

describe('contents across sentences', () => {
  it('what is reported without quotation marks ends with its sentence', () => {
    const text = 'The Government Accountability Office called for a re-run of the bidding, citing major flaws in the procurement process. This imperils the plan to assemble the tankers in Alabama.';
    expect(claimsOf(text).map((c) => [c.cue.text, c.content.text])).toEqual([
      ['called for', 'a re-run of the bidding'], ['citing', 'major flaws in the procurement process']]);
  });
  it('a claim whose content would start in the next sentence, with nothing opening it, is not made', () => {
    const text = 'Apple plans a new laptop next year, according to industry sources cited by the Taipei newspaper. A preview of the report was shared with subscribers.';
    expect(claimsOf(text).filter((c) => c.content.start >= text.indexOf('A preview'))).toEqual([]);
  });
  it('a quotation that opens the next sentence may still be the content', () => {
    const text = 'The minister gave her reasons on Friday. "We cannot wait any longer," she said.';
    const c = claimsOf(text).find((x) => x.cue.text === 'said');
    expect(c?.content.text).toBe('We cannot wait any longer');
  });
});

/** Claims of a text with the entities the ledger resolves against. */
function withEntities(text: string) {
  return claimsOf(text, extractEntities(analyse(text))).map((c) => [c.source?.text ?? null, c.cue.text, c.content.text]);
}

// text | the claims made with a colon as their cue: [source, content]
const LABELS: Array<[string, Array<[string, string]>]> = [
  // a transcript's turns: labels in capitals opening two or more paragraphs
  ['Partial transcript as follows:\n\n"WALLACE: Will she be there tomorrow night?\n\n"PENCE: She will not be attending the debate.',
    [['WALLACE', 'Will she be there tomorrow night'], ['PENCE', 'She will not be attending the debate']]],
  ['JAKE TAPPER: The video was released on Friday.\n\nTRUMP: The deaths were tragic and we must come together.',
    [['JAKE TAPPER', 'The video was released on Friday'], ['TRUMP', 'The deaths were tragic and we must come together']]],
  // a headline crediting a statement to a name the text gives
  ['Elizabeth Warren: Bank Chief Should Be Criminally Investigated\n\nSen. Elizabeth Warren grilled the bank’s chief executive on Tuesday.',
    [['Elizabeth Warren', 'Bank Chief Should Be Criminally Investigated']]],
  // inside a paragraph: a name, a colon and a quotation
  ['The debate turned to refugees. John Kerry: “By law, the president sets the number of refugees.” The audience applauded.',
    [['John Kerry', 'By law, the president sets the number of refugees']]],
  // one label in capitals is no transcript; a heading of capitalised words is no speaker
  ['UPDATE: The vote was postponed to Friday.\n\nThe council met on Monday.', []],
  ['UPDATE: The vote was postponed to Friday.\n\nWATCH: The council met on Monday.\n\nEDITOR\'S NOTE: This story was corrected.', []],
  ['The Gap Goes On: The assembly established a new agency for women.\n\nIt was founded in 2010.', []],
  // after the first paragraph, a team or a body before a colon heads its notes, it does not speak
  ['The Lakers beat the Thunder on Tuesday.\n\nLakers: Kyle Kuzma left the court in the second quarter with an eye abrasion.', []],
  // a place in capitals opening a story is a dateline; a list of charges after a name says nothing
  ['NEW DELHI: Nearly 150 Indians returned home on Wednesday after being deported.', []],
  ['Police arrested two people.\n\nChristopher L. Tays: Two county warrants, possession of marijuana, held in jail with no bond.\n\nRyan S. Hollman: Dealing in methamphetamine, held in jail in lieu of $326,000 bond.', []],
];

describe('a pronoun after a relative word', () => {
  it('is the speaker ("problems … that he | blamed | on Obama")', () => {
    const c = claimsOf('Trump cited problems in the Middle East, China and elsewhere that he blamed on Obama.').find((x) => x.cue.text === 'blamed');
    expect(c?.source?.text).toBe('he');
  });
});

describe('a headline crediting a state', () => {
  it('"US: Over 3,000 North Korean Troops Training in Russia" is the United States\' claim, verb or none, capitals or not', () => {
    const text = 'US: Over 3,000 North Korean Troops Training in Russia\n\nAt least 3,000 soldiers have been sent to Russia, the United States said.';
    const a = analyse(text, text.indexOf('At least'));
    const claims = extractClaims(a, extractEntities(a));
    expect(claims.filter((c) => c.cue.text === ':').map((c) => [c.source?.text, c.content.text])).toEqual([['US', 'Over 3,000 North Korean Troops Training in Russia']]);
  });
});

describe('speakers named by a label and a colon', () => {
  it.each(LABELS)('%s', (text, expected) => {
    expect(withEntities(text).filter(([, cue]) => cue === ':').map(([s, , c]) => [s, c])).toEqual(expected);
  });
});

// text | the cue | its source (null: none named)
const PASSIVES: Array<[string, string, string | null]> = [
  // the subject of a passive is what was said or done, not who said it
  ['About one of every nine voters is expected to be Latino in the next election.', 'is expected', null],
  ['The new names were announced to be Daimler AG and Chrysler Holding LLC.', 'were announced', null],
  // a participle of state holds the subject's view, as an adjective would
  ['We are convinced that this is the only country in which one can come from zero.', 'are convinced', 'We'],
  ['Protesters were frustrated that the police released only some of the footage.', 'were frustrated', 'Protesters'],
  // the agent after the passive is who speaks
  ['The plan was criticized by the mayor as wasteful.', 'was criticized', 'the mayor'],
  ['The new iPhone was praised by Jobs as the biggest leap since the original iPhone.', 'was praised', 'Jobs'],
];

describe('passive cues', () => {
  it.each(PASSIVES)('%s', (text, cue, source) => {
    const c = claimsOf(text).find((x) => x.cue.text === cue);
    if (!c) return expect.unreachable(`no claim with the cue "${cue}"`);
    expect(c.source?.text ?? null).toBe(source);
  });
});

describe('headings, suppositions and requests', () => {
  it('a section heading in capitals run into the paragraph is no part of the source', () => {
    expect(claimsOf('THE MANY CAVEATS Plenty of economists say the plan will fail.').map((c) => c.source?.text)).toEqual(['Plenty of economists']);
  });
  it('"Let\'s say …" is a supposition and "please read …" a request of the reader: no claim names them', () => {
    expect(claimsOf("SAVE A QUARTER Let's say you think a degree will cost $160,000 in 18 years.").filter((c) => c.cue.text === 'say')).toEqual([]);
    expect(claimsOf('If you are in that situation, please read the two guides we published in 2014.').filter((c) => c.source?.text === 'please')).toEqual([]);
  });
});

// text | cue | whether the claim is a direct quotation
const DIRECT: Array<[string, string, boolean]> = [
  ['“We are ready,” she said.', 'said', true],
  // a phrase in straight quotation marks inside an indirect content is a mixed quotation
  ['Union secretary Maria Olsen said the agreement was "a fair result for a hard week".', 'said', false],
  ['She said: “We are ready.”', 'said:', true], // (PolNeAR's cues keep the colon)
  // a phrase quoted inside the content is a mixed quotation
  ['She said the plan was “a disaster.”', 'said', false],
  ['Trump openly admires Russian President Vladimir Putin as a “strong leader,” comparing him to others.', 'openly admires', false],
  // a quotation that opens a clause after a comma is direct
  ['Kirby warned that if they do, “they will become legitimate military targets.”', 'warned', true],
];

describe('quotation marks inside a content', () => {
  it('a phrase quoted inside the content keeps its closing mark', () => {
    expect(claimsOf('Trump blasted the American media for being “unbelievably dishonest.”').map((c) => c.content.text))
      .toEqual(['the American media for being “unbelievably dishonest.”']);
  });
});

describe('direct and mixed quotations', () => {
  it.each(DIRECT)('%s', (text, cue, direct) => {
    const c = claimsOf(text).find((x) => x.cue.text === cue);
    if (!c) return expect.unreachable(`no claim with the cue "${cue}"`);
    expect(c.direct).toBe(direct);
  });
});

describe('cues that are not reporting', () => {
  it('a cue with no verb or noun in it makes no claim', () => {
    const text = 'Trump openly admires Russian President Vladimir Putin as a “strong leader,” comparing him favorably to President Obama.';
    expect(claimsOf(text).map((c) => c.cue.text)).not.toContain('favorably');
  });
  it('a passive with no agent whose content opens with a preposition is no claim', () => {
    expect(claimsOf('Several new applications were added in OS X Lion, dubbed Mission Control.')).toEqual([]);
  });
  it('an article or demonstrative before a cue word makes it a noun; a possessive is a source', () => {
    expect(claimsOf('Ford said its profit rose. The reports surprised most analysts.').map((c) => c.cue.text)).toEqual(['said']);
    expect(claimsOf('His claim that the vote was rigged drew scorn.').map((c) => [c.source?.text, c.cue.text])).toEqual([['His', 'claim']]);
  });
});

// text | [source, cue, content] of every claim made
const NESTED: Array<[string, Array<[string | null, string, string]>]> = [
  // a claim reported inside another's content stops before the outer claim's source and cue
  ['Clinton had told police officials that she did not want the escort, the source added.',
    [['the source', 'added', 'Clinton had told police officials that she did not want the escort'], ['Clinton', 'had told', 'she did not want the escort']]],
  // a claim with no source inside what another said is part of it
  ["``Our second-quarter figures clearly show Acme is making real progress despite the slump,'' said the company's chief executive officer, Maria Lopez. ``We still face a hard road ahead.''",
    [["the company's chief executive officer, Maria Lopez", 'said', 'Our second-quarter figures clearly show Acme is making real progress despite the slump'],
      // (and the quotation after it, opened with two backticks, runs on as the same speaker's)
      ["the company's chief executive officer, Maria Lopez", 'said', 'We still face a hard road ahead']]],
  // quotations credited after a dash, one after another, with a claim reported inside the first
  ['“She has said unkind things again and again about our town.” ― Rosa Delgado “He is someone no sensible voter would pick.” ― Tomas Rivera',
    [['Rosa Delgado', '―', 'She has said unkind things again and again about our town'], ['She', 'has said', 'unkind things again and again about our town'],
      ['Tomas Rivera', '―', 'He is someone no sensible voter would pick']]],
  // a claim that names no source, inside what another claim reported, is part of it
  ['Acme sued Miller to block him from joining Zenith, but a deal was reached after he testified that no Acme trade secrets had been disclosed to Zenith.',
    [['Acme', 'sued', 'Miller to block him from joining Zenith'], ['he', 'testified', 'no Acme trade secrets had been disclosed to Zenith']]],
  // "…,” but pledged": a verb joined to the subject, not "C, X said" with "but" as X
  ['Demonstrators said they want “justice for Terrence,” but pledged to remain civil.',
    [['Demonstrators', 'said', 'they want “justice for Terrence,” but pledged to remain civil']]],
  // words of speech before the speaker are no part of the source, and the source is no part of the cue
  ['PENCE: Well, look, you know, Mark Cuban has been out there saying some pretty tough stuff about my running mate.',
    [['Mark Cuban', 'has been out there saying', 'some pretty tough stuff about my running mate']]],
  // how often is no one: the verb joined by "and" is still the subject's
  ['The president said the plan would work, and several times described the new cars as better.',
    [['The president', 'said', 'the plan would work'], ['The president', 'described', 'the new cars as better']]],
  // "you know", "I mean" set off by commas are words of speech
  ['Mark Cuban, you know, has been saying some pretty tough stuff about my running mate.',
    [['Mark Cuban', 'has been saying', 'some pretty tough stuff about my running mate']]],
];

describe('claims inside claims, and sources next to cues', () => {
  it.each(NESTED)('%s', (text, expected) => {
    expect(claimsOf(text).map((c) => [c.source?.text ?? null, c.cue.text, c.content.text])).toEqual(expected);
  });
});

// text | every claim made: [source, cue, content]
const WHOLE: Array<[string, Array<[string | null, string, string]>]> = [
  // a reporting verb that closes the sentence after its short subject: the plain form, and verbs too loose to fire elsewhere
  ['The program has expanded well beyond its original intent, experts say.', [['experts', 'say', 'The program has expanded well beyond its original intent']]],
  ['The senator went to the hospital, The Post has learned.', [['The Post', 'has learned', 'The senator went to the hospital']]],
  ['Large sections of the city are divided by race and income, other studies have shown.', [['other studies', 'have shown', 'Large sections of the city are divided by race and income']]],
  // … but not a noun of the same spelling, a passive, a modal, or a subject that is no plain noun phrase
  ['North Korea may be seeking advanced technology from Russia, as well as security guarantees.', []],
  ['The agreement allows the suspension to be reinstated if Boeing is indicted, or if new evidence is found.', []],
  ['They noted his attorney offered to have Pagliano appear at a closed session, but Chaffetz declined.', [['They', 'noted', 'his attorney offered to have Pagliano appear at a closed session']]],
  ['The plane is now expected in 2019, not 2015 as previously hoped.', []],
  // a content ends where another speaker's clause begins after ", and"
  ['Obama emphasized that the reforms were not complete, and human rights groups warned that the administration was giving up leverage.',
    [['Obama', 'emphasized', 'the reforms were not complete'], ['human rights groups', 'warned', 'the administration was giving up leverage']]],
  // the comma of a date ends no introductory phrase; a passive verb joined to the subject speaks for no one
  ['A similar suit was filed in California, but on September 21, 2004 the parties agreed to have the case heard by the UK court.',
    [['the parties', 'agreed', 'to have the case heard by the UK court']]],
  ['Cerberus led a consortium that acquired a stake in GMAC, and is said to be planning to invest in Delphi.', [[null, 'is said', 'to be planning to invest in Delphi']]],
  // a noun after its modifier is no cue, and a lone adverb before a comma names no one
  ['Conversely, PolitiFact rated 22% of Democratic claims as “entirely true” compared to 11% of Republican claims.', []],
  // a verb of seeming before an adjective describes; before a reporting verb, the subject speaks
  ['The next year, the Taliban released two videos of them in which the hostages appeared pale and gaunt.', []],
  ['Trump appeared to suggest that the vote was rigged.', [['Trump', 'appeared to suggest', 'the vote was rigged']]],
  // an aside between spaced hyphens (wire copy) or dashes: the subject before it speaks
  ['The Palestinian Authority - which considers the US biased - called for an emergency meeting.',
    [['The Palestinian Authority', 'considers', 'the US biased'], ['The Palestinian Authority', 'called for', 'an emergency meeting']]],
  ['The Palestinian Authority - which considers the US biased - said the meeting was urgent.',
    [['The Palestinian Authority', 'said', 'the meeting was urgent']]],
  // "according to" right after a claim's cue reports that claim; it makes no claim holding it
  ['"Here we are on a historic day," he told settler leaders, according to a statement.', [['he', 'told', 'Here we are on a historic day']]],
  ["Scott's relatives watched the police videos on Thursday, according to their attorneys.",
    [['their attorneys', 'according to', "Scott's relatives watched the police videos on Thursday"]]],
  // a closing quotation mark typed as two right single quotes ("’’", smart quotes made of "''"), before a named speaker
  ['“It was an attempt to mislead voters,’’ Will Moy, chief executive of the fact-checking website Full Fact, told the BBC.',
    [['Will Moy', 'told', 'It was an attempt to mislead voters']]],
  // sentence adverbs set off by commas are no speaker; "issued a statement warning that" reports what follows "that"
  ['The Electoral Commission issued a statement warning that “voters are entitled to transparency.’’ Critically, however, it pointed out that it has no role.',
    [['The Electoral Commission', 'issued a statement', 'voters are entitled to transparency'], ['it', 'pointed out', 'it has no role']]],
  // a verb joined to a copula's clause speaks for its subject; what is said never opens with a conjunction
  ['Vietnam is one of the region’s most vocal critics of China’s sweeping territorial claims in the South China Sea and has accused Beijing of encroaching into its waters.',
    [['Vietnam', 'has accused', 'Beijing of encroaching into its waters']]],
  ['“The United States firmly opposes intimidation by any claimant to assert its territorial or maritime claims, and we call for an end to the bullying and unlawful activities,” Esper said.',
    [['Esper', 'said', 'The United States firmly opposes intimidation by any claimant to assert its territorial or maritime claims, and we call for an end to the bullying and unlawful activities']]],
  // a passive cue ending in "as": its subject is what is spoken of, no source
  ['This decision has been seen as “seriously weakening” the power of the chief executive.', [[null, 'has been seen as', 'seriously weakening” the power of the chief executive']]],
  // a manner adverb before an adjunct keeps it an adjunct; "said firmly that C" reports C
  ['Kurt Volker and Tim Morrison testified side-by-side before the House Intelligence Committee on Tuesday.', []],
  ['She said firmly that the plan would fail.', [['She', 'said', 'the plan would fail']]],
  // a noun with a relative clause whose subject is a name is no speaker ("a prospect Vindman denied")
  ['Morrison said others had raised concerns about Vindman leaking information, a prospect Vindman denied earlier in the day.',
    [['Morrison', 'said', 'others had raised concerns about Vindman leaking information']]],
  // a subordinate clause alone before a trailing verb tells when, it is not what was said
  ['As the charges were unsealed in New York, Hawk Sawyer testified before the Senate Judiciary Committee in Washington.', []],
  ['When the war ends, we will rebuild, the minister said.', [['the minister', 'said', 'When the war ends, we will rebuild']]],
  // one speaker of two quotations around one cue is resolved against the first
  ['Sasse said the charges are overdue.\n\n"Heads needed to roll the day Jeffrey Epstein died," he said. "The Bureau of Prisons needs to start giving the public some answers."',
    [['Sasse', 'said', 'the charges are overdue'], ['he', 'said', 'Heads needed to roll the day Jeffrey Epstein died'], ['he', 'said', 'The Bureau of Prisons needs to start giving the public some answers']]],
  // a reported "that" clause cut after its subject right before another cue: the subject speaks for that cue
  ["When the officers discovered Epstein's body Aug. 10, prosecutors alleged that Noel and Thomas both acknowledged to supervisors that they had not made their required checks.",
    [['prosecutors', 'alleged', 'Noel and Thomas both acknowledged to supervisors that they had not made their required checks'], ['Noel and Thomas', 'both acknowledged', 'they had not made their required checks']]],
  // a participle opening the sentence speaks for the subject after its phrase, and its phrase is no content of the main verb
  ['Noting that on Earth a bacterium can survive on acetylene and water, Malaska asked, "Could something like it live on Titan?"',
    [['Malaska', 'Noting', 'on Earth a bacterium can survive on acetylene and water'], ['Malaska', 'asked', 'Could something like it live on Titan']]],
  ['Citing security concerns, the ministry said the border would stay closed.', [['the ministry', 'said', 'the border would stay closed']]],
  ['As if all of this hedging wasn\'t enough to strengthen suspicion, Andrew said he doesn’t regret his relationship with Epstein.',
    [['Andrew', 'said', 'he doesn’t regret his relationship with Epstein']]],
  // a title's full stop in the speaker after the comma ends no sentence, and the speaker keeps the bracket it opens
  ['Trump could embrace a clean energy policy, Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday.',
    [['Sen. Lindsey Graham (R-S.C.)', 'told', 'Trump could embrace a clean energy policy']]],
  // an infinitive content ends before a past verb joined to its cue; infinitives joined to each other stay
  ['Andy Beshear promised to protect Medicaid and hammered Bevin on his plan for work requirements.', [['Andy Beshear', 'promised', 'to protect Medicaid']]],
  ['He promised to cut taxes and raise wages.', [['He', 'promised', 'to cut taxes and raise wages']]],
  // where it was said is no part of who said it
  ['“Our results were strong,” said CEO Craig Menear in the company’s news release.', [['Craig Menear', 'said', 'Our results were strong']]],
  ['“We note the hurricane,” Fadem wrote in a Tuesday research report.', [['Fadem', 'wrote', 'We note the hurricane']]],
  // a speaker named after the verb with an adjective in -ed before the name ("certified financial planner")
  ['It’s crucial to keep your spending in check, but you can only cut costs to a certain degree, says certified financial planner Eric Roberge.',
    [['Eric Roberge', 'says', 'It’s crucial to keep your spending in check, but you can only cut costs to a certain degree']]],
  // the reader addressed as "you" is no speaker the text reports
  ['If you’re planning to retire early, you should aim to have 25 times your annual expenses saved.', []],
  // "Having said that" is a turn of phrase; an auxiliary alone is no cue
  ['(Having said that, there are some economists who argue that corporate taxes should be very little.)', []],
  // a participle after a comma speaks for the subject of a joined or adverbial clause right before it, not of a reported one
  ['In May, NASA awarded task orders to Astrobotic, but OrbitBeyond canceled its task order two months later, citing internal business issues.',
    [['OrbitBeyond', 'citing', 'internal business issues']]],
  ['He said the talks had failed, adding that he would try again.', [['He', 'said', 'the talks had failed'], ['He', 'adding', 'he would try again']]],
  // a paragraph that ends with "X added:" introduces the next one, even when a claim is made inside it
  ['Christie spoke on Wednesday.\n\nThe governor added:\n\nIt is typical of Hillary Clinton. She knows nothing, but the mouth never stops.',
    [['The governor', 'added', 'It is typical of Hillary Clinton. She knows nothing, but the mouth never stops']]],
];

describe('whole sentences: every claim made', () => {
  for (const [text, want] of WHOLE) {
    it(text, () => {
      expect(claimsOf(text).map((c) => [c.source?.text ?? null, c.cue.text, c.content.text])).toEqual(want);
    });
  }
});

describe('rule matches', () => {
  it('what is said never opens with a conjunction: "… maritime claims, and we call for …" gives "claims" no claim', async () => {
    const { matchSentence } = await import('../../../src/extract/attribution/rules.js');
    const text = '“The United States firmly opposes intimidation by any claimant to assert its territorial or maritime claims, and we call for an end to the bullying,” Esper said.';
    const a = analyse(text);
    const s = a.sentences[0];
    const cues = matchSentence(a, s.first, s.last).map((m) => a.text.slice(a.tokens[m.cue[0]].start, a.tokens[m.cue[1] - 1].end));
    expect(cues).not.toContain('claims');
    expect(cues).toContain('said');
  });
});

describe('cues with no word of their own', () => {
  it('an auxiliary alone, with or without a quotation mark, is no cue; a verb of saying or a colon is', async () => {
    const { wordlessCue } = await import('../../../src/extract/attribution/cleanup.js');
    const a = analyse('And that’s all he has “the root of all evil.” She said: no.');
    const at = (w: string) => a.tokens.findIndex((t) => t.text === w);
    expect(wordlessCue(a, [at('has'), at('has') + 2])).toBe(true);
    expect(wordlessCue(a, [at('said'), at('said') + 1])).toBe(false);
    expect(wordlessCue(a, [at(':'), at(':') + 1])).toBe(false);
  });
});
