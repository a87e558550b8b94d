// A figure series as a chart: value over time with uPlot (served from /vendor/uplot/), one colour
// per source, lines joining a source's own figures (so a revision shows as a step), and marks drawn
// on the canvas for what a bare dot cannot say: a range as a bar from low to high, "at least" /
// "more than" as an arrow up, "up to" / "less than" as an arrow down, "about" as a tilde, a
// conflict as a red ring and a revision as a dashed purple square. Every point is also listed in a
// table under the chart.
import { badge, fmtDate, fmtFigure, fmtNum, h, link, seg } from './dom.js';

export const PALETTE = ['#2f6fb2', '#e07b00', '#2a9d5c', '#c0392b', '#7b3fa0', '#17879a', '#8a6d3b', '#d6458f', '#5c6b7a', '#9bbb2d', '#0b3d91', '#f2b705'];
const CONFLICT = '#c0392b';
const REVISION = '#8e44ad';
const DAY = 86400;

let uplotLoading = null;
/** Load uPlot's browser build once (a classic script defining window.uPlot). */
function loadUPlot() {
  if (window.uPlot) return Promise.resolve(window.uPlot);
  uplotLoading ??= new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/vendor/uplot/uPlot.iife.min.js';
    s.onload = () => resolve(window.uPlot);
    s.onerror = () => reject(new Error('could not load the chart library'));
    document.head.appendChild(s);
  });
  return uplotLoading;
}

const toSec = (iso) => Date.parse(`${iso.slice(0, 10)}T12:00:00Z`) / 1000;

/**
 * Lay the points out for uPlot: x = the sorted distinct times; one y array per source. Two points
 * of one source on one day are kept apart by a few hours so neither is lost.
 */
export function layout(points) {
  const dated = points.filter((p) => p.date);
  const sources = [...new Set(dated.map((p) => p.source || 'unattributed'))];
  const placed = [];
  const taken = new Set();
  for (const p of [...dated].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const src = p.source || 'unattributed';
    // Sources side by side on a day: each source's marks sit a little left or right of noon.
    const k = sources.indexOf(src);
    let t = toSec(p.date) + Math.round((k - (sources.length - 1) / 2) * DAY * 0.08);
    while (taken.has(`${src}@${t}`)) t += DAY / 4;
    taken.add(`${src}@${t}`);
    placed.push({ ...p, src, t });
  }
  const xs = [...new Set(placed.map((p) => p.t))].sort((a, b) => a - b);
  const index = new Map(xs.map((t, i) => [t, i]));
  const ys = sources.map(() => xs.map(() => null));
  const at = sources.map(() => xs.map(() => null));
  for (const p of placed) {
    const s = sources.indexOf(p.src);
    const i = index.get(p.t);
    ys[s][i] = p.value;
    at[s][i] = p;
  }
  return { xs, ys, at, sources, placed };
}

/** Draw the approximator, conflict and revision marks over the plotted points. */
/** Marks shrink on crowded charts so that a few hundred points stay readable. */
export function markScale(n) {
  return n > 150 ? 0.45 : n > 50 ? 0.7 : 1;
}

function drawMarks(u, lay) {
  const ctx = u.ctx;
  const k = markScale(lay.placed.length);
  const px = (v) => Math.max(1, Math.round(v * k * devicePixelRatio));
  ctx.save();
  for (let s = 0; s < lay.sources.length; s++) {
    const colour = PALETTE[s % PALETTE.length];
    for (let i = 0; i < lay.xs.length; i++) {
      const p = lay.at[s][i];
      if (!p) continue;
      const x = u.valToPos(lay.xs[i], 'x', true);
      const y = u.valToPos(p.value, 'y', true);
      ctx.strokeStyle = colour;
      ctx.fillStyle = colour;
      ctx.lineWidth = px(2);
      if (p.approx === 'range' && p.high !== null && p.high !== undefined) {
        const y2 = u.valToPos(p.high, 'y', true);
        ctx.beginPath();
        ctx.moveTo(x, y); ctx.lineTo(x, y2);
        ctx.moveTo(x - px(6), y2); ctx.lineTo(x + px(6), y2);
        ctx.moveTo(x - px(6), y); ctx.lineTo(x + px(6), y);
        ctx.stroke();
      } else if (p.approx === 'at_least' || p.approx === 'more_than') {
        arrow(ctx, x, y, -1, px);
      } else if (p.approx === 'up_to' || p.approx === 'less_than') {
        arrow(ctx, x, y, 1, px);
      } else if (p.approx === 'about') {
        ctx.font = `${px(15)}px system-ui, sans-serif`;
        ctx.textAlign = 'left';
        ctx.fillText('~', x + px(7), y - px(4));
      }
      if (p.conflict) {
        ctx.strokeStyle = CONFLICT;
        ctx.lineWidth = px(2.5);
        ctx.beginPath();
        ctx.arc(x, y, px(10), 0, 2 * Math.PI);
        ctx.stroke();
      }
      if (p.revision) {
        ctx.strokeStyle = REVISION;
        ctx.lineWidth = px(2);
        ctx.setLineDash([px(3), px(2)]);
        ctx.strokeRect(x - px(13), y - px(13), px(26), px(26));
        ctx.setLineDash([]);
      }
    }
  }
  ctx.restore();
}

function arrow(ctx, x, y, dir, px) {
  const len = px(20);
  const tip = y + dir * len;
  ctx.beginPath();
  ctx.moveTo(x, y + dir * px(5));
  ctx.lineTo(x, tip);
  ctx.moveTo(x - px(5), tip - dir * px(6));
  ctx.lineTo(x, tip);
  ctx.lineTo(x + px(5), tip - dir * px(6));
  ctx.stroke();
}

