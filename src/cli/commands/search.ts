import { flagChoice, flagInt, parseArgs } from '../args.js';
import { UserError } from '../errors.js';
import { writeRows } from '../listing.js';
import { listFormat, openForReading } from '../storecli.js';
import { StoreQueryError } from '../../store/types.js';

export const summary = 'full-text search over claims (default) or articles';
export const usage = `claimtrail search QUERY [--in claims|articles] [--limit N] [--db FILE|URL] [--format text|json|jsonl|csv]

  All words must match (English stemming: "troop" finds "troops"); "a phrase" matches as written,
  prefix* matches words that start so, -word excludes. Best matches first; the matching words are
  shown between « and ».`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['db', 'format', 'in', 'limit'] }, 'search');
  if (args.positionals.length === 0) throw new UserError('search: give a query (see claimtrail search --help)', 2);
  const query = args.positionals.join(' ');
  const where = flagChoice(args, 'in', ['claims', 'articles'] as const, 'claims', 'search');
  const limit = flagInt(args, 'limit', 20, 'search', 1);
  const format = listFormat(args, 'search');
  const store = await openForReading(args);
  try {
    if (where === 'claims') {
      const hits = await store.searchClaims(query, limit);
      writeRows(format, hits, [
        { header: 'date', value: (h) => h.date },
        { header: 'story', value: (h) => h.storyId, align: 'right' },
        { header: 'article', value: (h) => h.articleId, align: 'right' },
        { header: 'outlet', value: (h) => h.outlet, max: 20 },
        { header: 'source', value: (h) => h.sourceEntity ?? h.source, max: 30 },
        { header: 'claim', value: (h) => (format === 'text' ? h.snippet : h.content), max: 100 },
      ], { text: hits.length === 0 ? `No claim matches ${query}.` : undefined });
    } else {
      const hits = await store.searchArticles(query, limit);
      writeRows(format, hits, [
        { header: 'published', value: (h) => h.published },
        { header: 'story', value: (h) => h.storyId, align: 'right' },
        { header: 'article', value: (h) => h.id, align: 'right' },
        { header: 'outlet', value: (h) => h.outlet, max: 20 },
        { header: 'title', value: (h) => h.title, max: 60 },
        { header: 'snippet', value: (h) => h.snippet, max: 90 },
      ], { text: hits.length === 0 ? `No article matches ${query}.` : undefined });
    }
  } catch (err) {
    if (err instanceof StoreQueryError) throw new UserError(err.message, 2);
    throw err;
  } finally {
    await store.close();
  }
  return 0;
}
