import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput, parseDate, parseIsoDateStrict } from '../../src/document/index.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-input-'));
const file = (name: string, bytes: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

describe('readInput refuses bad input with a message naming the file', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['missing', () => join(dir, 'nope.txt'), /nope\.txt: no such file/],
    ['folder', () => { const p = join(dir, 'sub'); mkdirSync(p, { recursive: true }); return p; }, /sub: is a folder/],
    ['empty', () => file('empty.txt', ''), /empty\.txt: the file is empty/],
    ['blank', () => file('blank.txt', '  \n\n '), /blank\.txt: the file holds no text/],
    ['binary', () => file('bin.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2])), /bin\.txt: the file is binary/],
    ['invalid UTF-8', () => file('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])), /latin1\.txt: the file is not valid UTF-8/],
  ];
  it.each(cases)('%s', async (_name, make, message) => {
    await expect(readInput(make())).rejects.toThrow(message);
  });
});

describe('readInput reads text and HTML', () => {
  it('sniffs HTML by extension and by content', async () => {
    expect((await readInput(file('a.html', '<p>x</p>'))).kind).toBe('html');
    expect((await readInput(file('b', '<!DOCTYPE html><html><body>x</body></html>'))).kind).toBe('html');
    expect((await readInput(file('c.txt', 'Plain <b> text'))).kind).toBe('text');
  });
  it('drops a byte-order mark', async () => {
    expect((await readInput(file('bom.txt', '\ufeffHello world'))).content).toBe('Hello world');
  });
});

describe('dates', () => {
  const cases: Array<[string, string | null]> = [
    ['2024-10-23', '2024-10-23'],
    ['2024-10-23T08:00:00Z', '2024-10-23'],
    ['2024-02-30', null],
    ['2023-02-29', null],
    ['2024-02-29', '2024-02-29'],
    ['yesterday', null],
    ['Wed, 23 Oct 2024 10:00:00 GMT', '2024-10-23'],
    ['10/23/2024', null],
  ];
  it.each(cases)('parseDate(%s) = %s', (s, v) => expect(parseDate(s)).toBe(v));
  it('the command line takes ISO only', () => {
    expect(parseIsoDateStrict('Wed, 23 Oct 2024 10:00:00 GMT')).toBeNull();
    expect(parseIsoDateStrict('2024-13-01')).toBeNull();
  });
});
