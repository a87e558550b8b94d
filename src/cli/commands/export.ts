import { createWriteStream, type WriteStream } from 'node:fs';
import { flagChoice, flagString, parseArgs } from '../args.js';
import { UserError } from '../errors.js';
import { csvField } from '../listing.js';
import { openForReading } from '../storecli.js';

export const summary = 'the whole store as ledgers (jsonl), claims (csv) or PLOVER events (plover)';
export const usage = `claimtrail export --format jsonl|csv|plover [--out FILE] [--db FILE|URL]

  jsonl    one ledger a line (the format of LEDGER.md) with "stored": {articleId, storyId, source, kind}
  csv      one claim a row: article, story, date, outlet, source, stance, hedged, direct, cue, claim, url
  plover   one event a line in PLOVER's event data fields: id, date, event, mode, context, actor,
           recipient, location, with the text and publication metadata it came from`;

/** Write to stdout or a file, respecting back-pressure. */
function writer(out: WriteStream | NodeJS.WriteStream): (s: string) => Promise<void> {
  return (s) => new Promise((resolve, reject) => {
    if (out.write(s)) resolve();
    else {
      out.once('drain', resolve);
      out.once('error', reject);
    }
  });
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['db', 'format', 'out'] }, 'export');
  if (args.positionals.length > 0) throw new UserError(`export: unexpected "${args.positionals[0]}"`, 2);
  if (flagString(args, 'format') === undefined) throw new UserError('export: give --format jsonl, csv or plover', 2);
  const format = flagChoice(args, 'format', ['jsonl', 'csv', 'plover'] as const, 'jsonl', 'export');
  const store = await openForReading(args);
  const outFile = flagString(args, 'out');
  const stream = outFile ? createWriteStream(outFile) : process.stdout;
  const write = writer(stream);
  let n = 0;
  try {
    if (format === 'jsonl') {
      for await (const { article, ledger } of store.ledgers()) {
        await write(JSON.stringify({ ...ledger, stored: { articleId: article.id, storyId: article.storyId, source: article.source, kind: article.kind } }) + '\n');
        n++;
      }
    } else if (format === 'csv') {
      const cols = ['claim_id', 'article_id', 'story_id', 'date', 'outlet', 'source', 'source_entity', 'stance', 'hedged', 'direct', 'cue', 'claim', 'title', 'url'];
      await write(cols.join(',') + '\r\n');
      const urls = new Map<number, string>();
      for (let offset = 0; ; offset += 1000) {
        const arts = await store.listArticles({ order: 'oldest', limit: 1000, offset });
        if (arts.length === 0) break;
        for (const a of arts) urls.set(a.id, a.url ?? a.source);
      }
      for (let offset = 0; ; offset += 1000) {
        const rows = await store.claims({ limit: 1000, offset });
        if (rows.length === 0) break;
        for (const c of rows) {
          const vals = [c.id, c.articleId, c.storyId, c.date, c.outlet, c.source, c.sourceEntity, c.stance, c.hedged, c.direct, c.cue, c.content, c.articleTitle, urls.get(c.articleId)];
          await write(vals.map(csvField).join(',') + '\r\n');
          n++;
        }
      }
    } else {
      for (let offset = 0; ; offset += 1000) {
        const rows = await store.events({ limit: 1000, offset });
        if (rows.length === 0) break;
        for (const v of rows) {
          await write(JSON.stringify({
            id: `a${v.articleId}-${v.ledgerId}`,
            date: v.date,
            event: v.type,
            mode: v.mode ?? '',
            context: [],
            actor: v.actor,
            recipient: v.target,
            location: v.location,
            text: v.trigger,
            claim: v.claim,
            claim_source: v.claimSource,
            publisher: v.outlet,
            url: v.url ?? v.source,
            article_id: v.articleId,
            story_id: v.storyId,
          }) + '\n');
          n++;
        }
      }
    }
  } finally {
    await store.close();
    if (outFile) await new Promise<void>((resolve) => (stream as WriteStream).end(resolve));
  }
  if (outFile) process.stderr.write(`export: ${n} ${format === 'jsonl' ? 'ledgers' : format === 'csv' ? 'claims' : 'events'} → ${outFile}\n`);
  return 0;
}
