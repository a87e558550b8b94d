/** this/last/next units, ago, yesterday/tonight/this morning, "in the past week". */
import { describe } from 'vitest';
import { table } from './cases.js';

describe('units around publication (2024-10-23, ISO week 43)', () => {
  table([
    ['Stocks rallied on Oct. 21 to end the day at 9,505.', 'the day', '2024-10-21', 'DATE'],
    // a second comparison over the same span back names the same time ("a year ago … a year earlier")
    ['The bakery lost $2 million, against a profit a year ago. Sales were $30 million, up from $25 million a year earlier.', 'a year earlier', '2023', 'DATE'],
    ['The plant opened in 1990. A year earlier, the town had voted for it.', 'A year earlier', '1989', 'DATE'],
    ['For the day, the Nikkei fell 6.4 percent.', 'the day', '2024-10-23', 'DATE'],
    ['Kiribati is buying land for the day that its islands vanish.', '', ''],
    ['And this past weekend in Hangzhou, the leaders met.', 'this past weekend', '2024-W42-WE', 'DATE'],
    // weeks named by their month
    ['Prices fell in the last week of March.', 'the last week of March', '2024-W13', 'DATE'],
    ['The hearing is set for the week of March 6.', 'the week of March 6', '2025-W10', 'DATE'],
    ['Talks resume the first week of July 2025.', 'the first week of July 2025', '2025-W27', 'DATE'],
    ['GM lost $8.6 billion for the entire year.', 'the entire year', '2024', 'DATE'],
    // the year of the last date named when that is last year (a January report on the year before)
    ['GM lost $4.8 billion in the fourth quarter of 2023 and $8.6 billion for the entire year.', 'the entire year', '2023', 'DATE'],
    ['The plant opened in 1984. Sales for the full year rose 13%.', 'the full year', '2024', 'DATE'],
    ['Reports last week suggested a deployment.', 'last week', '2024-W42', 'DATE'],
    ['The deal was signed this week.', 'this week', '2024-W43'],
    ['Talks resume next week.', 'next week', '2024-W44'],
    ['Prices rose last month.', 'last month', '2024-09'],
    ['Sales fell this month.', 'this month', '2024-10'],
    ['The law takes effect next month.', 'next month', '2024-11'],
    ['Inflation peaked last year.', 'last year', '2023'],
    ['Elections are due next year.', 'next year', '2025'],
    ['Growth slowed this year.', 'this year', '2024'],
    ['The plant opens early next year.', 'early next year', '2025', 'DATE', 'START'],
    ['He was elected earlier this year.', 'earlier this year', '2024', 'DATE', 'START'],
    ['A decision is due by the end of this week.', 'the end of this week', '2024-W43', 'DATE', 'END'],
    ['The factory closed two years ago.', 'two years ago', '2022', 'DATE'],
    ['He left three weeks ago.', 'three weeks ago', '2024-W40'],
    // "a week ago" is one day, seven days back (an event, named so where "last Wednesday" would be unclear)
    ['The quake struck the coast a week ago.', 'a week ago', '2024-10-16', 'DATE'],
    ['She finished second in the caucuses just a week ago.', 'a week ago', '2024-10-16', 'DATE'],
    ['She resigned five days ago.', 'five days ago', '2024-10-18'],
    ['The firm was founded a decade ago.', 'a decade ago', '2014'],
    ['Talks were held over the weekend.', 'the weekend', '2024-W42-WE', 'DATE'],
    ['Talks will be held over the weekend.', 'the weekend', '2024-W43-WE', 'DATE'],
    // "last" after "to" or a modal is the verb, no past cue; a weekend after "through", "until", "by" is a deadline
    ['The talks, which opened Monday, are expected to last through the weekend.', 'the weekend', '2024-W43-WE', 'DATE'],
    ['Negotiators want a deal by the weekend.', 'the weekend', '2024-W43-WE', 'DATE'],
    ['The banks have stayed shut until the weekend.', 'the weekend', '2024-W43-WE', 'DATE'],
    ['The sit-in lasted through the weekend.', 'the weekend', '2024-W42-WE', 'DATE'],
    ['Profit rose 5% for the year.', 'the year', '2024', 'DATE'],
    ['Net income for the year ended June 30 fell.', 'the year', 'P1Y', 'DURATION'],
    ['The deal should close by year-end.', 'year-end', '2024', 'DATE', 'END'],
    ['Troops will stay until the end of the month.', 'the end of the month', '2024-10', 'DATE', 'END'],
    ['Police arrived by mid afternoon.', 'mid afternoon', '2024-10-23TAF', 'TIME', 'MID'],
    ['Twenty people died in the past week.', 'the past week', 'P1W', 'DURATION'],
    ['Attacks grew over the past three months.', 'the past three months', 'P3M', 'DURATION'],
    // "the past year" is the year before publication's, as TempEval-3 and MEANTIME annotate it
    ['Hate groups grew over the past year.', 'the past year', '2023', 'DATE'],
    ['Coverage has grown over the past decade.', 'the past decade', 'P10Y', 'DURATION'],
  ]);
});

describe('yesterday, today, tomorrow, tonight, parts of day', () => {
  table([
    ['The minister said yesterday that talks failed.', 'yesterday', '2024-10-22', 'DATE'],
    ['In London at mid-afternoon yesterday, shares were up.', 'mid-afternoon yesterday', '2024-10-22TAF', 'TIME', 'MID'],
    ['Markets are calm today.', 'today', '2024-10-23'],
    ["The offer was advertised in today's editions of the Journal.", 'today', '2024-10-23'],
    ['The verdict is due tomorrow.', 'tomorrow', '2024-10-24'],
    ['The president will speak tonight.', 'tonight', '2024-10-23TNI', 'TIME'],
    ['Police said this morning that two men were held.', 'this morning', '2024-10-23TMO', 'TIME'],
    ['Shelling continued last night.', 'last night', '2024-10-22TNI', 'TIME'],
    ['He spoke yesterday afternoon.', 'yesterday afternoon', '2024-10-22TAF', 'TIME'],
  ]);
});
