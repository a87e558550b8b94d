/**
 * Figure series: within a story, the figures that count the same thing, over time and by source.
 *
 * Each figure (a ledger quantity) gets facets when its article is stored (`figureFacets`):
 *  - unit: the counted noun's stem ("troop"), a currency or a unit; when the quantity stage gave none,
 *    the head of what it counts;
 *  - outcome: what happened to what is counted, from a closed list of state words read in the figure's
 *    clause ("killed", "wounded", "captured", "sent" …), so that casualties, deaths and deployments of
 *    the same troops stay apart;
 *  - place: the first place named in the clause after the figure ("in the Kursk region" → Kursk);
 *  - who gave it (the claim's source, else the article's outlet) and when (the claim's date, else the
 *    article's).
 * `buildSeries` groups one story's figures by (unit, outcome, place), folds placeless figures into the
 * only placed series of the same unit and outcome when there is just one, and flags:
 *  - conflict: different values for the same thing from different sources within `windowDays` (a
 *    figure its own source has since replaced is not held against a later one);
 *  - revision: one source giving different values at different dates.
 */
import type { Approx, Ledger, Quantity } from '../ledger/types.js';
import type { FigureFlag, FigurePoint, FigureSeries } from '../store/types.js';
import { daysApart } from './assign.js';
import { stem } from './signature.js';
import { wordTable } from '../nlp/lexicon/table.js';

/** State words: what happened to the things counted. Each maps to the facet value it stands for. */
const OUTCOMES: Record<string, string> = wordTable({
  killed: 'killed', dead: 'killed', died: 'killed', deaths: 'killed', death: 'killed', fatalities: 'killed', slain: 'killed',
  wounded: 'wounded', injured: 'wounded', injuries: 'wounded', hurt: 'wounded',
  casualties: 'casualties', casualty: 'casualties',
  captured: 'captured', prisoners: 'captured', prisoner: 'captured', detained: 'captured', arrested: 'arrested',
  missing: 'missing', displaced: 'displaced', evacuated: 'evacuated', rescued: 'rescued',
  infected: 'infected', cases: 'infected', hospitalised: 'hospitalised', hospitalized: 'hospitalised',
  sent: 'sent', deployed: 'sent', dispatched: 'sent', moved: 'sent', transferred: 'sent', stationed: 'sent',
  fighting: 'fighting', fight: 'fighting', training: 'training', trained: 'training',
  cut: 'cut', laid: 'cut', lost: 'lost', sold: 'sold', delivered: 'delivered', ordered: 'ordered', recalled: 'recalled',
});

/** "killed and wounded" is one thing: casualties. */
function normaliseOutcome(set: Set<string>): string | null {
  if (set.has('casualties') || (set.has('killed') && set.has('wounded'))) return 'casualties';
  for (const o of ['killed', 'wounded', 'captured', 'arrested', 'missing', 'displaced', 'evacuated', 'rescued',
    'infected', 'hospitalised', 'cut', 'lost', 'sold', 'delivered', 'ordered', 'recalled']) if (set.has(o)) return o;
  return null; // sent / fighting / training: where they are, not a different count
}

/** Counted nouns that name the same things (stems): folded to the first. */
const UNIT_SYNONYMS: Record<string, string> = wordTable({
  soldier: 'troop', force: 'troop', serviceman: 'troop', servicemen: 'troop', fighter: 'troop', personnel: 'troop',
  person: 'people', individual: 'people', resident: 'people', civilian: 'people',
  employee: 'worker', staff: 'worker', job: 'worker',
  dollar: 'USD', usd: 'USD', euro: 'EUR', eur: 'EUR', pound: 'GBP', gbp: 'GBP',
  percent: '%', pct: '%', 'per cent': '%',
});

export function normaliseUnit(unit: string | null): string | null {
  if (!unit) return null;
  const s = stem(unit.trim());
  return UNIT_SYNONYMS[s] ?? UNIT_SYNONYMS[unit.toLowerCase()] ?? s;
}

/** "eastern Russia" → Russia, "the Kursk region" → Kursk. */
export function normalisePlace(place: string): string {
  return place
    // Only a lower-case compass word is a description ("eastern Russia"); "South Korea" is a name.
    .replace(/^(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?|central|far|north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?)\s+(?=\p{Lu})/u, '')
    .replace(/\s+(?:region|province|oblast|area|district|county|state)$/i, '')
    .trim();
}

