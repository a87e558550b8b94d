/**
 * Vague references: now, currently, current → PRESENT_REF; recently, lately, the past → PAST_REF; the
 * future, "at a later date" → FUTURE_REF. "previously", "soon", bare "recent" and "future" (future earnings) are left out:
 * in the TempEval-3 tuning part they were far more often unannotated than annotated.
 */
import type { Parser } from '../types.js';
import { draft, prevWord, re } from './util.js';

const VALUES: Record<string, string> = {
  now: 'PRESENT_REF', currently: 'PRESENT_REF', current: 'PRESENT_REF', nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF',
  'at the moment': 'PRESENT_REF', 'at present': 'PRESENT_REF', 'right now': 'PRESENT_REF', 'just now': 'PAST_REF',
  recently: 'PAST_REF', 'more recently': 'PAST_REF', recent: 'PAST_REF', previously: 'PAST_REF', formerly: 'PAST_REF', 'the past': 'PAST_REF',
  'in the past': 'PAST_REF', lately: 'PAST_REF', once: 'PAST_REF',
  soon: 'FUTURE_REF', 'the future': 'FUTURE_REF', future: 'FUTURE_REF', 'the near future': 'FUTURE_REF', 'in the future': 'FUTURE_REF',
  'the foreseeable future': 'FUTURE_REF', shortly: 'FUTURE_REF', 'the near term': 'FUTURE_REF', 'the long term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF', 'later date': 'FUTURE_REF', 'future date': 'FUTURE_REF',
};

export const refs: Parser = {
  name: 'refs',
  triggers: ['now', 'currently', 'current', 'nowadays', 'these', 'at', 'right', 'just', 'recently', 'recent', 'previously', 'formerly', 'more',
    'the', 'lately', 'soon', 'future', 'shortly', 'later'],
  pattern: re(String.raw`(?<w>right\s+now|just\s+now|now|currently|current|nowadays|these\s+days|at\s+the\s+moment|at\s+present|(?:more\s+)?recently|lately|the\s+(?:near\s+)?future|the\s+(?:near|long|short)\s+term|the\s+past|(?:later|future)\s+date)(?![\p{L}\d-])`),
  build(m, cx) {
    const w = m.groups!.w.toLowerCase().replace(/\s+/g, ' ');
    const next = /^\s*([\p{L}]+)/u.exec(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[1]?.toLowerCase() ?? '';
    const p = prevWord(cx);
    // "current account", "future contracts", "the past tense", "the past week" (another parser), "now that"
    if (w === 'current' && /^(?:account|accounts|affairs|events|flows?|of|and|or|electric)$/.test(next)) return null;
    if (w === 'current' && /^(?:electric|alternating|direct|ocean|the)$/.test(p) && next === '') return null;
    if (w === 'future' && /^(?:contracts?|prices?|markets?|exchange|trading|of)$/.test(next)) return null;
    if (w === 'the past' && /^(?:week|month|year|decade|few|several|two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(next)) return null;
    if (w === 'soon' && /^(?:as|after|afterwards|thereafter)$/.test(next)) return null;
    if (w === 'soon' && p === 'as') return null;
    // "started at a later date than anyone else": a comparison, no time to come
    if (w === 'later date' || w === 'future date') {
      if (p !== 'a' || next === 'than') return null;
      const d = draft(m, 'DATE', 'FUTURE_REF', null, 'refs');
      d.start = cx.a.tokens[cx.index - 1].start;
      return d;
    }
    // "the then current price": a present of the past
    if (w === 'current' && p === 'then') {
      const d = draft(m, 'DATE', 'PAST_REF', null, 'refs');
      d.start = cx.a.tokens[cx.index - 1].start;
      return d;
    }
    // "in/for/over the long term", "in the short term": a time to come, only after such a preposition
    if ((w === 'the long term' || w === 'the short term') && !/^(?:in|for|over|during)$/.test(p)) return null;
    return draft(m, 'DATE', VALUES[w], null, 'refs');
  },
};
