/**
 * One article, end to end: document → analysis → extractions → ledger. Pure and deterministic:
 * it needs nothing but the document, so it runs safely in parallel.
 */
import { documentFromHtml, documentFromText, parseDate } from './document/index.js';
import { extractClaims } from './extract/attribution/index.js';
import { extractEntities } from './extract/entities/index.js';
import { extractEvents } from './extract/events/index.js';
import { extractQuantities } from './extract/quantities/index.js';
import { extractTimes } from './extract/times/index.js';
import { buildLedger } from './ledger/build.js';
import type { ExtractOptions, Ledger, LedgerDocument } from './ledger/types.js';
import { analyse } from './nlp/tokenize.js';

/** The ledger of a document that the document stage has built. */
export function extractDocument(document: LedgerDocument): Ledger {
  const a = analyse(document.text, document.body_start);
  const entities = extractEntities(a);
  const times = extractTimes(a, document.published);
  const quantities = extractQuantities(a);
  const claims = extractClaims(a, entities);
  const events = extractEvents(a, entities, claims);
  return buildLedger(document, a, { entities, times, quantities, claims, events });
}

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
