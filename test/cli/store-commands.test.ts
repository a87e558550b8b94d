/**
 * The store's commands on the sample corpus, as a user runs them (the built bin): stories, story,
 * figures, search, export, stats, in every output format; and their errors.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

let dir: string;
let db: string;
const run = (...args: string[]) => cli([...args, '--db', db]);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimtrail-store-cli-'));
  db = join(dir, 'samples.db');
  const r = cli(['ingest', 'samples', '--db', db, '--jobs', '2']);
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stdout}${r.stderr}`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The id of the story holding the troop reports. */
function troopStory(): number {
  const stories = JSON.parse(run('stories', '--format', 'json').stdout) as Array<{ id: number; articles: Array<{ source: string }> }>;
  return stories.find((s) => s.articles.some((a) => a.source.includes('troops/')))!.id;
}

describe('stories', () => {
  it('lists stories in text, json, jsonl and csv', () => {
    const text = run('stories');
    expect(text.status).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('id  articles  outlets  span                     label');
    expect(text.stdout).toMatch(/\n\s*\d+\s+17\s+4\s+2024-10-17 – 2025-01-14\s+\S/);
    const json = JSON.parse(run('stories', '--format', 'json').stdout) as Array<Record<string, unknown>>;
    expect(json).toHaveLength(3);
    expect(Object.keys(json[0]).sort()).toEqual(['articleCount', 'articles', 'claimCount', 'first', 'id', 'label', 'last', 'outletCount', 'topEntities']);
    const lines = run('stories', '--format', 'jsonl').stdout.trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { articleCount: number }).articleCount)).toEqual([17, 2, 2]);
    const csv = run('stories', '--format', 'csv').stdout.split('\r\n');
    expect(csv[0]).toBe('id,articles,outlets,label,first,last,claims,article_ids');
    expect(csv[1]).toMatch(/^\d+,17,4,.+,2024-10-17,2025-01-14,\d+,(\d+ ){16}\d+$/);
    expect(run('stories', '--min', '3', '--format', 'jsonl').stdout.trim().split('\n')).toHaveLength(1);
  });
});

describe('story', () => {
  it('prints a timeline of the story: date, outlet, source, stance, claim', () => {
    const id = troopStory();
    const r = run('story', String(id));
    expect(r.status).toBe(0);
    const out = r.stdout.split('\n');
    expect(out[0]).toMatch(new RegExp(`^Story ${id}: `));
    expect(out[1]).toMatch(/^2024-10-17 – 2025-01-14 · 17 articles · 4 outlets · \d+ claims$/);
    expect(r.stdout).toContain('date        outlet');
    const rows = run('story', String(id), '--format', 'jsonl').stdout.trim().split('\n').map((l) => JSON.parse(l) as { date: string; outlet: string; claim: string });
    expect(rows.length).toBeGreaterThan(17);
    const dates = rows.map((t) => t.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(rows.map((t) => t.outlet))).toEqual(new Set(['Atlantic Courier', 'Seoul Daily Report', 'Kyiv Dispatch', 'Capital Ledger']));
    const json = JSON.parse(run('story', String(id), '--format', 'json').stdout) as { articles: Array<{ source: string }>; timeline: unknown[] };
    expect(json.articles[0].source).toBe('samples/troops/01-diplomat-10000.txt');
    expect(json.timeline).toHaveLength(rows.length);
    expect(run('story', String(id), '--format', 'csv').stdout.split('\r\n')[0]).toBe('date,outlet,source,stance,claim,article,hedged,direct');
  });
  it.each([
    [['story', '999'], 1, /^claimtrail: story: no story 999 in .*samples\.db \(see claimtrail stories\)\n$/],
    [['story', 'x'], 2, /^claimtrail: story: "x" is not a story id \(a whole number ≥ 1\)\n$/],
    [['story'], 2, /^claimtrail: story: give a story id/],
    [['story', '1', '--format', 'xml'], 1, /^claimtrail: story: --format must be one of text, json, jsonl, csv \(got "xml"\)\n$/],
  ])('%j → exit %i', (args, status, message) => {
    const r = run(...(args as string[]));
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message as RegExp);
  });
});

