import { describe, expect, it } from 'vitest';
import { describeEntities } from './helpers.js';

// Repairs of the tagger's spans: text → entities expected among the output.
const CASES: Array<[string, string[]]> = [
  // a middle initial stays inside the name (the tagger reads "R." as one word, as the treebank has it)
  ['The ruling was signed by Michael R. Golden, the agency’s general counsel.', ['PER Michael R. Golden: Michael R. Golden@25']],
  ['President George W. Bush spoke in Texas.', ['PER George W. Bush: George W. Bush@10', 'GPE Texas: Texas@34']],
  // adjacent pieces of one name, and a dotted and an undotted spelling, are one entity
  ['Workers at the U.S. Air Force base were told on Monday. The US Air Force declined to comment.', ['ORG U.S. Air Force: U.S. Air Force@15, US Air Force@60']],
  // quotes at the edges are not part of a name
  ['Officials said the “New GM” would be smaller.', ['ORG New GM: New GM@20']],
  ['Analysts called it a “Brexit” moment for the euro.', ['MISC Brexit: Brexit@22']],
  // a title split off an organisation name; a person after a lower-case role noun
  ['U.S. Treasury Secretary Janet Yellen indicated that the funds would come from frozen assets.', ['ORG U.S. Department of the Treasury: U.S. Treasury@0', 'PER Janet Yellen: Janet Yellen@24']],
  ['Opposition lawmaker Lee Jae-myung said the vote was rigged.', ['PER Lee Jae-myung: Lee Jae-myung@20']],
  // an acronym in brackets and later alone joins its long form
  ['Shares of International Business Machines (IBM) fell on Monday. IBM said sales had dropped.', ['ORG International Business Machines: International Business Machines@10, IBM@43, IBM@64']],
  // brackets inside a tagged name split it, and the acronym joins its long form; a possessive is not part of a name
  ['The deal was backed by the United Auto Workers (UAW) union on Friday.', ['ORG United Auto Workers: United Auto Workers@27, UAW@48']],
  ['Shares of Apple Computer’s rivals fell.', ['ORG Apple Computer: Apple Computer@10']],
  // an untagged title-case word right before an organisation inside a sentence belongs to its name
  ['Analysts said General Motors would cut jobs.', ['ORG General Motors: General Motors@14']],
  // … and a brand with a lower-case first letter
  ['Shares of iRobot Corp fell 5 percent on Monday.', ['ORG iRobot Corp: iRobot Corp@10']],
  // a name after a personal honorific or a short title is a person's, found when the tagger missed it
  ['Ms. Okonjo-Iweala, the finance minister, told reporters that Nigeria would repay the loan.', ['PER Okonjo-Iweala: Okonjo-Iweala@4', 'GPE Nigeria: Nigeria@61']],
  ['Moscow said nothing. Mr Lavrov later called it a provocation.', ['PER Lavrov: Lavrov@24']],
  // a name the tagger began at its possessive begins at the word it is written onto
  ['Liu said that the People’s Liberation Army could be deployed.', ['ORG People’s Liberation Army: People’s Liberation Army@18']],
  // a state's or a body's partners named as a group are an entity of their own (the state stays itself)
  ['Zelensky has called on Kyiv’s allies to act decisively.', ['ORG Ukraine\'s allies: Kyiv’s allies@23', 'GPE Ukraine: Kyiv@23']],
  ['Russia warned its neighbours. Russia\'s Western partners said nothing.', ['ORG Russia\'s partners: Russia\'s Western partners@30']],
  // a country's alternative spelling that begins an organisation named before is that organisation; "the Emirates" alone is the state
  ['DUBAI, United Arab Emirates — Emirates Airline finalized a deal. Emirates is opting for its rights.', ['ORG Emirates Airline: Emirates Airline@30, Emirates@65', 'GPE United Arab Emirates: United Arab Emirates@7']],
  ['The Emirates and Qatar signed a deal.', ['GPE United Arab Emirates: Emirates@4']],
  // the country a role is posted to, run into the holder's name, is two names
  ['China’s ambassador to Britain Liu Xiaming said the army could be deployed. Liu spoke in London.', ['GPE United Kingdom: Britain@22', 'PER Liu Xiaming: Liu Xiaming@30, Liu@75']],
  // a plain lower-case word never ends a name of capitalised words
  ['The suspect was found at a Forest Hill hotel on Saturday.', ['GPE Forest Hill: Forest Hill@27']],
  // a piece opening with a function word that goes on with an organisation's name is part of it
  ['In 2010, the laboratory of Stephen Liggett, who was then at the University of Maryland School of Medicine, reported the finding.',
    ['ORG University of Maryland School of Medicine: University of Maryland School of Medicine@64']],
  // a title written as a name keeps the body it belongs to (not a title modifier, nor an unknown first word)
  ['The United Nations High Commissioner for Human Rights said the decision changed nothing.', ['ORG United Nations: United Nations@4']],
  // well-known movements and news agencies are organisations however the tagger typed or cut them, one entity by any spelling
  ['The Taliban released two videos, an insurgent source told Agence France-Presse, which AFP confirmed.',
    ['ORG Taliban: Taliban@4', 'ORG Agence France-Presse: Agence France-Presse@58, AFP@86']],
  ['Hezbollah fired rockets, according to Yonhap. Islamic State and Boko Haram claimed attacks, and ISIS fighters fled.',
    ['ORG Hezbollah: Hezbollah@0', 'ORG Yonhap: Yonhap@38', 'ORG Islamic State: Islamic State@46, ISIS@96', 'ORG Boko Haram: Boko Haram@64']],
  ['Fighters of the Afghan Taliban crossed the border.', ['ORG Afghan Taliban: Afghan Taliban@16']],
  // a one-word name before "administration" or "campaign" is a person's
  ['Russia rejected the Trump administration as a mediator.', ['PER Trump: Trump@20']],
  // a name of several words that ends in an organisation's head word and acts is an organisation
  ['The Arab League condemned the unilateral move.', ['ORG Arab League: Arab League@4']],
  // a role noun inside an organisation's name that ends in its head is no title
  ['She spoke at the Republican Governors Association on Monday.', ['ORG Republican Governors Association: Republican Governors Association@17']],
  // a title in full before a name makes it a person's, there and wherever the same name stands alone
  // (the tagger, trained on 1990s news, knows "Trump" as a business)
  ['In each case, President Trump tied himself to the outcome. Trump sent a similar message.', ['PER Trump: Trump@24, Trump@59']],
  ['The plan was signed by Governor Beshear on Monday.', ['PER Beshear: Beshear@32']],
  ['The bill was drafted by Sen. Tim Kaine and Gov. Andrew M. Cuomo.', ['PER Tim Kaine: Tim Kaine@29', 'PER Andrew M. Cuomo: Andrew M. Cuomo@48']],
  // an honorific alone is no name; a state as AP style writes it after a town and a comma is the state
  ['Miss Jones said the party was over.', ['PER Jones: Jones@5']],
  ['The plant in Albany, N.Y., will close, and another in Eugene, Ore., will open.', ['GPE New York: N.Y.@21', 'GPE Oregon: Ore@62']],
  // a short name whose appositive ends in a lower-case role noun is a person
  ['Lloyd Austin, the U.S. defense secretary, met his Japanese counterpart.', ['PER Lloyd Austin: Lloyd Austin@0']],
  // a title inside an organisation's name runs over all its capitalised title words
  ['Aer Lingus Chief Executive Dermot Mannion said the airline would grow.', ['ORG Aer Lingus: Aer Lingus@0', 'PER Dermot Mannion: Dermot Mannion@27']],
  // a capital of a dependent territory does not stand for it ("Douglas" is the Isle of Man's capital)
  ['Douglas said the plan would fail.', []],
  // a state right before an organisation's name of two title-case words is part of it, and the name cut
  // short later joins it
  ['China Eastern Airlines said it had signed a contract. The deal was approved by China Eastern’s board.', ['ORG China Eastern Airlines: China Eastern Airlines@0, China Eastern@79']],
  ['Shares of Japan Display Inc rose on Monday.', ['ORG Japan Display Inc: Japan Display Inc@10']],
  // … but a state before one word of a body stays a state
  ['The bill was rejected in the United States Senate on Thursday.', ['GPE United States: United States@29']],
  // a title at the end of an organisation's name leaves the organisation, and no title word as a person
  ['Steve Jobs, the Apple Chief Executive Officer, announced the phone at a conference.', ['ORG Apple: Apple@16', 'PER Steve Jobs: Steve Jobs@0']],
  // peoples and directions before a people are a people, of the last word's country or region
  ['Nearly 10% of the voters of Wisconsin are Polish American. Lithuanian Americans agree.', ['NORP Polish American: Polish American@42', 'NORP Lithuanian American: Lithuanian Americans@59']],
  ['The ballot was a blow to North Korean and South African officials.', ['NORP North Korean: North Korean@25', 'NORP South African: South African@42']],
  // a line of results in title case is no headline: its names stand without the body naming them
  ['Result and close of play scores on Friday.\nChester-le-Street : Glamorgan 259 and 207 ( A. Dale 69 , H. Morris 69 ; D. Blenkiron 4-43 ) , Durham 114 .', ['PER A. Dale: A. Dale@87', 'ORG Durham: Durham@137']],
  ['Leading scores after the first round on Thursday:\nMark Calcavecchia , Payne Stewart , Billy Mayfair , Tiger Woods , Steve Jurgenson', ['PER Billy Mayfair: Billy Mayfair@86', 'PER Steve Jurgenson: Steve Jurgenson@116']],
  // a plural possessive before a body's head word is one organisation's name
  ["The Dockers' Union said 1,900 of its members voted for the deal.", ["ORG Dockers' Union: Dockers' Union@4"]],
  ["National Farmers' Union leaders said prices would rise.", ["ORG National Farmers' Union: National Farmers' Union@0"]],
  // "Port X" is a town, not "Port Authority"; a name first met in a capitals dateline takes the text's case
  ['PORT HOLLIS, Nov 19 - Dock workers at Port Hollis voted on Tuesday. The Port Authority said nothing new.', ['GPE Port Hollis: PORT HOLLIS@0, Port Hollis@38', 'ORG Port Authority: Port Authority@72']],
  // a name written right before a model number is the maker ("the Airbus A330", "the Boeing 767 tanker"), but
  // not before a distance
  ['The tankers are based on the Airbus A330 MRTT. The Air Force chose Airbus over Boeing.', ['ORG Airbus: Airbus@29, Airbus@67']],
  // a name the tagger left out right after a kind of business in lower case is that business's
  ['Fiat said it intends to purchase the six percent of automaker Chrysler that the US government owns.', ['ORG Chrysler: Chrysler@62']],
  // a seat of government stands for its state where it acts, and is a place where something happens at it
  ['The Kremlin denied the report. Downing Street said nothing. Leaders met at the White House.', ['GPE Russia: Kremlin@4', 'GPE United Kingdom: Downing Street@31', 'LOC White House: White House@79']],
  // a one-word name tagged as a product that the text calls a business is an organisation
  ['Airbus wins Qatar Airways order worth $15bn\n\nEuropean aircraft manufacturer, Airbus, has won an order from Qatar Airways.', ['ORG Airbus: Airbus@0, Airbus@77']],
  // a place-like name whose head is an institution is an organisation
  ['Apple Corps lost its court case against Apple Computer in the High Court.', ['ORG High Court: High Court@62']],
];

