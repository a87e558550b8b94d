/** Sources resolved to entities: text → the claim (by cue) → its source's entity (canonical name) and role. */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/extract/entities/index.js';
import { analyse } from '../../../src/nlp/tokenize.js';
import { claimsOf } from './helpers.js';
import { resolveSource } from '../../../src/extract/attribution/sources.js';

// text | cue | the source's entity (canonical), or null | role, or null
const CASES: Array<[string, string, string | null, string | null]> = [
  // "…,” said the firm's chief executive officer, Alan Mulally.": the name set off after the role
  ["``Our second-quarter figures clearly show Acme is making real progress despite the slump,'' said the company's chief executive officer, Maria Lopez. ``We still face a hard road ahead.''", 'said', 'Maria Lopez', "company's chief executive officer"],
  // a phrase set off by commas between the subject and its reporting verb
  ['Toyota, by contrast, believes buyers will want smaller cars.', 'believes', 'Toyota', null],
  // "the company": the organisation named most so far
  ['Toyota recalled 2 million cars on Monday. Toyota said the fault was in the brakes. Analysts at Nomura Securities expect losses. The company stated it would pay for repairs.', 'stated', 'Toyota', null],
  // "it" is an organisation or a state, not a people named before it
  ['The Polish American Congress met on Monday. Many Ukrainian and Russian voters attended. Recently, however, it issued a policy paper welcoming the plans.', 'issued', 'Polish American Congress', null],
  ['Maria Lopez arrived in Madrid on Monday. She said the talks had failed.', 'said', 'Maria Lopez', null],
  ['White House spokesman Josh Earnest said the plan would go ahead.', 'said', 'Josh Earnest', 'White House spokesman'],
  ['A reporter for USA Today reported that the candidate left early.', 'reported', 'USA Today', 'reporter for'],
  // after the name: a sentence adverb, a time or a relative clause is no role; an appositive is
  ['Emirates President Tim Clark, meanwhile, told the conference that the airline would grow.', 'told', 'Tim Clark', 'Emirates President'],
  ['Rosaly Lopes, who led the research, said the map was a first.', 'said', 'Rosaly Lopes', null],
  ['Rosaly Lopes, a planetary geologist, said the map was a first.', 'said', 'Rosaly Lopes', 'planetary geologist'],
  // a pronoun after a claim does not stand for a name inside what that claim reported
  ['China said Britain was meddling in its affairs. It warned that it would not sit on its hands.', 'warned', 'China', null],
  ['Maria Lopez said John Kirby had left. She added that the talks had failed.', 'added', 'Maria Lopez', null],
  ['The ministry said Britain and the United States were to blame. It warned that the unrest must end.', 'warned', null, null],
  // a relative pronoun stands for the name right before it, and for nothing further off
  ['The figures came from the Chicago Police Department, which reported that shootings had risen.', 'reported', 'Chicago Police Department', null],
  ['Maria Lopez spoke first and the crowd, which had waited for hours, said it was tired.', 'said', null, null],
  // "I" and "we" outside quotation marks are the writer: no entity of the text
  ['Apple released a new laptop on Monday. I think the keyboard is better.', 'think', null, null],
  ['Apple released a new laptop on Monday. We believe the keyboard is better.', 'believe', null, null],
  // a role ends before a relative clause set off by a comma and an adverb; an age or a home town is no role
  ['Michael Mulgrew, president of the United Federation of Teachers, which represents New York City educators, said the day went well.', 'said', 'Michael Mulgrew', 'president of the United Federation of Teachers'],
  ['"It was a spectacular deal," said Patrick McGinley, a law professor at West Virginia University, who has followed the case.', 'said', 'Patrick McGinley', 'law professor at West Virginia University'],
  // a relative clause that completes the role noun (no comma) stays with it
  ['"It will happen sooner," said James Acton, a physicist who is co-director of the Nuclear Policy Program.', 'said', 'James Acton', 'physicist who is co-director of the Nuclear Policy Program'],
  ['Marc H. Morial, the chief executive of the National Urban League, forcefully told a young woman that voting matters.', 'told', 'Marc H. Morial', 'chief executive of the National Urban League'],
  ['Jane Doe, 59, of Ashton, Md., who watched the ceremony, said it was moving.', 'said', 'Jane Doe', null],
  // a role before the name is the title next to it, not a subject joined to it; the person is the one
  // named outside a relative clause
  ['Trump and US Trade Representative Robert Lighthizer recognize that the deal is thin.', 'recognize', 'Robert Lighthizer', 'US Trade Representative'],
  ["Steenburgen's co-writers, Caitlyn Smith and Kate York, said the song was hard.", 'said', 'Caitlyn Smith', "Steenburgen's co-writers"],
  ['"Burma was under pressure from China," said Victor Cha, who served as Asia director under President George W. Bush.', 'said', 'Victor Cha', null],
  // the head of the phrase speaks: the last person before a comma; a name that modifies a head after it
  // ("Donald Trump's campaign", "the Clinton campaign") is tied to the phrase but gives no role
  ["Hillary Clinton's campaign manager Robby Mook said as much in an interview.", 'said', 'Robby Mook', "Hillary Clinton's campaign manager"],
  ["Donald Trump's campaign said the tweets were fair.", 'said', 'Donald Trump', null],
  ['The Clinton campaign says the ad will air on national cable stations.', 'says', 'Clinton', null],
  // a person's role noun after a party or people word is the person named before with that role
  ['Hillary Clinton, the Democratic presidential nominee, spoke in Ohio on Monday. The Democratic nominee said the economy was improving.', 'said', 'Hillary Clinton', null],
  // an honorific is no role; a bracket after the name (party and state) goes with the name
  ['"I have never been edited," Mr. King, 82, told me.', 'told', 'King', null],
  ['"It is a dog whistle," Rep. Gwen Moore (D-Wis.) said on Friday.', 'said', 'Gwen Moore', 'Rep.'],
  ['“Mitt Romney was a worthy foe,” Sen. Claire McCaskill (D-Mo.) said.', 'said', 'Claire McCaskill', 'Sen.'],
  ['"The case matters," said James P. Kennedy Jr., the U.S. Attorney for the Western District of New York.', 'said', 'James P. Kennedy Jr', 'U.S. Attorney for the Western District of New York'],
  ['Senator Dianne Feinstein, Democrat of California, said the program sent a terrible message.', 'said', 'Dianne Feinstein', 'Senator, Democrat of California'],
  // a person named inside a relative clause is not who speaks, whatever the type of the head
  ["Israeli settlers, who overwhelmingly form part of Netanyahu's right-wing constituency, said the US policy change paved the way for annexation.", 'said', 'Israeli', null],
  // a speaker's description the tagger broke in two is one source, the name first
  ['“This is mainly due to the change in wind direction,” Kurinji Selvaraj, a research analyst at the Delhi-based Council on Energy, Environment and Water think tank told CBS News.', 'told', 'Kurinji Selvaraj', 'research analyst at the Delhi-based Council on Energy, Environment and Water think tank'],
  // where a role is posted is not whom it speaks for
  ['China’s ambassador to Britain accused the UK of meddling in the country’s affairs.', 'accused', 'China', null],
  // the verb of a question before a name is no role
  ['Would Adam Schiff have pleaded to keep the identity secret?', 'have pleaded', 'Adam Schiff', null],
  // a pronoun speaker is not a name inside what they say
  ['Sen. Ben Sasse argued that the charges are overdue. “Heads needed to roll the day Jeffrey Epstein died,” he said.', 'said', 'Ben Sasse', null],
  // a person's title as a description is that person, its short form in the role read in full, not an
  // organisation whose name holds the word ("the governor" is not the Republican Governors Association)
  ['The governor, Republican Gov. Eric Holcomb, spoke at the Republican Governors Association. The governor said he was waiting for a commission.', 'said', 'Eric Holcomb', null],
  // a name set off after the speaker's role at the end of the sentence is the speaker
  ['Sondland was known for telling others he was in charge, said another witness in the impeachment probe, former White House Russia adviser Fiona Hill.', 'said', 'Fiona Hill', 'another witness in the impeachment probe, former White House Russia adviser'],
  // "I" inside a quotation in another's content is the quoted speaker
  ['Kurt Volker said he had one meeting with him, in which Giuliani “raised, and I rejected, the conspiracy theory that Biden had been influenced.”', 'rejected', 'Kurt Volker', null],
  // where someone is based is no one who speaks; an organisation after it is
  ['One Washington-based trade expert said that the deal would fail.', 'said', null, null],
  ['The London-based Reuters news agency reported the deal.', 'reported', 'Reuters', null],
  // a name, its appositive, then the sentence's verb: the source and its role end with the appositive
  ['Former President Barack Obama, the most popular Democrat in America, inserted himself into the primary by warning candidates against moving too far to the left.', 'warning', 'Barack Obama', 'Former President, most popular Democrat in America'],
  // a verb before its speaker after a quotation is a cue there however loose it is elsewhere, and a tagged claim that
  // swapped the two goes
  ['"We worked on adjusting the architecture of the spacecraft," comments Robin Biesbroek of the CDF.', 'comments', 'Robin Biesbroek', null],
  ['“We’re truly excited about our 50th Anniversary Tour,” comments Johnston in a statement, “as it’s a celebration of the band’s entire history. We’ll be performing songs from every era.”', 'comments', 'Johnston', null],
  // a possessive before a noun cue stands for whom its pronoun would
  ['Jeremy Corbyn is accused by critics of promoting high-tax policies. His refusal to say which side he would be on was met with laughter.', 'refusal to say', 'Jeremy Corbyn', null],
  // a title written as a name keeps the body it belongs to as the source
  ['The United Nations High Commissioner for Human Rights said the decision did not change the law.', 'said', 'United Nations', null],
  // people placed somewhere do not speak for the place; a name of capitalised words is no role
  ['Farmers in Iowa and across the Midwest say the drought has cut their yields.', 'say', null, null],
];