describe('figures', () => {
  it('prints the troop story figure series with conflict and revision flags', () => {
    const id = troopStory();
    const r = run('figures', String(id));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Story ${id}: `));
    expect(r.stdout).toMatch(/\nSeries \d+:\d+: .+ \(\S+\) · \d+ figures\n/);
    expect(r.stdout).toMatch(/\n {2}! conflict: sources disagree: .+ vs .+\n/);
    expect(r.stdout).toMatch(/\n {2}! revision: .+ revised: .+ → .+\n/);
    const json = JSON.parse(run('figures', String(id), '--format', 'json').stdout) as { series: Array<{ points: unknown[]; flags: Array<{ kind: string; points: number[] }> }> };
    for (const s of json.series) {
      expect(s.points.length).toBeGreaterThanOrEqual(2);
      for (const f of s.flags) for (const p of f.points) expect(p).toBeLessThan(s.points.length);
    }
    const csv = run('figures', String(id), '--format', 'csv').stdout.split('\r\n');
    expect(csv[0]).toBe('series,label,unit,date,value,high,approx,delta,text,source,outlet,article,flags');
    expect(csv.filter((l) => /,(conflict|revision)( (conflict|revision))?$/.test(l)).length).toBeGreaterThan(0);
  });
});

describe('search', () => {
  it('finds claims by words and marks the match', () => {
    const r = run('search', 'wounded', '--format', 'json');
    expect(r.status).toBe(0);
    const hits = JSON.parse(r.stdout) as Array<{ content: string; snippet: string; date: string }>;
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(h.content.toLowerCase()).toContain('wounded');
      expect(h.snippet).toContain('«wounded»');
    }
    const arts = JSON.parse(run('search', 'Hollis', '--in', 'articles', '--format', 'json').stdout) as Array<{ source: string }>;
    expect(arts.map((a) => a.source).sort()).toEqual(['samples/other/01-port-strike.txt', 'samples/other/02-port-strike-ends.txt']);
    expect(run('search', 'zzzzqqq').stdout).toBe('No claim matches zzzzqqq.\n');
    const bad = run('search', '"', '-');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/has no word to look for/);
  });
});

describe('export and stats', () => {
  it('exports ledgers as jsonl, claims as csv and events as PLOVER jsonl', () => {
    const ledgers = run('export', '--format', 'jsonl').stdout.trim().split('\n').map((l) => JSON.parse(l) as { format: string; stored: { articleId: number; source: string } });
    expect(ledgers).toHaveLength(21);
    expect(ledgers.every((l) => l.format === 'claimtrail.ledger/1')).toBe(true);
    expect(ledgers.map((l) => l.stored.articleId).sort((a, b) => a - b)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    const csv = run('export', '--format', 'csv').stdout.split('\r\n');
    expect(csv[0]).toBe('claim_id,article_id,story_id,date,outlet,source,source_entity,stance,hedged,direct,cue,claim,title,url');
    const stats = JSON.parse(run('stats', '--format', 'json').stdout) as { articles: number; claims: number; stories: number; events: number };
    expect(csv.filter(Boolean)).toHaveLength(stats.claims + 1);
    const out = join(dir, 'events.jsonl');
    const r = run('export', '--format', 'plover', '--out', out);
    expect(r.stderr).toBe(`export: ${stats.events} events → ${out}\n`);
    const events = readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events).toHaveLength(stats.events);
    for (const e of events) {
      expect(Object.keys(e)).toEqual(['id', 'date', 'event', 'mode', 'context', 'actor', 'recipient', 'location', 'text', 'claim', 'claim_source', 'publisher', 'url', 'article_id', 'story_id']);
      expect(e.event).toMatch(/^[A-Z_]+$/);
    }
    expect(stats).toMatchObject({ articles: 21, stories: 3 });
  });
  it('prints stats as a table and csv', () => {
    const t = run('stats').stdout.split('\n');
    expect(t[0]).toBe('what                    count');
    expect(t[1]).toBe('articles                21');
    expect(t).toContain('stories                 3');
    expect(run('stats', '--format', 'csv').stdout.split('\r\n').slice(0, 2)).toEqual(['what,count', 'articles,21']);
  });
  it('refuses a store that does not exist, naming it', () => {
    const r = cli(['stats', '--db', join(dir, 'none.db')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`claimtrail: ${join(dir, 'none.db')}: no such store (run claimtrail ingest first, or give --db FILE)\n`);
    expect(cli(['export', '--db', db]).stderr).toBe('claimtrail: export: give --format jsonl, csv or plover\n');
  });
});
