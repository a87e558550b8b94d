/**
 * The API's OpenAPI 3.1 description, served at /openapi.json. Hand-written as a typed object; a
 * test checks that every route the router serves is described here and every path described here
 * is served.
 */
import { VERSION } from '../version.js';

type Schema = { [key: string]: unknown };

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  description?: string;
  schema: Schema;
}

interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
  security?: Array<Record<string, string[]>>;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers: Array<{ url: string }>;
  paths: Record<string, Partial<Record<'get' | 'post', Operation>>>;
  components: { schemas: Record<string, Schema>; securitySchemes: Record<string, Schema> };
}

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Schema) => ({ 'application/json': { schema } });
const nullable = (type: string, extra: Schema = {}): Schema => ({ type: [type, 'null'], ...extra });
const date: Schema = { type: 'string', format: 'date', examples: ['2024-10-23'] };
const nullableDate: Schema = { type: ['string', 'null'], format: 'date' };

const ok = (description: string, schema: Schema) => ({ '200': { description, content: json(schema) } });
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), {
  description: ERROR_TEXT[c] ?? 'error',
  content: json(ref('Error')),
}]));
const ERROR_TEXT: Record<number, string> = {
  400: 'a parameter or the body is invalid',
  401: 'the bearer token is missing or wrong',
  403: 'the server is read-only (no token configured)',
  404: 'not found',
  413: 'the request body is too large',
  415: 'the body is not JSON',
  422: 'the article or URL could not be ingested',
};

const limit = (max: number, fallback: number): Parameter => ({
  name: 'limit', in: 'query', description: `How many to return (default ${fallback}, at most ${max}).`,
  schema: { type: 'integer', minimum: 1, maximum: max, default: fallback },
});
const offset: Parameter = {
  name: 'offset', in: 'query', description: 'How many to skip, for paging.',
  schema: { type: 'integer', minimum: 0, default: 0 },
};
const idParam = (what: string): Parameter => ({ name: 'id', in: 'path', required: true, description: `The ${what}'s id.`, schema: { type: 'integer', minimum: 0 } });

