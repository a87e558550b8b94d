import { parseArgs } from '../args.js';
import { UserError } from '../errors.js';
import { writeRows } from '../listing.js';
import { listFormat, openForReading, span } from '../storecli.js';

export const summary = 'counts of articles, claims, figures, figure series, entities, events and stories';
export const usage = `claimtrail stats [--db FILE|URL] [--format text|json|jsonl|csv]`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['db', 'format'] }, 'stats');
  if (args.positionals.length > 0) throw new UserError(`stats: unexpected "${args.positionals[0]}"`, 2);
  const format = listFormat(args, 'stats');
  const store = await openForReading(args);
  try {
    const s = await store.stats();
    const rows: Array<{ name: string; value: string | number | null }> = [
      { name: 'articles', value: s.articles },
      { name: 'claims', value: s.claims },
      { name: 'figures', value: s.quantities },
      { name: 'figure series', value: s.figureSeries },
      { name: 'entities', value: s.entities },
      { name: 'events', value: s.events },
      { name: 'stories', value: s.stories },
      { name: 'stories of 2+ articles', value: s.storiesMulti },
      { name: 'dates', value: span(s.first, s.last) },
      { name: 'store', value: `${store.location} (${store.kind}, schema ${s.schemaVersion}${s.bytes !== null ? `, ${(s.bytes / 1024 / 1024).toFixed(1)} MiB` : ''})` },
    ];
    writeRows(format, rows, [
      { header: 'what', value: (r) => r.name },
      { header: 'count', value: (r) => r.value },
    ], { json: { ...s, location: store.location, kind: store.kind }, jsonRow: (r) => ({ [r.name]: r.value }) });
  } finally {
    await store.close();
  }
  return 0;
}
