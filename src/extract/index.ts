/**
 * The extraction stages run over one document: analysis → entities, times, quantities, claims,
 * events → ledger. Pure and deterministic: it needs nothing but the document, so it runs safely in
 * parallel. Kept apart from the document stage so that callers with text only do not load the HTML
 * parser. `extractDocuments` runs the same stages over several documents stage by stage (all
 * analyses, then all entity stages, …), which keeps each model's tables in the caches for longer.
 */
import { buildLedger } from '../ledger/build.js';
import type { Ledger, LedgerDocument } from '../ledger/types.js';
import { analyse } from '../nlp/tokenize.js';
import { extractClaims } from './attribution/index.js';
import { extractEntities } from './entities/index.js';
import { extractEvents } from './events/index.js';
import { extractQuantities } from './quantities/index.js';
import { extractTimes } from './times/index.js';

/** The ledger of a document that the document stage has built (throws what a stage throws). */
export function extractDocument(document: LedgerDocument): Ledger {
  const r = extractDocuments([document])[0];
  if ('error' in r) throw r.error;
  return r.ledger;
}

/** A document's ledger, or the error its extraction threw. */
export type BatchLedger = { ledger: Ledger } | { error: unknown };

/**
 * The ledgers of several documents, computed stage by stage over all of them (about 5% less CPU time
 * for 8 documents, 8% for 32 than one by one: the taggers' tables stay in the caches; each ledger is
 * the same either way). A document whose extraction throws gets what was thrown; the others are
 * unaffected.
 */
export function extractDocuments(documents: readonly LedgerDocument[]): BatchLedger[] {
  const n = documents.length;
  const out: BatchLedger[] = new Array(n);
  const err = (i: number, e: unknown): void => { out[i] = { error: e }; };
  const as: Array<ReturnType<typeof analyse> | undefined> = new Array(n);
  for (let i = 0; i < n; i++) {
    try { as[i] = analyse(documents[i].text, documents[i].body_start); } catch (e) { err(i, e); }
  }
  const stage = <T>(f: (a: ReturnType<typeof analyse>, i: number) => T): Array<T | undefined> => {
    const r: Array<T | undefined> = new Array(n);
    for (let i = 0; i < n; i++) {
      if (out[i]) continue;
      try { r[i] = f(as[i]!, i); } catch (e) { err(i, e); }
    }
    return r;
  };
  const entities = stage((a) => extractEntities(a));
  const times = stage((a, i) => extractTimes(a, documents[i].published));
  const quantities = stage((a) => extractQuantities(a));
  const claims = stage((a, i) => extractClaims(a, entities[i]!));
  const events = stage((a, i) => extractEvents(a, entities[i]!, claims[i]!));
  stage((a, i) => {
    out[i] = { ledger: buildLedger(documents[i], a, { entities: entities[i]!, times: times[i]!, quantities: quantities[i]!, claims: claims[i]!, events: events[i]! }) };
  });
  return out;
}
