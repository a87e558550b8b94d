/**
 * An in-memory `ApiData` for testing the HTTP layer on its own (routing, validation, auth, limits,
 * headers, OpenAPI): a few hand-made ledgers, one of them an XSS probe. The real store is tested
 * through createServer in the other test files.
 */
import type {
  ApiData, ArticleRef, ArticleSummary, ClaimView, FigureSeriesView, IngestInput, StorySummary,
} from '../../src/server/api-types.js';
import { LEDGER_FORMAT, type Approx, type Ledger, type Span, type Stance } from '../../src/ledger/types.js';

function at(text: string, phrase: string, from = 0): Span {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`fixture: "${phrase}" not in text`);
  return { start, end: start + phrase.length, text: phrase };
}

interface ClaimSpec { source: string; cue: string; content: string; stance?: Stance; figure?: [string, number, Approx, number?] }

export function makeLedger(id: string, title: string, body: string, published: string, outlet: string, claims: ClaimSpec[]): Ledger {
  const text = `${title}\n\n${body}`;
  const ledger: Ledger = {
    format: LEDGER_FORMAT,
    document: { id, title, published, url: null, outlet, text, body_start: title.length + 2, removed: [] },
    entities: [], times: [], quantities: [], claims: [], events: [],
  };
  claims.forEach((c, i) => {
    const src = at(text, c.source, ledger.document.body_start);
    ledger.entities.push({ id: `e${i + 1}`, type: 'ORG', canonical: c.source, role: null, mentions: [src] });
    ledger.claims.push({
      id: `c${i + 1}`, source: { text: c.source, start: src.start, end: src.end, entity: `e${i + 1}`, role: null },
      cue: at(text, c.cue), content: at(text, c.content), direct: false, stance: c.stance ?? 'assert', hedged: false, time: null, via: null,
    });
    if (c.figure) {
      const [phrase, value, approx, high] = c.figure;
      ledger.quantities.push({ id: `q${i + 1}`, ...at(text, phrase), value, high: high ?? null, approx, delta: false, unit: 'troops', counts: null, claim: `c${i + 1}` });
    }
  });
  return ledger;
}

export const XSS_TEXT = 'Officials said <script>window.__xss = 1; alert("xss")</script> and <img src=x onerror="window.__xss = 2; alert(1)"> plus <b>bold</b> & "quotes".';

export function fixtureLedgers(): Ledger[] {
  return [
    makeLedger('sha256:a1', 'Troops sent north', 'The Pentagon said at least 3,000 troops were sent to the border. Moscow denied that any troops were sent.',
      '2024-10-23', 'Wire One', [
        { source: 'The Pentagon', cue: 'said', content: 'at least 3,000 troops were sent to the border', figure: ['at least 3,000', 3000, 'at_least'] },
        { source: 'Moscow', cue: 'denied', content: 'that any troops were sent', stance: 'deny' },
      ]),
    makeLedger('sha256:a2', 'More troops arrive', 'The Pentagon said 10,000 troops were now at the border. Seoul estimated that 11,000 to 12,000 troops had arrived.',
      '2024-10-28', 'Daily Two', [
        { source: 'The Pentagon', cue: 'said', content: '10,000 troops were now at the border', figure: ['10,000', 10000, 'exact'] },
        { source: 'Seoul', cue: 'estimated', content: '11,000 to 12,000 troops had arrived', figure: ['11,000 to 12,000', 11000, 'range', 12000] },
      ]),
    makeLedger('sha256:x1', 'Probe <script>alert("title")</script>', XSS_TEXT, '2024-11-01', 'Probe <i>Outlet</i>', [
      { source: 'Officials', cue: 'said', content: '<script>window.__xss = 1; alert("xss")</script>' },
    ]),
  ];
}