// Names that must not come out: text | a line prefix that no entity may have.
const NOT_NAMES: Array<[string, string]> = [
  // a lower-case function word never opens a name
  ['The court fined the agents of the second respondent (Commissioner of Police) on Monday.', 'PER of Police'],
  // a month written short before its day or year is a date
  ['All parties battle to win the U.K.’s Dec. 12 election, as in Jan. 2020.', 'MISC Dec'],
  ['All parties battle to win the U.K.’s Dec. 12 election, as in Jan. 2020.', 'GPE Jan'],
  ['Steve Jobs, the Apple Chief Executive Officer, announced the phone at a conference.', 'PER Officer'],
  ['Steve Jobs, the Apple Chief Executive Officer, announced the phone at a conference.', 'PER Chief'],
  // a state's letters fused to a currency sign name the currency
  ['The airline will pay about US$ 1.4 billion for the jets.', 'GPE United States'],
  ['Tickets cost HK$ 300 in Kowloon.', 'GPE Hong Kong'],
  ['He won the Olympic 100 metres title in Atlanta. The Olympic champion retired.', 'ORG Olympic'],
  // a time zone after a clock time is part of the time
  ['The Dow Jones, was up 3.10% at 14:58 UTC, an increase of 330.89.', 'ORG UTC'],
  // a lawmaker's party and state after the name are no place of their own
  ['In October, Rep. David McKinley, R-W.Va., visited the border.', 'GPE R-W.Va.'],
  ['Sen. Ted Cruz, R-Texas, said the charges were overdue.', 'ORG R-Texas'],
  // a title alone is no person, unless someone of that name is named in full
  ['Apple Computer today launched a 3G iPhone. Steve Jobs, the Apple Chief Executive Officer, announced the development at a developers\' conference, where he promoted the iPhone.', 'PER Officer'],
  // a title after a title is no name ("Lt. Col. Alexander Vindman")
  ['Lt. Col. Alexander Vindman told lawmakers it was his duty.', 'PER Col'],
  ['Maj. Gen. John Smith agreed.', 'PER Gen'],
];

