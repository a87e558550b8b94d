import { describe, expect, it } from 'vitest';
import { describeEntities } from './helpers.js';

// Repairs of the tagger's spans: text → entities expected among the output.
const CASES: Array<[string, string[]]> = [
  // a middle initial stays inside the name (the tagger reads "R." as one word, as the treebank has it)
  ['The ruling was signed by Michael R. Golden, the agency’s general counsel.', ['PER Michael R. Golden: Michael R. Golden@25']],
  ['President George W. Bush spoke in Texas.', ['PER George W. Bush: George W. Bush@10', 'GPE Texas: Texas@34']],
  // adjacent pieces of one name, and a dotted and an undotted spelling, are one entity
  ['Workers at the U.S. Air Force base were told on Monday. The US Air Force declined to comment.', ['ORG U.S. Air Force: U.S. Air Force@15, US Air Force@60']],
  // quotes at the edges are not part of a name
  ['Officials said the “New GM” would be smaller.', ['MISC New GM: New GM@20']],
  ['Analysts called it a “Brexit” moment for the euro.', ['MISC Brexit: Brexit@22']],
  // a title split off an organisation name; a person after a lower-case role noun
  ['U.S. Treasury Secretary Janet Yellen indicated that the funds would come from frozen assets.', ['ORG U.S. Department of the Treasury: U.S. Treasury@0', 'PER Janet Yellen: Janet Yellen@24']],
  ['Opposition lawmaker Lee Jae-myung said the vote was rigged.', ['PER Lee Jae-myung: Lee Jae-myung@20']],
  // an acronym in brackets and later alone joins its long form
  ['Shares of International Business Machines (IBM) fell on Monday. IBM said sales had dropped.', ['ORG International Business Machines: International Business Machines@10, IBM@43, IBM@64']],
  // brackets inside a tagged name split it, and the acronym joins its long form; a possessive is not part of a name
  ['The deal was backed by the United Auto Workers (UAW) union on Friday.', ['ORG United Auto Workers: United Auto Workers@27, UAW@48']],
  ['Shares of Apple Computer’s rivals fell.', ['ORG Apple Computer: Apple Computer@10']],
  // an untagged title-case word right before an organisation inside a sentence belongs to its name
  ['Analysts said General Motors would cut jobs.', ['ORG General Motors: General Motors@14']],
  // … and a brand with a lower-case first letter
  ['Sales at the eBay Motors unit rose 20 percent, the company said.', ['ORG eBay Motors: eBay Motors@13']],
  // a short name whose appositive ends in a lower-case role noun is a person
  ['Lloyd Austin, the U.S. defense secretary, met his Japanese counterpart.', ['PER Lloyd Austin: Lloyd Austin@0']],
  // a title inside an organisation's name runs over all its capitalised title words
  ['Aer Lingus Chief Executive Dermot Mannion said the airline would grow.', ['ORG Aer Lingus: Aer Lingus@0', 'PER Dermot Mannion: Dermot Mannion@27']],
  // a capital of a dependent territory does not stand for it ("Douglas" is the Isle of Man's capital)
  ['Douglas said the plan would fail.', []],
];

describe('span repairs', () => {
  it.each(CASES)('%s', (text, expected) => {
    const { lines, badSpans } = describeEntities(text);
    expect(badSpans).toEqual([]);
    for (const e of expected) expect(lines).toContain(e);
    expect(lines.some((l) => l.includes('Isle of Man'))).toBe(false);
  });
});
