import { parseArgs } from '../args.js';
import { UserError } from '../errors.js';
import { textTable, writeRows, type Column } from '../listing.js';
import { listFormat, openForReading, parseId } from '../storecli.js';
import { pointValue } from '../../stories/figures.js';
import type { FigurePoint, FigureSeries } from '../../store/types.js';

export const summary = "a story's figure series over time and by source, with conflicts and revisions flagged";
export const usage = `claimtrail figures STORY [--db FILE|URL] [--format text|json|jsonl|csv] [--all]

  Figures that count the same thing (same unit, what happens to it, where) form a series; each point
  keeps its value and approximator, who gave it, when, and the article. Flags:
    conflict   different values from different sources for the same thing within 7 days
    revision   one source changing its figure over time
  Series of one figure are left out unless --all. jsonl and csv give one row per point, with its
  series and the kinds of flag it is part of.`;

interface PointRow extends FigurePoint {
  series: string;
  label: string;
  unit: string;
  flags: string[];
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['db', 'format'], booleans: ['all'] }, 'figures');
  if (args.positionals.length > 1) throw new UserError('figures: give one story id', 2);
  const id = parseId(args.positionals[0], 'story', 'figures');
  const format = listFormat(args, 'figures');
  const store = await openForReading(args);
  try {
    const story = await store.getStory(id);
    if (!story) throw new UserError(`figures: no story ${id} in ${store.location} (see claimtrail stories)`);
    let series: FigureSeries[] = await store.figureSeries(story.id);
    if (!args.flags.all) series = series.filter((s) => s.points.length >= 2);
    const rows: PointRow[] = series.flatMap((s) => s.points.map((p, i) => ({
      ...p, series: s.id, label: s.label, unit: s.unit,
      flags: [...new Set(s.flags.filter((f) => f.points.includes(i)).map((f) => f.kind))],
    })));
    const pointCols: Column<FigurePoint & { flags?: string[] }>[] = [
      { header: 'date', value: (p) => p.date },
      { header: 'value', value: (p) => pointValue(p), align: 'right' },
      { header: 'source', value: (p) => p.sourceEntity ?? p.source ?? '(the outlet)', max: 34 },
      { header: 'outlet', value: (p) => p.outlet, max: 22 },
      { header: 'article', value: (p) => p.articleId, align: 'right' },
      { header: 'as written', value: (p) => (p.counts ? `${p.text} … ${p.counts}` : p.text), max: 50 },
    ];
    if (format === 'json') writeRows(format, [], [], { json: { story: { id: story.id, label: story.label }, series } });
    else if (format === 'text') {
      const parts = [`Story ${story.id}: ${story.label}`];
      if (series.length === 0) parts.push('', 'No figure series (no two figures count the same thing).');
      for (const s of series) {
        parts.push('', `Series ${s.id}: ${s.label} (${s.unit}) · ${s.points.length} figures`);
        parts.push(textTable(s.points, pointCols).split('\n').map((l) => '  ' + l).join('\n'));
        for (const f of s.flags) parts.push(`  ! ${f.kind}: ${f.message}`);
      }
      process.stdout.write(parts.join('\n') + '\n');
    } else {
      writeRows(format, rows, [
        { header: 'series', value: (r) => r.series },
        { header: 'label', value: (r) => r.label },
        { header: 'unit', value: (r) => r.unit },
        { header: 'date', value: (r) => r.date },
        { header: 'value', value: (r) => r.value },
        { header: 'high', value: (r) => r.high },
        { header: 'approx', value: (r) => r.approx },
        { header: 'delta', value: (r) => r.delta },
        { header: 'text', value: (r) => r.text },
        { header: 'source', value: (r) => r.sourceEntity ?? r.source },
        { header: 'outlet', value: (r) => r.outlet },
        { header: 'article', value: (r) => r.articleId },
        { header: 'flags', value: (r) => r.flags.join(' ') },
      ]);
    }
  } finally {
    await store.close();
  }
  return 0;
}
