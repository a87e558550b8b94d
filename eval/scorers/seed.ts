/**
 * Scores a ledger against a hand-made reference extraction in the seed's gold.json form: claims with
 * the right source (and stance, hedging), figures with the right value and approximator, dates with the
 * right TIMEX3 value, entities with their canonical names and roles, events with type, actor and target.
 * Gold gives texts, not offsets: each gold text is found in the document in order of appearance.
 */
import type { Entity, Ledger } from '../../src/ledger/types.js';

export interface GoldEntity { canonical: string; mentions: string[]; role?: string }
export interface GoldClaim {
  source: string | null; source_role?: string; cue: string; content: string; direct_quote: boolean;
  stance: string; hedged: boolean; date?: string;
}
export interface GoldQuantity { text: string; value: number; approx: string; delta?: boolean; unit: string; counts: string }
export interface GoldDate { text: string; value: string }
export interface GoldEvent { type: string; alt_types?: string[]; actor: string; target: string; text: string }
export interface Gold {
  entities: Record<string, GoldEntity[]>;
  claims: GoldClaim[];
  quantities: GoldQuantity[];
  dates: GoldDate[];
  events: GoldEvent[];
}

export interface Item { gold: string; ok: boolean; got: string | null }
export interface SeedScore {
  claimsFound: Item[];        // content found and the source right
  claimsStance: Item[];       // stance and hedged right, among found claims
  figures: Item[];            // value and approximator right
  figuresFull: Item[];        // also delta and what is counted
  dates: Item[];
  people: Item[];
  entities: Item[];           // every gold entity of any type by canonical name
  roles: Item[];
  events: Item[];
}

const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
const words = (s: string) => new Set(norm(s).match(/[\p{L}\p{N}]+/gu) ?? []);

/** Share of the gold's words that the candidate holds (token recall), and the reverse. */
function overlap(gold: string, got: string): number {
  const g = words(gold);
  const o = words(got);
  if (g.size === 0 || o.size === 0) return 0;
  let both = 0;
  for (const w of g) if (o.has(w)) both++;
  return Math.min(both / g.size, both / o.size);
}

/** Offsets of each gold text in document order, taking occurrences left to right. */
function locate(text: string, needles: string[]): Array<{ start: number; end: number } | null> {
  const used = new Map<string, number>();
  const taken: { start: number; end: number }[] = [];
  return needles.map((n) => {
    let i = text.indexOf(n, used.get(n) ?? 0);
    // an occurrence inside another gold item's text is that item's ("3,000" inside "at least 3,000")
    while (i >= 0 && taken.some((t) => i < t.end && i + n.length > t.start)) i = text.indexOf(n, i + 1);
    if (i < 0) return null;
    used.set(n, i + n.length);
    taken.push({ start: i, end: i + n.length });
    return { start: i, end: i + n.length };
  });
}

function goldNames(gold: Gold): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const list of Object.values(gold.entities)) {
    for (const e of list) names.set(norm(e.canonical), new Set([e.canonical, ...e.mentions].map(norm)));
  }
  return names;
}

/** The names by which our ledger knows a claim's source: its text, its entity's canonical and mentions. */
function ourNames(ledger: Ledger, sourceText: string | null, entityId: string | null): Set<string> {
  const out = new Set<string>();
  if (sourceText) out.add(norm(sourceText).replace(/^the /, ''));
  const e = entityId ? ledger.entities.find((x) => x.id === entityId) : undefined;
  if (e) {
    out.add(norm(e.canonical));
    for (const m of e.mentions) out.add(norm(m.text));
  }
  return out;
}

function sourceRight(gold: Gold, names: Map<string, Set<string>>, g: GoldClaim, ours: Set<string>, ourNull: boolean): boolean {
  if (g.source === null) return ourNull;
  if (ourNull) return false;
  const goldSet = names.get(norm(g.source)) ?? new Set([norm(g.source)]);
  for (const o of ours) {
    if (goldSet.has(o) || goldSet.has(o.replace(/^the /, ''))) return true;
    for (const gs of goldSet) if (gs.replace(/^the /, '') === o) return true;
  }
  void gold;
  return false;
}

function entityByName(ledger: Ledger, names: Set<string>, types?: string[]): Entity | undefined {
  return ledger.entities.find((e) => (!types || types.includes(e.type)) &&
    (names.has(norm(e.canonical)) || e.mentions.some((m) => names.has(norm(m.text)))));
}

