/** Direct quotes: quoted contents are direct, quote marks left out of the span; quotes that run on. */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

// text | cue | content | direct
const CASES: Array<[string, string, string, boolean]> = [
  ['“We are ready,” said Anna Lee.', 'said', 'We are ready', true],
  ['"We are ready," Anna Lee said.', 'said', 'We are ready', true],
  ['Anna Lee said, “We are ready for the storm.”', 'said', 'We are ready for the storm', true],
  ['Anna Lee said that they were ready.', 'said', 'they were ready', false],
  // "that" is dropped as a complementizer only: a quotation's own "That’s" stays, as does "that is …"
  ['“That’s not accepting responsibility,” Anna Lee said.', 'said', 'That’s not accepting responsibility', true],
  ['Anna Lee said that was a question for the Treasury.', 'said', 'that was a question for the Treasury', false],
  // an adverb of the verb before the quotation is no part of it
  ['“We cannot afford it,” Anna Lee said, adding later, “The plan costs us a fortune.”', 'adding', 'The plan costs us a fortune', true],
];

describe('direct quotes', () => {
  for (const [text, cue, content, direct] of CASES) {
    it(text, () => {
      const c = claimsOf(text).find((x) => x.cue.text === cue);
      expect(c).toBeDefined();
      expect(c!.content.text).toBe(content);
      expect(c!.content.start).toBe(text.indexOf(content));
      expect(c!.direct).toBe(direct);
      expect(c!.source?.text).toBe('Anna Lee');
    });
  }
  it('a quotation in the next sentence continues the same speaker', () => {
    const text = '"The plan has failed," Smith told reporters. "We will try again next year."';
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.source?.text, c.content.text, c.direct])).toEqual([
      ['Smith', 'The plan has failed', true],
      ['Smith', 'We will try again next year', true],
    ]);
    expect(claims[1].content.start).toBe(text.indexOf('We will'));
  });
  // text | the contents of the speaker's claims, in order (each one found at its place in the text)
  const RUNS: Array<[string, string, string[]]> = [
    // a quotation of several sentences after the claim: one content, from mark to mark
    ['“This is in their heads,” said Anna Lee. “It is one of the things worrying them. And that can be deadly.”', 'Anna Lee',
      ['This is in their heads', 'It is one of the things worrying them. And that can be deadly']],
    // the second half of a split quotation
    ['“If he thinks that makes him smart,” Anna Lee says, “what does he think of you?”', 'Anna Lee',
      ['If he thinks that makes him smart', 'what does he think of you']],
    // … with a phrase between the speaker and the second half
    ['“Every time you say that,” Anna Lee said, referring to the excuse, “you give ammunition to the people who want to break up the banks.”', 'Anna Lee',
      ['Every time you say that', 'you give ammunition to the people who want to break up the banks']],
    // … whose second half runs over sentences to its closing mark
    ['"What we owe the miners is honesty," Anna Lee said, "and to say that the economy is shifting. How we use energy is shifting."', 'Anna Lee',
      ['What we owe the miners is honesty', 'and to say that the economy is shifting. How we use energy is shifting']],
    // quotation marks written as two apostrophes
    ["''It has the virtue of being responsible,'' Anna Lee said. ''It doesn't make our problems worse.''", 'Anna Lee',
      ['It has the virtue of being responsible', "It doesn't make our problems worse"]],
    // a quotation over paragraphs: each paragraph opens with a mark, only the last one closes
    ['“The plan failed,” Anna Lee said.\n\n“We tried everything. Nothing worked.\n\n“Now we start again.”\n\nThe market fell on Monday.', 'Anna Lee',
      ['The plan failed', 'We tried everything. Nothing worked', 'Now we start again']],
    // "He said:" closing a paragraph, and what he said as the next; nothing read back from the sentence before
    ['Asked about the polls, Anna Lee was blunt. Anna Lee said:\n\n"We have a situation where our cities are dangerous. You walk down the street and you get shot."\n\nThe crowd cheered.', 'Anna Lee',
      ['We have a situation where our cities are dangerous. You walk down the street and you get shot']],
    // a quotation with a quotation inside it, that the tagger reads as content next to the speaker, is theirs too
    ['“The plan failed,” Anna Lee said. “They called it “a disaster” on Monday.”', 'Anna Lee', ['The plan failed', 'They called it “a disaster” on Monday']],
    // a quotation that closes on a question inside a quotation ("?’”"), with no comma before the speaker, and
    // the next sentence's quotation the speaker goes on with (a quotation inside it is no speaker)
    ['The aide was at lunch.\n\n“I then heard him ask, quote, ‘So he’s going to do the investigation?’” Holmes testified. “The envoy replied that ‘He’s going to do it,’ adding that the president will, quote, ‘do anything you ask him to.’”', 'Holmes',
      ['I then heard him ask, quote, ‘So he’s going to do the investigation', 'The envoy replied that ‘He’s going to do it,’ adding that the president will, quote, ‘do anything you ask him to']],
  ];
  it('a claim inside a quotation whose source names no one the text names is the quoted speaker\'s own words', () => {
    const text = '“Anything we wrote had to have a fond hint of Scotland,” Anna Lee said. “It felt like everything anybody said to me became musical,” she added.';
    expect(claimsOf(text).map((c) => [c.source?.text, c.cue.text])).toEqual([['Anna Lee', 'said'], ['she', 'added']]);
  });
  it('… but "according to" inside a quotation is a claim reported through it', () => {
    const text = '“According to preliminary data, the number of soldiers killed already exceeds 3,000,” Anna Lee wrote.';
    expect(claimsOf(text).map((c) => c.cue.text)).toContain('According to');
  });
  it('… but a claim reported inside an unquoted content stays', () => {
    const text = 'Police have said they have no plans to release the recordings, according to The Charlotte Observer.';
    expect(claimsOf(text).map((c) => c.cue.text)).toContain('have said');
  });
  it('words quoted inside a quotation are no speaker', () => {
    const text = '“The envoy replied that ‘He’s going to do it,’ adding that the president will, quote, ‘do anything you ask him to,’” Holmes said.';
    expect(claimsOf(text).map((c) => c.source?.text ?? null)).not.toContain('He’s going to do it');
  });
  it('a quotation credited after a dash is the claim of the name after it', () => {
    const text = 'Readers sent us their views. “Maybe we can build a wall around the candidate.” ― Jorge Falcon. “He does not listen to anyone.” — Ana G. Ruiz';
    expect(claimsOf(text).map((c) => [c.source?.text, c.cue.text, c.content.text, c.direct])).toEqual([
      ['Jorge Falcon', '―', 'Maybe we can build a wall around the candidate', true],
      ['Ana G. Ruiz', '—', 'He does not listen to anyone', true],
    ]);
  });
  it('a speaker set off by commas inside what they said has both parts (when the tagger marks both)', () => {
    const text = 'The plan, Mr. Grant said, would cut costs by a third.';
    const claims = claimsOf(text).filter((c) => c.source?.text === 'Mr. Grant');
    expect(claims.map((c) => [c.cue.text, c.content.text, c.content.start])).toEqual([
      ['said', 'The plan', 0],
      ['said', 'would cut costs by a third', text.indexOf('would')],
    ]);
  });
  it.each(RUNS)('quotes that run on: %s', (text, source, contents) => {
    const claims = claimsOf(text).filter((c) => c.source?.text === source);
    expect(claims.map((c) => c.content.text)).toEqual(contents);
    for (const c of claims) {
      expect(c.direct).toBe(true);
      expect(c.content.start).toBe(text.indexOf(c.content.text));
    }
  });
});
