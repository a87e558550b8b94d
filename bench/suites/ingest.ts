/**
 * Ingest throughput: MEANTIME's 120 English news texts through `ingest()` (documents, extraction on
 * 2 worker threads, the SQLite store, story grouping) into a fresh database; the same again (all
 * duplicates); articles of about 700 words (MEANTIME texts of one topic joined in pairs), with one
 * and two jobs, beside what extraction alone allows; and the database's size. The store alone
 * (precomputed ledgers, SQLite and PostgreSQL side by side) is the `store` suite.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadMeantime } from '../../eval/datasets/meantime.js';
import { Skip } from '../../eval/types.js';
import { ingest } from '../../src/ingest/index.js';
import { openStore } from '../../src/store/index.js';
import { countWords as words, type BenchResult, type BenchSuite } from '../types.js';

const JOBS = 2;

/** An ingest's wall time and CPU time (every thread of the process: workers, V8's compiler and
 *  collector threads; firmer than the wall time on a shared machine). */
async function timedIngest(file: string, db: string, jobs = JOBS): Promise<{ seconds: number; cpuSeconds: number; added: number; duplicates: number; failed: number; words: number }> {
  const store = await openStore(db);
  try {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const s = await ingest([file], store, { jobs });
    const c = process.cpuUsage(c0);
    return { seconds: (performance.now() - t0) / 1000, cpuSeconds: (c.user + c.system) / 1e6, added: s.added, duplicates: s.duplicates, failed: s.failed, words: s.words };
  } finally {
    await store.close();
  }
}

function dbBytes(db: string): number {
  let n = 0;
  for (const s of ['', '-wal']) { try { n += statSync(db + s).size; } catch { /* none */ } }
  return n;
}

/**
 * What extraction alone allows on two cores: two worker threads extracting at once (each after a
 * warm-up, so that JIT compiling is done), articles per second over both. One extracting thread
 * alone keeps more than one core busy (V8 compiles and collects on background threads), so twice
 * the one-thread rate would overstate it.
 */
