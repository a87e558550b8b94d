/**
 * What a worker does for a batch of articles: build each document (main text, title, date), let the
 * caller say whether its content hash is new, then extract the new ones' ledgers, stage by stage over
 * the batch. Used in worker threads and, for --jobs 1, in the main thread.
 */
import { documentFromHtml, documentFromText } from '../document/index.js';
import type { Ledger, LedgerDocument } from '../ledger/types.js';
import { extractDocuments } from '../extract/index.js';
import type { ArticleMeta } from './sources.js';

export type WorkTask =
  | { kind: 'text' | 'html'; content: string; meta: ArticleMeta }
  /** A document the caller has already built and found new (plain text is cheap to build and hash
   *  before dispatch, so a duplicate never reaches a worker and a worker never builds it twice). */
  | { document: LedgerDocument };

export type WorkResult =
  | { status: 'ledger'; ledger: Ledger }
  | { status: 'duplicate'; hash: string }
  | { status: 'failed'; reason: string };

/** An article as read: HTML or text with what its source said about it. */
export type SourceTask = Extract<WorkTask, { kind: 'text' | 'html' }>;

/** The document of a task, or the reason there is none. */
export function buildDocument(task: SourceTask): LedgerDocument | string {
  const meta = { ...task.meta };
  const doc = task.kind === 'html' ? documentFromHtml(task.content, meta) : documentFromText(task.content, meta);
  if (doc.text.slice(doc.body_start).trim().length === 0) return 'no article text found';
  return doc;
}

/** A task's document when it is new; else why there is nothing to extract (failed or duplicate).
 *  Run in a worker, or on the main thread before dispatch for plain text. */
export async function newDocument(
  task: SourceTask, isNew: (hash: string) => Promise<boolean>,
): Promise<LedgerDocument | Exclude<WorkResult, { status: 'ledger' }>> {
  let doc: LedgerDocument | string;
  try {
    doc = buildDocument(task);
  } catch (err) {
    return { status: 'failed', reason: `cannot read the document (${(err as Error).message})` };
  }
  if (typeof doc === 'string') return { status: 'failed', reason: doc };
  if (!(await isNew(doc.id))) return { status: 'duplicate', hash: doc.id };
  return doc;
}

/**
 * Run tasks, in order, one result each; `isNew(hash)` decides whether to extract (false: a duplicate,
 * skipped). The documents are built and their hashes asked about one after the other, then the new
 * ones are extracted together, stage by stage (extractDocuments); an article whose extraction fails
 * fails alone, with the reason.
 */
export async function runTasks(tasks: readonly WorkTask[], isNew: (hash: string) => Promise<boolean>): Promise<WorkResult[]> {
  const out: WorkResult[] = new Array(tasks.length);
  const docs: LedgerDocument[] = [];
  const at: number[] = [];
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i];
    const doc = 'document' in t ? t.document : await newDocument(t, isNew);
    if ('status' in doc) out[i] = doc;
    else { docs.push(doc); at.push(i); }
  }
  let ledgers: ReturnType<typeof extractDocuments>;
  try {
    ledgers = extractDocuments(docs);
  } catch (err) {
    ledgers = docs.map(() => ({ error: err }));
  }
  for (let k = 0; k < docs.length; k++) {
    const r = ledgers[k];
    out[at[k]] = 'ledger' in r ? { status: 'ledger', ledger: r.ledger } : { status: 'failed', reason: `extraction failed (${(r.error as Error).message})` };
  }
  return out;
}
