import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedPath } from '../../../eval/paths.js';
import { documentFromText } from '../../../src/document/index.js';
import { extractEntities } from '../../../src/extract/entities/index.js';
import { analyse } from '../../../src/nlp/tokenize.js';

interface GoldEntity { canonical: string; mentions: string[]; role?: string }
const article = seedPath('article.txt');
const goldFile = seedPath('gold.json');
const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

describe.skipIf(!article || !goldFile)('seed article (../shared/examples/seed; skipped when absent)', () => {
  const doc = documentFromText(readFileSync(article!, 'utf8'), { title: null, published: '2024-10-23', url: null, outlet: null });
  const entities = extractEntities(analyse(doc.text, doc.body_start));
  const gold = JSON.parse(readFileSync(goldFile!, 'utf8')) as { entities: Record<string, GoldEntity[]> };
  const cases = Object.entries(gold.entities).flatMap(([type, list]) => list.map((g) => [type, g.canonical, g] as const));

  it.each(cases)('%s %s: found with its canonical name, type, mentions and role', (type, canonical, g) => {
    const e = entities.find((x) => norm(x.canonical) === norm(canonical));
    expect(e, `no entity named ${canonical}`).toBeDefined();
    expect(e!.type).toBe(type);
    // Every gold mention is (or holds) one of ours.
    const ours = e!.mentions.map((m) => norm(m.text));
    for (const m of g.mentions) expect(ours.some((o) => norm(m) === o || norm(m).includes(o)), `${canonical}: mention "${m}"`).toBe(true);
    if (g.role) expect(e!.role).toBe(g.role);
  });

  it('every mention slices the document text to its own text', () => {
    for (const e of entities) for (const m of e.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });
});