export const STANCES = ['assert', 'deny', 'decline', 'warn', 'promise', 'request', 'question'] as const;
export const APPROX = ['exact', 'at_least', 'more_than', 'up_to', 'less_than', 'about', 'range'] as const;
export const ENTITY_TYPES = ['PER', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC'] as const;

const int: Schema = { type: 'integer' };
const str: Schema = { type: 'string' };
const obj = (required: string[], properties: Record<string, Schema>, extra: Schema = {}): Schema =>
  ({ type: 'object', required, properties, ...extra });
const list = (items: Schema): Schema => ({ type: 'array', items });

const schemas: Record<string, Schema> = {
  Error: obj(['status', 'message'], { status: { type: 'integer', examples: [404] }, message: { type: 'string', examples: ['no story 99'] } }),
  Stats: obj(['articles', 'stories', 'claims', 'figures', 'figure_series', 'entities', 'first', 'last'], {
    articles: int, stories: int, claims: int, figures: { type: 'integer', description: 'quantities in all ledgers' },
    figure_series: int, entities: int, first: nullableDate, last: nullableDate,
  }),
  ArticleRef: obj(['id', 'title', 'published', 'outlet'], {
    id: int, title: nullable('string'), published: nullableDate, outlet: nullable('string'),
  }),
  ArticleSummary: { allOf: [ref('ArticleRef'), obj(['hash', 'url', 'source', 'story_id', 'claim_count'], {
    hash: { type: 'string', description: 'sha256 of the normalised text', examples: ['sha256:9f2c…'] },
    url: nullable('string'), source: { type: 'string', description: 'the file or URL it came from' },
    story_id: int, claim_count: int,
  })] },
  StoryRef: obj(['id', 'label'], { id: int, label: str }),
  StorySummary: obj(['id', 'label', 'start', 'end', 'article_count', 'outlet_count', 'claim_count', 'entities'], {
    id: int, label: str, start: nullableDate, end: nullableDate, article_count: int, outlet_count: int, claim_count: int,
    entities: { ...list(str), description: 'its most shared entities, most shared first' },
  }),
  Story: { allOf: [ref('StorySummary'), obj(['articles'], {
    articles: list({ allOf: [ref('ArticleRef'), obj(['url'], { url: nullable('string') })] }),
  })] },
  Figure: obj(['text', 'value', 'high', 'approx', 'unit'], {
    text: { type: 'string', examples: ['at least 3,000'] }, value: { type: 'number' }, high: nullable('number'),
    approx: { enum: [...APPROX] }, unit: nullable('string'),
  }),
  EntityRef: obj(['id', 'canonical'], { id: int, canonical: str }),
  Claim: obj(['id', 'article', 'ledger_id', 'date', 'source', 'source_entity', 'cue', 'content', 'stance', 'direct', 'hedged'], {
    id: int, article: ref('ArticleRef'),
    ledger_id: { ...nullable('string'), description: 'the claim\'s id inside its article\'s ledger ("c2")' },
    date: { ...nullableDate, description: 'when it was said: the claim\'s own date, else the article\'s' },
    source: nullable('string'), source_entity: { oneOf: [{ type: 'null' }, ref('EntityRef')] },
    cue: nullable('string'), content: str,
    stance: { enum: [...STANCES] }, direct: { type: 'boolean' }, hedged: { type: 'boolean' },
    figures: { ...list(ref('Figure')), description: 'timeline only: the claim\'s figures that belong to a figure series' },
  }),
  ClaimPage: obj(['claims', 'limit', 'offset', 'more', 'story'], {
    claims: list(ref('Claim')), limit: int, offset: int, more: { type: 'boolean', description: 'whether a next page exists' },
    story: { oneOf: [{ type: 'null' }, ref('StoryRef')] },
  }),
  Timeline: obj(['story', 'claims'], { story: ref('StoryRef'), claims: { ...list(ref('Claim')), description: 'by date, oldest first' } }),
  SeriesPoint: obj(['date', 'value', 'high', 'approx', 'text', 'counts', 'source', 'outlet', 'article', 'conflict', 'revision'], {
    date: nullableDate, value: { type: 'number' }, high: nullable('number'), approx: { enum: [...APPROX] },
    text: { type: 'string', description: 'the figure as written' }, counts: nullable('string'),
    source: nullable('string'), outlet: nullable('string'), article: ref('ArticleRef'),
    conflict: { type: 'boolean', description: 'another source gave a different value for the same thing at about the same time' },
    revision: { type: 'boolean', description: 'this source changed its figure' },
  }),
  SeriesFlag: obj(['kind', 'message', 'points'], { kind: { enum: ['conflict', 'revision'] }, message: str, points: { ...list(int), description: 'indices into points' } }),
  FigureSeries: obj(['id', 'label', 'unit', 'conflict', 'revision', 'flags', 'points'], {
    id: str, label: str, unit: nullable('string'), conflict: { type: 'boolean' }, revision: { type: 'boolean' },
    flags: list(ref('SeriesFlag')), points: { ...list(ref('SeriesPoint')), description: 'by date, undated last' },
  }),
  Figures: obj(['story', 'series'], { story: ref('StoryRef'), series: list(ref('FigureSeries')) }),
  EntitySummary: obj(['id', 'type', 'canonical', 'role', 'article_count', 'mention_count', 'claim_count'], {
    id: int, type: { enum: [...ENTITY_TYPES] }, canonical: str, role: nullable('string'),
    article_count: int, mention_count: int, claim_count: { type: 'integer', description: 'claims it is the source of' },
  }),
  Entity: { allOf: [ref('EntitySummary'), obj(['claims', 'mentioned_in', 'articles'], {
    claims: { ...list(ref('Claim')), description: 'claims it is the source of (at most 200)' },
    mentioned_in: { ...list(ref('Claim')), description: 'claims that name it, made by others (at most 100)' },
    articles: list(ref('ArticleRef')),
  })] },
  Article: obj(['article', 'ledger', 'entity_links'], {
    article: { allOf: [ref('ArticleSummary'), obj(['story'], { story: { oneOf: [{ type: 'null' }, ref('StoryRef')] } })] },
    ledger: { type: 'object', description: 'the article\'s ledger (claimtrail.ledger/1, see LEDGER.md): its text and every span' },
    entity_links: { type: 'object', additionalProperties: int, description: 'ledger entity id ("e3") → store entity id' },
  }),
  Search: obj(['query', 'claims', 'articles'], {
    query: str,
    claims: list({ allOf: [ref('Claim'), obj(['snippet'], { snippet: { type: 'string', description: 'matching words between « and »' } })] }),
    articles: list({ allOf: [ref('ArticleRef'), obj(['snippet'], { snippet: str })] }),
  }),
  IngestRequest: {
    type: 'object', additionalProperties: false,
    description: 'An article as text or HTML with its metadata, or only a URL to fetch (http/https; loopback and private addresses are refused unless the server allows them).',
    properties: {
      text: str, html: str, url: { type: 'string', format: 'uri' }, title: str, published: date, outlet: str,
    },
  },
  IngestResult: obj(['added', 'article', 'story_id', 'claims'], {
    added: { type: 'boolean', description: 'false when the same text was already stored' },
    article: ref('ArticleRef'), story_id: int, claims: int,
  }),
};

export function buildOpenApi(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'claimtrail API',
      version: VERSION,
      description: 'Stories, claims, figure series and entities extracted from news articles, with every claim traced to its span of text. ' +
        'Read-only unless the server has a token; errors are JSON {status, message}.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/stats': { get: { operationId: 'getStats', summary: 'Counts of what the store holds', tags: ['store'], responses: { ...ok('counts', ref('Stats')) } } },
      '/api/stories': {
        get: {
          operationId: 'listStories', summary: 'Stories, most articles first', tags: ['stories'],
          parameters: [limit(500, 100), offset],
          responses: { ...ok('stories', obj(['stories', 'more'], { stories: list(ref('StorySummary')), more: { type: 'boolean', description: 'whether a next page exists' } })), ...errors(400) },
        },
      },
      '/api/stories/{id}': {
        get: { operationId: 'getStory', summary: 'A story and its articles', tags: ['stories'], parameters: [idParam('story')], responses: { ...ok('the story', ref('Story')), ...errors(400, 404) } },
      },
      '/api/stories/{id}/timeline': {
        get: {
          operationId: 'getStoryTimeline', summary: "A story's claims by date and source, oldest first", tags: ['stories'],
          parameters: [idParam('story')], responses: { ...ok('the timeline', ref('Timeline')), ...errors(400, 404) },
        },
      },
      '/api/stories/{id}/figures': {
        get: {
          operationId: 'getStoryFigures', summary: "A story's figure series with conflicts and revisions flagged", tags: ['stories'],
          parameters: [idParam('story')], responses: { ...ok('the series', ref('Figures')), ...errors(400, 404) },
        },
      },
      '/api/claims': {
        get: {
          operationId: 'listClaims', summary: 'Claims, filtered', tags: ['claims'],
          parameters: [
            { name: 'source', in: 'query', description: 'words in the source\'s name', schema: { type: 'string' } },
            { name: 'entity', in: 'query', description: 'an entity\'s canonical name (exact, any case) that the claim\'s source is or its content names', schema: { type: 'string' } },
            { name: 'stance', in: 'query', schema: { enum: [...STANCES] } },
            { name: 'story', in: 'query', description: 'a story id', schema: { type: 'integer', minimum: 0 } },
            { name: 'from', in: 'query', description: 'on or after this date', schema: date },
            { name: 'to', in: 'query', description: 'on or before this date', schema: date },
            limit(500, 50), offset,
          ],
          responses: { ...ok('a page of claims', ref('ClaimPage')), ...errors(400, 404) },
        },
      },
      '/api/entities': {
        get: {
          operationId: 'listEntities', summary: 'Entities across the store, most mentioned first', tags: ['entities'],
          parameters: [
            { name: 'q', in: 'query', description: 'words in the name', schema: { type: 'string' } },
            { name: 'type', in: 'query', schema: { enum: [...ENTITY_TYPES] } },
            limit(500, 100), offset,
          ],
          responses: { ...ok('entities', obj(['entities'], { entities: list(ref('EntitySummary')) })), ...errors(400) },
        },
      },
      '/api/entities/{id}': {
        get: { operationId: 'getEntity', summary: 'An entity, its claims and its articles', tags: ['entities'], parameters: [idParam('entity')], responses: { ...ok('the entity', ref('Entity')), ...errors(400, 404) } },
      },
      '/api/articles': {
        get: {
          operationId: 'listArticles', summary: 'Articles, newest first', tags: ['articles'],
          parameters: [{ name: 'story', in: 'query', description: 'only this story\'s articles', schema: { type: 'integer', minimum: 0 } }, limit(500, 50), offset],
          responses: { ...ok('articles', obj(['articles', 'total'], { articles: list(ref('ArticleSummary')), total: int })), ...errors(400) },
        },
      },
      '/api/articles/{id}': {
        get: { operationId: 'getArticle', summary: 'An article with its ledger: text and every span', tags: ['articles'], parameters: [idParam('article')], responses: { ...ok('the article', ref('Article')), ...errors(400, 404) } },
      },
      '/api/search': {
        get: {
          operationId: 'search', summary: 'Full-text search over claims and articles', tags: ['search'],
          parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: 200 } }, limit(200, 50)],
          responses: { ...ok('matching claims and articles, best first', ref('Search')), ...errors(400) },
        },
      },
      '/api/ingest': {
        post: {
          operationId: 'ingest', summary: 'Add one article (needs the bearer token)', tags: ['store'],
          security: [{ bearer: [] }],
          requestBody: { required: true, content: json(ref('IngestRequest')) },
          responses: {
            '201': { description: 'ingested (or already there: added is false)', content: json(ref('IngestResult')) },
            ...errors(400, 401, 403, 413, 415, 422),
          },
        },
      },
    },
    components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
