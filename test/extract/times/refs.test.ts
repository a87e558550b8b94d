/** PRESENT_REF, PAST_REF, FUTURE_REF. */
import { describe } from 'vitest';
import { table } from './cases.js';

describe('vague references', () => {
  table([
    ['Prospects for growth in the near term appear good.', 'the near term', 'FUTURE_REF'],
    ['The army now controls the town.', 'now', 'PRESENT_REF', 'DATE'],
    ['Both countries are currently under sanctions.', 'currently', 'PRESENT_REF'],
    ['The firm recently cut jobs.', 'recently', 'PAST_REF'],
    ['Such attacks happened in the past.', 'the past', 'PAST_REF'],
    ['Such weapons will matter in the near future.', 'the near future', 'FUTURE_REF'],
    ['The company will seek more financing at a later date.', 'a later date', 'FUTURE_REF', 'DATE'],
    ['The hearing was postponed to a future date.', 'a future date', 'FUTURE_REF', 'DATE'],
    ['Two pollsters started at a later date than anyone else.', '', ''],
    ['Nobody knows what the future holds.', 'the future', 'FUTURE_REF'],
    ['The aid secures the plants for the long term.', 'the long term', 'FUTURE_REF'],
    ['The plan placates holders in the short term.', 'the short term', 'FUTURE_REF'],
    ['The bank issued long-term bonds and the long term looked bright.', '', ''],
    ['Islam will one day be the second largest religion.', 'one day', 'FUTURE_REF', 'DATE'],
    ['The talks ended one day after the vote.', 'one day', 'P1D', 'DURATION'],
    // "one day" fronted before a clause with a modal is the same indefinite future; not an amount of time
    ['She said that one day the miners might return to work.', 'one day', 'FUTURE_REF', 'DATE'],
    ['One day, the town will have its own hospital.', 'One day', 'FUTURE_REF', 'DATE'],
    ['Prices fell sharply in one day and may fall again.', 'one day', 'P1D', 'DURATION'],
    ['The index lost 5% in one day.', 'one day', 'P1D', 'DURATION'],
    ['More recently it has followed the growth of militias.', 'More recently', 'PAST_REF', 'DATE'],
    ['Holders may buy shares at the then current market price.', 'then current', 'PAST_REF', 'DATE'],
  ]);
});
