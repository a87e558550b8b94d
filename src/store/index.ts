/**
 * Opening a store. The default is an embedded SQLite file, ./claimtrail.db (or $CLAIMTRAIL_DB);
 * `--db FILE` picks another file. The store comes back migrated and ready.
 */
import { SqliteStore } from './sqlite/index.js';
import type { Store } from './types.js';

export type { Store } from './types.js';
export * from './types.js';

export const DEFAULT_DB = 'claimtrail.db';

/** The database a command uses: its --db flag, else $CLAIMTRAIL_DB, else ./claimtrail.db. */
export function dbLocation(flag?: string): string {
  return flag ?? process.env.CLAIMTRAIL_DB ?? DEFAULT_DB;
}

/** Open (and create or migrate) the store at `location`: a SQLite file path or ":memory:". */
export async function openStore(location: string = dbLocation()): Promise<Store> {
  if (/^postgres(?:ql)?:\/\//i.test(location)) {
    throw new Error(`${location.replace(/\/\/[^@/]*@/, '//…@')}: PostgreSQL stores are not supported yet; give a SQLite file`);
  }
  const store = new SqliteStore(location);
  try {
    await store.migrate();
  } catch (err) {
    await store.close().catch(() => undefined);
    throw new Error(`${location}: cannot open the store: ${(err as Error).message}`);
  }
  return store;
}

/** A store that must exist already (for commands that only read): an error naming the file if not. */
export async function openExistingStore(location: string = dbLocation()): Promise<Store> {
  const { existsSync } = await import('node:fs');
  if (location !== ':memory:' && !/^postgres(?:ql)?:\/\//i.test(location) && !existsSync(location)) {
    throw new StoreMissingError(location);
  }
  return openStore(location);
}

export class StoreMissingError extends Error {
  constructor(readonly location: string) {
    super(`${location}: no such store (run claimtrail ingest first, or give --db FILE)`);
    this.name = 'StoreMissingError';
  }
}
