/** Months and days of months: early/mid/late, ranges, deadlines, tense, years, decades. */
import { describe } from 'vitest';
import { table } from './cases.js';

describe('months against publication (2024-10-23)', () => {
  table([
    // an if-clause with no past or future cue of its own looks ahead, whatever the main clause
    ['She has emerged as the favourite for the seat if the party wins the state in November.', 'November', '2024-11', 'DATE'],
    ['Whatever he does can be undone if a rival is elected in November.', 'November', '2024-11', 'DATE'],
    ['The judge said the vote would be void if it was held in December.', 'December', '2023-12', 'DATE'],
    // with no past or future cue, an infinitive governing the month looks ahead ("eligible to vote in …");
    // not after a past verb ("continued to"), nor past "after"
    ['Those residents are not eligible to vote in the November election.', 'November', '2024-11', 'DATE'],
    ['The union is unlikely to endorse her after her July comment.', 'July', '2024-07', 'DATE'],
    ['Prices continued to fall in September.', 'September', '2024-09', 'DATE'],
    // "has to" is an obligation, to come, not a perfect; a base-form past ("put") after "and" shares the verb before it
    ['The mayor now has to convince voters to back him in November.', 'November', '2024-11', 'DATE'],
    ['They are hoping she will win in November and put forward a new budget.', 'November', '2024-11', 'DATE'],
    ['The firm had to close the plant in December.', 'December', '2023-12', 'DATE'],
    ['The firm closed the plant in June and cut 500 jobs.', 'June', '2024-06', 'DATE'],
    // a month after a preposition of time is a month even before "for the Name" (not "the March for Life")
    ['The bill was drafted in May for the Senate.', 'May', '2024-05'],
    ['Tickets went on sale in September for the March concert.', 'September', '2024-09'],
    ['Soldiers arrived in early October.', 'early October', '2024-10', 'DATE', 'START'],
    ['Talks stalled in mid-October.', 'mid-October', '2024-10', 'DATE', 'MID'],
    // before a noun the article goes with the noun, as in "the third-quarter loss"; not in "the end of March"
    ['Officials said the late-September trip had been approved.', 'late-September', '2024-09', 'DATE', 'END'],
    ['The late August release of the files angered the campaign.', 'late August', '2024-08', 'DATE', 'END'],
    ['Prices held steady until the end of September.', 'the end of September', '2024-09', 'DATE', 'END'],
    ['Shipments began in late September.', 'late September', '2024-09', 'DATE', 'END'],
    ['Troops arrived between early and mid-October.', 'early', '2024-10', 'DATE', 'START'],
    ['Troops arrived between early and mid-October.', 'mid-October', '2024-10', 'DATE', 'MID'],
    ['North Korea intends to send 10,000 troops by December.', 'December', '2024-12', 'DATE'],
    ['The budget must pass by March.', 'March', '2025-03'],
    ['Tensions escalated after a June agreement.', 'June', '2024-06'],
    // a month's figures come out after it: the last such month, whatever the tense
    ['Investors will get one more data point Friday with the release of the September jobs report.', 'September', '2024-09'],
    ['The candidates must file their September campaign finance reports on Sunday.', 'September', '2024-09'],
    ['An expected announcement of October unemployment data could lift the index.', 'October', '2024-10'],
    ['Carmakers reported their September sales.', 'September', '2024-09'],
    ['The summit was held in November.', 'November', '2023-11'],
    // in a past-tense sentence the month after publication's is the coming one, unless a past verb governs it
    ['The alliance has decided to admit them in early November, an official said.', 'early November', '2024-11', 'DATE', 'START'],
    ['Saudi Arabia told oil companies of a cutback in its supply in November.', 'November', '2024-11'],
    ['Dealers placed orders to start the first trading day for November transactions.', 'November', '2024-11'],
    ['The company changed its fiscal year in December.', 'December', '2023-12'],
    ['In November, the senator rejected the plan.', 'November', '2023-11'],
    // "proposed", "advanced", "detailed" are verbs unless a determiner makes them adjectives
    ['In November, the senator proposed a no-fly zone.', 'November', '2023-11'],
    ['The proposed merger will close in November.', 'November', '2024-11'],
    ['He was at the March on Washington in 1963.', '1963', '1963'],
    // an -ed adjective after a determiner is no past cue ("a still unspecified date")
    ['The split would be paid on a still unspecified date in January.', 'January', '2025-01'],
    ['The summit will be held in November.', 'November', '2024-11'],
    // but "that would", and "would" after an if-clause, look ahead
    ['Allies plotted a coup at the convention in November that would elevate him.', 'November', '2024-11'],
    ['If she wins in November, she would be the first to do so.', 'November', '2024-11'],
    ['Donations reached $1 billion through the end of September, an analysis of filings shows.', 'the end of September', '2024-09', 'DATE', 'END'],
    // a participle after a present copula is no past cue, an adverb between or not
    ['The figures are officially released in November.', 'November', '2024-11'],
    ['Prices rose last June.', 'last June', '2024-06'],
    ['Voting starts next January.', 'next January', '2025-01'],
    ['The law passed in March 2019.', 'March 2019', '2019-03'],
    ['The post-1959 politics split families.', 'post-1959', '1959', 'DATE'],
    ['Mines lie near the fabled 11th century temple.', '11th century', '10', 'DATE'],
    ['The rebels attacked on Oct. 5.', 'Oct. 5', '2024-10-05'],
    ['The offer expires Nov. 21.', 'Nov. 21', '2024-11-21'],
    ['Officials invited leaders to a ceremony on Nov. 30.', 'Nov. 30', '2024-11-30'],
    ['He was shot to death last Oct. 5 at his home.', 'Oct. 5', '2024-10-05'],
    // a weekday and its date are one TIMEX3; the weekday picks the year
    ['The paper said in an editorial on Saturday, Oct. 26: the vote matters.', 'Saturday, Oct. 26', '2024-10-26'],
    ['He was shot on the night of Friday, Oct. 27.', 'Friday, Oct. 27', '2023-10-27'],
    // the British order too: "Friday 25 October" is one TIMEX3, its weekday picks the year
    ['The talks, held on Friday 27 October, ended without a deal.', 'Friday 27 October', '2023-10-27'],
    ['Voters go to the polls on Tuesday, 5 November 2024.', 'Tuesday, 5 November 2024', '2024-11-05'],
    ['Markets to stay shut until Friday\nSeptember 18, 2008 The government said so.', 'September 18, 2008', '2008-09-18'],
    ['The thrift announced the plan Aug. 21.', 'Aug. 21', '2024-08-21'],
    ['The offer was extended to Nov. 16.', 'Nov. 16', '2024-11-16'],
    ['The sale should be completed in January.', 'January', '2025-01'],
    ['Clinton won the nomination, teeing up the December showdown.', 'December', '2024-12'],
    ['Police gathered evidence in the April slaying of a doctor.', 'April', '2024-04'],
    // deadlines and targets: the coming one, even after a past-tense verb
    ['Directors declared a dividend payable Dec. 7 to stock of record Nov. 22.', 'Dec. 7', '2024-12-07'],
    ['Directors declared a dividend payable Dec. 7 to stock of record Nov. 22.', 'Nov. 22', '2024-11-22'],
    ['The board named a new chairman, effective Feb. 1.', 'Feb. 1', '2025-02-01'],
    ['The bank extended loans through January.', 'January', '2025-01'],
    // a deadline day up to two months past is this year's, not next year's
    ['The fund has fallen 2% this year through Oct. 19, Lipper says.', 'Oct. 19', '2024-10-19'],
    ['The notes are payable Jan. 15.', 'Jan. 15', '2025-01-15'],
    // "April 24 and 25": two days, the second in the first's month and year
    ['A summit will be held on April 24 and 25.', '25', '2025-04-25', 'DATE'],
    ['A summit will be held on April 24 and 25.', 'April 24', '2025-04-24', 'DATE'],
    ['Rates rose Dec. 7 and 8 percent of loans failed.', 'Dec. 7', '2024-12-07'],
    ['The court ordered that he remain until March 6.', 'March 6', '2025-03-06'],
    ['Prices rose from June to August.', 'August', '2024-08'],
    ['Prices rose from June 5 to Aug. 9.', 'Aug. 9', '2024-08-09'],
    ['He was born on October 5, 1970.', 'October 5, 1970', '1970-10-05'],
    ['The treaty was signed on 9 November 1989.', '9 November 1989', '1989-11-09'],
    ['The report is dated 2024-09-30.', '2024-09-30', '2024-09-30'],
    ['The war began in 1950.', '1950', '1950'],
    ['Output fell in mid-1996.', 'mid-1996', '1996', 'DATE', 'MID'],
    ['Sales rose in fiscal 1989.', 'fiscal 1989', '1989'],
    ['A bomb hit Atlanta in nineteen ninety-six.', 'nineteen ninety-six', '1996', 'DATE'],
    // a month or a season with its year in words is one TIMEX3; "the season of YEAR" keeps its article
    ['Prices last touched that level in the winter of nineteen ninety-four.', 'the winter of nineteen ninety-four', '1994-WI', 'DATE'],
    ['The mill shut in January nineteen ninety-seven.', 'January nineteen ninety-seven', '1997-01', 'DATE'],
    ['The bridge opened in the spring of 2010.', 'the spring of 2010', '2010-SP', 'DATE'],
    ['The uprising in the winter of 2013-14 toppled the government.', 'the winter of 2013-14', '2013-WI', 'DATE'],
    ['Trade grew after the fall of the wall.', '', ''],
    ['Unrest spread after the winter of discontent.', '', ''],
    ['Banks grew fast in the 1990s.', 'the 1990s', '199X', 'DATE'],
    ["The Nikkei closed at its lowest level since '82.", "'82", '1982', 'DATE'],
    ["Sales fell in '24 and rose again.", "'24", '2024'],
    ["Gonzalez said on CBS's '60 Minutes that the boy is abused.", '', ''],
    ['Such plants were common in the late 1980s.', 'the late 1980s', '198X', 'DATE', 'END'],
    ['Trade grew in the 20th century.', 'the 20th century', '19', 'DATE'],
    ['Attacks rose last fall.', 'last fall', '2023-FA', 'DATE'],
    ['Ryan is ready if Republicans splinter and lose in the winter.', 'winter', '2024-WI', 'DATE'],
    ['Supply problems lasted well into the summer, the company said.', 'the summer', '2024-SU', 'DATE'],
    ['The campaign ran ads throughout the spring.', 'the spring', '2024-SP', 'DATE'],
    ['Shops close on Christmas Day.', 'Christmas Day', '2024-12-25', 'DATE'],
    ['Fund-raisers were planned as Election Day grew near.', 'Election Day', '2024-11-05', 'DATE'],
    // Easter and the days it moves; Holy Week is the ISO week of Good Friday; crash days named after a weekday
    ['The cathedral reopened for Easter after the repairs.', 'Easter', '2024-03-31', 'DATE'],
    ['The pilgrims will return for Palm Sunday.', 'Palm Sunday', '2025-04-13', 'DATE'],
    ['Crowds will fill the square during Holy Week.', 'Holy Week', '2025-W16', 'DATE'],
    ['Shops stayed shut on Good Friday, 2019.', 'Good Friday, 2019', '2019-04-19', 'DATE'],
    ['Unionists opposed the Good Friday Agreement.', '', ''],
    ['Retailers are counting on a strong Black Friday.', 'Black Friday', '2024-11-29', 'DATE'],
    ["The index lost 22.6% on Black Monday, the worst day in its history.", 'Black Monday', '1987-10-19', 'DATE'],
    ["Families marked Mother's Day with small gatherings.", "Mother's Day", '2024-05-12', 'DATE'],
    ['Ferries to Easter Island were cancelled.', '', ''],
  ]);
});

describe('months against publication in January (2016-01-19)', () => {
  table([
    // with no other cue the nearest November is last year's; "can win", "must support" look ahead
    ['The plant closed in November.', 'November', '2015-11'],
    ['The party needs a nominee who can win in November.', 'November', '2016-11'],
    ['Delegates must support the nominee in November.', 'November', '2016-11'],
    // a time approached ("toward", "closer to", "ahead of") is the coming one
    ['The campaign is marching toward November with little cash.', 'November', '2016-11'],
    ['The Senate slows confirmations as it gets closer to November.', 'November', '2016-11'],
    ['Donors are holding back ahead of November.', 'November', '2016-11'],
    // "but" opens a clause of its own: its verb does not place the month
    ['The aide declined to say whom the premier would like to see win in November but said no call was planned.', 'November', '2016-11'],
  ], '2016-01-19');
});
