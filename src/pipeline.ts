/**
 * One article, end to end: document → analysis → extractions → ledger.
 */
import { parseDate } from './document/dates.js';
import { documentFromHtml } from './document/html.js';
import { documentFromText } from './document/text.js';
import { extractDocument } from './extract/index.js';
import type { ExtractOptions, Ledger } from './ledger/types.js';

export { extractDocument };

/**
 * The ledger of one article given as plain text (default) or HTML (`kind: 'html'`), with optional
 * metadata. A `published` that is not a date is an error.
 */
export function extract(input: string, opts: ExtractOptions = {}): Ledger {
  let published: string | null = null;
  if (opts.published !== undefined && opts.published !== null) {
    published = parseDate(opts.published);
    if (!published) throw new RangeError(`published: "${opts.published}" is not a date (use YYYY-MM-DD)`);
  }
  const meta = { title: opts.title ?? null, published, url: opts.url ?? null, outlet: opts.outlet ?? null };
  const document = opts.kind === 'html'
    ? documentFromHtml(input, meta) // what the caller gives wins; null falls back to the page's own
    : documentFromText(input, meta);
  return extractDocument(document);
}