describe('sources resolved to entities', () => {
  it.each(CASES)('%s [%s]', (text, cue, entity, role) => {
    const entities = extractEntities(analyse(text)).map((e) => ({ ...e }));
    const c = claimsOf(text, entities as never).find((x) => x.cue.text === cue);
    expect(c, 'claim').toBeDefined();
    const e = entities.find((x) => x.id === c!.source?.entity);
    expect(e?.canonical ?? null).toBe(entity);
    expect(c!.source?.role ?? null).toBe(role);
  });
});

describe('claims reported through another claim', () => {
  it('a briefing from a phrase names its head: the organisation named last', () => {
    const text = "Following a briefing from South Korea’s National Intelligence Service, lawmaker Park Sun-won reported that 1,500 troops had been deployed.";
    const entities = extractEntities(analyse(text));
    const c = claimsOf(text, entities).find((x) => x.cue.text === 'reported');
    expect(entities.find((e) => e.id === c?.via)?.canonical).toMatch(/^National Intelligence Service/);
  });
  it('"we" inside what a speaker said is that speaker', () => {
    const text = '“The council has failed, and we predicted that the budget would collapse,” said Maria Lopez, the mayor.';
    const entities = extractEntities(analyse(text));
    const c = claimsOf(text, entities).find((x) => x.cue.text === 'predicted');
    expect(entities.find((e) => e.id === c?.source?.entity)?.canonical).toBe('Maria Lopez');
  });
  it('a quotation after its cue runs to its closing mark, over a claim inside it', () => {
    const text = "The Treasury said in a press release that ``The Treasury Department today announced a guaranty program for money market funds.''";
    const c = claimsOf(text).find((x) => x.cue.text === 'said');
    expect(c?.content.text).toBe('The Treasury Department today announced a guaranty program for money market funds');
  });
  it('a reporting noun with its maker after it is the head of a source, not a cue', () => {
    const text = 'Iranian state television has remained silent since reports from Israel’s military intelligence last week suggested that Tehran had decided to send drones to Russia.';
    expect(claimsOf(text).map((c) => c.cue.text)).toEqual(['suggested']);
  });
  it('a claim inside another claim\'s content came via that claim\'s source', () => {
    const text = "Hillary Clinton had told police officials that she didn't want the escort at all, but the NYPD overruled that request, Rudy Giuliani added.";
    const entities = extractEntities(analyse(text));
    const name = (id: string | null) => entities.find((e) => e.id === id)?.canonical ?? null;
    const claims = claimsOf(text, entities);
    expect(claims.map((c) => [c.cue.text, name(c.source?.entity ?? null), name(c.via)])).toEqual([
      ['added', 'Rudy Giuliani', null], ['had told', 'Hillary Clinton', 'Rudy Giuliani']]);
  });
});

