import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-cli-'));
const file = (name: string, bytes: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const ARTICLE = [
  'Storm kills 12 in coastal towns',
  'Listen to this article',
  'At least 12 people were killed when the storm made landfall on Tuesday, officials said.',
  '“We have never seen anything like it,” said Mayor Ana Ortiz, who warned that more rain was coming.',
  'The government pledged $50 million in emergency aid, according to a statement.',
].join('\n');

describe('claimtrail extract: bad input gets one line naming the file and a non-zero exit', () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    ['missing file', () => ['extract', join(dir, 'missing.txt')], /missing\.txt: no such file/],
    ['empty file', () => ['extract', file('empty.txt', '')], /empty\.txt: the file is empty/],
    ['binary file', () => ['extract', file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))], /image\.txt: the file is binary/],
    ['invalid UTF-8', () => ['extract', file('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]))], /latin1\.txt: the file is not valid UTF-8/],
    ['--published not a date', () => ['extract', file('ok.txt', ARTICLE), '--published', '2024-13-45'], /--published "2024-13-45" is not a date/],
    ['--published words', () => ['extract', file('ok2.txt', ARTICLE), '--published', 'yesterday'], /--published "yesterday" is not a date/],
    ['unknown flag', () => ['extract', file('ok3.txt', ARTICLE), '--frobnicate'], /unknown flag --frobnicate/],
    ['header date not a date', () => ['extract', file('hdr-bad.txt', `Title: Storm\nPublished: someday\n\n${ARTICLE}`)], /hdr-bad\.txt: the header's date "someday" is not a date/],
    ['bad format', () => ['extract', file('ok4.txt', ARTICLE), '--format', 'yaml'], /--format must be one of json, text, summary, maintext/],
    ['no file', () => ['extract'], /give one file, or - for standard input/],
    ['unknown command', () => ['extrakt', 'x'], /unknown command "extrakt"/],
  ];
  it.each(cases)('%s', (_name, args, message) => {
    const r = cli(args());
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^claimtrail: /);
    expect(lines[0]).toMatch(message);
  });
});

describe('claimtrail extract: output', () => {
  it('prints one ledger object whose spans slice true', () => {
    const r = cli(['extract', file('article.txt', ARTICLE), '--published', '2024-10-23', '--outlet', 'Wire']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const ledger = JSON.parse(r.stdout);
    expect(ledger.format).toBe('claimtrail.ledger/1');
    expect(ledger.document.title).toBe('Storm kills 12 in coastal towns');
    expect(ledger.document.published).toBe('2024-10-23');
    expect(ledger.document.outlet).toBe('Wire');
    expect(ledger.document.removed).toEqual(['Listen to this article']);
    const text: string = ledger.document.text;
    const spans = [
      ...ledger.entities.flatMap((e: { mentions: unknown[] }) => e.mentions),
      ...ledger.times, ...ledger.quantities,
      ...ledger.claims.flatMap((c: { cue: unknown; content: unknown }) => [c.cue, c.content]),
      ...ledger.events.map((v: { trigger: unknown }) => v.trigger),
    ] as Array<{ start: number; end: number; text: string }>;
    expect(spans.length).toBeGreaterThan(5);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads stdin with -', () => {
    const r = cli(['extract', '-', '--format', 'maintext'], { input: ARTICLE });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(ARTICLE.split('\n').filter((l) => l !== 'Listen to this article').join('\n').replace('towns\n', 'towns\n\n') + '\n');
  });

  it('prints a summary a person reads, claims as source → cue → content', () => {
    const r = cli(['extract', file('article2.txt', ARTICLE), '--published', '2024-10-23', '--format', 'text']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# Storm kills 12 in coastal towns/);
    expect(r.stdout).toMatch(/Claims \(\d+\)/);
    expect(r.stdout).toMatch(/ → said → /);
    expect(r.stdout).toMatch(/Figures \(\d+\)/);
    expect(r.stdout).toMatch(/Dates \(\d+\)/);
  });

  it('prints an HTML page’s main text only with --format text', () => {
    const html = `<html><head><title>Storm kills 12</title></head><body><nav>Home | World</nav><article>
      <h1>Storm kills 12</h1><p>${'At least 12 people were killed when the storm made landfall on Tuesday, officials said. '.repeat(3)}</p>
      <p>The government pledged $50 million in emergency aid, according to a statement released late on Tuesday.</p>
      </article><footer>Contact us</footer></body></html>`;
    const r = cli(['extract', file('page.html', html), '--format', 'text']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Storm kills 12\n\nAt least 12 people/);
    expect(r.stdout).toContain('$50 million in emergency aid');
    expect(r.stdout).not.toContain('Home | World');
    expect(r.stdout).not.toContain('Contact us');
  });
});

describe('claimtrail extract reads a text\'s metadata header as ingest does', () => {
  const header = `Title: Storm kills 12\nPublished: 2024-10-31\nOutlet: Coastal Courier\n\n${ARTICLE}`;
  it('the header gives the title, date and outlet, and is no part of the text', () => {
    const r = cli(['extract', file('hdr.txt', header)]);
    expect(r.status).toBe(0);
    const l = JSON.parse(r.stdout);
    expect([l.document.title, l.document.published, l.document.outlet]).toEqual(['Storm kills 12', '2024-10-31', 'Coastal Courier']);
    expect(l.document.text).not.toContain('Outlet:');
    expect(l.entities.map((e: { canonical: string }) => e.canonical)).not.toContain('Coastal Courier');
  });
  it('the flags win over the header', () => {
    const r = cli(['extract', file('hdr2.txt', header), '--published', '2024-11-01', '--outlet', 'Wire']);
    const l = JSON.parse(r.stdout);
    expect([l.document.published, l.document.outlet]).toEqual(['2024-11-01', 'Wire']);
  });
});
