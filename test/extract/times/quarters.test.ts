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
    ['Revenue doubled in Q2 2023.', 'Q2 2023', '2023-Q2'],
    ['Profit rose in the third quarter. Costs fell in the quarter.', 'the quarter', '2024-Q3'],
    ['Profit rose in the third quarter from a year ago.', 'a year ago', '2023-Q3'],
    ['Profit rose in the first half.', 'the first half', '2024-H1'],
  ]);
});
