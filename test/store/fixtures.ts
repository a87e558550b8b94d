/**
 * Hand-built ledgers for store tests: spans are found in the text by their words, so every
 * `text.slice(start, end) === span.text` holds as in a real ledger.
 */
import { createHash } from 'node:crypto';
import type { Approx, Claim, Entity, EntityType, Ledger, Quantity, Stance, Time } from '../../src/ledger/types.js';

export interface Spec {
  title: string;
  body: string;
  published: string | null;
  outlet?: string;
  url?: string;
  entities?: Array<[EntityType, string]>;
  /** [source text, cue, content, stance?, date?] */
  claims?: Array<[string | null, string, string, Stance?, string?]>;
  /** [text, value, unit, approx?, high?, counts?] */
  quantities?: Array<[string, number, string | null, Approx?, (number | null)?, string?]>;
}

function find(text: string, needle: string, from = 0): { start: number; end: number; text: string } {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`fixture: "${needle}" is not in the text`);
  return { start: i, end: i + needle.length, text: needle };
}

export function makeLedger(spec: Spec): Ledger {
  const text = `${spec.title}\n\n${spec.body}`;
  const bodyStart = spec.title.length + 2;
  const entities: Entity[] = (spec.entities ?? []).map(([type, name], i) => {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      mentions.push({ start: at, end: at + name.length, text: name });
    }
    if (mentions.length === 0) throw new Error(`fixture: entity "${name}" is not in the text`);
    return { id: `e${i + 1}`, type, canonical: name, role: null, mentions };
  });
  const times: Time[] = [];
  const claims: Claim[] = (spec.claims ?? []).map(([source, cue, content, stance, date], i) => {
    const c = find(text, content, bodyStart);
    const cueSpan = find(text, cue, bodyStart);
    let time: string | null = null;
    if (date) {
      const t: Time = { id: `t${times.length + 1}`, ...cueSpan, type: 'DATE', value: date, mod: null };
      times.push(t);
      time = t.id;
    }
    const src = source ? find(text, source, bodyStart) : null;
    const ent = source ? entities.find((e) => e.canonical === source) : undefined;
    return {
      id: `c${i + 1}`,
      source: src ? { text: src.text, start: src.start, end: src.end, entity: ent?.id ?? null, role: null } : null,
      cue: cueSpan, content: c, direct: false, stance: stance ?? 'assert', hedged: false, time, via: null,
    };
  });
  const quantities: Quantity[] = (spec.quantities ?? []).map(([qt, value, unit, approx, high, counts], i) => {
    const s = find(text, qt, bodyStart);
    const claim = claims.find((c) => c.content.start <= s.start && c.content.end >= s.end);
    return {
      id: `q${i + 1}`, ...s, value, high: high ?? null, approx: approx ?? 'exact', delta: false, unit,
      counts: counts ? find(text, counts, s.start) : null, claim: claim?.id ?? null,
    };
  });
  return {
    format: 'claimtrail.ledger/1',
    document: {
      id: 'sha256:' + createHash('sha256').update(text).digest('hex'),
      title: spec.title, published: spec.published, url: spec.url ?? null, outlet: spec.outlet ?? null,
      text, body_start: bodyStart, removed: [],
    },
    entities, times, quantities, claims, events: [],
  };
}
