// A story: who claimed what, day by day; a chart per figure series with conflicts and revisions
// marked; the articles it groups.
import { get } from '../api.js';
import { seriesCard } from '../chart.js';
import { fmtDate, h, link, mount, seg } from '../dom.js';
import { timeline } from '../claimview.js';
import { plural } from './stories.js';

export async function render(main, params) {
  const id = seg(params.id);
  const [story, tl, figs] = await Promise.all([
    get(`/api/stories/${id}`), get(`/api/stories/${id}/timeline`), get(`/api/stories/${id}/figures`),
  ]);
  document.title = `${story.label} · claimtrail`;
  const span = story.start && story.end && story.start !== story.end ? `${fmtDate(story.start)} – ${fmtDate(story.end)}` : fmtDate(story.start);
  const conflicted = figs.series.filter((s) => s.conflict).length;
  mount(main,
    h('div', { class: 'page-head' },
      h('h1', null, story.label),
      h('div', { class: 'meta' }, span, ' · ', plural(story.article_count, 'article'), ' · ', plural(story.claim_count, 'claim'),
        ' · ', `${figs.series.length} figure series`, conflicted ? ` · ${conflicted} in conflict` : '',
        ' · ', link(`/claims?story=${seg(story.id)}`, 'all claims as a table'))),
    story.entities.length ? h('div', { class: 'chips' }, story.entities.map((e) => h('span', { class: 'chip' }, e))) : null,
    h('h2', null, 'Figures'),
    figs.series.length === 0
      ? h('div', { class: 'empty' }, 'No figure is reported by more than one article in this story.')
      : h('div', { class: 'series-grid' }, figs.series.map(seriesCard)),
    h('h2', null, 'Timeline'),
    tl.claims.length === 0 ? h('div', { class: 'empty' }, 'No attributed claims in this story.') : timeline(tl.claims),
    h('h2', null, 'Articles'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'articles' },
      h('thead', null, h('tr', null, ['Published', 'Outlet', 'Title'].map((t) => h('th', null, t)))),
      h('tbody', null, story.articles.map((a) => h('tr', null,
        h('td', { class: 'date' }, fmtDate(a.published)),
        h('td', null, a.outlet ?? '—'),
        h('td', null, link(`/articles/${seg(a.id)}`, a.title || 'Untitled'))))))));
}
