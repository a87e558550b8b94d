/**
 * Opening a store. The default is an embedded SQLite file, ./claimtrail.db (or $CLAIMTRAIL_DB);
 * `--db FILE` picks another file, and `--db postgres://user@host:port/database` a PostgreSQL
 * database on a shared server. The store comes back migrated and ready.
 */
import { isPostgresUrl, redactUrl } from './postgres/url.js';
import { SqliteStore } from './sqlite/index.js';
import type { Store } from './types.js';

export type { Store } from './types.js';
export * from './types.js';

export const DEFAULT_DB = 'claimtrail.db';

/** The database a command uses: its --db flag, else $CLAIMTRAIL_DB, else ./claimtrail.db. */
export function dbLocation(flag?: string): string {
  return flag ?? process.env.CLAIMTRAIL_DB ?? DEFAULT_DB;
}

/**
 * Open (and create or migrate) the store at `location`: a SQLite file path, ":memory:", or a
 * postgres:// (postgresql://) connection string. An error names the location (a password hidden).
 */
export async function openStore(location: string = dbLocation()): Promise<Store> {
  const pg = isPostgresUrl(location);
  const shown = pg ? redactUrl(location) : location;
  let store: Store;
  try {
    // The PostgreSQL driver is loaded only for a PostgreSQL store.
    store = pg ? new (await import('./postgres/index.js')).PostgresStore(location) : new SqliteStore(location);
  } catch (err) {
    throw new Error(`${shown}: cannot open the store: ${oneLine(err)}`);
  }
  try {
    await store.migrate();
  } catch (err) {
    await store.close().catch(() => undefined);
    throw new Error(`${shown}: cannot open the store: ${oneLine(err)}`);
  }
  return store;
}

/** An error's message on one line (a driver's may span several, or be empty for a refused connection). */
function oneLine(err: unknown): string {
  const e = err as Error & { code?: string; errors?: Error[] };
  let msg = e?.message || e?.errors?.map((x) => x.message).join('; ') || e?.code || String(err);
  msg = msg.replace(/\s*\n\s*/g, ' ').trim();
  return msg;
}

/** A store that must exist already (for commands that only read): an error naming the file if not. */
export async function openExistingStore(location: string = dbLocation()): Promise<Store> {
  const { existsSync } = await import('node:fs');
  if (location !== ':memory:' && !isPostgresUrl(location) && !existsSync(location)) {
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
