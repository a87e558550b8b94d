// Entities across the store: people, organisations and places, most mentioned first.
import { get } from '../api.js';
import { badge, h, link, mount, seg } from '../dom.js';

const TYPES = ['PER', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC'];

export async function render(main, _params, query) {
  document.title = 'Entities · claimtrail';
  const type = query.get('type') ?? '';
  const q = query.get('q') ?? '';
  const data = await get('/api/entities', { type, q, limit: 200 });
  mount(main,
    h('div', { class: 'page-head' }, h('h1', null, 'Entities'),
      h('div', { class: 'meta' }, 'People, organisations and places named across the articles, most mentioned first.')),
    h('form', { class: 'filters', method: 'get', action: '/entities' },
      h('label', null, 'Name', h('input', { name: 'q', value: q, placeholder: 'e.g. Kremlin' })),
      h('label', null, 'Type', h('select', { name: 'type' }, h('option', { value: '' }, 'any'),
        TYPES.map((t) => h('option', { value: t, selected: t === type }, t)))),
      h('button', { type: 'submit' }, 'Show')),
    data.entities.length === 0 ? h('div', { class: 'empty' }, 'No entity matches.') :
      h('div', { class: 'table-wrap' }, h('table', { class: 'entities' },
        h('thead', null, h('tr', null, ['Name', 'Type', 'Articles', 'Mentions', 'Claims made'].map((t) => h('th', null, t)))),
        h('tbody', null, data.entities.map((e) => h('tr', { 'data-entity': e.id },
          h('td', null, link(`/entities/${seg(e.id)}`, e.canonical)),
          h('td', null, badge(e.type)),
          h('td', { class: 'num' }, String(e.article_count)),
          h('td', { class: 'num' }, String(e.mention_count)),
          h('td', { class: 'num' }, String(e.claim_count))))))));
}
