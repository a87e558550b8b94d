import { describe, expect, it } from 'vitest';
import { detokenize } from '../../eval/datasets/corenlp.js';
import { bioFromSpans, tokenSpan, trimEdges, withClosingComma, withEdges } from '../../eval/scorers/attribution.js';

describe('detokenize rebuilds text from CoreNLP tokens', () => {
  const CASES: Array<[string, string]> = [
    ["`` We won , '' she said .", '“We won,” she said.'],
    ["President Barack Obama 's plan", "President Barack Obama's plan"],
    ["They ca n't and wo n't go .", "They can't and won't go."],
    ['Sen. Bernie Sanders -LRB- Vt. -RRB- , who lost', 'Sen. Bernie Sanders (Vt.), who lost'],
    ["in the face -LSB- by providing information -RSB- , thinking we 're done", "in the face [by providing information], thinking we're done"],
    ["the miners ' union invested $ 10 million , or 18.7 %", 'the miners’ union invested $10 million, or 18.7%'],
    ["called ` miracles , ''' she said", 'called ‘miracles,’” she said'],
    ['He said : -- very late -- yes ; no ! really ?', 'He said: -- very late -- yes; no! really?'],
    ["he is n't gon na be prepared", "he isn't gonna be prepared"],
    ["`` ... overall , I think", '“... overall, I think'],
  ];
  it.each(CASES)('%s', (tokens, want) => {
    const toks = tokens.split(' ');
    const d = detokenize(toks);
    expect(d.text).toBe(want);
    expect(d.offsets).toHaveLength(toks.length);
    // Offsets are in order, do not overlap, and each covers the token's surface form.
    for (let i = 0; i < toks.length; i++) {
      expect(d.offsets[i].end).toBeGreaterThan(d.offsets[i].start);
      if (i > 0) expect(d.offsets[i].start).toBeGreaterThanOrEqual(d.offsets[i - 1].end);
      if (/^[\p{L}\p{N}]+$/u.test(toks[i])) expect(d.text.slice(d.offsets[i].start, d.offsets[i].end)).toBe(toks[i]);
    }
  });
});

describe('withEdges puts back what trimEdges takes off a content', () => {
  // text | the ledger's content | PolNeAR's content
  const CASES: Array<[string, string, string]> = [
    ['“We won,” she said.', 'We won', '“We won,”'], // marks around it, the comma inside the closing mark
    ['She said “We won.”', 'We won', '“We won.”'], // the stop inside the closing mark
    ['He said that prices rose.', 'that prices rose', 'that prices rose'], // the ledger kept "that": unchanged
    ['He said that prices rose.', 'prices rose', 'that prices rose'], // an opening "that"; the final stop stays out
    ['He said that “the plan failed,” and left.', 'the plan failed', 'that “the plan failed,”'],
    ['He said that, “Of course I will.”', 'Of course I will', 'that, “Of course I will.”'],
    ['“It is a mixed “strong leader,”” he said.', 'It is a mixed “strong leader', '“It is a mixed “strong leader,””'], // marks in a row
    ['They said it was “a hoax”.', 'it was “a hoax”', 'it was “a hoax”'], // a stop after the closing mark stays out
    ['Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear.’', 'Reeks of Fear', '‘Reeks of Fear.’'], // single marks
    ['He cited what the miners’ union said.', 'the miners', 'the miners'], // a single mark opened by none: a possessive
    ['He cited Obama\'s plan.', 'Obama', 'Obama'], // an apostrophe inside a word is no mark
    ['She said “ We won ” today.', 'We won', 'We won'], // a mark across a space is not taken
    ['Officials said prices rose, he added.', 'prices rose', 'prices rose'], // punctuation closed by no mark stays out
    ['The hat that I bought is red.', 'I bought', 'that I bought'], // (any "that" right before: the inverse is blind)
  ];
  it.each(CASES)('%s: %s → %s', (text, content, want) => {
    const start = text.indexOf(content);
    const e = withEdges(text, start, start + content.length);
    expect(text.slice(e.start, e.end)).toBe(want);
    // Trimmed again, it is the content the ledger wrote, trimmed.
    const back = trimEdges(text, e.start, e.end);
    const orig = trimEdges(text, start, start + content.length);
    expect(back).toEqual(orig);
  });
  it('grows no further than its own claim: a "that" inside the cue stays the cue’s', () => {
    const text = 'He said that prices rose.';
    const start = text.indexOf('prices');
    const e = withEdges(text, start, text.indexOf('.'), text.indexOf('prices'));
    expect(text.slice(e.start, e.end)).toBe('prices rose');
  });
  it('nor past a cue right after it', () => {
    const text = '“We won,”she said.'; // (no space: the mark touches the cue)
    const start = 1;
    const e = withEdges(text, start, start + 6, 0, text.indexOf(','));
    expect(text.slice(e.start, e.end)).toBe('“We won');
  });
});

describe('withClosingComma puts back the comma that closes an appositive source', () => {
  // text | the source | PolNeAR's source
  const CASES: Array<[string, string, string]> = [
    ['Richard Revesz, director of the institute, said so.', 'Richard Revesz, director of the institute', 'Richard Revesz, director of the institute,'],
    ['Quina Jones, 25, said so.', 'Quina Jones, 25', 'Quina Jones, 25,'],
    ['Trump, who spoke last, said so.', 'Trump', 'Trump'], // no comma inside: none after
    ['Josh Earnest, the spokesman said so.', 'Josh Earnest, the spokesman', 'Josh Earnest, the spokesman'], // no comma after
  ];
  it.each(CASES)('%s', (text, src, want) => {
    const start = text.indexOf(src);
    const s = withClosingComma(text, start, start + src.length);
    expect(text.slice(s.start, s.end)).toBe(want);
  });
});

describe('character spans onto tokens, and BIO labels', () => {
  const offsets = [{ start: 0, end: 2 }, { start: 3, end: 7 }, { start: 8, end: 11 }, { start: 11, end: 12 }]; // "He said yes."
  const CASES: Array<[string, number, number, { first: number; last: number } | null]> = [
    ['exact', 3, 7, { first: 1, last: 2 }],
    ['first to last token overlapped', 1, 9, { first: 0, last: 3 }],
    ['the closing stop', 8, 12, { first: 2, last: 4 }],
    ['between tokens', 2, 3, null],
  ];
  it.each(CASES)('%s', (_name, start, end, want) => expect(tokenSpan(offsets, start, end)).toEqual(want));

  it('labels spans in order; one overlapping a labelled span is left out and counted; a repeat is not', () => {
    const { labels, dropped } = bioFromSpans(6, [
      { role: 'source', start: 0, end: 1 },
      { role: 'cue', start: 1, end: 2 },
      { role: 'content', start: 2, end: 5 },
      { role: 'source', start: 0, end: 1 }, // the same speaker again: one span
      { role: 'content', start: 3, end: 6 }, // overlaps the first content: out
      { role: 'cue', start: 4, end: 5 }, // inside the content: out
    ]);
    expect(labels).toEqual(['B-source', 'B-cue', 'B-content', 'I-content', 'I-content', 'O']);
    expect(dropped).toEqual({ source: 0, cue: 1, content: 1 });
  });
});
