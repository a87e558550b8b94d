import type { Claim, Entity } from '../../../src/ledger/types.js';
import { analyse } from '../../../src/nlp/tokenize.js';
import { extractClaims } from '../../../src/extract/attribution/index.js';

/** Claims of a text, each span checked to slice the text true. */
export function claimsOf(text: string, entities: Entity[] = []): Claim[] {
  const a = analyse(text);
  const claims = extractClaims(a, entities);
  for (const c of claims) {
    for (const s of [c.cue, c.content]) if (text.slice(s.start, s.end) !== s.text) throw new Error(`span ${s.start}-${s.end} does not slice "${s.text}"`);
    if (c.source && c.source.start !== null && text.slice(c.source.start, c.source.end!) !== c.source.text) throw new Error(`source does not slice "${c.source.text}"`);
  }
  return claims;
}

/** The claim whose cue text is `cue` (first one). */
export function byCue(claims: Claim[], cue: string): Claim | undefined {
  return claims.find((c) => c.cue.text === cue);
}
