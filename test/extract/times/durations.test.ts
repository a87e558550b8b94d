/** Durations and sets. */
import { describe } from 'vitest';
import { table } from './cases.js';

describe('durations', () => {
  table([
    ['In the nine months, profit rose 5%.', 'the nine months', 'P9M', 'DURATION'],
    ['He signed the two-year contract.', 'two-year', 'P2Y', 'DURATION'],
    ['Crowds gathered for the two day rally.', 'two day', 'P2D', 'DURATION'],
    ['Apple settled its decades-long trademark dispute.', 'decades-long', 'PXY', 'DURATION'],
    ['Japan entered a recession after two consecutive quarters of negative growth.', 'two consecutive quarters', 'P2Q', 'DURATION'],
    ['It turned a profit after several quarters of losses.', 'several quarters', 'PXQ', 'DURATION'],
    ['Organizers said the two days of music would end Friday.', 'two days', 'P2D', 'DURATION'],
    ['The siege lasted three days.', 'three days', 'P3D', 'DURATION', null],
    ['The meeting ran for two hours.', 'two hours', 'PT2H', 'DURATION'],
    ['He served a year in prison.', 'a year', 'P1Y', 'DURATION'],
    ['The company signed a two-year contract.', 'two-year', 'P2Y', 'DURATION'],
    ['They lived in camps for 2 1/2 years.', '2 1/2 years', 'P2Y6M'],
    ['The strike lasted more than four hours.', 'more than four hours', 'PT4H', 'DURATION', 'MORE_THAN'],
    ['Repairs take about six weeks.', 'six weeks', 'P6W', 'DURATION', 'APPROX'],
    ['Losses grew for the first nine months.', 'the first nine months', 'P9M'],
    ['The trial could last several years.', 'several years', 'PXY', 'DURATION'],
    ['Prices rose in recent years.', 'recent years', 'PXY', 'DURATION'],
    ['Insurance has been a tough business in recent quarters.', 'recent quarters', 'PXQ', 'DURATION'],
    ["They're going to have to live without it for a while.", 'a while', 'PXX', 'DURATION'],
    ['Forces could be in the gulf region for some time.', 'some time', 'PXX', 'DURATION'],
    ['The plant will close at some time next year.', 'next year', '2025'],
    ['The carry-forwards will cut tax payments in future quarters.', 'future quarters', 'FUTURE_REF', 'DATE'],
    ['The fighting has gone on for decades.', 'decades', 'PXY', 'DURATION'],
    ['His car was seen in the weeks before the shooting.', 'weeks', 'PXW', 'DURATION'],
    ['Police arrived twenty minutes later.', 'twenty minutes', 'PT20M', 'DURATION'],
    ['Stocks fell over the past five trading days.', 'the past five trading days', 'P5D', 'DURATION'],
    ['Eight trading days after Oct. 12, the index recovered.', 'Eight trading days', 'P8D', 'DURATION'],
    ['The jet is almost two and a half years behind schedule.', 'almost two and a half years', 'P2Y6M', 'DURATION', 'LESS_THAN'],
    ['He thanked employees for their work over the years.', 'the years', 'PXY', 'DURATION'],
    ['Funds will have to sell junk bonds in the weeks ahead.', 'the weeks ahead', 'PXW', 'DURATION'],
    ['The months to come will be hard.', 'The months to come', 'PXM', 'DURATION'],
    ['Shares may rise over the next two years or so.', 'the next two years or so', 'P2Y', 'DURATION', 'APPROX'],
    ['Then, a week or so ago, the general picked Saturday.', 'a week or so ago', '2024-W42', 'DATE', 'APPROX'],
    ['Stocks marked a four-week long positive streak.', 'four-week', 'P4W', 'DURATION'],
    ['Apple settled its decades-long dispute.', 'decades-long', 'PXY', 'DURATION'],
    ['The boy is two years old.', '', ''],
    ['Lawyers emerged from their third day-long meeting.', 'day-long', 'P1D', 'DURATION'],
    ['It was the worst single-day decline since 1987.', 'single-day', 'P1D', 'DURATION'],
    ['Net for the year-earlier nine months included a gain.', 'the year-earlier nine months', 'P9M', 'DURATION'],
    // a rate needs an amount ("$1 billion a year", "four flights a week"); a verb ending in -s is none
    ["GM's move comes a day after Chrysler's.", 'a day', 'P1D', 'DURATION'],
    ['The FTSE index reaches one-year high.', 'one-year', 'P1Y', 'DURATION'],
    ['Qantas runs four flights a week to Bombay.', '', ''],
    ['Families send $1 billion a year to Cuba.', '', ''],
    ['Revenue should increase by 20% annually.', '', ''],
    ['The plant would produce about 10,000 units annually.', '', ''],
    ['The commemorations are held here annually.', 'annually', 'P1Y', 'SET'],
  ]);
});

describe('sets', () => {
  table([
    ['The council meets every week.', 'every week', 'P1W', 'SET'],
    ['Markets report each year.', 'each year', 'P1Y', 'SET'],
    ['The ferry sails every Monday.', 'every Monday', 'XXXX-WXX-1', 'SET'],
    ['Orangemen march each July through the town.', 'each July', 'XXXX-07', 'SET'],
    ['Flights leave Bombay on Monday and Tuesday nights.', 'Tuesday nights', 'XXXX-WXX-2TNI', 'SET'],
    ['The shop closes on Sundays.', 'Sundays', 'XXXX-WXX-7', 'SET'],
    ['Figures are published daily.', 'daily', 'P1D', 'SET'],
    ['Qantas plans daily flights to Seoul.', 'daily', 'P1D', 'SET'],
    ['We are doing interviews on a daily basis.', 'daily', 'P1D', 'SET'],
    ['Claims for weekly unemployment benefits rose.', 'weekly', 'P1W', 'SET'],
    ['Average hourly earnings rose 0.3%.', 'hourly', 'PT1H', 'SET'],
    ['The store sells yearly passes.', '', ''],
    ['The Daily Mail reported the deal.', '', ''],
    ['The board meets twice a week.', 'a week', 'P1W', 'SET'],
  ]);
});
