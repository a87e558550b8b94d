/** Times of day, with time zones. */
import { describe } from 'vitest';
import { table } from './cases.js';

describe('clock times (published 2024-10-23)', () => {
  table([
    ['The blast happened at 3 p.m.', '3 p.m.', '2024-10-23T15:00', 'TIME'],
    ['Polls close at 8:30 p.m. EDT.', '8:30 p.m. EDT', '2024-10-23T20:30', 'TIME'],
    ['The attack began at 10:15 GMT.', '10:15 GMT', '2024-10-23T10:15Z', 'TIME'],
    // a time told as set with a present copula is to come ("the deadline is …", "the vote is on Monday")
    ['The deadline is 5 p.m. EST Friday.', '5 p.m. EST Friday', '2024-10-25T17:00', 'TIME'],
    ['The quake struck at 4:17 a.m. local time on Sunday.', '4:17 a.m.', '2024-10-20T04:17', 'TIME'],
    ['The offer was extended until 5 p.m. EST, Nov. 6.', '5 p.m. EST, Nov. 6', '2024-11-06T17:00', 'TIME'],
    ['The father will leave at 4 a.m. EDT Thursday.', '4 a.m. EDT Thursday', '2024-10-24T04:00', 'TIME'],
    ['The flight is due at 12:30 EST (16:30 UTC).', '16:30 UTC', '2024-10-23T16:30Z', 'TIME'],
    ['The blast occurred at 10:35 a.m. (0735 GMT) Friday, toppling a building.', '10:35 a.m.', '2024-10-18T10:35', 'TIME'],
    ['On Friday, the blast occurred at 3 p.m. near the embassy.', '3 p.m.', '2024-10-18T15:00', 'TIME'],
    ['The deadline is 5 p.m. tomorrow.', '5 p.m. tomorrow', '2024-10-24T17:00', 'TIME'],
    ['The session opened at noon.', 'noon', '2024-10-23T12:00', 'TIME'],
    ['He left at around 7 a.m.', 'around 7 a.m.', '2024-10-23T07:00', 'TIME', 'APPROX'],
    ['At a press conference at 16:15 UTC, June 1st, the chief executive spoke.', '16:15 UTC', '2024-06-01T16:15Z', 'TIME'],
    ['At a press conference at 16:15 UTC, June 1st, the chief executive spoke.', 'June 1st', '2024-06-01', 'DATE'],
    ['The A380 landed at 6:40 p.m. (GMT +8) after a 12-hour flight.', '6:40 p.m. (GMT +8)', '2024-10-23T18:40', 'TIME'],
    ['At 0800 UTC, the central banks acted.', '0800 UTC', '2024-10-23T08:00Z', 'TIME'],
    ['The blast occurred at 10:35 a.m. (0735 GMT) Friday.', '10:35 a.m.', '2024-10-18T10:35', 'TIME'],
    ['He scored 1500 points.', '', ''],
    // a 24-hour time without a zone is one after "at", "by", "until" … or before "local time", and takes a day after it
    ['The talks will resume at 15:30 local time (13:30 GMT).', '15:30', '2024-10-23T15:30', 'TIME'],
    ['The ferry leaves 07:45 local time.', '07:45', '2024-10-23T07:45', 'TIME'],
    ['Polls opened at 07:00 on Sunday.', '07:00 on Sunday', '2024-10-20T07:00', 'TIME'],
    ['The home side won 3:1.', '', ''],
    ['The ratio stood at 10:1 in the end.', '', ''],
    ['The father will leave at 4 in the morning.', '4 in the morning', '2024-10-23T04:00', 'TIME'],
    ['The vigil began at 10 at night.', '10 at night', '2024-10-23T22:00', 'TIME'],
    // a tense cue outside a quotation does not govern a time inside it
    ["''He will leave at 4 a.m. Thursday,'' Castro said.", '4 a.m. Thursday', '2024-10-24T04:00', 'TIME'],
    // a deadline: the coming weekday, unless the sentence is in the simple past
    ['Officials have given the relatives until 9 a.m. Friday to reply.', '9 a.m. Friday', '2024-10-25T09:00', 'TIME'],
    ['The board wants an answer by 5 p.m. Friday.', '5 p.m. Friday', '2024-10-25T17:00', 'TIME'],
    ['The store stayed open until 9 p.m. Friday.', '9 p.m. Friday', '2024-10-18T21:00', 'TIME'],
  ]);
});

describe('clock times without a publication date', () => {
  table([
    ['The plane left four hours after its scheduled 9:45 a.m. local time departure.', '9:45 a.m.', 'XXXX-XX-XXT09:45', 'TIME'],
    ['It will land at 3 p.m. Friday.', '3 p.m. Friday', 'XXXX-WXX-5T15:00', 'TIME'],
  ], null);
});

describe('parts of days without a publication date', () => {
  table([
    ['He will speak tonight.', 'tonight', 'XXXX-XX-XXTNI', 'TIME'],
    ['Protesters gathered last night.', 'last night', 'XXXX-XX-XXTNI', 'TIME'],
  ], null);
});

describe('a dateline stands for a missing publication date', () => {
  table([
    ['Airbus test flight delayed\n\nSeptember 01, 2007\n\nA test flight was delayed today.', 'today', '2007-09-01', 'DATE'],
    ['A380 makes first flight\n\nApril 27, 2005\n\nThe take-off, at 08:30 UTC, was normal.', '08:30 UTC', '2005-04-27T08:30Z', 'TIME'],
    ['The treaty of September 01, 2007 was signed today.', 'today', 'PRESENT_REF', 'DATE'],
  ], null);
});

describe('a dateline stands for a publication date that is not a date', () => {
  table([
    ['Car sales down sharply\n\nFebruary 03, 2009\n\nSales fell 35% in January.', 'January', '2009-01', 'DATE'],
  ], '03-02-2009');
});