describe('not names', () => {
  it.each(NOT_NAMES)('%s has no %s', (text, prefix) => {
    const { lines } = describeEntities(text);
    expect(lines.filter((l) => l.startsWith(prefix))).toEqual([]);
  });
});

describe('span repairs', () => {
  it.each(CASES)('%s', (text, expected) => {
    const { lines, badSpans } = describeEntities(text);
    expect(badSpans).toEqual([]);
    for (const e of expected) expect(lines).toContain(e);
    expect(lines.some((l) => l.includes('Isle of Man'))).toBe(false);
  });
});

// A line in title case: its names are kept as far as the rest of the document names them.
// text | the entities expected, all of them ("TYPE name": its mentions are each place the name is written)
const TITLE_CASE: Array<[string, string[]]> = [
  // trimmed to the name the body gives ("Set" is the headline's verb), a made-up name dropped
  ['The Harbour Brothers Set Farewell Tour Of Northern Towns\n\nThe Harbour Brothers will play their last concerts in May, the band said on Monday.', ['ORG Harbour Brothers']],
  // confirmed names stay; the title's other capitalised words make no names
  ['Apple Unveils Cheaper Watch Ahead Of Busy Holiday Season\n\nApple said on Tuesday that the watch would cost less than last year’s model.', ['ORG Apple']],
  // small words in lower case and a number with its suffix do not stop a line being in title case
  ['Senator Maria Lopez Wins 3rd Term in Close Race\n\nMaria Lopez won a third term on Tuesday.', ['PER Maria Lopez']],
  // a place or people the lexicon knows stays without the body naming it
  ['Iranian Oil Exports Fall Sharply\n\nExports fell by a third in May, traders said.', ['NORP Iranian']],
  // a headline in sentence case is the tagger's alone
  ['Police in Chicago arrest two men after robbery\n\nTwo men were held overnight.', ['GPE Chicago']],
];

