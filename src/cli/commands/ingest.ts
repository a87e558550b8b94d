import { defaultJobs, ingest, type IngestProgress, type IngestSummary } from '../../ingest/index.js';
import { dbLocation, openStore } from '../../store/index.js';
import { flagChoice, flagInt, flagString, parseArgs, flagBool } from '../args.js';
import { UserError } from '../errors.js';

export const summary = 'many articles (files, folders, globs, URLs, feeds, -) → the store, grouped into stories';
export const usage = `claimtrail ingest <paths|globs|dirs|URLs|feed URLs|-> … [--db FILE|URL] [--jobs N] [--format text|json] [--quiet]

  Reads .txt, .html and .jsonl files (one article a line: {"text" or "html", "title", "published",
  "url", "outlet"}), folders (recursively), globs ("news/**/*.txt"), web pages and RSS/Atom feeds
  (each item's page is fetched, politely: a pause between requests to a host, 15 s time limit, 5 MiB
  size limit), and standard input (-). A .txt file may start with a header of "Title:",
  "Published:", "Outlet:", "URL:" lines and a blank line.
  Every article is stored once (by the hash of its text) in its own transaction; a second run of the
  same ingest adds nothing. Bad inputs are listed with their reasons; they do not stop the rest.
  --db FILE|URL the store: a SQLite file or postgres://user@host/db (default ./claimtrail.db, or $CLAIMTRAIL_DB)
  --jobs N      extractions in parallel on worker threads (default: the number of cores, ${defaultJobs()} here)
  --format      text (a summary line and the failures) or json (the summary as one object)
  --quiet       no progress bar
  Exit status: 0 when every input was stored or already there, 1 when some failed.`;

function bar(p: IngestProgress, width = 24): string {
  const total = Math.max(p.found, p.done, 1);
  const filled = Math.round((p.done / total) * width);
  const rate = p.seconds > 0 ? p.done / p.seconds : 0;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.done}/${p.found}  ` +
    `${p.added} added, ${p.duplicates} duplicates, ${p.failed} failed  ${rate.toFixed(1)}/s`;
}

export function summaryLine(s: IngestSummary, db: string): string {
  const rate = s.seconds > 0 ? (s.added + s.duplicates) / s.seconds : 0;
  return `ingest: ${s.added} added, ${s.duplicates} skipped as duplicates, ${s.failed} failed` +
    ` in ${s.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s, ${s.jobs} job${s.jobs === 1 ? '' : 's'}) → ${db}`;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['db', 'jobs', 'format'], booleans: ['quiet'] }, 'ingest');
  if (args.positionals.length === 0) throw new UserError('ingest: give files, folders, globs, URLs or - (see claimtrail ingest --help)', 2);
  const format = flagChoice(args, 'format', ['text', 'json'] as const, 'text', 'ingest');
  const jobs = flagInt(args, 'jobs', defaultJobs(), 'ingest', 1);
  const db = dbLocation(flagString(args, 'db'));
  let store;
  try {
    store = await openStore(db);
  } catch (err) {
    throw new UserError((err as Error).message);
  }
  const tty = process.stderr.isTTY && !flagBool(args, 'quiet');
  let last = 0;
  const onProgress = tty ? (p: IngestProgress): void => {
    const now = Date.now();
    if (now - last < 100 && p.done < p.found) return;
    last = now;
    process.stderr.write(`\r\x1b[2K${bar(p)}`);
  } : undefined;
  let result: IngestSummary;
  try {
    result = await ingest(args.positionals, store, { jobs, onProgress });
  } finally {
    if (tty) process.stderr.write('\r\x1b[2K');
    await store.close();
  }
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ db: store.location, ...result }, null, 2) + '\n');
  } else {
    const lines = [summaryLine(result, store.location)];
    for (const f of result.failures) lines.push(`  failed: ${f.source}: ${f.reason}`);
    process.stdout.write(lines.join('\n') + '\n');
  }
  return result.failed > 0 ? 1 : 0;
}