// A source whose name the name tagger missed there: the entities named elsewhere (canonical: mention
// texts, each at its place in the text), the source's text and place → the entity it resolves to.
const MISSED: Array<[Array<[string, Array<[string, number]>]>, string, number, string | null]> = [
  // the entity named so elsewhere
  [[['Steve Jobs', [['Steve Jobs', 0], ['Jobs', 40]]]], 'Jobs', 120, 'Steve Jobs'],
  // the one person named before whose full name ends with it
  [[['Donald Trump', [['Donald Trump', 0]]], ['Mike Pence', [['Mike Pence', 30]]]], 'Trump', 80, 'Donald Trump'],
  // … but not one named only after it, nor one of two
  [[['John F. Kennedy', [['John F. Kennedy', 200]]]], 'Kennedy', 80, null],
  [[['Bill Clinton', [['Bill Clinton', 0]]], ['Hillary Clinton', [['Hillary Clinton', 20]]]], 'Clinton', 80, null],
];

describe('a source the name tagger missed', () => {
  it.each(MISSED)('%j: "%s" at %i → %s', (named, text, at, expected) => {
    const entities = named.map(([canonical, ms], k) => ({ id: `e${k + 1}`, type: 'PER' as const, canonical, role: null,
      mentions: ms.map(([t, s]) => ({ start: s, end: s + t.length, text: t })) }));
    const src = resolveSource({ start: at, end: at + text.length, text }, entities, []);
    expect(entities.find((e) => e.id === src.entity)?.canonical ?? null).toBe(expected);
  });
});

