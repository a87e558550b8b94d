/** Calendar and fiscal quarters and halves. */
import { describe } from 'vitest';
import { table } from './cases.js';

describe('quarters (published 2024-10-23, in Q4)', () => {
  table([
    ['Profit fell in the third quarter.', 'the third quarter', '2024-Q3', 'DATE'],
    ['The company reported third-quarter profit.', 'third-quarter', '2024-Q3'],
    ['Sales rose in the first quarter.', 'the first quarter', '2024-Q1'],
    ['Sales will rise in the first quarter.', 'the first quarter', '2025-Q1'],
    ['Output fell in the fourth quarter of 2019.', 'the fourth quarter of 2019', '2019-Q4'],
    ['Profit grew in the fiscal second quarter.', 'the fiscal second quarter', '2024-Q2'],
    // results reports: the quarter ended on a day, the same quarter a year earlier
    ['For the quarter ended Sept. 30, Delta posted a profit.', 'the quarter', '2024-Q3'],
    ['In the quarter ended July 31, Jayark lost money.', 'the quarter', '2024-Q2'],
    ['Profit rose in the third quarter, compared with a year-earlier loss.', 'year-earlier', '2023-Q3'],
    ['Profit rose in the third quarter. In the year-ago third quarter, it lost money.', 'the year-ago third quarter', '2023-Q3'],
    ['Profit rose in the third quarter. In the comparable year-ago quarter, it lost money.', 'the comparable year-ago quarter', '2023-Q3'],
    ['Profit rose in the third quarter. For the quarter a year ago, it lost money.', 'the quarter a year ago', '2023-Q3'],
    ['Profit rose in the third quarter from the corresponding period last year.', 'the corresponding period last year', '2023-Q3'],
    ['Profit rose in the third quarter. Sales for last year\'s quarter were lower.', "last year's quarter", '2023-Q3'],
    ['Profit rose in the third quarter. In the 2023 period, it lost money.', 'the 2023 period', '2023-Q3'],
    ['Profit rose in the third quarter, but the year-earlier period had a gain.', 'the year-earlier period', '2023-Q3'],
    ['The company posted the third-quarter loss.', 'third-quarter', '2024-Q3'],
    ['Sales rose in the year-ago period.', 'the year-ago period', '2023-Q3'],
    ['Profit rose in the third quarter; it expects a loss in the fourth quarter. In the year-ago period, it earned $5.', 'the year-ago period', '2023-Q3'],
    ['For the final quarter of 2009, Ford made a profit.', 'the final quarter of 2009', '2009-Q4'],
    ['Eight million phones will be sold in the current financial quarter.', 'the current financial quarter', '2024-Q4'],
    ['Profit rose in the third quarter. Sales in the latest period rose 5%.', 'the latest period', '2024-Q3'],
    ['Profit fell in the second quarter. Results for that quarter included a charge.', 'that quarter', '2024-Q2'],
    ['Revenue doubled in Q2 2023.', 'Q2 2023', '2023-Q2'],
    ['Profit rose in the third quarter. Costs fell in the quarter.', 'the quarter', '2024-Q3'],
    ['Profit rose in the third quarter from a year ago.', 'a year ago', '2023-Q3'],
    ['Profit rose in the first half.', 'the first half', '2024-H1'],
    // the half or quarter of a month, a century or a game is no half-year or quarter
    ['The conventions are in the second half of July.', 'July', '2024-07'],
    ['It lost money for the third quarter of $226.3 million.', 'the third quarter', '2024-Q3'],
    ['Earnings will be lower for the last half of 1989.', 'the last half of 1989', '1989-H2'],
    ['Weakness will last through the first two quarters of 1990.', 'the first two quarters of 1990', '1990-H1'],
    ['It lost money last quarter.', 'last quarter', '2024-Q3'],
    ['Sales were flat in the last half of the 1980s.', 'the 1980s', '198X'],
  ]);
});

describe('quarters (published 2024-08-19, in Q3)', () => {
  table([
    // the quarter after publication's, in the same year, is the coming one even in a past-tense sentence
    ['Ford announced cuts, closing ten plants during the fourth quarter.', 'the fourth quarter', '2024-Q4'],
    ['Profit rose in the second quarter.', 'the second quarter', '2024-Q2'],
    ['Profit rose in the first quarter.', 'the first quarter', '2024-Q1'],
  ], '2024-08-19');
});

describe('quarters (published 2024-02-08, in Q1)', () => {
  table([
    // the quarter just ended is last year's fourth, also in future tense (results come after it)
    ['The company is to report fourth-quarter earnings on Wednesday.', 'fourth-quarter', '2023-Q4'],
    ['Sales will rise in the second quarter.', 'the second quarter', '2024-Q2'],
  ], '2024-02-08');
});