/**
 * A card for one figure series: title with flags, the chart, its legend and the table of points.
 * @param {any} series
 */
export function seriesCard(series) {
  const lay = layout(series.points);
  const chartBox = h('div', {
    class: 'chart', role: 'img',
    'aria-label': `${series.label}: ${lay.placed.length} figures from ${lay.sources.length} sources`,
    'data-points': String(lay.placed.length),
    'data-sources': String(lay.sources.length),
  });
  const conflicts = series.points.filter((p) => p.conflict).length;
  const revisions = series.points.filter((p) => p.revision).length;
  const legend = h('div', { class: 'chart-legend' },
    lay.sources.map((s, i) => h('span', { 'data-source': s }, h('span', { class: `sw sw-${i % PALETTE.length}` }), s)),
    conflicts ? h('span', null, h('span', { class: 'sw sw-ring' }), 'conflict') : null,
    revisions ? h('span', null, h('span', { class: 'sw sw-rev' }), 'revision') : null,
    h('span', { class: 'muted' }, '↑ at least · ↓ up to · ~ about · ┃ range'));
  const table = h('table', { class: 'points' },
    h('thead', null, h('tr', null, ['Date', 'Source', 'Figure', 'Article', 'Flags'].map((t) => h('th', null, t)))),
    h('tbody', null, [...series.points].sort((a, b) => String(a.date).localeCompare(String(b.date))).map((p) =>
      h('tr', { class: [p.conflict ? 'conflict' : '', p.revision ? 'revision' : ''].join(' ').trim() || undefined },
        h('td', { class: 'date' }, fmtDate(p.date)),
        h('td', null, p.source || 'unattributed'),
        h('td', { class: 'num' }, fmtFigure(p), series.unit ? ` ${series.unit}` : ''),
        h('td', null, link(`/articles/${seg(p.article.id)}`, p.outlet || p.article.title || 'article')),
        h('td', null, p.conflict ? badge('conflict', 'conflict') : null, ' ', p.revision ? badge('revision', 'revision') : null)))));
  const card = h('section', { class: 'series', 'data-series': series.id },
    h('h3', null, series.label,
      h('span', { class: 'flags' },
        series.conflict ? badge('conflict', 'conflict') : null,
        series.revision ? badge('revised', 'revision') : null)),
    h('div', { class: 'meta' }, series.unit ? `unit: ${series.unit}` : null),
    flagNotes(series.flags ?? []),
    legend, chartBox,
    h('details', { class: 'points' }, h('summary', null, `${series.points.length} figures`), h('div', { class: 'table-wrap' }, table)));
  // Draw once the card is in the page (uPlot needs its width).
  requestAnimationFrame(() => void draw(chartBox, series, lay));
  return card;
}

/** The store's explanation of each flag: shown when there are two or fewer, folded otherwise. */
function flagNotes(flags) {
  if (flags.length === 0) return null;
  const list = h('ul', { class: 'flag-notes' }, flags.map((f) => h('li', { class: `flag-${f.kind}`, title: f.message }, badge(f.kind, f.kind), ' ', f.message)));
  if (flags.length <= 2) return list;
  const n = (kind) => flags.filter((f) => f.kind === kind).length;
  const parts = [n('conflict') ? `${n('conflict')} conflicts` : null, n('revision') ? `${n('revision')} revisions` : null].filter(Boolean);
  return h('details', { class: 'flags-more' }, h('summary', null, parts.join(', ')), list);
}

async function draw(box, series, lay) {
  if (!box.isConnected || lay.xs.length === 0) return;
  const uPlot = await loadUPlot();
  let hi = 0;
  for (const p of lay.placed) hi = Math.max(hi, p.high ?? p.value, p.value);
  const pad = lay.xs.length === 1 ? DAY * 3 : Math.max(DAY, (lay.xs[lay.xs.length - 1] - lay.xs[0]) * 0.06);
  const width = Math.max(300, box.clientWidth);
  const opts = {
    width,
    height: 240,
    legend: { show: false },
    cursor: { show: true, points: { show: false }, drag: { x: false, y: false } },
    scales: {
      x: { time: true, range: () => [lay.xs[0] - pad, lay.xs[lay.xs.length - 1] + pad] },
      y: { range: () => [0, hi > 0 ? hi * 1.18 : 1] },
    },
    axes: [
      { stroke: '#4a5568', grid: { stroke: '#edf0f4' }, ticks: { stroke: '#dfe3ea' } },
      { stroke: '#4a5568', grid: { stroke: '#edf0f4' }, ticks: { stroke: '#dfe3ea' }, size: 64,
        values: (_u, vals) => vals.map((v) => fmtNum(v)) },
    ],
    series: [
      {},
      ...lay.sources.map((s, i) => ({
        label: s,
        stroke: PALETTE[i % PALETTE.length],
        width: lay.placed.length > 50 ? 1 : 1.5,
        spanGaps: true,
        points: { show: true, size: Math.max(4, Math.round(9 * markScale(lay.placed.length))), width: 2, fill: '#fff', stroke: PALETTE[i % PALETTE.length] },
      })),
    ],
    hooks: { draw: [(u) => drawMarks(u, lay)] },
  };
  const plot = new uPlot(opts, [lay.xs, ...lay.ys], box);
  box.setAttribute('data-drawn', 'true');
  const ro = new ResizeObserver(() => {
    if (!box.isConnected) { ro.disconnect(); plot.destroy(); return; }
    const w = Math.max(300, box.clientWidth);
    if (Math.abs(w - plot.width) > 4) plot.setSize({ width: w, height: 240 });
  });
  ro.observe(box);
}
