/** claimtrail timeml: TimeML in, the same document with our TIMEX3 tags in TEXT out, nothing else changed. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagTimeml } from '../../src/cli/commands/timeml.js';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-timeml-'));
const GOLD = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" temporalFunction="false" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TITLE>Flu deaths rise</TITLE>
<TEXT>
Six deaths were <EVENT class="REPORTING" eid="e8">reported</EVENT> in <TIMEX3 tid="t2" type="DATE" value="2013-W11">the last week</TIMEX3>, AT&amp;T <SIGNAL sid="s1">said</SIGNAL> <TIMEX3 tid="t3" type="DATE" value="2013-03-22">Friday</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t3"/>
</TimeML>
`;

describe('tagTimeml', () => {
  const out = tagTimeml(GOLD, 'x.tml');
  it('keeps everything outside TEXT byte for byte, the DCT included', () => {
    const textStart = out.indexOf('<TEXT>');
    expect(out.slice(0, textStart)).toBe(GOLD.slice(0, GOLD.indexOf('<TEXT>')));
    expect(out.slice(out.indexOf('</TEXT>'))).toBe(GOLD.slice(GOLD.indexOf('</TEXT>')));
  });
  it('removes the old tags of TEXT, keeps its words and entities, and tags our TIMEX3 inline', () => {
    const text = out.slice(out.indexOf('<TEXT>'), out.indexOf('</TEXT>'));
    expect(text).not.toMatch(/<EVENT|<SIGNAL|temporalFunction/);
    expect(text.replace(/<\/?TIMEX3[^>]*>/g, '')).toBe(GOLD.slice(GOLD.indexOf('<TEXT>'), GOLD.indexOf('</TEXT>')).replace(/<[^>]+>/g, (t) => (t === '<TEXT>' ? t : '')));
    expect(text).toContain('AT&amp;T');
    expect(text).toContain('<TIMEX3 tid="t1" type="DATE" value="2013-W11">the last week</TIMEX3>');
    expect(text).toContain('<TIMEX3 tid="t2" type="DATE" value="2013-03-22">Friday</TIMEX3>');
  });
  it('writes mod when there is one', () => {
    const doc = GOLD.replace(/<TEXT>[\s\S]*<\/TEXT>/, '<TEXT>Sales rose in early October.</TEXT>');
    expect(tagTimeml(doc, 'y.tml')).toContain('<TIMEX3 tid="t1" type="DATE" value="2012-10" mod="START">early October</TIMEX3>');
  });
});

describe('claimtrail timeml (the built CLI)', () => {
  it('prints the tagged document, or writes it to --out DIR without .TE3input', () => {
    const f = join(dir, 'doc.tml.TE3input');
    writeFileSync(f, GOLD);
    const r = cli(['timeml', f]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(tagTimeml(GOLD, f));
    const out = join(dir, 'out');
    expect(cli(['timeml', f, '--out', out]).status).toBe(0);
    expect(readFileSync(join(out, 'doc.tml'), 'utf8')).toBe(r.stdout);
  });
  it.each([
    ['a missing file', () => ['timeml', join(dir, 'missing.tml')], /missing\.tml: no such file/],
    ['not TimeML', () => { const f = join(dir, 'plain.tml'); writeFileSync(f, 'hello'); return ['timeml', f]; }, /plain\.tml: not a TimeML document/],
    ['no file', () => ['timeml'], /give at least one \.tml file/],
    ['several files without --out', () => ['timeml', 'a.tml', 'b.tml'], /several files need --out DIR/],
  ])('%s: one line naming the problem, non-zero exit', (_n, args, message) => {
    const r = cli(args());
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});