/** Per-quantity facets computed from the ledger when an article is stored. */
export interface FigureFacets {
  quantityId: string;
  unit: string | null;
  outcome: string | null;
  place: string | null;
  counts: string | null;
  /** Who gave it: the claim's source text, its entity's canonical name, or null. */
  source: string | null;
  sourceEntity: string | null;
  /** The claim's ledger id, or null. */
  claim: string | null;
  /** The claim's date when it has one (a calendar date), else the article's. */
  date: string | null;
}

const CLAUSE_END = /[.;:!?\n]|,\s+(?:and|but|while|although|which|who|according)\b|\b(?:said|says|according|while|but)\b/i;
const PLACE_AFTER = /\b(?:in|into|to|near|inside|from|across|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u;
const LOCATIVE_BEFORE = /\b(?:in|into|to|near|inside|at|across|within|throughout)\s+(?:[a-z]+\s+){0,2}$/;
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * The clause a figure stands in: from its start to the next clause break or the next figure, at most
 * 100 characters ("300 killed and 2,700 wounded": 300 is killed, 2,700 wounded).
 */
function clauseAfter(text: string, q: Quantity, nextStart: number): { start: number; end: number } {
  const from = q.start;
  const tail = text.slice(q.end, Math.min(text.length, q.end + 100, Math.max(q.end, nextStart)));
  const m = CLAUSE_END.exec(tail);
  return { start: from, end: q.end + (m ? m.index : tail.length) };
}

/** Up to three words before a figure, in its own phrase and after the previous figure ("captured two soldiers"). */
function wordsBefore(text: string, q: Quantity, prevEnd: number): string[] {
  const head = text.slice(Math.max(0, q.start - 40, Math.min(prevEnd, q.start)), q.start);
  // Only the words of the figure's own phrase: after the last clause break or conjunction.
  const cut = head.split(/[.;:!?,\n]|\b(?:and|or|but|while|whereas)\b/).pop() ?? '';
  return (cut.toLowerCase().match(/[a-z]+/g) ?? []).slice(-3);
}

/** The facets of every quantity of a ledger. */
export function figureFacets(ledger: Ledger): FigureFacets[] {
  const text = ledger.document.text;
  const claims = new Map(ledger.claims.map((c) => [c.id, c]));
  const entities = new Map(ledger.entities.map((e) => [e.id, e]));
  const times = new Map(ledger.times.map((t) => [t.id, t]));
  const places: Array<{ start: number; end: number; name: string }> = [];
  for (const e of ledger.entities) {
    if (e.type !== 'GPE' && e.type !== 'LOC') continue;
    for (const m of e.mentions) places.push({ start: m.start, end: m.end, name: e.canonical });
  }
  places.sort((a, b) => a.start - b.start);
  const out: FigureFacets[] = [];
  const starts = ledger.quantities.map((q) => q.start).sort((a, b) => a - b);
  const ends = ledger.quantities.map((q) => q.end).sort((a, b) => a - b);
  for (const q of ledger.quantities) {
    const next = starts.find((s) => s >= q.end) ?? text.length;
    const prev = ends.filter((e) => e <= q.start).pop() ?? 0;
    const clause = clauseAfter(text, q, next);
    const words = [...wordsBefore(text, q, prev), ...(text.slice(q.end, clause.end).toLowerCase().match(/[a-z]+/g) ?? [])];
    const countsWords = q.counts ? (q.counts.text.toLowerCase().match(/[a-z]+/g) ?? []) : [];
    const outcomes = new Set<string>();
    for (const w of [...countsWords, ...words]) if (OUTCOMES[w]) outcomes.add(OUTCOMES[w]);
    let place: string | null = null;
    // A place named after a locative preposition ("moved into eastern Russia", "in the Kursk region").
    const p = places.find((x) => x.start >= q.end && x.end <= clause.end &&
      !/^\p{L}/u.test(text.slice(x.end, x.end + 1)) && LOCATIVE_BEFORE.test(text.slice(Math.max(q.end, x.start - 30), x.start)));
    if (p) place = normalisePlace(p.name);
    else {
      const m = PLACE_AFTER.exec(text.slice(q.end, clause.end));
      if (m) place = normalisePlace(m[1]);
    }
    let unit = normaliseUnit(q.unit);
    if (!unit && countsWords.length > 0) unit = normaliseUnit(countsWords[countsWords.length - 1]);
    const claim = q.claim ? claims.get(q.claim) : undefined;
    let date = ledger.document.published;
    if (claim?.time) {
      const t = times.get(claim.time);
      if (t && t.type === 'DATE' && ISO_DATE.test(t.value)) date = t.value;
    }
    const sourceEntity = claim?.source?.entity ? entities.get(claim.source.entity)?.canonical ?? null : null;
    out.push({
      quantityId: q.id,
      unit,
      outcome: normaliseOutcome(outcomes),
      place,
      counts: q.counts?.text ?? null,
      source: claim?.source?.text ?? null,
      sourceEntity,
      claim: claim?.id ?? null,
      date,
    });
  }
  return out;
}

/** A point as the store reads it back, with its grouping facets. */
export interface FigureInput extends FigurePoint {
  unit: string | null;
  outcome: string | null;
  place: string | null;
}

export interface SeriesOptions {
  /** "About the same time": at most this many days apart. */
  windowDays: number;
  /** Values within this relative difference are the same figure. */
  tolerance: number;
}

export const DEFAULT_SERIES: SeriesOptions = { windowDays: 7, tolerance: 0.05 };

/** Who a point is from, as a comparable key. */
export function sourceKey(p: FigurePoint): string {
  if (p.sourceEntity) return 'e:' + p.sourceEntity.toLowerCase();
  if (p.source) {
    return 's:' + p.source.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/[’']s$/, '').replace(/\s+/g, ' ').trim();
  }
  if (p.outlet) return 'o:' + p.outlet.toLowerCase();
  return 'a:' + p.articleId;
}

/** Who a point is from, as people read it. */
export function sourceName(p: FigurePoint): string {
  return p.sourceEntity ?? p.source ?? p.outlet ?? `article ${p.articleId}`;
}

const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

const APPROX_WORDS: Record<Approx, string> = {
  exact: '', at_least: 'at least ', more_than: 'more than ', up_to: 'up to ', less_than: 'less than ', about: 'about ', range: '',
};

/** "at least 3,000", "11,000–12,000", "+1,500" (an increment: "another 1,500"). */
export function pointValue(p: Pick<FigurePoint, 'value' | 'high' | 'approx'> & { delta?: boolean }): string {
  const plus = p.delta ? '+' : '';
  if (p.high !== null && p.high !== p.value) return `${plus}${fmt(p.value)}–${fmt(p.high)}`;
  return plus + APPROX_WORDS[p.approx] + fmt(p.value);
}

/** Do two points give the same figure (within tolerance, or overlapping ranges)? */
export function sameValue(a: FigurePoint, b: FigurePoint, tolerance: number): boolean {
  const lo1 = a.value;
  const hi1 = a.high ?? a.value;
  const lo2 = b.value;
  const hi2 = b.high ?? b.value;
  if (a.high !== null || b.high !== null) {
    if (lo1 <= hi2 && lo2 <= hi1) return true;
  }
  const m = Math.max(Math.abs(a.value), Math.abs(b.value));
  return m === 0 || Math.abs(a.value - b.value) / m <= tolerance;
}

function byDate(a: FigurePoint, b: FigurePoint): number {
  if (a.date === b.date) return a.articleId - b.articleId || a.value - b.value;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
}

const cap = (s: string): string => s;

/** Group one story's figures into series and flag conflicts and revisions. */
export function buildSeries(storyId: number, inputs: readonly FigureInput[], opts: SeriesOptions = DEFAULT_SERIES): FigureSeries[] {
  // Group by (unit, outcome, place).
  const groups = new Map<string, FigureInput[]>();
  for (const p of inputs) {
    if (!p.unit) continue;
    const key = `${p.unit}\u0000${p.outcome ?? ''}\u0000${p.place?.toLowerCase() ?? ''}`;
    const g = groups.get(key);
    if (g) g.push(p);
    else groups.set(key, [p]);
  }
  // Placeless figures join the one placed series of their unit and outcome, when there is only one.
  for (const [key, g] of [...groups]) {
    const [unit, outcome, place] = key.split('\u0000');
    if (place !== '') continue;
    const placed = [...groups.keys()].filter((k) => {
      const [u, o, pl] = k.split('\u0000');
      return u === unit && o === outcome && pl !== '';
    });
    if (placed.length === 1) {
      groups.get(placed[0])!.push(...g);
      groups.delete(key);
    }
  }
  const series: FigureSeries[] = [];
  for (const [key, g] of groups) {
    const [unit, outcome, place] = key.split('\u0000');
    const points: FigurePoint[] = oncePerArticle(g.map(({ unit: _u, outcome: _o, place: _p, ...rest }) => rest)).sort(byDate);
    const placeName = g.find((p) => p.place)?.place ?? null;
    const counted = mostCommon(g.map((p) => p.counts).filter((c): c is string => !!c)) ?? unit;
    const said = outcome && !counted.toLowerCase().includes(outcome) ? outcome : null;
    const label = [counted, said, place ? `in ${placeName}` : null].filter(Boolean).join(' · ');
    series.push({ id: '', label: cap(label), unit, points, flags: flagSeries(points, opts) });
  }
  series.sort((a, b) => b.points.length - a.points.length || b.flags.length - a.flags.length || (a.label < b.label ? -1 : 1));
  series.forEach((s, i) => { s.id = `${storyId}:${i + 1}`; });
  return series;
}

/** A figure one source gives more than once in one article (in the headline and the body, or
 *  repeated further down) is one point: the first mention stands for the others. */
function oncePerArticle(points: readonly FigurePoint[]): FigurePoint[] {
  const seen = new Set<string>();
  return points.filter((p) => {
    const key = [p.articleId, sourceKey(p), p.value, p.high, p.approx, p.delta, p.date].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function mostCommon(xs: string[]): string | null {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x.toLowerCase(), (n.get(x.toLowerCase()) ?? 0) + 1);
  let best: string | null = null;
  let bn = 0;
  for (const [k, v] of n) if (v > bn || (v === bn && best !== null && k.length < best.length)) { best = k; bn = v; }
  return best;
}

/** Has the source of point i given a newer figure by `until` (so point i no longer stands)? */
function superseded(points: readonly FigurePoint[], i: number, until: string): boolean {
  const p = points[i];
  const key = sourceKey(p);
  return points.some((o, k) => k !== i && !o.delta && o.date !== null && o.date > p.date! && o.date <= until && sourceKey(o) === key);
}

/** Conflict and revision flags of one series (points in date order). */
export function flagSeries(points: readonly FigurePoint[], opts: SeriesOptions = DEFAULT_SERIES): FigureFlag[] {
  const flags: FigureFlag[] = [];
  const n = points.length;
  const usable = (p: FigurePoint): boolean => !p.delta && p.date !== null;

  // Conflicts: pairs of disagreeing figures from different sources within the window, grouped in
  // date order into flags that span at most one window (so that a long story does not chain all
  // its figures into one conflict).
  const edges: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) {
    if (!usable(points[i])) continue;
    for (let j = i + 1; j < n; j++) {
      if (!usable(points[j])) continue;
      const d = daysApart(points[i].date, points[j].date);
      if (d === null || d > opts.windowDays) continue;
      if (sourceKey(points[i]) === sourceKey(points[j])) continue;
      if (superseded(points, i, points[j].date!) || superseded(points, j, points[i].date!)) continue;
      if (sameValue(points[i], points[j], opts.tolerance)) continue;
      edges.push([i, j]);
    }
  }
  edges.sort((a, b) => (points[a[1]].date! < points[b[1]].date! ? -1 : points[a[1]].date! > points[b[1]].date! ? 1 : a[0] - b[0]));
  const groups: number[][] = [];
  let cur: Set<number> | null = null;
  let curStart = '';
  for (const [i, j] of edges) {
    const start = points[i].date!;
    if (!cur || (daysApart(curStart, points[j].date) ?? 0) > opts.windowDays) {
      cur = new Set();
      curStart = start;
      groups.push([]);
    }
    if (start < curStart) curStart = start;
    cur.add(i);
    cur.add(j);
    groups[groups.length - 1] = [...cur];
  }
  for (const idx of groups) {
    idx.sort((a, b) => a - b);
    // One entry per (source, value): the same figure repeated by outlets says nothing new.
    const seen = new Set<string>();
    const parts: string[] = [];
    for (const i of idx) {
      const p = points[i];
      const k = sourceKey(p) + '|' + pointValue(p);
      if (seen.has(k)) continue;
      seen.add(k);
      parts.push(`${sourceName(p)} ${pointValue(p)} (${p.date})`);
    }
    flags.push({ kind: 'conflict', message: `sources disagree: ${parts.join(' vs ')}`, points: idx });
  }

  // Revisions: per source, successive dated points whose values change.
  const bySource = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    if (!usable(points[i])) continue;
    const k = sourceKey(points[i]);
    if (k.startsWith('a:')) continue;
    const list = bySource.get(k);
    if (list) list.push(i);
    else bySource.set(k, [i]);
  }
  for (const idx of bySource.values()) {
    const chain: number[] = [idx[0]];
    for (const i of idx.slice(1)) {
      const prev = points[chain[chain.length - 1]];
      const cur = points[i];
      if (cur.date === prev.date) continue; // same day: the same statement told twice
      if (sameValue(prev, cur, opts.tolerance)) continue;
      chain.push(i);
    }
    if (chain.length < 2) continue;
    const name = sourceName(points[chain[0]]);
    const steps = chain.map((i) => `${pointValue(points[i])} (${points[i].date})`).join(' → ');
    flags.push({ kind: 'revision', message: `${name} revised: ${steps}`, points: chain });
  }
  return flags;
}
