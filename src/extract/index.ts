/**
 * The extraction stages run over one document: analysis → entities, times, quantities, claims,
 * events → ledger. Pure and deterministic: it needs nothing but the document, so it runs safely in
 * parallel. Kept apart from the document stage so that callers with text only do not load the HTML
 * parser.
 */
import { buildLedger } from '../ledger/build.js';
import type { Ledger, LedgerDocument } from '../ledger/types.js';
import { analyse } from '../nlp/tokenize.js';
import { extractClaims } from './attribution/index.js';
import { extractEntities } from './entities/index.js';
import { extractEvents } from './events/index.js';
import { extractQuantities } from './quantities/index.js';
import { extractTimes } from './times/index.js';

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
