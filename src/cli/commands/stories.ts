import { flagInt, parseArgs } from '../args.js';
import { UserError } from '../errors.js';
import { writeRows, type Column } from '../listing.js';
import { listFormat, openForReading, span } from '../storecli.js';
import type { StoryArticle, StoryRow } from '../../store/types.js';

export const summary = 'the stories in the store: id, label, time span, articles';
export const usage = `claimtrail stories [--db FILE|URL] [--format text|json|jsonl|csv] [--min N] [--limit N]

  Stories, largest first. --format json gives each story's id, label, time span (first, last) and
  its articles (id, title, published, outlet, url, and the file or URL it came from).
  --min N     only stories with at least N articles (default 1)
  --limit N   at most N stories`;

type StoryOut = StoryRow & { articles: StoryArticle[] };

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['db', 'format', 'min', 'limit'] }, 'stories');
  if (args.positionals.length > 0) throw new UserError(`stories: unexpected "${args.positionals[0]}" (for one story: claimtrail story ID)`, 2);
  const format = listFormat(args, 'stories');
  const store = await openForReading(args);
  try {
    const rows = await store.listStories({ minArticles: flagInt(args, 'min', 1, 'stories', 1), limit: flagInt(args, 'limit', 1_000_000, 'stories', 1) });
    const out: StoryOut[] = [];
    for (const r of rows) {
      const d = await store.getStory(r.id);
      out.push({ ...r, articles: d?.articles ?? [] });
    }
    const columns: Column<StoryOut>[] = [
      { header: 'id', value: (s) => s.id, align: 'right' },
      { header: 'articles', value: (s) => s.articleCount, align: 'right' },
      { header: 'outlets', value: (s) => s.outletCount, align: 'right' },
      { header: 'span', value: (s) => span(s.first, s.last) },
      { header: 'label', value: (s) => s.label, max: 60 },
    ];
    const csvColumns: Column<StoryOut>[] = [
      ...columns.filter((c) => c.header !== 'span'),
      { header: 'first', value: (s) => s.first },
      { header: 'last', value: (s) => s.last },
      { header: 'claims', value: (s) => s.claimCount },
      { header: 'article_ids', value: (s) => s.articles.map((a) => a.id).join(' ') },
    ];
    if (format === 'csv') writeRows(format, out, csvColumns);
    else writeRows(format, out, columns, {
      text: out.length === 0 ? 'No stories yet (claimtrail ingest FILES… adds articles).' : undefined,
    });
  } finally {
    await store.close();
  }
  return 0;
}
