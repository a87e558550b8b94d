/**
 * What the store commands share: opening the store named by --db (refusing to create one for a
 * command that only reads), parsing ids, and the --format flag.
 */
import { dbLocation, openExistingStore, StoreMissingError } from '../store/index.js';
import type { Store } from '../store/types.js';
import { flagChoice, flagString, type ParsedArgs } from './args.js';
import { UserError } from './errors.js';
import { LIST_FORMATS, type ListFormat } from './listing.js';

export async function openForReading(args: ParsedArgs): Promise<Store> {
  try {
    return await openExistingStore(dbLocation(flagString(args, 'db')));
  } catch (err) {
    if (err instanceof StoreMissingError) throw new UserError(err.message);
    throw new UserError((err as Error).message);
  }
}

export function listFormat(args: ParsedArgs, command: string): ListFormat {
  return flagChoice(args, 'format', LIST_FORMATS, 'text', command);
}

export function parseId(raw: string | undefined, what: string, command: string): number {
  if (raw === undefined) throw new UserError(`${command}: give a ${what} id (see claimtrail ${command} --help)`, 2);
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UserError(`${command}: "${raw}" is not a ${what} id (a whole number ≥ 1)`, 2);
  return Number(raw);
}

/** "2024-10-17 – 2025-01-14", or one date, or "undated". */
export function span(first: string | null, last: string | null): string {
  if (!first && !last) return 'undated';
  if (first === last || !last) return first ?? last ?? '';
  return `${first} – ${last}`;
}
