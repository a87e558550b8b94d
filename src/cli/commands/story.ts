import { parseArgs } from '../args.js';
import { UserError } from '../errors.js';
import { textTable, writeRows, type Column } from '../listing.js';
import { listFormat, openForReading, parseId, span } from '../storecli.js';
import type { TimelineRow } from '../../store/types.js';

export const summary = 'one story as a timeline: date, outlet, source, stance, claim';
export const usage = `claimtrail story ID [--db FILE|URL] [--format text|json|jsonl|csv]

  The story's articles, then its claims in date order: when, which outlet reported it, who said it,
  the stance (assert, deny, warn …, with "?" when hedged) and what was claimed.
  --format json gives the story with its articles and timeline; jsonl and csv give the timeline rows.`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['db', 'format'] }, 'story');
  if (args.positionals.length > 1) throw new UserError('story: give one story id', 2);
  const id = parseId(args.positionals[0], 'story', 'story');
  const format = listFormat(args, 'story');
  const store = await openForReading(args);
  try {
    const story = await store.getStory(id);
    if (!story) throw new UserError(`story: no story ${id} in ${store.location} (see claimtrail stories)`);
    const columns: Column<TimelineRow>[] = [
      { header: 'date', value: (t) => t.date },
      { header: 'outlet', value: (t) => t.outlet, max: 22 },
      { header: 'source', value: (t) => t.sourceEntity ?? t.source, max: 32 },
      { header: 'stance', value: (t) => t.stance + (t.hedged ? '?' : '') },
      { header: 'claim', value: (t) => (t.direct ? `“${t.claim}”` : t.claim), max: 110 },
    ];
    if (format === 'json') {
      writeRows(format, [], [], { json: story });
    } else if (format === 'text') {
      const head = [
        `Story ${story.id}: ${story.label}`,
        `${span(story.first, story.last)} · ${story.articleCount} articles · ${story.outletCount} outlets · ${story.claimCount} claims` +
          (story.mergedInto ? ` (story ${id} was merged into ${story.mergedInto})` : ''),
        '',
        textTable(story.articles, [
          { header: 'article', value: (a) => a.id, align: 'right' },
          { header: 'published', value: (a) => a.published },
          { header: 'outlet', value: (a) => a.outlet, max: 22 },
          { header: 'title', value: (a) => a.title, max: 70 },
          { header: 'from', value: (a) => a.url ?? a.source, max: 50 },
        ]),
        '',
        story.timeline.length ? textTable(story.timeline, columns) : 'No claims found in its articles.',
      ];
      process.stdout.write(head.join('\n') + '\n');
    } else {
      writeRows(format, story.timeline, [
        ...columns.map((c) => ({ ...c, max: undefined })),
        { header: 'article', value: (t: TimelineRow) => t.articleId },
        { header: 'hedged', value: (t: TimelineRow) => t.hedged },
        { header: 'direct', value: (t: TimelineRow) => t.direct },
      ]);
    }
  } finally {
    await store.close();
  }
  return 0;
}
