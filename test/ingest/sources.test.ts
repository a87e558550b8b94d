import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, fromJsonLine, sourceItems, type IngestFailure, type IngestItem } from '../../src/ingest/sources.js';
import { parseHeader } from '../../src/document/header.js';

describe('parseHeader: a .txt file may start with Key: value lines and a blank line', () => {
  const cases: Array<[string, ReturnType<typeof parseHeader>]> = [
    ['Title: A\nPublished: 2024-10-23\nOutlet: Wire\n\nBody.', { meta: { title: 'A', published: '2024-10-23', outlet: 'Wire' }, body: 'Body.' }],
    ['title: A\r\nURL: http://x.test/a\r\n\r\nBody\r\nmore', { meta: { title: 'A', url: 'http://x.test/a' }, body: 'Body\nmore' }],
    ['Date: 23 Oct 2024\nSource: Wire\n\nB', { meta: { published: '23 Oct 2024', outlet: 'Wire' }, body: 'B' }],
    ['WASHINGTON: officials said\n\nBody', null], // not a header key
    ['Title: no blank line after\nBody', null],
    ['Plain first line\n\nBody', null],
  ];
  it.each(cases)('%j', (input, expected) => expect(parseHeader(input)).toEqual(expected));
});

describe('fromJsonLine: one article a line', () => {
  const cases: Array<[string, Partial<IngestItem> | IngestFailure]> = [
    ['{"text":"Body.","title":"T","published":"2024-10-23T10:00:00Z","url":"http://x.test/1","outlet":"W"}',
      { kind: 'text', content: 'T\n\nBody.', meta: { title: 'T', published: '2024-10-23', url: 'http://x.test/1', outlet: 'W' } }],
    ['{"html":"<p>Hi</p>"}', { kind: 'html', content: '<p>Hi</p>', meta: { title: null, published: null, url: null, outlet: null } }],
    ['{"text":"T\\n\\nBody","title":"T"}', { kind: 'text', content: 'T\n\nBody' }],
    ['{"title":"T"}', { source: 'f.jsonl:3', reason: 'no "text" or "html" field' }],
    ['[1,2]', { source: 'f.jsonl:3', reason: 'not a JSON object' }],
    ['{"text":"x","published":"soon"}', { source: 'f.jsonl:3', reason: '"published": "soon" is not a date' }],
  ];
  it.each(cases)('%s', (line, expected) => expect(fromJsonLine(line, 'f.jsonl', 3)).toMatchObject(expected));
  it('reports a line that is not JSON with its number', () => {
    const r = fromJsonLine('{"text": ', 'f.jsonl', 7) as IngestFailure;
    expect(r.source).toBe('f.jsonl:7');
    expect(r.reason).toMatch(/^not JSON \(/);
  });
});

describe('expandInputs: files, folders, globs, URLs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimtrail-src-'));
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    mkdirSync(join(dir, '.hidden'));
    for (const f of ['a/1.txt', 'a/2.html', 'a/b/3.jsonl', 'a/b/4.txt', 'a/skip.pdf', '.hidden/5.txt', 'top.txt']) writeFileSync(join(dir, f), 'x');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('walks folders for .txt, .html and .jsonl in name order, skipping hidden ones', async () => {
    const { sources, failures } = await expandInputs([join(dir, 'a')]);
    expect(sources).toEqual(['a/1.txt', 'a/2.html', 'a/b/3.jsonl', 'a/b/4.txt'].map((f) => ({ type: 'file', path: join(dir, f) })));
    expect(failures).toEqual([]);
  });
  it('matches globs, ** across folders, and lists each file once', async () => {
    const { sources } = await expandInputs([join(dir, 'a/**/*.txt'), join(dir, 'a/1.txt')]);
    expect(sources.map((s) => (s as { path: string }).path)).toEqual([join(dir, 'a/1.txt'), join(dir, 'a/b/4.txt')]);
  });
  it('turns what cannot be read into failures with reasons, and keeps the rest', async () => {
    const { sources, failures } = await expandInputs([
      join(dir, 'nope.txt'), join(dir, 'z*.txt'), 'ftp://example.test/feed', 'http://127.0.0.1:9/x', '-', join(dir, 'top.txt'),
    ]);
    expect(failures).toEqual([
      { source: join(dir, 'nope.txt'), reason: 'no such file or folder' },
      { source: join(dir, 'z*.txt'), reason: 'no file matches this pattern' },
      { source: 'ftp://example.test/feed', reason: 'only http and https URLs are fetched (not ftp)' },
    ]);
    expect(sources).toEqual([{ type: 'url', url: 'http://127.0.0.1:9/x' }, { type: 'stdin' }, { type: 'file', path: join(dir, 'top.txt') }]);
  });
});

describe('sourceItems: files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimtrail-items-'));
    writeFileSync(join(dir, 'h.txt'), 'Title: Headline here\nPublished: 2024-10-23\nOutlet: Wire\n\nThe body.\n');
    writeFileSync(join(dir, 'bad-date.txt'), 'Title: T\nPublished: someday\n\nThe body.\n');
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'm.jsonl'), '{"text":"One.","title":"A"}\n\nnot json\n{"html":"<p>Two</p>","outlet":"W"}\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const all = async (path: string): Promise<Array<IngestItem | IngestFailure>> => {
    const out = [];
    for await (const x of sourceItems({ type: 'file', path })) out.push(x);
    return out;
  };

  it('reads a header into the metadata and puts the title on the text', async () => {
    expect(await all(join(dir, 'h.txt'))).toEqual([{
      origin: { source: join(dir, 'h.txt'), kind: 'text' }, kind: 'text', content: 'Headline here\n\nThe body.\n',
      meta: { title: 'Headline here', published: '2024-10-23', url: null, outlet: 'Wire' },
    }]);
  });
  it.each([
    ['bad-date.txt', 'the header\'s date "someday" is not a date'],
    ['bin.txt', 'the file is binary, not text'],
    ['empty.txt', 'the file is empty'],
  ])('%s fails: %s', async (f, reason) => {
    expect(await all(join(dir, f))).toEqual([{ source: join(dir, f), reason }]);
  });
  it('reads .jsonl line by line; a bad line is a failure with its number, the others go on', async () => {
    const r = await all(join(dir, 'm.jsonl'));
    expect(r).toHaveLength(3);
    expect(r[0]).toMatchObject({ origin: { source: join(dir, 'm.jsonl'), kind: 'jsonl', line: 1 }, content: 'A\n\nOne.' });
    expect(r[1]).toMatchObject({ source: `${join(dir, 'm.jsonl')}:3` });
    expect(r[2]).toMatchObject({ origin: { line: 4 }, kind: 'html', meta: { outlet: 'W' } });
  });
});
