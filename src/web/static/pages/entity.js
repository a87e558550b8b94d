// One entity: what it is, the claims it made, the claims that name it, and their articles.
import { get } from '../api.js';
import { badge, fmtDate, h, link, mount, seg } from '../dom.js';
import { claimsTable } from '../claimview.js';

export async function render(main, params) {
  const e = await get(`/api/entities/${seg(params.id)}`);
  document.title = `${e.canonical} · claimtrail`;
  mount(main,
    h('div', { class: 'page-head' },
      h('h1', null, e.canonical, ' ', badge(e.type)),
      e.role ? h('p', { class: 'role' }, e.role) : null,
      h('div', { class: 'meta' }, `${e.article_count} articles · ${e.mention_count} mentions · ${e.claim_count} claims made · `,
        link(`/claims?entity=${encodeURIComponent(e.canonical)}`, 'all claims by or about it'))),
    h('h2', null, `Claims made (${e.claims.length})`),
    e.claims.length ? claimsTable(e.claims) : h('div', { class: 'empty' }, `No claim has ${e.canonical} as its source.`),
    e.mentioned_in.length ? [h('h2', null, `Named in others' claims (${e.mentioned_in.length})`), claimsTable(e.mentioned_in)] : null,
    e.articles.length ? [
      h('h2', null, 'Articles'),
      h('ul', { class: 'results' }, e.articles.map((a) => h('li', null,
        link(`/articles/${seg(a.id)}`, a.title || 'Untitled'),
        h('div', { class: 'meta' }, [fmtDate(a.published), a.outlet].filter((x) => x && x !== '—').join(' · '))))),
    ] : null);
}
