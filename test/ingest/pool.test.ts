import { describe, expect, it } from 'vitest';
import { createRunners, InlineRunner } from '../../src/ingest/pool.js';

const TASK = { kind: 'text' as const, content: 'Rates held\n\nThe central bank of Norland held its rate at 3% on Thursday, governor Ida Lund said.', meta: { title: null, published: '2025-03-06', url: null, outlet: 'Wire' } };

describe('runners', () => {
  it('extract in worker threads (from the TypeScript sources here) the same ledger as in the calling thread', async () => {
    const [inline] = createRunners(1);
    expect(inline).toBeInstanceOf(InlineRunner);
    const want = await inline.run(TASK, async () => true);
    const pool = createRunners(2);
    try {
      const got = await Promise.all(pool.map((r) => r.run(TASK, async () => true)));
      expect(want.status).toBe('ledger');
      for (const g of got) expect(g).toEqual(want);
    } finally {
      await Promise.all(pool.map((r) => r.close()));
    }
  }, 60_000);
  it('asks whether the hash is new before extracting, and skips a known one', async () => {
    const [r] = createRunners(2);
    const seen: string[] = [];
    try {
      const res = await r.run(TASK, async (h) => { seen.push(h); return false; });
      expect(res).toEqual({ status: 'duplicate', hash: seen[0] });
      expect(seen[0]).toMatch(/^sha256:[0-9a-f]{64}$/);
    } finally {
      await r.close();
    }
  }, 60_000);
  it('fails a document without text with its reason', async () => {
    const [r] = createRunners(1);
    expect(await r.run({ ...TASK, kind: 'html', content: '<html><head><title>x</title></head><body><script>1</script></body></html>' }, async () => true))
      .toEqual({ status: 'failed', reason: 'no article text found' });
  });
  it('runs a batch with the results of one run each, in order: a duplicate, a failure and ledgers side by side', async () => {
    const other = { ...TASK, content: 'Bridge shut\n\nThe Lund bridge was shut on Friday after the storm, police in Norland said.' };
    const empty = { ...TASK, kind: 'html' as const, content: '<html><head><title>x</title></head><body><script>1</script></body></html>' };
    const tasks = [TASK, empty, other, TASK];
    const known = new Set<string>();
    const isNew = async (h: string): Promise<boolean> => { if (known.has(h)) return false; known.add(h); return true; };
    const [inline] = createRunners(1);
    const want = [];
    for (const t of tasks) want.push(await inline.run(t, isNew));
    expect(want.map((w) => w.status)).toEqual(['ledger', 'failed', 'ledger', 'duplicate']);
    for (const runners of [createRunners(1), createRunners(2)]) {
      known.clear();
      try {
        expect(await runners[0].runBatch(tasks, isNew)).toEqual(want);
      } finally {
        await Promise.all(runners.map((r) => r.close()));
      }
    }
  }, 60_000);
});
