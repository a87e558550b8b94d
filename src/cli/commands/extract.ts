import { parseDate, parseIsoDateStrict } from '../../document/dates.js';
import { parseHeader } from '../../document/header.js';
import { readInput } from '../../document/input.js';
import { documentFromText } from '../../document/text.js';
import { extractDocument } from '../../extract/index.js';
import { flagChoice, flagString, parseArgs } from '../args.js';
import { UserError } from '../errors.js';
import { renderSummary } from '../render.js';

export const summary = 'one article (file or - for stdin) → its ledger (claims, figures, dates, entities, events)';
export const usage = `claimtrail extract <file|-> [--published YYYY-MM-DD] [--title T] [--url U] [--outlet O]
                   [--format json|text|summary|maintext] [--kind text|html]

  .txt (or stdin): the first line is the title when it reads as a headline; boilerplate lines are
  dropped and listed in document.removed. .html: the main text and the page's metadata.
  --format json      one ledger object (the format of LEDGER.md)
  --format summary   claims as source → cue → content, then figures, dates, entities, events
  --format maintext  the document's text only (title, blank line, main text)
  --format text      summary for text input; for an HTML page, its main text only (default: json)
  --kind             read the input as text or HTML whatever its name says`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['published', 'title', 'url', 'outlet', 'format', 'kind'] }, 'extract');
  if (args.positionals.length !== 1) {
    throw new UserError(`extract: give one file, or - for standard input (got ${args.positionals.length})`, 2);
  }
  const format = flagChoice(args, 'format', ['json', 'text', 'summary', 'maintext'] as const, 'json', 'extract');
  const kindFlag = flagString(args, 'kind');
  if (kindFlag !== undefined && kindFlag !== 'text' && kindFlag !== 'html') {
    throw new UserError(`extract: --kind must be text or html (got "${kindFlag}")`, 2);
  }
  const publishedFlag = flagString(args, 'published');
  let published: string | null = null;
  if (publishedFlag !== undefined) {
    published = parseIsoDateStrict(publishedFlag);
    if (!published) throw new UserError(`extract: --published "${publishedFlag}" is not a date (use YYYY-MM-DD)`, 2);
  }
  const input = await readInput(args.positionals[0]);
  const kind = (kindFlag as 'text' | 'html' | undefined) ?? input.kind;
  const meta = {
    title: flagString(args, 'title') ?? null,
    published,
    url: flagString(args, 'url') ?? null,
    outlet: flagString(args, 'outlet') ?? null,
  };
  // A text's metadata header ("Title:", "Published:", "Outlet:", "URL:", a blank line), as `ingest` reads
  // it; the flags win over it.
  let content = input.content;
  const header = kind === 'text' ? parseHeader(content) : null;
  if (header) {
    content = header.body;
    if (header.meta.published && publishedFlag === undefined) {
      meta.published = parseDate(header.meta.published);
      if (!meta.published) throw new UserError(`${input.path}: the header's date "${header.meta.published}" is not a date`, 2);
    }
    meta.title ??= header.meta.title ?? null;
    meta.url ??= header.meta.url ?? null;
    meta.outlet ??= header.meta.outlet ?? null;
  }
  // The HTML parser is loaded only for HTML: plain text starts faster without it.
  const document = kind === 'html'
    ? (await import('../../document/html.js')).documentFromHtml(content, meta)
    : documentFromText(content, meta);
  if (document.text.trim().length === 0) throw new UserError(`${input.path}: no article text found`);
  if (format === 'maintext' || (format === 'text' && kind === 'html')) {
    process.stdout.write(document.text + '\n');
    return 0;
  }
  const ledger = extractDocument(document);
  process.stdout.write(format === 'json' ? JSON.stringify(ledger, null, 2) + '\n' : renderSummary(ledger) + '\n');
  return 0;
}
