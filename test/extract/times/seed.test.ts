/** The seed article: all 8 gold dates with the gold value. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedPath } from '../../../eval/paths.js';
import { documentFromText } from '../../../src/document/index.js';
import { analyse } from '../../../src/nlp/tokenize.js';
import { extractTimes } from '../../../src/extract/times/index.js';

const article = seedPath('article.txt');
const gold = seedPath('gold.json');

describe.skipIf(!article || !gold)('seed article dates (skipped: ../shared/examples/seed is absent)', () => {
  it('finds every gold date with the gold value', () => {
    const doc = documentFromText(readFileSync(article!, 'utf8'), { title: null, published: '2024-10-23', url: null, outlet: null });
    const a = analyse(doc.text, doc.body_start);
    const times = extractTimes(a, doc.published);
    const dates = (JSON.parse(readFileSync(gold!, 'utf8')) as { dates: { text: string; value: string }[] }).dates;
    let from = 0;
    const got: string[] = [];
    for (const d of dates) {
      const i = doc.text.indexOf(d.text, from);
      expect(i).toBeGreaterThanOrEqual(0);
      from = i + d.text.length;
      const over = times.filter((t) => t.start < i + d.text.length && t.end > i);
      got.push(`${d.text}=${over.some((t) => t.value === d.value) ? d.value : over.map((t) => t.value).join('|')}`);
    }
    expect(got).toEqual(dates.map((d) => `${d.text}=${d.value}`));
    for (const t of times) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });
});
