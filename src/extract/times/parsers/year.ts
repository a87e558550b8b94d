/**
 * A year: "1998", "early 1990", "mid-1996", "fiscal 1989", "the end of 1990", "1998's", "post-1959". Four digits
 * that count something ("1990 people", "$2000", "2000 percent") are not years.
 */
import { pointMod, POINT_MOD_RE } from '../lexicon.js';
import type { Parser } from '../types.js';
import { draft, prevWord, re } from './util.js';
import { isHouseNumber } from '../../../nlp/lexicon/places.js';

const NOT_AFTER = new Set(['$', '€', '£', '¥', 'no', 'no.', 'number', 'page', 'route', 'flight', 'room', 'rs', 'us$', '#', 'about', 'some', 'nearly', 'almost', 'over', 'than', 'least']);

export const year: Parser = {
  name: 'year',
  triggers: ['#', 'fiscal', 'calendar', 'fy', 'early', 'late', 'mid', 'middle', 'the', 'end', 'beginning', 'start', 'very', 'post', 'pre', "'", '’'],
  pattern: re(String.raw`${POINT_MOD_RE}(?:(?<fiscal>fiscal(?:\s+year)?|calendar(?:\s+year)?|fy)\s*|(?<pp>post|pre)-)?(?:(?<y>1[0-9]\d\d|20\d\d)|['’](?<yy>\d\d)(?=[\s,.;:)]|$))(?![\d,.]\d|\s*(?:%|percent|per\s*cent|-\d|–\d)|[\p{L}\d])`),
  build(m, cx) {
    const g = m.groups!;
    if (g.yy) {
      // "since '82", "in the fall of '97": a year in two digits after a preposition, in the century that puts
      // it at or before publication (not "'60 Minutes", "iLife '11")
      if (g.fiscal || g.pp || !/^(?:since|in|of|by|from|until|through|to|before|after|summer|spring|fall|autumn|winter)$/.test(prevWord(cx))) return null;
      if (/^\s+\p{Lu}\p{Ll}/u.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 4)) && !/^\s+(?:[A-Z][a-z]+\s+\d|January|February|March|April|May|June|July|August|September|October|November|December)/.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
      const yy = Number(g.yy);
      return draft(m, 'DATE', (r) => String((r.dct && yy > r.dct.y % 100 ? 1900 : r.dct ? Math.floor(r.dct.y / 100) * 100 : 1900) + yy), pointMod(g.pm), 'year');
    }
    const y = Number(g.y);
    if (y < 1000 || y > 2099) return null;
    if (!g.pm && !g.fiscal && !g.pp) {
      if (NOT_AFTER.has(prevWord(cx))) return null;
      // a house number: "of 1119 Eighth St."
      if (isHouseNumber(cx.a.text, m.index + m[0].length)) return null;
      // a count: "1500 troops", "2000 people" (years are followed by punctuation, prepositions, verbs …)
      const after = /^\s+(\p{Ll}+)/u.exec(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1];
      if (after && /^(?:troops|people|soldiers|men|women|jobs|workers|shares|employees|units|cars|miles|feet|meters|metres|acres|tons|tonnes|barrels|votes|members|points|kilometers|kilometres|dollars|euros|yen|pounds|rubles|won|km|kg|mw|cases|deaths|homes|students|refugees|copies|vehicles)$/.test(after)) return null;
      if (y < 1800 && !/^(?:in|of|since|by|from|until|to|year|around|before|after|between|and|the|c\.|circa)$/.test(prevWord(cx))) return null;
    }
    return draft(m, 'DATE', g.y, pointMod(g.pm), 'year');
  },
};
