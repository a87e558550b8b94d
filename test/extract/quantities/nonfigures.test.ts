import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('what is not a figure', () => {
  const cases: [string, string[]][] = [
    // sentence, the figures we expect (texts)
    ['The war began in 2022 and escalated in 2024.', []],
    ['On October 23, the U.S. warned Russia.', []],
    ['The meeting on 23 October ended at 5 p.m. sharp.', []],
    ['Talks resume at 10:30 on Monday.', []],
    ['Ukraine wants F-16 jets and MiG-29 parts.', []],
    ['The G7 and the G20 met in Rome.', []],
    ['He was one of the first to arrive.', []],
    ['Seoul is the No. 2 buyer; Tokyo is number one.', []],
    ['Call +1-222-2222 or write to room 4.', []],
    ['Article 5 of the NATO treaty applies.', []],
    ['He lives at 2134 Caldwell Place and works at 40 Main St.', []],
    ['Officers found 2134 rounds of ammunition.', ['2134']],
    ['Boeing said the 787 would fly, unlike the Boeing 737-800.', []],
    ['The 4th brigade and the 1990s reforms were cited.', []],
    ['The fighting lasted three years and 10 days.', []],
    ['He served a 10-year sentence.', []],
    ['The two leaders met again.', []],
    ['Apple unveiled the iPhone 4 and iOS 5.', []],
    ['The accord was signed on 2024-10-23.', []],
    ['Talks would take between 60 and 90 days.', []],
    ['It has spent hundreds of years fighting; jets scrambled dozens of times.', []],
    ['In 2024, 3,000 troops arrived.', ['3,000']],
    ['Russia has lost 2000 tanks.', ['2000']],
  ];
  it.each(cases)('%s', (text, want) => {
    const qs = figures(text);
    expect(qs.map((q) => q.text)).toEqual(want);
    for (const q of qs) expect(q.start).toBe(text.indexOf(q.text));
  });
});
