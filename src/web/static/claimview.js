// Shared views of claims: a timeline entry and a table row.
import { badge, fmtDate, fmtFigure, h, link, seg } from './dom.js';

/** Stance, hedge and directness as badges. */
export function claimBadges(c) {
  return [badge(c.stance, c.stance), c.hedged ? badge('hedged', 'hedged') : null, c.direct ? badge('quote', 'direct') : null];
}

/** The claim's words: quoted when direct. */
export function claimText(c) {
  return c.direct ? h('q', null, c.content) : c.content;
}

/** Who: the source's name, linked to its entity page when known. */
export function sourceView(c) {
  if (!c.source) return h('span', { class: 'muted' }, 'unattributed');
  return c.source_entity
    ? link(`/entities/${seg(c.source_entity.id)}`, c.source)
    : h('span', null, c.source);
}

export function timelineEntry(c) {
  return h('li', { class: 'entry', 'data-claim': c.id },
    h('div', null, h('span', { class: 'who' }, sourceView(c)), ' ', c.cue ? h('span', { class: 'muted' }, c.cue) : null, ' ', claimBadges(c)),
    h('div', { class: 'what' }, claimText(c)),
    c.figures && c.figures.length
      ? h('div', { class: 'figs' }, c.figures.map((f) => h('span', { class: 'fig', title: f.text }, fmtFigure(f), f.unit ? ` ${f.unit}` : '')))
      : null,
    h('div', { class: 'where' },
      link(`/articles/${seg(c.article.id)}`, c.article.title || 'article'),
      c.article.outlet ? ` · ${c.article.outlet}` : '',
      c.article.published && c.article.published !== c.date ? ` · published ${fmtDate(c.article.published)}` : ''));
}

/** Entries grouped by day, oldest first. */
export function timeline(claims) {
  const days = new Map();
  for (const c of claims) {
    const key = c.date ?? 'undated';
    if (!days.has(key)) days.set(key, []);
    days.get(key).push(c);
  }
  return h('ol', { class: 'timeline' }, [...days].map(([day, list]) => h('li', { class: 'day', 'data-date': day },
    h('div', { class: 'day-date' }, day === 'undated' ? 'Date unknown' : fmtDate(day)),
    h('ol', { class: 'entries' }, list.map(timelineEntry)))));
}

export function claimsTable(claims) {
  const figures = claims.some((c) => c.figures && c.figures.length);
  const heads = ['Date', 'Source', 'Stance', 'Claim', figures ? 'Figures' : null, 'Article'].filter(Boolean);
  return h('div', { class: 'table-wrap' }, h('table', { class: 'claims' },
    h('thead', null, h('tr', null, heads.map((t) => h('th', null, t)))),
    h('tbody', null, claims.map((c) => h('tr', { 'data-claim': String(c.id) },
      h('td', { class: 'date' }, fmtDate(c.date)),
      h('td', null, sourceView(c), c.cue ? h('div', { class: 'muted small' }, c.cue) : null),
      h('td', null, claimBadges(c)),
      h('td', { class: 'claim-text' }, claimText(c)),
      figures ? h('td', { class: 'num' }, (c.figures ?? []).map((f) => h('div', null, fmtFigure(f), f.unit ? ` ${f.unit}` : ''))) : null,
      h('td', { class: 'article-cell' }, link(`/articles/${seg(c.article.id)}`, c.article.title || 'article'),
        c.article.outlet ? h('div', { class: 'muted small' }, c.article.outlet) : null))))));
}
