/**
 * One article's extractions joined into its ledger: each figure tied to the claim whose content holds
 * it, each claim and event to the time expression that places it, and every span checked against the
 * text.
 */
import { sentenceAt, type Analysis } from '../nlp/tokenize.js';
import {
  LEDGER_FORMAT, type Claim, type Entity, type Event, type Ledger, type LedgerDocument, type Quantity, type Span,
  type Time,
} from './types.js';

export interface Extractions {
  entities: Entity[];
  times: Time[];
  quantities: Quantity[];
  claims: Claim[];
  events: Event[];
}

const inside = (inner: { start: number; end: number }, outer: { start: number; end: number }) =>
  inner.start >= outer.start && inner.end <= outer.end;

/** The claim with the smallest content span holding [start, end), or null. */
export function claimHolding(claims: readonly Claim[], span: { start: number; end: number }): Claim | null {
  let best: Claim | null = null;
  for (const c of claims) {
    if (!inside(span, c.content)) continue;
    if (!best || c.content.end - c.content.start < best.content.end - best.content.start) best = c;
  }
  return best;
}

/**
 * When a claim was made: a DATE or TIME expression in the sentence of its cue that lies outside its
 * content ("On Wednesday, the U.S. warned that …"), the one nearest to the cue.
 */
export function claimTime(a: Analysis, claim: Claim, times: readonly Time[]): Time | null {
  if (a.sentences.length === 0) return null;
  const s = a.sentences[sentenceAt(a, claim.cue.start)];
  let best: Time | null = null;
  let bestDist = Infinity;
  for (const t of times) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    if (t.start < s.start || t.end > s.end) continue;
    if (t.start < claim.content.end && t.end > claim.content.start) continue;
    const dist = t.end <= claim.cue.start ? claim.cue.start - t.end : t.start - claim.cue.end;
    if (dist < bestDist) {
      best = t;
      bestDist = dist;
    }
  }
  return best;
}

/** When an event happened: the DATE or TIME expression of its sentence nearest to its trigger. */
export function eventTime(a: Analysis, trigger: Span, times: readonly Time[]): Time | null {
  if (a.sentences.length === 0) return null;
  const s = a.sentences[sentenceAt(a, trigger.start)];
  let best: Time | null = null;
  let bestDist = Infinity;
  for (const t of times) {
    if ((t.type !== 'DATE' && t.type !== 'TIME') || t.start < s.start || t.end > s.end) continue;
    const dist = Math.abs(t.start - trigger.start);
    if (dist < bestDist) {
      best = t;
      bestDist = dist;
    }
  }
  return best;
}

/** Throws when a span does not slice true: a bug in an extractor, never the user's fault. */
export function checkSpans(ledger: Ledger): void {
  const text = ledger.document.text;
  const check = (what: string, s: Span | null | undefined) => {
    if (!s) return;
    if (text.slice(s.start, s.end) !== s.text) {
      throw new Error(`ledger: ${what} span [${s.start}, ${s.end}) is "${text.slice(s.start, s.end)}", not "${s.text}"`);
    }
  };
  for (const e of ledger.entities) for (const m of e.mentions) check(`entity ${e.id} mention`, m);
  for (const t of ledger.times) check(`time ${t.id}`, t);
  for (const q of ledger.quantities) {
    check(`quantity ${q.id}`, q);
    check(`quantity ${q.id} counts`, q.counts);
  }
  for (const c of ledger.claims) {
    check(`claim ${c.id} cue`, c.cue);
    check(`claim ${c.id} content`, c.content);
    if (c.source && c.source.start !== null && c.source.end !== null) {
      check(`claim ${c.id} source`, { start: c.source.start, end: c.source.end, text: c.source.text });
    }
  }
  for (const v of ledger.events) check(`event ${v.id} trigger`, v.trigger);
}

export function buildLedger(document: LedgerDocument, a: Analysis, x: Extractions): Ledger {
  const claims = x.claims.map((c) => ({ ...c, time: c.time ?? claimTime(a, c, x.times)?.id ?? null }));
  const quantities = x.quantities.map((q) => ({ ...q, claim: q.claim ?? claimHolding(claims, q)?.id ?? null }));
  const events = x.events.map((v) => ({
    ...v,
    claim: v.claim ?? claimHolding(claims, v.trigger)?.id ?? null,
    time: v.time ?? eventTime(a, v.trigger, x.times)?.id ?? null,
  }));
  const ledger: Ledger = { format: LEDGER_FORMAT, document, entities: x.entities, times: x.times, quantities, claims, events };
  checkSpans(ledger);
  return ledger;
}
