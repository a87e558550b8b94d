import { describe, expect, it } from 'vitest';
import { checkSpans } from '../../src/ledger/build.js';
import { extract } from '../../src/pipeline.js';
import { figureFacets } from '../../src/stories/figures.js';

// Words that name Object.prototype's members: a lexicon kept in a plain object answers for them with
// a function (and `in` is true), which once crashed extraction ("n.toLowerCase is not a function")
// and could turn a counted noun's unit or an organisation's canonical name into a function.
const WORDS = Object.getOwnPropertyNames(Object.prototype);

/** Every string-or-null field of the ledger parts that lexicons fill. */
function nonStrings(ledger: ReturnType<typeof extract>): string[] {
  const bad: string[] = [];
  const want = (what: string, v: unknown): void => { if (v !== null && typeof v !== 'string') bad.push(`${what}: ${typeof v}`); };
  for (const e of ledger.entities) { want('entity.canonical', e.canonical); want('entity.role', e.role); }
  for (const q of ledger.quantities) { want('quantity.unit', q.unit); want('quantity.counts', q.counts ? q.counts.text : null); if (!Number.isFinite(q.value)) bad.push(`quantity.value: ${q.value}`); }
  for (const c of ledger.claims) want('claim.source', c.source?.text ?? null);
  for (const f of figureFacets(ledger)) { want('facet.unit', f.unit); want('facet.outcome', f.outcome); want('facet.counts', f.counts); }
  return bad;
}

describe('words that name Object.prototype members are plain words everywhere', () => {
  it.each(WORDS)('%s', (w) => {
    const text = [
      `Russian ${w} Ministry said on Monday that 3 ${w} were killed and ${w} tens of ${w} were hurt.`,
      `The ${w} ${w} that ${w} several ${w} arrived, ${w} told reporters, according to ${w}.`,
      `"We will ${w} it," the ${w} said. U.S. ${w} officials ${w} the report.`,
    ].join('\n');
    const ledger = extract(text, { published: '2024-10-23' });
    expect(() => checkSpans(ledger)).not.toThrow();
    expect(nonStrings(ledger)).toEqual([]);
  });
});