async function extractionCeiling(warm: readonly string[], texts: readonly string[]): Promise<{ rate: number; cpuMs: number }> {
  const pipeline = new URL('../../src/pipeline.js', import.meta.url).href;
  const code = `const { parentPort, workerData } = require('node:worker_threads');
import(${JSON.stringify(pipeline)}).then(({ extract }) => {
  for (const t of workerData.warm) extract(t, { outlet: 'Wikinews' });
  parentPort.postMessage('warm');
  parentPort.once('message', () => {
    for (const t of workerData.texts) extract(t, { outlet: 'Wikinews' });
    parentPort.postMessage('done');
  });
});`;
  const workers = [0, 1].map(() => new Worker(code, { eval: true, workerData: { warm, texts } }));
  try {
    await Promise.all(workers.map((w) => new Promise((res, rej) => { w.once('message', res); w.once('error', rej); })));
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await Promise.all(workers.map((w) => new Promise((res, rej) => { w.once('message', res); w.once('error', rej); w.postMessage('go'); })));
    const c = process.cpuUsage(c0);
    return { rate: (2 * texts.length) / ((performance.now() - t0) / 1000), cpuMs: (c.user + c.system) / 1000 / (2 * texts.length) };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

export const suite: BenchSuite = {
  name: 'ingest',
  async run(): Promise<BenchResult[]> {
    const docs = loadMeantime();
    if (!docs) throw new Skip('../shared/datasets/meantime-en is absent');
    const dir = mkdtempSync(join(tmpdir(), 'claimtrail-bench-ingest-'));
    const results: BenchResult[] = [];
    try {
      const date = (d: string | null): string | null => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null);
      const mt = join(dir, 'meantime.jsonl');
      writeFileSync(mt, docs.map((d) => JSON.stringify({ text: d.text, published: date(d.dct), url: d.url, outlet: 'Wikinews' })).join('\n') + '\n');
      const mtWords = docs.reduce((n, d) => n + words(d.text), 0);
      const db = join(dir, 'meantime.db');
      const first = await timedIngest(mt, db);
      const note = `MEANTIME ${docs.length} articles, ${Math.round(mtWords / docs.length)} words each on average; ${first.seconds.toFixed(2)} s, ${first.failed} failed, --jobs ${JOBS}`;
      results.push(
        { suite: 'ingest', name: 'ingest MEANTIME (new articles)', value: first.added / first.seconds, unit: 'articles/s', note },
        { suite: 'ingest', name: 'ingest MEANTIME (new articles)', value: mtWords / first.seconds, unit: 'words/s', note: `${first.seconds.toFixed(2)} s for ${mtWords} words` },
      );
      const again = await timedIngest(mt, db);
      results.push({ suite: 'ingest', name: 'ingest MEANTIME again (all duplicates)', value: again.duplicates / again.seconds, unit: 'articles/s', note: `${again.seconds.toFixed(2)} s, ${again.added} added` });
      const bytes = dbBytes(db);
      results.push({ suite: 'ingest', name: 'database size per article', value: bytes / docs.length / 1024, unit: 'KiB', note: `${(bytes / 1024 / 1024).toFixed(2)} MiB for ${docs.length} articles (ledger JSON, indexes, FTS5)` });

      // About 700 words: texts of one topic joined in pairs.
      const long: string[] = [];
      const byTopic = new Map<string, string[]>();
      for (const d of docs) byTopic.set(d.topic, [...(byTopic.get(d.topic) ?? []), d.text]);
      for (const texts of byTopic.values()) for (let i = 0; i + 1 < texts.length; i += 2) long.push(`${texts[i]}\n\n${texts[i + 1].split('\n\n').slice(1).join('\n\n')}`);
      // 25 copies (each told apart by a closing line), 1,500 articles, so that worker start-up, model
      // loading and the JIT's warm-up weigh little: the steady rate.
      const copies = 25;
      const longAll = Array.from({ length: copies }, (_, k) => long.map((t) => `${t}\n\n(Edition ${k + 1}.)`)).flat();
      const lf = join(dir, 'long.jsonl');
      writeFileSync(lf, longAll.map((t) => JSON.stringify({ text: t, outlet: 'Wikinews' })).join('\n') + '\n');
      const lw = longAll.reduce((n, t) => n + words(t), 0);
      const lr = await timedIngest(lf, join(dir, 'long.db'));
      results.push(
        { suite: 'ingest', name: 'ingest ~600-word articles (steady)', value: lr.added / lr.seconds, unit: 'articles/s', note: `${longAll.length} articles of ${Math.round(lw / longAll.length)} words; ${lr.seconds.toFixed(2)} s; target 500/s for 700 words on 2 cores` },
        { suite: 'ingest', name: 'ingest ~600-word articles (steady)', value: lw / lr.seconds, unit: 'words/s', note: `${lr.failed} failed` },
        { suite: 'ingest', name: 'ingest ~600-word articles, CPU time', value: lr.cpuSeconds * 1000 / lr.added, unit: 'ms/article', note: `${lr.cpuSeconds.toFixed(1)} s over all threads, --jobs ${JOBS}; 2 cores at 500 articles/s allow 4 ms` },
      );
      // The same with one job (extraction in the main thread), and the ceiling the extractor sets:
      // the whole-ledger extraction alone on one core, twice (two cores), nothing else.
      const l1 = await timedIngest(lf, join(dir, 'long-1.db'), 1);
      results.push(
        { suite: 'ingest', name: 'ingest ~600-word articles, --jobs 1', value: l1.added / l1.seconds, unit: 'articles/s', note: `${l1.seconds.toFixed(2)} s; --jobs ${JOBS} is ${(l1.seconds / lr.seconds).toFixed(2)}× this` },
        { suite: 'ingest', name: 'ingest ~600-word articles, --jobs 1, CPU time', value: l1.cpuSeconds * 1000 / l1.added, unit: 'ms/article', note: `${l1.cpuSeconds.toFixed(1)} s over all threads` },
      );
      const ceiling = await extractionCeiling(longAll.slice(0, 60), longAll.slice(60, 360));
      results.push(
        { suite: 'ingest', name: 'ceiling: extraction alone on 2 threads', value: ceiling.rate, unit: 'articles/s', note: `2 worker threads extracting 300 articles each after 60 to warm up, no store; ingest at --jobs ${JOBS} reaches ${((lr.added / lr.seconds) / ceiling.rate * 100).toFixed(0)}% of it` },
        { suite: 'ingest', name: 'ceiling: extraction alone, CPU time', value: ceiling.cpuMs, unit: 'ms/article', note: 'all threads, warmed' },
      );

    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return results;
  },
};
