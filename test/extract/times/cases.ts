/** The table runner the time-expression tests share: one case a line, values and offsets asserted. */
import { expect, it } from 'vitest';
import { analyse } from '../../../src/nlp/tokenize.js';
import { extractTimes } from '../../../src/extract/times/index.js';
import type { Time } from '../../../src/ledger/types.js';

/** [text, the expression's text (its first occurrence; '' = no time at all), value, type?, mod?] */
export type Case = [text: string, span: string, value: string, type?: string, mod?: string | null];

export function times(text: string, published: string | null = '2024-10-23'): Time[] {
  return extractTimes(analyse(text, 0), published);
}

/** Each case: the expression is found at its offsets with the value (and type and mod when given). */
export function table(cases: readonly Case[], published: string | null = '2024-10-23'): void {
  for (const [text, span, value, type, mod] of cases) {
    it(`${text} → ${span ? `${span} = ${value}` : 'nothing'}`, () => {
      const got = times(text, published);
      for (const t of got) expect(text.slice(t.start, t.end)).toBe(t.text);
      if (!span) {
        expect(got.map((t) => `${t.text}=${t.value}`)).toEqual([]);
        return;
      }
      const start = text.indexOf(span);
      expect(start).toBeGreaterThanOrEqual(0);
      const t = got.find((x) => x.start === start && x.end === start + span.length);
      expect(t ? `${t.text}=${t.value}` : got.map((x) => `${x.text}=${x.value}`).join('; ')).toBe(`${span}=${value}`);
      if (type) expect(t!.type).toBe(type);
      if (mod !== undefined) expect(t!.mod).toBe(mod);
    });
  }
}
