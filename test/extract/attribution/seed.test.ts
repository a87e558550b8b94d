/**
 * The seed article against its hand-made gold claims (../shared/examples/seed/gold.json), scored by
 * the project's seed scorer: at least 15 of the 16 gold claims with the right source, and stance and
 * hedging right on at least 14. Entities come from the entity stage when it exists; the claims must
 * hold without it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seedPath } from '../../../eval/paths.js';
import { scoreSeed, type Gold } from '../../../eval/scorers/seed.js';
import { documentFromText } from '../../../src/document/index.js';
import { extractClaims } from '../../../src/extract/attribution/index.js';
import { LEDGER_FORMAT, type Entity, type Ledger } from '../../../src/ledger/types.js';
import { analyse, type Analysis } from '../../../src/nlp/tokenize.js';

const article = seedPath('article.txt');
const goldPath = seedPath('gold.json');

async function entitiesOf(a: Analysis): Promise<Entity[]> {
  const p = join(dirname(fileURLToPath(import.meta.url)), '../../../src/extract/entities/index.ts');
  if (!existsSync(p)) return [];
  const mod = (await import(pathToFileURL(p).href)) as { extractEntities?: (a: Analysis) => Entity[] };
  return mod.extractEntities ? mod.extractEntities(a) : [];
}

async function ledgerOf(useEntities: boolean): Promise<Ledger> {
  const meta = JSON.parse(readFileSync(seedPath('meta.json')!, 'utf8')) as { published: string };
  const document = documentFromText(readFileSync(article!, 'utf8'), { published: meta.published });
  const a = analyse(document.text, document.body_start);
  const entities = useEntities ? await entitiesOf(a) : [];
  const claims = extractClaims(a, entities);
  return { format: LEDGER_FORMAT, document, entities, times: [], quantities: [], claims, events: [] };
}

describe.skipIf(!article || !goldPath)('seed article (skips when ../shared/examples/seed is absent)', () => {
  for (const useEntities of [false, true]) {
    it(`claims ${useEntities ? 'with' : 'without'} entities: ≥ 15/16 right source, ≥ 14 stance and hedging`, async () => {
      const gold = JSON.parse(readFileSync(goldPath!, 'utf8')) as Gold;
      const ledger = await ledgerOf(useEntities);
      for (const c of ledger.claims) expect(ledger.document.text.slice(c.cue.start, c.cue.end)).toBe(c.cue.text);
      const s = scoreSeed(ledger, gold);
      const found = s.claimsFound.filter((x) => x.ok).length;
      const stance = s.claimsStance.filter((x) => x.ok).length;
      const misses = [...s.claimsFound, ...s.claimsStance].filter((x) => !x.ok).map((x) => `${x.gold} → ${x.got}`);
      expect(gold.claims.length).toBe(16);
      expect(found, misses.join('\n')).toBeGreaterThanOrEqual(15);
      expect(stance, misses.join('\n')).toBeGreaterThanOrEqual(14);
    });
  }
});