/** A small in-memory ApiData over the fixture ledgers. */
export function fixtureData(): ApiData & { ingested: IngestInput[] } {
  const ledgers = fixtureLedgers();
  const ingested: IngestInput[] = [];
  const idOf = (l: Ledger) => ledgers.indexOf(l) + 1;
  const ref = (l: Ledger): ArticleRef => ({ id: idOf(l), title: l.document.title, published: l.document.published, outlet: l.document.outlet });
  const storyOf = (l: Ledger) => (l.document.id.startsWith('sha256:a') ? 1 : 2);
  const summaryOf = (l: Ledger): ArticleSummary => ({
    ...ref(l), hash: l.document.id, url: null, source: 'fixture', story_id: storyOf(l), claim_count: l.claims.length,
  });
  const stories: StorySummary[] = [1, 2].map((sid) => {
    const ls = ledgers.filter((l) => storyOf(l) === sid);
    const dates = ls.map((l) => l.document.published!).sort();
    return {
      id: sid, label: sid === 1 ? 'Troops at the border' : 'Probe <b>story</b>', start: dates[0], end: dates[dates.length - 1],
      article_count: ls.length, outlet_count: ls.length, claim_count: ls.reduce((n, l) => n + l.claims.length, 0),
      entities: ls.flatMap((l) => l.entities.map((e) => e.canonical)),
    };
  });
  let nextClaim = 1;
  const claims: ClaimView[] = ledgers.flatMap((l) => l.claims.map((c) => ({
    id: nextClaim++, article: ref(l), ledger_id: c.id, date: l.document.published, source: c.source?.text ?? null,
    source_entity: c.source?.text === 'The Pentagon' ? { id: 1, canonical: 'The Pentagon' } : null,
    cue: c.cue.text, content: c.content.text, stance: c.stance, direct: c.direct, hedged: c.hedged,
    figures: l.quantities.filter((q) => q.claim === c.id).map((q) => ({ text: q.text, value: q.value, high: q.high, approx: q.approx, unit: q.unit })),
  })));
  const withFigures = claims.filter((c) => c.figures!.length);
  const series: FigureSeriesView[] = [{
    id: '1:1', label: 'troops at the border', unit: 'troops', conflict: true, revision: true,
    flags: [{ kind: 'conflict', message: 'Seoul and the Pentagon disagree', points: [1, 2] }, { kind: 'revision', message: 'the Pentagon raised its figure', points: [0, 1] }],
    points: withFigures.map((c, i) => ({
      date: c.date, value: c.figures![0].value, high: c.figures![0].high, approx: c.figures![0].approx, text: c.figures![0].text, counts: 'troops',
      source: c.source, outlet: c.article.outlet, article: c.article, conflict: i >= 1, revision: i <= 1,
    })),
  }];
  const storyRef = (id: number) => stories.find((s) => s.id === id) ?? null;
  return {
    ingested,
    async stats() { return { articles: ledgers.length, stories: 2, claims: claims.length, figures: 3, figure_series: 1, entities: 6, first: '2024-10-23', last: '2024-11-01' }; },
    async stories(limit, offset) { return { stories: stories.slice(offset, offset + limit), more: stories.length > offset + limit }; },
    async story(id) {
      const s = storyRef(id);
      return s ? { ...s, articles: ledgers.filter((l) => storyOf(l) === id).map((l) => ({ ...ref(l), url: null })) } : null;
    },
    async timeline(id) {
      const s = storyRef(id);
      return s ? { story: { id, label: s.label }, claims: claims.filter((c) => storyOf(ledgers[c.article.id - 1]) === id) } : null;
    },
    async figures(id) {
      const s = storyRef(id);
      return s ? { story: { id, label: s.label }, series: id === 1 ? series : [] } : null;
    },
    async claims(f) {
      if (f.story !== undefined && !storyRef(f.story)) return null;
      const hit = claims.filter((c) => (!f.source || (c.source ?? '').toLowerCase().includes(f.source.toLowerCase())) &&
        (!f.stance || c.stance === f.stance) && (!f.from || (c.date ?? '') >= f.from) && (!f.to || (c.date ?? '') <= f.to) &&
        (f.story === undefined || storyOf(ledgers[c.article.id - 1]) === f.story));
      const story = f.story !== undefined ? storyRef(f.story) : null;
      return {
        claims: hit.slice(f.offset, f.offset + f.limit).map(({ figures: _f, ...c }) => c), limit: f.limit, offset: f.offset,
        more: hit.length > f.offset + f.limit, story: story ? { id: story.id, label: story.label } : null,
      };
    },
    async entities() {
      return { entities: [{ id: 1, type: 'ORG', canonical: 'The Pentagon', role: null, article_count: 2, mention_count: 2, claim_count: 2 }] };
    },
    async entity(id) {
      if (id !== 1) return null;
      const own = claims.filter((c) => c.source === 'The Pentagon');
      return {
        id, type: 'ORG', canonical: 'The Pentagon', role: null, article_count: 2, mention_count: 2, claim_count: 2,
        claims: own, mentioned_in: [], articles: ledgers.slice(0, 2).map(ref),
      };
    },
    async articles(q) {
      const ls = ledgers.filter((l) => q.story === undefined || storyOf(l) === q.story);
      return { articles: ls.map(summaryOf).slice(q.offset, q.offset + q.limit), total: ls.length };
    },
    async article(id) {
      const l = ledgers[id - 1];
      if (!l) return null;
      const s = storyRef(storyOf(l))!;
      return { article: { ...summaryOf(l), story: { id: s.id, label: s.label } }, ledger: l, entity_links: { e1: 1 } };
    },
    async search(q, limit) {
      const needle = q.toLowerCase();
      return {
        query: q,
        claims: claims.filter((c) => c.content.toLowerCase().includes(needle)).slice(0, limit).map(({ figures: _f, ...c }) => ({ ...c, snippet: c.content })),
        articles: ledgers.filter((l) => l.document.text.toLowerCase().includes(needle)).slice(0, limit)
          .map((l) => ({ ...ref(l), snippet: l.document.text.slice(0, 80) })),
      };
    },
    async ingest(input) {
      ingested.push(input);
      return { added: true, article: { id: 99, title: input.title ?? null, published: input.published ?? null, outlet: input.outlet ?? null }, story_id: 3, claims: 0 };
    },
  };
}
