// Full-text search over claims and articles. Matching words come back between « and »; they are
// shown as <mark> by splitting the text, never by parsing it as markup.
import { get } from '../api.js';
import { fmtDate, h, link, mount, seg } from '../dom.js';
import { claimBadges, sourceView } from '../claimview.js';

/** "a «b» c" → [text "a ", <mark>b</mark>, text " c"]. */
export function marked(snippet) {
  const out = [];
  const re = /«([^»]*)»/g;
  let last = 0;
  for (let m; (m = re.exec(snippet));) {
    if (m.index > last) out.push(snippet.slice(last, m.index));
    out.push(h('mark', null, m[1]));
    last = m.index + m[0].length;
  }
  if (last < snippet.length) out.push(snippet.slice(last));
  return out;
}

export async function render(main, _params, query) {
  const q = (query.get('q') ?? '').trim();
  document.title = q ? `${q} · search · claimtrail` : 'Search · claimtrail';
  if (!q) {
    mount(main, h('h1', null, 'Search'), h('div', { class: 'empty' }, 'Type words in the search box above: a name, a place, a figure.'));
    return;
  }
  const data = await get('/api/search', { q, limit: 50 });
  const meta = (a) => h('div', { class: 'meta' }, [fmtDate(a.published), a.outlet].filter((x) => x && x !== '—').join(' · '));
  mount(main,
    h('div', { class: 'page-head' }, h('h1', null, 'Search: ', h('span', { class: 'query' }, q)),
      h('div', { class: 'meta' }, `${data.claims.length} claims · ${data.articles.length} articles`)),
    h('div', { class: 'search-cols' },
      h('section', { 'aria-label': 'Matching claims' },
        h('h2', null, 'Claims'),
        data.claims.length === 0 ? h('div', { class: 'empty' }, 'No claim matches.') :
          h('ol', { class: 'results claim-results' }, data.claims.map((c) => h('li', { 'data-claim': String(c.id) },
            h('div', null, h('b', null, sourceView(c)), ' ', claimBadges(c)),
            h('div', { class: 'snippet' }, marked(c.snippet)),
            h('div', { class: 'meta' }, link(`/articles/${seg(c.article.id)}`, c.article.title || 'article'),
              c.article.outlet ? ` · ${c.article.outlet}` : '', c.date ? ` · ${fmtDate(c.date)}` : ''))))),
      h('section', { 'aria-label': 'Matching articles' },
        h('h2', null, 'Articles'),
        data.articles.length === 0 ? h('div', { class: 'empty' }, 'No article matches.') :
          h('ol', { class: 'results article-results' }, data.articles.map((a) => h('li', null,
            link(`/articles/${seg(a.id)}`, a.title || 'Untitled'), meta(a),
            h('div', { class: 'snippet' }, marked(a.snippet))))))));
}