// Pronoun speakers read through the claims before them: text | how the claim's content begins | the speaker's entity.
const PRONOUN_SPEAKERS: Array<[string, string, string]> = [
  // one speaker of two quotations around one cue is resolved once, against the first: not a name inside the first quotation
  ['Sasse said the charges are overdue.\n\n"Heads needed to roll the day Jeffrey Epstein died," he said. "The Bureau of Prisons needs to start giving the public some answers."',
    'The Bureau', 'Sasse'],
  // what was not said (no verb of saying) hides no one from a later pronoun
  ['Donald Trump sat for an interview this month. Democrats and uneasy Republicans seized upon Mr. Trump\'s RT appearance, in which he said he was skeptical of the intelligence officials.',
    'he was skeptical', 'Donald Trump'],
  // a name inside the claim before is not hidden by that claim's source when the source is of the other sex
  ['Prince Andrew also spent 45 seconds explaining how he couldn’t have been with Virginia Giuffre, because she described him as sweating.',
    'him as sweating', 'Virginia Giuffre'],
  // the claim before a pronoun is the outermost one, not a claim reported inside it
  ['Donald Trump is raising questions about his microphone.\n\nHe notes that the Commission on Presidential Debates announced that there was an issue with Trump’s microphone.\n\nHe says, “Working that microphone was a hell of a lot more difficult than working Crooked Hillary Clinton.”',
    'Working', 'Donald Trump'],
];

describe('pronoun speakers read through the claims before them', () => {
  it.each(PRONOUN_SPEAKERS)('%s [%s]', (text, content, speaker) => {
    const entities = extractEntities(analyse(text));
    const c = claimsOf(text, entities as never).find((x) => x.content.text.startsWith(content));
    expect(entities.find((e) => e.id === c?.source?.entity)?.canonical).toBe(speaker);
  });
});
