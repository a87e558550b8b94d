import { describe, expect, it } from 'vitest';
import { analyse, tokenize } from '../../src/nlp/tokenize.js';

describe('tokenize', () => {
  const cases: Array<[string, string[]]> = [
    ["He didn't say it's O'Neill's deal.", ['He', 'did', "n't", 'say', 'it', "'s", "O'Neill", "'s", 'deal', '.']],
    ['Korea’s troops—3,000 of them—left.', ['Korea', '’s', 'troops', '—', '3,000', 'of', 'them', '—', 'left', '.']],
    ['Park Sun-won met AT&T in the U.S. at 5 p.m.', ['Park', 'Sun-won', 'met', 'AT&T', 'in', 'the', 'U.S.', 'at', '5', 'p.m.']],
    // a lawmaker's party and state, as AP writes them, are one token
    ['Rep. David McKinley, R-W.Va., and Gwen Moore (D-Wis.) met.', ['Rep', '.', 'David', 'McKinley', ',', 'R-W.Va.', ',', 'and', 'Gwen', 'Moore', '(', 'D-Wis.', ')', 'met', '.']],
    ['$50bn and ₩1.2tn, 10,000-12,000', ['$', '50', 'bn', 'and', '₩', '1.2', 'tn', ',', '10,000', '-', '12,000']],
    ['“large-scale” deployment', ['“', 'large-scale', '”', 'deployment']],
    ['See https://example.com/a?b=1. Now', ['See', 'https://example.com/a?b=1', '.', 'Now']],
    // quotation marks typed as two backquotes or two apostrophes stay two tokens each (the attribution
    // tagger was trained so, and reads an apostrophe pair as one mark itself)
    ["``We won,'' said the players' coach.", ['`', '`', 'We', 'won', ',', "'", "'", 'said', 'the', 'players', "'", 'coach', '.']],
  ];
  it.each(cases)('%s', (text, expected) => {
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(expected);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('sentences', () => {
  const cases: Array<[string, string[]]> = [
    ['He left. She stayed.', ['He left.', 'She stayed.']],
    ['Mr. Smith met Dr. Jones on Oct. 3 in Washington.', ['Mr. Smith met Dr. Jones on Oct. 3 in Washington.']],
    ['The troops went to the U.S. The talks ended.', ['The troops went to the U.S.', 'The talks ended.']],
    ['The U.S. Treasury said so.', ['The U.S. Treasury said so.']],
    ['Rep. David McKinley, R-W.Va., visited the border.', ['Rep. David McKinley, R-W.Va., visited the border.']],
    ['It was signed by Sen. Smith, D-N.Y. The next day he left.', ['It was signed by Sen. Smith, D-N.Y.', 'The next day he left.']],
    ['“We will win.” He smiled.', ['“We will win.”', 'He smiled.']],
    ['Title line\n\nFirst sentence here', ['Title line', 'First sentence here']],
    ['Prices rose 2.5 percent. Stocks fell.', ['Prices rose 2.5 percent.', 'Stocks fell.']],
    ['SEOUL, Oct 18 - The agency said so.', ['SEOUL, Oct 18 -', 'The agency said so.']],
    ['WASHINGTON (Reuters) — Officials said so.', ['WASHINGTON (Reuters) —', 'Officials said so.']],
    ['Title\n\nKYIV, Ukraine, Nov. 4 (AP) -- He left.', ['Title', 'KYIV, Ukraine, Nov. 4 (AP) --', 'He left.']],
    ['NATO - the alliance - met.', ['NATO - the alliance - met.']],
    ['US - China talks resumed.', ['US - China talks resumed.']],
    // a quotation opened with two backticks (as some wire copy types it) starts a sentence
    ["said the chief executive, Alan Mulally. ``While we face a hard road, it works.''", ['said the chief executive, Alan Mulally.', "``While we face a hard road, it works.''"]],
  ];
  it.each(cases)('%s', (text, expected) => {
    const a = analyse(text);
    expect(a.sentences.map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
  it('paragraphs count line breaks', () => {
    const a = analyse('A b.\nC d. E f.\nG h.');
    expect(a.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
  });
});
