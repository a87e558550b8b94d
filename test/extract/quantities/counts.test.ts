import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('what a figure counts', () => {
  const cases: [string, string, string | null, number | null, string | null][] = [
    // sentence, figure text, counts text, counts start, unit
    ['At least 3,000 North Korean soldiers have been sent.', 'At least 3,000', 'North Korean soldiers', 15, 'soldier'],
    ['Over 3,000 North Korean Troops Training in Russia', 'Over 3,000', 'North Korean Troops', 11, 'troop'],
    ['Allies announced a $50 billion loan package to aid Ukraine.', '$50 billion', 'loan package', 31, 'USD'],
    ['G7 nations pledged $50 billion in loans.', '$50 billion', 'loans', 34, 'USD'],
    ['The strike killed 12 civilians and wounded 40.', '12', 'civilians', 21, 'civilian'],
    ['About 500 Russian-made drones were launched.', 'About 500', 'Russian-made drones', 10, 'drone'],
    ['Some 27% of voters backed him.', 'Some 27%', 'voters', 12, '%'],
    ['Officials counted 1,200 casualties.', '1,200', 'casualties', 24, 'casualty'],
    ['The United States sent 20 Patriot missile batteries.', '20', 'Patriot missile batteries', 26, 'battery'],
    ['Three women and two children died.', 'Three', 'women', 6, 'woman'],
    ['Five hundred police were deployed.', 'Five hundred', 'police', 13, 'police'],
    ['A 3,000-strong force crossed the river.', '3,000', 'force', 15, 'force'],
    ['Exports grew 4.5 percent last year.', '4.5 percent', null, null, '%'],
    // a month or a day after the figure is when, not what it counts
    ['The price was $39,014, up from $34,410 in October 2015.', '$34,410', null, null, 'USD'],
    // money "in" a number of things is spent on them, not made of them
    ['He has spent Rs 24 lakh in the four attempts.', 'Rs 24 lakh', null, null, 'INR'],
    ['The ship is 300 meters long.', '300 meters', null, null, 'm'],
    // a maker's name and model number inside the counted phrase, a capitalised "-ing" name not a participle
    ['Emirates ordered 30 Boeing 787 jets.', '30', 'Boeing 787 jets', 20, 'jet'],
    // the head is a noun (POS): an adjective, participle or adverb after the number is not what it counts;
    // an adjective's participle, a model number or a cut-off modifier inside the phrase goes on
    ['Ryanair will buy five new 737 aircraft.', 'five', 'new 737 aircraft', 22, 'aircraft'],
    ['Two of the major United States indices fell.', 'Two', 'major United States indices', 11, 'index'],
    ['Nearly 1,500 coal- and gas-fired power plants emit carbon.', 'Nearly 1,500', 'coal- and gas-fired power plants', 13, 'plant'],
    ['Dozens of local elected officials gathered.', 'Dozens', 'local elected officials', 10, 'official'],
    // a model number right after the figure is part of what it counts, no figure of its own
    ['Its fleet of roughly 400 737 Max jets has been grounded.', 'roughly 400', '737 Max jets', 25, 'jet'],
    ['It comes in addition to five 787 Dreamliner sales this week.', 'five', '787 Dreamliner sales', 29, 'sale'],
    // adjectives joined by a coordination modify one head
    ['He published 250,000 secret military and diplomatic cables.', '250,000', 'secret military and diplomatic cables', 21, 'cable'],
    ['Four national security and diplomatic officials testified.', 'Four', 'national security and diplomatic officials', 5, 'official'],
    ['NATO sent four rotating battalion-sized units to Estonia.', 'four', 'rotating battalion-sized units', 15, 'unit'],
    ['He was shot by four plain-clothes NYPD officers.', 'four', 'plain-clothes NYPD officers', 20, 'officer'],
    ['Air Canada ordered 18 777s and five Boeing 737s.', '18', '777s', 22, '777'],
    ['Air Canada ordered 18 777s and five Boeing 737s.', 'five', 'Boeing 737s', 36, '737'],
    ['Aeroflot bought 22 new Boeing 787 Dreamliner aircraft.', '22', 'new Boeing 787 Dreamliner aircraft', 19, 'aircraft'],
    ['The index climbed to 12 up then fell.', '12', null, null, null],
    ['Sales fell 1.75% lower than the start of the day.', '1.75%', null, null, '%'],
    ['The order covers 30 of Boeing’s 787-9 Dreamliner jets.', '30', 'Boeing’s 787-9 Dreamliner jets', 23, 'jet'],
  ];
  it.each(cases)('%s', (text, span, counts, start, unit) => {
    const q = figures(text).find((x) => x.text === span);
    expect(q, `no figure "${span}"`).toBeDefined();
    expect(q!.counts?.text ?? null).toBe(counts);
    expect(q!.counts?.start ?? null).toBe(start);
    expect(q!.unit).toBe(unit);
  });
});
