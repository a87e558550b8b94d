/** "the same day", "that day", "the next day": the last date mentioned. */
import { describe } from 'vitest';
import { table } from './cases.js';

describe('anaphora to the last date mentioned', () => {
  table([
    ['On Wednesday, the U.S. warned Russia. On the same day, allies announced a loan.', 'the same day', '2024-10-23', 'DATE'],
    ['The rebels attacked on Oct. 5. That day, ten people died.', 'That day', '2024-10-05'],
    ['He was killed on Oct. 5. Earlier that day, his family sent a fax.', 'Earlier that day', '2024-10-05'],
    // a year named counts as the last date ("the following year"); "one year later" is the duration
    // "one year" ("later" is its signal, as TimeML and TimeBank write it)
    ['In 1984 the first Macintosh was released. One year later he was fired.', 'One year', 'P1Y', 'DURATION'],
    ['In 2001 Apple introduced the iPod and the following year a new system.', 'the following year', '2002'],
    // "that November", "the following March", "that summer": the month or season of (or after, before) the last date
    ['Riots in 1968 contributed to the senator\'s defeat that November.', 'that November', '1968-11', 'DATE'],
    ['The mill shut in March 2009 and by the following March it had reopened.', 'the following March', '2010-03'],
    ['He quit in 2012. The previous June, he had been promoted.', 'The previous June', '2011-06'],
    ['The invasion began in 2003, and by that summer the capital had fallen.', 'that summer', '2003-SU'],
    ['She was elected in 2016. The following spring, she resigned.', 'The following spring', '2017-SP'],
    ['The ruling came that March 3.', 'March 3', '2024-03-03'],
    ['Deliveries start in 2011 and end two years later.', 'two years', 'P2Y', 'DURATION'],
    ['The tanker will be tested in 2010 and in operation three years afterwards.', 'three years', 'P3Y', 'DURATION'],
    ['The gap closes slowly. Three days later, the Nasdaq was down.', 'Three days', 'P3D', 'DURATION'],
    ['A few days later, American Medical announced lower earnings.', 'A few days', 'PXD', 'DURATION'],
    ['Sales fell 35% in January, compared to the same month a year ago.', 'the same month a year ago', '2023-01'],
    ['Sales rose 43% in February compared to the same period last year.', 'the same period last year', '2023-02'],
    ['Talks began on Oct. 5 and resumed the next day.', 'the next day', '2024-10-06'],
    ['Ford cut its costs to $118.3 billion in 2009, $19.8 billion lower than the year previous.', 'the year previous', '2008'],
    ['Sales fell from the year prior to the merger.', '', ''],
    ['He arrived on Oct. 5; the following day he left.', 'the following day', '2024-10-06'],
    // a streak day after a deadline named later than publication is the publication day
    ['Schools will stay shut until Nov. 4. The schools remained closed for a third day.', 'a third day', '2024-10-23', 'DATE'],
    ['The strike began on Oct. 14. It was the second straight day of protests.', 'the second straight day', '2024-10-14', 'DATE'],
    // "the day before/after" a named date: that date a day off, one timex without the article
    ['The day before last Monday\'s vote, the mayor resigned.', 'day before last Monday', '2024-10-20', 'DATE'],
    ['The banks reopened the day after Oct. 5, 2023.', 'day after Oct. 5, 2023', '2023-10-06'],
    ['Shares fell on the day after Tuesday\'s report.', 'day after Tuesday', '2024-10-23'],
    ['The vote was held on Monday. A day earlier, protests broke out.', 'A day earlier', '2024-10-20'],
    ['The vote took place in March 2019. That year, turnout fell.', 'That year', '2019'],
    ['Nothing happened that day.', 'that day', '2024-10-23'],
    // the day and its parts named with "the": the day last named, else the publication day
    ['The president arrived in Philadelphia later in the day.', 'the day', '2024-10-23', 'DATE'],
    ['Shares rose on Friday before falling later in the day.', 'the day', '2024-10-18'],
    // the last day named, even when a month or a year was named since
    ['Stocks rose on Friday, though jobs fell in September to a low not seen since 1983, ending the day at 8,017.', 'the day', '2024-10-18'],
    ['The Dow rebounded late in the day after falling 250 points.', 'late in the day', '2024-10-23'],
    ['Following a large fall at the start of the day, the Dow recovered.', 'the start of the day', '2024-10-23', 'DATE', 'START'],
    ['Stocks slid Friday. Dealers placed heavy buy orders in the morning to start the session.', 'the morning', '2024-10-18TMO', 'TIME'],
    // a part of day before "trading" or "session" in a market report: the day last named
    ['Shares of the carmaker jumped Tuesday to a five-year high in morning trading.', 'morning', '2024-10-22TMO', 'TIME'],
    ['On Monday the index slid 2% in late afternoon trading.', 'late afternoon', '2024-10-21TAF', 'TIME', 'END'],
    ['Shares slipped in early trading.', '', ''],
    ['He watched the evening news.', '', ''],
    // "the eighth day", "a second consecutive day": the day last named
    ["Today is the eighth day of the operation.", 'the eighth day', '2024-10-23', 'DATE'],
    ['Trading was suspended for a second consecutive day.', 'a second consecutive day', '2024-10-23', 'DATE'],
    ['Prices rose on the first day of March.', 'March', '2024-03'],
  ]);
});
