/**
 * Story grouping on a real corpus: the MEANTIME English texts (120 Wikinews articles, four topics:
 * Airbus, Apple, General Motors, stock markets) ingested through the real pipeline; the stories
 * must be pure (each story's articles mostly from one topic).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMeantime } from '../../eval/datasets/meantime.js';
import { datasetPath } from '../../eval/paths.js';
import { ingest } from '../../src/ingest/index.js';
import { openStore } from '../../src/store/index.js';
import { clusterScores } from '../../src/stories/purity.js';

const here = datasetPath('meantime-en', 'intra-doc_annotation');

describe.skipIf(!here)('MEANTIME stories (needs ../shared/datasets/meantime-en)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-meantime-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('groups the 120 articles into stories of purity ≥ 0.9 against the four topics', async () => {
    const docs = loadMeantime()!;
    const file = join(dir, 'meantime.jsonl');
    writeFileSync(file, docs.map((d) => JSON.stringify({ text: d.text, published: d.dct && /^\d{4}-\d{2}-\d{2}$/.test(d.dct) ? d.dct : null, url: d.url, outlet: 'Wikinews' })).join('\n') + '\n');
    const store = await openStore(join(dir, 'm.db'));
    try {
      const s = await ingest([file], store, { jobs: 2 });
      expect(s.failures).toEqual([]);
      expect(s).toMatchObject({ added: 120, duplicates: 0, failed: 0 });
      const topicOf = new Map(docs.map((d) => [d.url, d.topic]));
      const clusters: string[][] = [];
      for (const st of await store.listStories()) {
        const story = await store.getStory(st.id);
        clusters.push(story!.articles.map((a) => topicOf.get(a.url!)!));
      }
      const scores = clusterScores(clusters);
      console.log(`MEANTIME: ${clusters.length} stories, purity ${scores.purity.toFixed(3)}, inverse purity ${scores.inversePurity.toFixed(3)}`);
      expect(clusters.flat()).toHaveLength(120);
      expect(scores.purity).toBeGreaterThanOrEqual(0.9);
      // Not one story per article: grouping happened.
      expect(clusters.length).toBeLessThanOrEqual(60);
    } finally {
      await store.close();
    }
  }, 300_000);
});
