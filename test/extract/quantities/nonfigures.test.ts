import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('what is not a figure', () => {
  const cases: [string, string[]][] = [
    // sentence, the figures we expect (texts)
    ['The war began in 2022 and escalated in 2024.', []],
    // a list's numbers opening lines, and a 401(k), count nothing; a number inside a line still does
    ['Steps to take:\n1. Define early retirement\n2. Take inventory of 3 accounts\n10) Make a backup plan', ['3']],
    ['Max out your 401(k) first.', []],
    ['On October 23, the U.S. warned Russia.', []],
    ['The meeting on 23 October ended at 5 p.m. sharp.', []],
    ['Talks resume at 10:30 on Monday.', []],
    ['Ukraine wants F-16 jets and MiG-29 parts.', []],
    // a number word after a label names it (and a mark after it is no inch)
    ['A "phase one" trade deal was signed on day one of round two.', []],
    // a model number right after a figure is part of what it counts
    ['Its fleet of roughly 400 737 Max jets and five 787 Dreamliners were grounded.', ['roughly 400', 'five']],
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
    // lists, codes, versions, dates with slashes, runs of days, names, years before a noun phrase
    ['Analysts blamed (1) stocks and (2) bonds.', []],
    ['Its serial number is 001; wait for release 10.4.1 on 7/8/07.', []],
    ['The poll was conducted from Sept. 19 to 22.', []],
    ['The final Boeing 717 was the 15,599 th plane built there.', []],
    ['In a comparison done on Zero Hedge, statements were compared.', []],
    ['The IRS released Trump’s 1995 state income tax filings.', []],
    ['In 2024, 3,000 troops arrived.', ['3,000']],
    // a tally or a ratio is one figure: "52-35", "split 4 to 1"
    ['The final vote in the Senate was 52-35, eight short of the 60 needed to pass.', ['52-35', 'eight', '60']],
    ['Both parties split 4 to 1 in favor.', ['4 to 1']],
    ['Russia has lost 2000 tanks.', ['2000']],
  ];
  it.each(cases)('%s', (text, want) => {
    const qs = figures(text);
    expect(qs.map((q) => q.text)).toEqual(want);
    for (const q of qs) expect(q.start).toBe(text.indexOf(q.text));
  });
});
