// The front page: counts of what the store holds, and every story as a card (label, time span,
// articles, outlets), busiest first.
import { get } from '../api.js';
import { fmtDate, h, link, mount, seg } from '../dom.js';

export async function render(main) {
  document.title = 'Stories · claimtrail';
  const statsBox = h('div', { class: 'stats', 'aria-label': 'Store contents' });
  // The counts can take longer than the list on a large store: they fill in when they come.
  const statsLoaded = get('/api/stats').then((stats) => {
    const stat = (n, label) => h('div', { class: 'stat' }, h('b', null, Number(n ?? 0).toLocaleString('en-US')), h('span', null, label));
    mount(statsBox, stat(stats.articles, 'articles'), stat(stats.stories, 'stories'), stat(stats.claims, 'claims'),
      stat(stats.figures, 'figures'), stat(stats.figure_series, 'figure series'), stat(stats.entities, 'entities'));
    statsBox.setAttribute('data-loaded', 'true');
  }, () => statsBox.remove());
  void statsLoaded;
  const list = await get('/api/stories', { limit: 200 });
  mount(main,
    h('div', { class: 'page-head' },
      h('h1', null, 'Stories'),
      h('p', { class: 'muted' }, 'Articles grouped by the events they report. Open a story to follow who claimed what, when, and where the figures disagree.')),
    statsBox,
    list.stories.length === 0
      ? h('div', { class: 'empty' }, 'No stories yet. Ingest articles with ', h('code', null, 'claimtrail ingest FILES'), '.')
      : h('div', { class: 'cards stories' }, list.stories.map(storyCard)));
}

function storyCard(s) {
  const span = s.start && s.end && s.start !== s.end ? `${fmtDate(s.start)} – ${fmtDate(s.end)}` : fmtDate(s.start ?? s.end);
  return h('div', { class: 'card story-card', 'data-story': s.id },
    h('h3', null, link(`/stories/${seg(s.id)}`, s.label || `Story ${s.id}`)),
    h('div', { class: 'meta' }, span),
    h('div', { class: 'meta' }, plural(s.article_count, 'article'), ' · ', plural(s.outlet_count, 'outlet'), ' · ', plural(s.claim_count, 'claim')),
    s.entities && s.entities.length
      ? h('div', { class: 'chips' }, s.entities.slice(0, 6).map((o) => h('span', { class: 'chip' }, o)))
      : null);
}

export function plural(n, word) {
  return `${Number(n ?? 0).toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
