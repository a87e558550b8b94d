/**
 * A clock time: "3 p.m." 2024-10-23T15:00, "10:30 a.m. EDT" (…T10:30-04), "noon", "midnight",
 * "14:30 GMT"; a following "today", "yesterday" or weekday moves the day ("6 p.m. Wednesday").
 */
import { amountMod, WEEKDAY_RE, weekdayNumber } from '../lexicon.js';
import type { Resolver } from '../normalise.js';
import type { Parser } from '../types.js';
import { draft, pad2, re } from './util.js';

const ZONES: Record<string, string> = {
  GMT: 'Z', UTC: 'Z', Z: 'Z', BST: '+01', CET: '+01', CEST: '+02', EET: '+02', EEST: '+03', MSK: '+03',
  EST: '-05', EDT: '-04', CST: '-06', CDT: '-05', MST: '-07', MDT: '-06', PST: '-08', PDT: '-07',
  JST: '+09', KST: '+09', HKT: '+08', SGT: '+08', AEST: '+10', AEDT: '+11', IST: '+05:30',
};

const DAY = String.raw`(?:\s+(?:on\s+)?(?<day>today|yesterday|tomorrow|tonight|${WEEKDAY_RE}))?`;

function dayValue(r: Resolver, day: string | undefined): string {
  if (!day) return r.day(0);
  const d = day.toLowerCase();
  if (d === 'today' || d === 'tonight') return r.day(0);
  if (d === 'yesterday') return r.day(-1);
  if (d === 'tomorrow') return r.day(1);
  return r.weekday(weekdayNumber(d), null);
}

export const clock: Parser = {
  name: 'clock',
  triggers: ['#', 'about', 'around', 'approximately', 'shortly', 'just'],
  pattern: re(String.raw`(?:(?<am>about|around|approximately|shortly\s+(?:after|before)|just\s+(?:after|before))\s+)?(?<h>[012]?\d)(?:[:.](?<mi>[0-5]\d))?\s*(?:(?<ap>a\.?m\.?|p\.?m\.?)|(?<oc>o['’]clock)|(?<h24>(?<=:[0-5]\d\s*)))(?:\s*\(?(?<tz>GMT|UTC|Z|[A-Z]{1,2}[SD]?T|BST|CET|CEST|EET|EEST|MSK|JST|KST|HKT|SGT|AEST|AEDT|IST)\)?(?![\p{L}]))?${DAY}`),
  build(m) {
    const g = m.groups!;
    let h = Number(g.h);
    const mi = g.mi ? Number(g.mi) : 0;
    if (h > 24 || (g.ap && (h > 12 || h === 0))) return null;
    if (!g.ap && !g.oc && !g.mi) return null;
    if (g.h24 !== undefined && !g.tz && !g.day) return null; // a bare "10:30" is too often a score or a ratio
    if (g.ap) {
      const pm = /^p/i.test(g.ap);
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
    }
    const zone = g.tz ? ZONES[g.tz.toUpperCase()] ?? '' : '';
    const mod = g.am ? (/^(?:about|around|approximately)$/i.test(g.am) ? 'APPROX' : /after/i.test(g.am) ? 'AFTER' : 'BEFORE') : null;
    void amountMod;
    return draft(m, 'TIME', (r) => `${dayValue(r, g.day)}T${pad2(h)}:${pad2(mi)}${zone}`, mod, 'clock');
  },
};

export const noon: Parser = {
  name: 'noon',
  triggers: ['noon', 'midnight', 'midday'],
  pattern: re(String.raw`(?<w>noon|midnight|midday)${DAY}(?![\p{L}])`),
  build(m) {
    const g = m.groups!;
    const w = g.w.toLowerCase();
    return draft(m, 'TIME', (r) => `${dayValue(r, g.day)}T${w === 'midnight' ? '24:00' : '12:00'}`, null, 'noon');
  },
};
