import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { SPECS, storeContract } from './contract.js';
import { makeLedger } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-store-'));
afterAll(() => {
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true }); else console.log(dir);
});

// Every assertion the PostgreSQL store must meet too (test/store/contract.ts).
storeContract({ name: 'SqliteStore', fresh: async (name) => join(dir, `${name}.db`) });

describe('SqliteStore (the file)', () => {
  let file: string;
  let store: Store;

  beforeAll(async () => {
    file = join(dir, 'sub', 'test.db');
    store = await openStore(file);
    for (const s of SPECS) await store.addArticle(makeLedger(s), { source: `${s.outlet}.txt`, kind: 'text' });
  });
  afterAll(async () => {
    await store.close();
  });

  it('creates the file (and its folder) in WAL mode with its migrations recorded once', async () => {
    expect(existsSync(file)).toBe(true);
    expect(await store.migrate()).toBe(1);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: 1 }]);
    db.close();
    expect(store.location).toBe(file);
    expect((await store.stats()).bytes).toBeGreaterThan(0);
  });

  it('keeps an in-memory store with no size', async () => {
    const mem = await openStore(':memory:');
    try {
      await mem.addArticle(makeLedger(SPECS[0]), { source: 'x.txt', kind: 'text' });
      expect(await mem.stats()).toMatchObject({ articles: 1, bytes: null });
    } finally {
      await mem.close();
    }
  });
});
