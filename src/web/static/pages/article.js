// One article: its text with every claim's source, cue and content, every figure, date and entity
// highlighted; a legend that also switches layers on and off; the claims, figures and dates listed
// beside it.
import { get } from '../api.js';
import { badge, fmtDate, fmtFigure, h, link, mount, seg } from '../dom.js';
import { LAYERS, marksOf, renderArticleText } from '../highlight.js';

export async function render(main, params) {
  const data = await get(`/api/articles/${seg(params.id)}`);
  const { article, ledger } = data;
  const doc = ledger.document;
  document.title = `${doc.title ?? 'Article'} · claimtrail`;
  const marks = marksOf(ledger);
  const counts = {};
  for (const m of marks) counts[m.layer] = (counts[m.layer] ?? 0) + 1;
  // Counts of things, not of highlighted spans: claims once, entities once.
  counts.content = ledger.claims.length;
  counts.cue = ledger.claims.length;
  counts.source = ledger.claims.filter((c) => c.source && c.source.start !== null).length;
  counts.entity = ledger.entities.length;

  const textBox = h('article', { class: 'article-text', 'aria-label': 'Article text' }, renderArticleText(doc, marks));
  const entityLink = (id) => (data.entity_links && data.entity_links[id] !== undefined ? data.entity_links[id] : null);

  const legend = h('aside', { class: 'legend card', 'aria-label': 'Legend' },
    h('h3', null, 'Legend'),
    h('ul', { class: 'layers' }, LAYERS.map((l) => h('li', null,
      h('label', null,
        h('input', {
          type: 'checkbox', checked: true, 'data-layer': l.key,
          onchange: (e) => textBox.classList.toggle(`hide-${l.key}`, !e.target.checked),
        }),
        h('span', { class: `key hl hl-${l.key}` }, l.label),
        h('span', { class: 'count' }, String(counts[l.key] ?? 0)),
        h('span', { class: 'help' }, l.help))))),
    h('h3', null, `Claims (${ledger.claims.length})`),
    h('ol', { class: 'side-list claims-list' }, ledger.claims.map((c) => h('li', {
      'data-claim': c.id,
      onmouseenter: () => setActive(textBox, c.id, true),
      onmouseleave: () => setActive(textBox, c.id, false),
    },
    h('b', null, c.source ? c.source.text : 'unattributed'), ' ', badge(c.stance, c.stance), ' ',
    c.hedged ? badge('hedged', 'hedged') : null, ' ',
    h('span', { class: 'muted' }, c.cue.text)))),
    ledger.quantities.length ? [
      h('h3', null, `Figures (${ledger.quantities.length})`),
      h('ul', { class: 'side-list' }, ledger.quantities.map((q) => h('li', null,
        h('span', { class: 'fig' }, fmtFigure(q)), ' ', q.unit ?? '', q.counts ? h('span', { class: 'muted' }, ` · ${q.counts.text}`) : null))),
    ] : null,
    ledger.entities.length ? [
      h('h3', null, `Entities (${ledger.entities.length})`),
      h('ul', { class: 'side-list' }, ledger.entities.map((e) => h('li', null,
        badge(e.type), ' ',
        entityLink(e.id) !== null ? link(`/entities/${seg(entityLink(e.id))}`, e.canonical) : e.canonical,
        e.role ? h('span', { class: 'muted' }, ` · ${e.role}`) : null))),
    ] : null);

  mount(main,
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' },
      link('/', 'Stories'), article.story ? [' › ', link(`/stories/${seg(article.story.id)}`, article.story.label)] : null, ' › article'),
    h('div', { class: 'page-head article-meta' },
      h('span', { class: 'meta' },
        [fmtDate(doc.published), doc.outlet ?? article.outlet ?? null].filter((x) => x && x !== '—').join(' · ') || 'undated',
        doc.url ? [' · ', h('a', { href: doc.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')] : null,
        ` · ${ledger.claims.length} claims · ${ledger.quantities.length} figures · ${ledger.times.length} dates`)),
    h('div', { class: 'article-layout' }, textBox, legend));
}

function setActive(root, claimId, on) {
  for (const el of root.querySelectorAll('[data-claim]')) {
    if (el.getAttribute('data-claim') === claimId) el.classList.toggle('active', on);
  }
}
