import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { openStore } from '../../src/store/index.js';

// Story grouping is incremental, so ingest must store articles in the order it reads them, whatever
// order its workers finish in: the same input then always gives the same stories.
describe('ingest stores in input order with several workers', () => {
  it('article ids follow the order of the files, long and short articles mixed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrail-order-'));
    const files: string[] = [];
    for (let i = 0; i < 10; i++) {
      // Long articles first and short ones after, so that a short one would finish first if the
      // store took results as they came.
      const n = i % 2 === 0 ? 60 : 1;
      const body = Array.from({ length: n }, (_, k) =>
        `Officials in Town${i} said on Monday that ${k + 3} bridges were closed after the storm, the agency reported.`).join('\n');
      const f = join(dir, `${String(i).padStart(2, '0')}.txt`);
      writeFileSync(f, `Storm closes bridges in Town${i}\n${body}\n`);
      files.push(f);
    }
    const store = await openStore(join(dir, 'order.db'));
    try {
      const summary = await ingest(files, store, { jobs: 2 });
      expect(summary.failures).toEqual([]);
      expect(summary.added).toBe(10);
      const rows = await store.listArticles({ order: 'oldest', limit: 100 });
      const byId = [...rows].sort((a, b) => a.id - b.id).map((r) => r.source);
      expect(byId).toEqual(files);
    } finally {
      await store.close();
    }
  });
});