describe('names in title-case lines', () => {
  it('a name written with dots in the body confirms it without them in the title', () => {
    const { lines } = describeEntities('UN Envoy Arrives In Kabul For Talks\n\nThe U.N. envoy met officials in Kabul on Monday.');
    expect(lines).toEqual(['ORG United Nations: UN@0, U.N.@41', 'GPE Kabul: Kabul@20, Kabul@69']);
  });

  it.each(TITLE_CASE)('%s', (text, expected) => {
    const { lines, badSpans } = describeEntities(text);
    expect(badSpans).toEqual([]);
    const line = (e: string) => {
      const name = e.slice(e.indexOf(' ') + 1);
      const at: string[] = [];
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) at.push(`${name}@${i}`);
      return `${e}: ${at.join(', ')}`;
    };
    expect(lines).toEqual(expected.map(line));
  });
});

describe('a title written short before a name', () => {
  // The tagger reads "Rep." as one word, as the treebank writes it: the title is no name of its own.
  it.each([
    ['Rep. David McKinley argued that the country needs stronger border security.', ['PER David McKinley: David McKinley@5']],
    ['Lt. Matt Harris said officers arrested two men.', ['PER Matt Harris: Matt Harris@4']],
  ] as Array<[string, string[]]>)('%s', (text, expected) => {
    const { lines, badSpans } = describeEntities(text);
    expect(badSpans).toEqual([]);
    expect(lines).toEqual(expected);
  });
});
