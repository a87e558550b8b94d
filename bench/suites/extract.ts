/**
 * Words per second of `extract` over the MEANTIME news texts, side by side in the same process with
 * wink-nlp (readDoc with its entities) and compromise (people, places, organisations, numbers) on the
 * same texts; and the cold-start time of the CLI on the seed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { loadMeantime } from '../../eval/datasets/meantime.js';
import { projectRoot, seedPath } from '../../eval/paths.js';
import { Skip } from '../../eval/types.js';
import { extract } from '../../src/pipeline.js';
import { countWords, rate, type BenchResult, type BenchSuite } from '../types.js';

const require = createRequire(import.meta.url);

export const suite: BenchSuite = {
  name: 'extract',
  async run(): Promise<BenchResult[]> {
    const docs = loadMeantime();
    if (!docs) throw new Skip('../shared/datasets/meantime-en is absent');
    const texts = docs.map((d) => d.text);
    const words = countWords(texts);
    const corpus = `MEANTIME ${docs.length} articles, ${words.toLocaleString('en-US')} words`;
    const ours = rate(() => { for (const t of texts) extract(t, { published: '2010-01-01' }); }, words, 3, 1000);

    // Peers, loaded here so that their load time is not counted.
    const winkNLP = require('wink-nlp') as (model: unknown) => { readDoc(t: string): { entities(): { out(): unknown } } };
    const model = require('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    const wink = rate(() => { for (const t of texts) nlp.readDoc(t).entities().out(); }, words, 3, 1000);
    const compromise = require('compromise') as (t: string) => { people(): { out(f: string): unknown }; places(): { out(f: string): unknown }; organizations(): { out(f: string): unknown }; numbers(): { out(f: string): unknown } };
    const comp = rate(() => {
      for (const t of texts) {
        const d = compromise(t);
        d.people().out('array'); d.places().out('array'); d.organizations().out('array'); d.numbers().out('array');
      }
    }, words, 2, 1000);

    const results: BenchResult[] = [
      { suite: 'extract', name: 'claimtrail extract (whole ledger)', value: ours, unit: 'words/s', note: corpus },
      { suite: 'extract', name: 'wink-nlp readDoc + entities', value: wink, unit: 'words/s', note: `ours/wink = ${(ours / wink).toFixed(2)}` },
      { suite: 'extract', name: 'compromise people/places/orgs/numbers', value: comp, unit: 'words/s', note: `ours/compromise = ${(ours / comp).toFixed(2)}` },
    ];

    const bin = join(projectRoot(), 'bin', 'claimtrail.js');
    const seed = seedPath('article.txt');
    if (existsSync(join(projectRoot(), 'dist', 'src', 'cli', 'main.js')) && seed) {
      const runs: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        execFileSync(process.execPath, [bin, 'extract', seed, '--published', '2024-10-23'], { stdio: 'ignore' });
        runs.push(performance.now() - t0);
      }
      runs.sort((a, b) => a - b);
      results.push({ suite: 'extract', name: 'CLI cold start: extract the seed', value: runs[2], unit: 'ms', note: 'median of 5 runs, process start to exit' });
    }
    return results;
  },
};
