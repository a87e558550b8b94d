import { describe, expect, it } from 'vitest';
import { runSeed } from '../../eval/tasks/seed.js';
import { count } from '../../eval/scorers/seed.js';
import { seedPath } from '../../eval/paths.js';

// Issue 2's must-show, end to end through extract(): skipped when ../shared is absent.
describe.skipIf(!seedPath('gold.json'))('the seed article, whole pipeline (../shared/examples/seed; skipped when absent)', () => {
  const r = runSeed()!;
  const { ledger, score } = r;

  it('takes the title from line 1 and removes both boilerplate lines', () => {
    expect(ledger.document.title).toBe('US: Over 3,000 North Korean Troops Training in Russia');
    expect(ledger.document.removed).toEqual(['Getting your Trinity Audio player ready...', '|']);
    expect(ledger.document.text.startsWith(ledger.document.title + '\n\n')).toBe(true);
    expect(ledger.document.body_start).toBe(ledger.document.title!.length + 2);
  });

  it('every span slices true', () => {
    const text = ledger.document.text;
    const spans = [
      ...ledger.entities.flatMap((e) => e.mentions), ...ledger.times, ...ledger.quantities,
      ...ledger.quantities.flatMap((q) => (q.counts ? [q.counts] : [])),
      ...ledger.claims.flatMap((c) => [c.cue, c.content]), ...ledger.events.map((v) => v.trigger),
    ];
    expect(spans.length).toBeGreaterThan(50);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const c of ledger.claims) {
      if (c.source?.start != null && c.source.end != null) expect(text.slice(c.source.start, c.source.end)).toBe(c.source.text);
    }
  });

  it('finds at least 12 of the 16 gold claims with the right source', () => {
    expect(count(score.claimsFound), JSON.stringify(score.claimsFound.filter((i) => !i.ok))).toBeGreaterThanOrEqual(12);
  });
  it('finds at least 6 of the 7 gold figures with the right value and approximator', () => {
    expect(count(score.figures), JSON.stringify(score.figures.filter((i) => !i.ok))).toBeGreaterThanOrEqual(6);
  });
  it('resolves at least 7 of the 8 gold dates to the right TIMEX3 value', () => {
    expect(count(score.dates), JSON.stringify(score.dates.filter((i) => !i.ok))).toBeGreaterThanOrEqual(7);
  });
  it('finds all 7 people of the gold by canonical name', () => {
    expect(count(score.people), JSON.stringify(score.people.filter((i) => !i.ok))).toBe(7);
  });
  it('ties figures to the claims that state them', () => {
    const q = ledger.quantities.find((x) => x.text === 'at least 3,000')!;
    expect(q.claim).not.toBeNull();
    const c = ledger.claims.find((x) => x.id === q.claim)!;
    expect(c.content.start).toBeLessThanOrEqual(q.start);
    expect(c.content.end).toBeGreaterThanOrEqual(q.end);
  });
});
