/** Direct quotes: quoted contents are direct, quote marks left out of the span; quotes that run on. */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

// text | cue | content | direct
const CASES: Array<[string, string, string, boolean]> = [
  ['“We are ready,” said Anna Lee.', 'said', 'We are ready', true],
  ['"We are ready," Anna Lee said.', 'said', 'We are ready', true],
  ['Anna Lee said, “We are ready for the storm.”', 'said', 'We are ready for the storm', true],
  ['Anna Lee said that they were ready.', 'said', 'they were ready', false],
];

describe('direct quotes', () => {
  for (const [text, cue, content, direct] of CASES) {
    it(text, () => {
      const c = claimsOf(text).find((x) => x.cue.text === cue);
      expect(c).toBeDefined();
      expect(c!.content.text).toBe(content);
      expect(c!.content.start).toBe(text.indexOf(content));
      expect(c!.direct).toBe(direct);
      expect(c!.source?.text).toBe('Anna Lee');
    });
  }
  it('a quotation in the next sentence continues the same speaker', () => {
    const text = '"The plan has failed," Smith told reporters. "We will try again next year."';
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.source?.text, c.content.text, c.direct])).toEqual([
      ['Smith', 'The plan has failed', true],
      ['Smith', 'We will try again next year', true],
    ]);
    expect(claims[1].content.start).toBe(text.indexOf('We will'));
  });
});
