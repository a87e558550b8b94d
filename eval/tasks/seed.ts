/** The seed article against its hand-made gold (../shared/examples/seed). */
import { readFileSync } from 'node:fs';
import { extract } from '../../src/pipeline.js';
import { seedPath } from '../paths.js';
import { count, scoreSeed, type Gold, type Item } from '../scorers/seed.js';
import { Skip, pct, type EvalRow, type EvalTask } from '../types.js';

export function runSeed() {
  const article = seedPath('article.txt');
  const meta = seedPath('meta.json');
  const goldFile = seedPath('gold.json');
  if (!article || !meta || !goldFile) return null;
  const m = JSON.parse(readFileSync(meta, 'utf8')) as { published: string };
  const ledger = extract(readFileSync(article, 'utf8'), { published: m.published });
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
  return { ledger, gold, score: scoreSeed(ledger, gold) };
}

export const task: EvalTask = {
  name: 'seed',
  async run(): Promise<EvalRow[]> {
    const r = runSeed();
    if (!r) throw new Skip('../shared/examples/seed is absent');
    const row = (metric: string, items: Item[]): EvalRow => ({
      task: 'seed', dataset: 'seed article', split: 'example', metric: `${metric} (${count(items)}/${items.length})`,
      value: pct(items.length ? count(items) / items.length : 0), anchors: [],
    });
    const s = r.score;
    if (process.env.CLAIMTRAIL_EVAL_VERBOSE) {
      for (const [k, items] of Object.entries(s)) {
        for (const i of items as Item[]) if (!i.ok) process.stderr.write(`seed miss ${k}: ${i.gold} | got ${i.got}\n`);
      }
    }
    return [
      row('claims with the right source', s.claimsFound),
      row('stance and hedging right', s.claimsStance),
      row('figures: value and approximator', s.figures),
      row('figures: also delta and counted', s.figuresFull),
      row('dates: TIMEX3 value', s.dates),
      row('people: canonical name', s.people),
      row('entities: canonical name', s.entities),
      row('roles', s.roles),
      row('events: type, actor, target', s.events),
    ];
  },
};
