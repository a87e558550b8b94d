/** What is not a time expression. */
import { describe } from 'vitest';
import { table } from './cases.js';

describe('not times', () => {
  table([
    ['He scored in the fourth quarter of the game.', '', ''],
    ['He joined the March on Washington.', '', ''],
    ['Sanders took part in the 1963 March on Washington.', '1963', '1963'],
    ['At the end of the day, voters want jobs.', '', ''],
    ['Police scanned the crowd at the annual March for Life.', '', ''],
    ['He marched at the head of the March of the Combatant Mothers.', '', ''],
    ['Lawmaker Park Sun-won reported the figures.', '', ''],
    ['North Korea may be seeking technology.', '', ''],
    ['The allies announced a $50 billion loan.', '', ''],
    ['Thousands march on the capital.', '', ''],
    ['Protesters will March on the capital.', '', ''],
    ['Theresa May said the talks failed.', '', ''],
    ['He finished second in the third race.', '', ''],
    ['Arsenal won 3-2 against Chelsea.', '', ''],
    ['The army sent 2000 troops to the border.', '', ''],
    ['Sun Myung Moon founded the church.', '', ''],
    ['The current account deficit widened.', '', ''],
    ['The Czech foreign minister, Jan Kavan, signed the treaty.', '', ''],
    ['Apple shares slid in after hours trading.', '', ''],
    ['A reporter for USA Today spotted her.', '', ''],
    ["Trump told NBC's Today show so.", '', ''],
    ['He came third; she came twenty second in the race.', '', ''],
    ['The alarm rang at a quarter past eight.', '', ''],
    ['He raised more than three-quarters from small donors.', '', ''],
    ['It is no longer the party he reinvented a quarter-century ago.', '', ''],
    ['He worked on Monday Night Baseball broadcasts.', '', ''],
    ['Baker, speaking on ABC News\' "This Week," said so.', '', ''],
    ['The poster showed Gary Cooper in the film "High Noon."', '', ''],
    ["Schiff told USA TODAY's video series.", '', ''],
    ['Less than a quarter of Hillary Clinton donors are small donors.', '', ''],
    ['Futures prices rose as future contracts rallied.', '', ''],
    ['The firm previously said future earnings would rise.', '', ''],
    ['The plan saves $500 million a year in costs.', '', ''],
    ['The firm cut its quarterly dividend.', '', ''],
    ["He spoke on CBS's 60 Minutes program.", '', ''],
    ['Iraq imports about three-quarters of its food.', '', ''],
  ]);
});
