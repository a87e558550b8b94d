import { describe, expect, it } from 'vitest';
import { documentFromText, isBoilerplate, readsAsHeadline } from '../../src/document/index.js';

describe('boilerplate lines', () => {
  const cases: Array<[string, boolean]> = [
    ['Getting your Trinity Audio player ready...', true],
    ['Loading the audio player…', true],
    ['Listen to this article', true],
    ['|', true],
    ['* * *', true],
    ['———', true],
    ['Share this article', true],
    ['Share on Facebook', true],
    ['Subscribe to our newsletter', true],
    ['Sign up for our daily newsletter to get the news in your inbox', true],
    ['ADVERTISEMENT', true],
    ['Story continues below advertisement', true],
    ['Read more: Why the Fed held rates', true],
    ['Related: Markets fall on jobs data', true],
    ['© 2024 Example Media. All rights reserved.', true],
    ['5 min read', true],
    ['Skip to content', true],
    ['Advert', true],
    ['This slideshow requires JavaScript.', true],
    ['This website uses cookies to improve your experience.', true],
    ['You may also like...', true],
    ['Image 1 of 9', true],
    ['Published 4:00 am CST, Wednesday, November 20, 2019', true],
    ['| UPDATED: 11:05, Tue, Nov 19, 2019', true],
    // article text is never boilerplate
    ['Published figures show the economy grew 2% in 2019', false],
    ['Comments from the minister drew criticism from the opposition on Tuesday.', false],
    ['The ministry said it would share the findings with allies.', false],
    ['Subscribers to the service rose by 12% in the quarter, the company said.', false],
    ['Related companies reported losses in 2023 and expect more this year.', false],
    ['Read the full statement, the minister told reporters, before judging.', false],
  ];
  it.each(cases)('%s → %s', (line, expected) => {
    expect(isBoilerplate(line)).toBe(expected);
  });
});

describe('title from the first line', () => {
  const cases: Array<[string, string | undefined, boolean, boolean?]> = [
    ['Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.', 'body', true, true],
    ['Bill Clinton calls Obamacare ‘crazy system’ during campaign stop.', 'body', true, true],
    ['Mary J. Blige sings to Hillary Clinton in preview clip of ‘The 411.’', 'body', true, true],
    ['Bill Clinton calls Obamacare ‘crazy system’ during campaign stop.', 'body', false, false],
    ['The central bank held rates steady on Wednesday and said it would wait for more data before acting.', 'body', false, true],
    ['US: Over 3,000 North Korean Troops Training in Russia', 'body', true],
    ['Fed holds rates steady as inflation cools', 'body', true],
    ['Is the recession over?', 'body', true],
    ['The central bank held rates on Wednesday, officials said.', 'body', false],
    ['By Jane Smith', 'body', false],
    ['Headline only', undefined, false],
    ['Word', 'body', false],
  ];
  it.each(cases)('%s', (line, next, expected, blankAfter) => {
    expect(readsAsHeadline(line, next, blankAfter ?? false)).toBe(expected);
  });
});

describe('documentFromText', () => {
  it('takes the headline, drops boilerplate, keeps offsets coherent', () => {
    const raw = 'Storm hits coast\r\nListen to this article\r\n\r\nThe storm made landfall on Tuesday.\r\n|\r\nOfficials said 12 people died.\r\n';
    const d = documentFromText(raw, { published: '2024-01-02' });
    expect(d.title).toBe('Storm hits coast');
    expect(d.text).toBe('Storm hits coast\n\nThe storm made landfall on Tuesday.\nOfficials said 12 people died.');
    expect(d.body_start).toBe('Storm hits coast\n\n'.length);
    expect(d.text.slice(0, d.title!.length)).toBe(d.title);
    expect(d.removed).toEqual(['Listen to this article', '|']);
    expect(d.published).toBe('2024-01-02');
    expect(d.id).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('has no title when the first line is a sentence', () => {
    const d = documentFromText('The storm made landfall on Tuesday.\nOfficials said 12 people died.');
    expect(d.title).toBeNull();
    expect(d.body_start).toBe(0);
    expect(d.text.startsWith('The storm')).toBe(true);
  });

  it('a given title wins and is not repeated', () => {
    const d = documentFromText('Storm hits coast\nThe storm made landfall.', { title: 'Storm hits coast' });
    expect(d.text).toBe('Storm hits coast\n\nThe storm made landfall.');
  });

  it('normalises no-break spaces and zero-width characters', () => {
    const d = documentFromText('A\u00a0headline here\nSome\u200b text\u00a0here.');
    expect(d.text).toBe('A headline here\n\nSome text here.');
  });

  it('the same text gives the same id', () => {
    expect(documentFromText('A b c\nd e.').id).toBe(documentFromText('A b c\r\nd e.').id);
  });
});
