/**
 * The SQLite schema as numbered migrations. `schema_migrations` records which have run; each runs in
 * its own transaction, so a store is always at one version. Add a migration at the end; never edit one
 * that has shipped.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, stories, entities, claims, figures, events, full-text indexes',
    sql: `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  title TEXT, published TEXT, url TEXT, outlet TEXT,
  source TEXT NOT NULL, kind TEXT NOT NULL, line INTEGER, feed TEXT,
  story_id INTEGER NOT NULL,
  words INTEGER NOT NULL, n_claims INTEGER NOT NULL, n_quantities INTEGER NOT NULL, n_entities INTEGER NOT NULL,
  added_at TEXT NOT NULL,
  ledger TEXT NOT NULL
);
CREATE INDEX articles_story ON articles(story_id, published);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);

CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  first TEXT, last TEXT,
  n_articles INTEGER NOT NULL DEFAULT 0,
  merged_into INTEGER,
  created_at TEXT NOT NULL
);
CREATE INDEX stories_size ON stories(n_articles, last);

-- How many of a story's articles have each feature (entity name or key term).
CREATE TABLE story_features (
  story_id INTEGER NOT NULL, key TEXT NOT NULL, display TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (story_id, key)
) WITHOUT ROWID;

-- MinHash LSH buckets: articles sharing a (band, bucket) are candidates of each other.
CREATE TABLE lsh (
  band INTEGER NOT NULL, bucket INTEGER NOT NULL, article_id INTEGER NOT NULL,
  PRIMARY KEY (band, bucket, article_id)
) WITHOUT ROWID;

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL, canonical TEXT NOT NULL, norm TEXT NOT NULL,
  UNIQUE (type, norm)
);
CREATE TABLE article_entities (
  article_id INTEGER NOT NULL, ledger_id TEXT NOT NULL, entity_id INTEGER NOT NULL,
  role TEXT, mentions INTEGER NOT NULL,
  PRIMARY KEY (article_id, ledger_id)
);
CREATE INDEX article_entities_entity ON article_entities(entity_id);

CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL, ledger_id TEXT NOT NULL,
  date TEXT, source TEXT, source_entity_id INTEGER,
  cue TEXT NOT NULL, content TEXT NOT NULL, stance TEXT NOT NULL,
  hedged INTEGER NOT NULL, direct INTEGER NOT NULL,
  UNIQUE (article_id, ledger_id)
);
CREATE INDEX claims_date ON claims(date);
CREATE INDEX claims_source_entity ON claims(source_entity_id);

-- Entities a claim's content mentions.
CREATE TABLE claim_entities (
  claim_id INTEGER NOT NULL, entity_id INTEGER NOT NULL,
  PRIMARY KEY (claim_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX claim_entities_entity ON claim_entities(entity_id);

CREATE TABLE quantities (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL, ledger_id TEXT NOT NULL,
  value REAL NOT NULL, high REAL, approx TEXT NOT NULL, delta INTEGER NOT NULL,
  text TEXT NOT NULL, unit TEXT, counts TEXT, outcome TEXT, place TEXT,
  source TEXT, source_entity TEXT, claim_id INTEGER, date TEXT
);
CREATE INDEX quantities_article ON quantities(article_id);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL, ledger_id TEXT NOT NULL,
  type TEXT NOT NULL, mode TEXT, actor TEXT, target TEXT, trigger TEXT NOT NULL,
  claim_id INTEGER, date TEXT, location TEXT
);
CREATE INDEX events_article ON events(article_id);

CREATE VIRTUAL TABLE claims_fts USING fts5(content, source, tokenize = 'porter unicode61');
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize = 'porter unicode61');
`,
  },
];
