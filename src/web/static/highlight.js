// Article text with its spans highlighted. Spans may nest or overlap (a figure inside a claim's
// content, a source that is also an entity mention), so the text is cut at every span boundary and
// each piece becomes one <span> whose classes name every layer covering it. Text goes in as text
// nodes only.
import { h } from './dom.js';

/** Highlight layers, in the order the legend lists them. */
export const LAYERS = [
  { key: 'source', label: 'Source', help: 'who made the claim' },
  { key: 'cue', label: 'Cue', help: 'the verb or phrase that reports it' },
  { key: 'content', label: 'Claim', help: 'what was claimed' },
  { key: 'figure', label: 'Figure', help: 'a number and what it counts' },
  { key: 'date', label: 'Date', help: 'a time expression' },
  { key: 'entity', label: 'Entity', help: 'a named person, group or place' },
];

/**
 * @typedef {{start:number, end:number, layer:string, claim?:string, title?:string}} Mark
 */

/** Every highlighted span of a ledger, with its layer. */
export function marksOf(ledger) {
  /** @type {Mark[]} */
  const marks = [];
  for (const c of ledger.claims) {
    marks.push({ start: c.content.start, end: c.content.end, layer: 'content', claim: c.id });
    marks.push({ start: c.cue.start, end: c.cue.end, layer: 'cue', claim: c.id, title: `cue · ${c.stance}` });
    if (c.source && c.source.start !== null && c.source.end !== null && c.source.start !== undefined) {
      marks.push({ start: c.source.start, end: c.source.end, layer: 'source', claim: c.id, title: 'source' });
    }
  }
  for (const q of ledger.quantities) {
    marks.push({ start: q.start, end: q.end, layer: 'figure', title: `figure: ${q.value}${q.unit ? ' ' + q.unit : ''} (${q.approx})` });
  }
  for (const t of ledger.times) marks.push({ start: t.start, end: t.end, layer: 'date', title: `${t.type} ${t.value}` });
  for (const e of ledger.entities) {
    for (const m of e.mentions) marks.push({ start: m.start, end: m.end, layer: 'entity', title: `${e.type}: ${e.canonical}` });
  }
  return marks.filter((m) => m.end > m.start);
}

/**
 * The text [from, to) as nodes: plain text nodes where nothing is marked, <span class="hl hl-…">
 * where something is.
 * @param {string} text @param {number} from @param {number} to @param {Mark[]} marks
 */
export function highlightRange(text, from, to, marks) {
  const inRange = marks.filter((m) => m.end > from && m.start < to);
  const cuts = new Set([from, to]);
  for (const m of inRange) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = text.slice(a, b);
    const over = inRange.filter((m) => m.start <= a && m.end >= b);
    if (over.length === 0) {
      nodes.push(document.createTextNode(piece));
      continue;
    }
    const layers = [...new Set(over.map((m) => m.layer))];
    const claim = over.find((m) => m.claim)?.claim;
    const title = over.map((m) => m.title).filter(Boolean).join(' · ');
    nodes.push(h('span', {
      class: ['hl', ...layers.map((l) => `hl-${l}`)].join(' '),
      'data-claim': claim,
      title: title || undefined,
    }, piece));
  }
  return nodes;
}

/**
 * The article as a headline and paragraphs with highlights.
 * @param {{text:string, body_start:number, title:string|null}} doc @param {Mark[]} marks
 */
export function renderArticleText(doc, marks) {
  const text = doc.text;
  const out = [];
  if (doc.body_start > 0) {
    const end = text.slice(0, doc.body_start).trimEnd().length;
    out.push(h('h1', { class: 'headline' }, highlightRange(text, 0, end, marks)));
  }
  // Paragraphs: runs of text separated by blank lines (or single newlines); offsets kept exact.
  const re = /\n\s*\n|\n/g;
  let start = doc.body_start;
  const body = text.length;
  re.lastIndex = start;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : body;
    if (text.slice(start, end).trim().length > 0) out.push(h('p', null, highlightRange(text, start, end, marks)));
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}
