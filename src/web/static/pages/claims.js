// Every claim in the store as a table, filtered by source, entity, stance, story and date range;
// the filters live in the URL so a filtered view can be shared.
import { get } from '../api.js';
import { h, link, mount } from '../dom.js';
import { claimsTable } from '../claimview.js';

const STANCES = ['assert', 'deny', 'decline', 'warn', 'promise', 'request', 'question'];
const PAGE = 50;

export async function render(main, _params, query) {
  document.title = 'Claims · claimtrail';
  const f = {
    source: query.get('source') ?? '', entity: query.get('entity') ?? '', stance: query.get('stance') ?? '',
    story: query.get('story') ?? '', from: query.get('from') ?? '', to: query.get('to') ?? '',
  };
  const offset = Math.max(0, Number(query.get('offset') ?? 0) || 0);
  const data = await get('/api/claims', { ...f, limit: PAGE, offset });
  const field = (name, label, attrs = {}) => h('label', null, label, h('input', { name, value: f[name], ...attrs }));
  const form = h('form', { class: 'filters', method: 'get', action: '/claims', 'aria-label': 'Filter claims' },
    field('source', 'Source', { placeholder: 'e.g. Pentagon' }),
    field('entity', 'Entity', { placeholder: 'named in the claim' }),
    h('label', null, 'Stance', h('select', { name: 'stance' },
      h('option', { value: '' }, 'any'),
      STANCES.map((s) => h('option', { value: s, selected: s === f.stance }, s)))),
    field('from', 'From', { type: 'date' }),
    field('to', 'To', { type: 'date' }),
    f.story ? h('input', { type: 'hidden', name: 'story', value: f.story }) : null,
    h('button', { type: 'submit' }, 'Filter'),
    h('a', { href: '/claims', class: 'small' }, 'clear'));
  const qs = (o) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...f, offset: o })) if (v !== '' && v !== 0) p.set(k, String(v));
    const s = p.toString();
    return `/claims${s ? `?${s}` : ''}`;
  };
  mount(main,
    h('div', { class: 'page-head' },
      h('h1', null, 'Claims'),
      h('div', { class: 'meta' }, data.claims.length === 0 ? 'No claims match' : `Claims ${offset + 1}–${offset + data.claims.length}${data.more ? '' : ' (all)'}`,
        data.story ? [' in story ', link(`/stories/${encodeURIComponent(data.story.id)}`, data.story.label)] : null)),
    form,
    data.claims.length === 0 ? h('div', { class: 'empty' }, 'No claim matches these filters.') : claimsTable(data.claims),
    offset > 0 || data.more ? h('div', { class: 'pager' },
      offset > 0 ? link(qs(Math.max(0, offset - PAGE)), '← previous') : null,
      data.more ? link(qs(offset + PAGE), 'next →') : null) : null);
}
