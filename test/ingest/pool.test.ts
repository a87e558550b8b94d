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
});