export function scoreSeed(ledger: Ledger, gold: Gold): SeedScore {
  const text = ledger.document.text;
  const names = goldNames(gold);
  const s: SeedScore = { claimsFound: [], claimsStance: [], figures: [], figuresFull: [], dates: [], people: [], entities: [], roles: [], events: [] };

  for (const g of gold.claims) {
    const cands = ledger.claims
      .map((c) => ({ c, o: overlap(g.content, c.content.text) }))
      .filter((x) => x.o >= 0.5)
      .sort((a, b) => b.o - a.o);
    const best = cands[0]?.c;
    const label = `${g.source ?? '(none)'} ${g.cue}: ${g.content.slice(0, 50)}`;
    if (!best) {
      s.claimsFound.push({ gold: label, ok: false, got: null });
      continue;
    }
    const ours = ourNames(ledger, best.source?.text ?? null, best.source?.entity ?? null);
    const ok = sourceRight(gold, names, g, ours, !best.source);
    s.claimsFound.push({ gold: label, ok, got: `${best.source?.text ?? '(none)'} ${best.cue.text}` });
    if (ok) {
      s.claimsStance.push({
        gold: `${label} [${g.stance}${g.hedged ? ', hedged' : ''}]`,
        ok: best.stance === g.stance && best.hedged === g.hedged,
        got: `${best.stance}${best.hedged ? ', hedged' : ''}`,
      });
    }
  }

  const qLocs = locate(text, gold.quantities.map((q) => q.text));
  gold.quantities.forEach((g, i) => {
    const loc = qLocs[i];
    const q = loc ? ledger.quantities.find((x) => x.start < loc.end && x.end > loc.start) : undefined;
    const label = `${g.text} = ${g.value} ${g.approx}`;
    const ok = !!q && q.value === g.value && q.approx === g.approx;
    s.figures.push({ gold: label, ok, got: q ? `${q.text} = ${q.value} ${q.approx}` : null });
    const countsOk = !!q?.counts && overlap(g.counts, q.counts.text) > 0 && [...words(q.counts.text)].some((w) => words(g.counts).has(w));
    s.figuresFull.push({
      gold: `${label} delta=${!!g.delta} counts≈${g.counts}`,
      ok: ok && q!.delta === !!g.delta && countsOk,
      got: q ? `delta=${q.delta} counts=${q.counts?.text ?? null}` : null,
    });
  });

  const dLocs = locate(text, gold.dates.map((d) => d.text));
  gold.dates.forEach((g, i) => {
    const loc = dLocs[i];
    const ts = loc ? ledger.times.filter((t) => t.start < loc.end && t.end > loc.start) : [];
    s.dates.push({ gold: `${g.text} = ${g.value}`, ok: ts.some((t) => t.value === g.value), got: ts.map((t) => `${t.text}=${t.value}`).join('; ') || null });
  });

  for (const [type, list] of Object.entries(gold.entities)) {
    for (const g of list) {
      const set = new Set([g.canonical, ...g.mentions].map(norm));
      const e = ledger.entities.find((x) => norm(x.canonical) === norm(g.canonical)) ?? entityByName(ledger, set);
      const item = { gold: `${type} ${g.canonical}`, ok: !!e && norm(e.canonical) === norm(g.canonical), got: e ? `${e.type} ${e.canonical}` : null };
      s.entities.push(item);
      if (type === 'PER') s.people.push(item);
      if (g.role) {
        const role = e?.role ?? null;
        s.roles.push({ gold: `${g.canonical}: ${g.role}`, ok: !!role && norm(role) === norm(g.role), got: role });
      }
    }
  }

  for (const g of gold.events) {
    const types = [g.type, ...(g.alt_types ?? [])];
    const actorNames = names.get(norm(g.actor)) ?? new Set([norm(g.actor)]);
    const targetNames = new Set(g.target.split(';').flatMap((t) => [...(names.get(norm(t)) ?? new Set([norm(t)]))]));
    const ok = ledger.events.some((v) => {
      if (!types.includes(v.type)) return false;
      const a = ledger.entities.find((e) => e.id === v.actor);
      const t = ledger.entities.find((e) => e.id === v.target);
      const an = a ? [a.canonical, ...a.mentions.map((m) => m.text)].map(norm) : [];
      const tn = t ? [t.canonical, ...t.mentions.map((m) => m.text)].map(norm) : [];
      return an.some((n) => actorNames.has(n)) && tn.some((n) => targetNames.has(n));
    });
    s.events.push({ gold: `${g.type} ${g.actor} → ${g.target}`, ok, got: null });
  }
  return s;
}

export const count = (items: Item[]) => items.filter((i) => i.ok).length;
