import { extractEntities, type EntityRecord } from '../../../src/extract/entities/index.js';
import { analyse } from '../../../src/nlp/tokenize.js';

/**
 * "TYPE Canonical: mention@start, mention@start" for each entity, and the mentions whose offsets do
 * not slice the text to their own text (which must be none).
 */
export function describeEntities(text: string): { lines: string[]; entities: EntityRecord[]; badSpans: string[] } {
  const entities = extractEntities(analyse(text));
  const badSpans: string[] = [];
  for (const e of entities) for (const m of e.mentions) if (text.slice(m.start, m.end) !== m.text) badSpans.push(`${m.text}@${m.start}`);
  return { lines: entities.map((e) => `${e.type} ${e.canonical}: ${e.mentions.map((m) => `${m.text}@${m.start}`).join(', ')}`), entities, badSpans };
}
