/**
 * The source stage for many inputs: what the user names on the command line (files, folders, globs,
 * URLs, feed URLs, `-`) becomes a stream of articles to extract, or of failures with their reasons.
 * Nothing here throws for one bad input: it becomes a failure and the rest go on.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { extractFromXml } from '@extractus/feed-extractor';
import { InputError, parseDate, parseHeader, readInput, sniffKind } from '../document/index.js';
import type { ArticleOrigin } from '../store/types.js';
import { checkFetchable, FetchError, HostPacer, politeFetch, type FetchOptions } from './fetch.js';

export interface ArticleMeta {
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
}

/** One article to extract. */
export interface IngestItem {
  origin: ArticleOrigin;
  kind: 'text' | 'html';
  content: string;
  meta: ArticleMeta;
}

/** An input that gave no article, and why. */
export interface IngestFailure {
  /** The file, URL, "file:line" or feed item URL. */
  source: string;
  reason: string;
}

export type Source =
  | { type: 'file'; path: string }
  | { type: 'url'; url: string }
  | { type: 'stdin' };

/** Extensions a folder walk takes. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.xhtml', '.jsonl', '.ndjson']);
const JSONL = new Set(['.jsonl', '.ndjson']);
const GLOB_CHARS = /[*?[\]{}]/;

function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') { i++; re += '(?:.*/)?'; } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) { re += '\\{'; continue; }
      re += '(?:' + pattern.slice(i + 1, end).split(',').map((s) => s.replace(/[.+^$()|\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|') + ')';
      i = end;
    } else if (c === '[') {
      const end = pattern.indexOf(']', i);
      if (end < 0) { re += '\\['; continue; }
      re += '[' + pattern.slice(i + 1, end).replace(/^!/, '^') + ']';
      i = end;
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

async function walk(dir: string, out: string[], onlyArticles: boolean): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out, onlyArticles);
    else if (e.isFile() && (!onlyArticles || ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase()))) out.push(p);
  }
}

/** Expand the command line's inputs into sources (files in a stable order) and failures. */
export async function expandInputs(args: readonly string[]): Promise<{ sources: Source[]; failures: IngestFailure[] }> {
  const sources: Source[] = [];
  const failures: IngestFailure[] = [];
  const seen = new Set<string>();
  const addFile = (p: string): void => {
    const key = resolve(p);
    if (seen.has(key)) return;
    seen.add(key);
    sources.push({ type: 'file', path: p });
  };
  for (const arg of args) {
    if (arg === '-') { sources.push({ type: 'stdin' }); continue; }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
      try {
        checkFetchable(arg);
        sources.push({ type: 'url', url: arg });
      } catch (err) {
        failures.push({ source: arg, reason: (err as Error).message });
      }
      continue;
    }
    if (GLOB_CHARS.test(arg)) {
      // The folder part before the first wildcard is walked; the rest is matched.
      const parts = arg.split(/[\\/]/);
      const fixed: string[] = [];
      for (const p of parts) { if (GLOB_CHARS.test(p)) break; fixed.push(p); }
      const base = fixed.length ? fixed.join('/') || '/' : '.';
      const re = globToRegExp(arg.split(sep).join('/').replace(/^\.\//, ''));
      const files: string[] = [];
      try { await walk(base, files, false); } catch { /* no such folder: no match */ }
      const matched = files.filter((f) => re.test((base === '.' ? relative('.', f) : f).split(sep).join('/').replace(/^\.\//, '')));
      if (matched.length === 0) failures.push({ source: arg, reason: 'no file matches this pattern' });
      matched.forEach(addFile);
      continue;
    }
    let st;
    try {
      st = await stat(arg);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      failures.push({ source: arg, reason: code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : `cannot read (${code})` });
      continue;
    }
    if (st.isDirectory()) {
      const files: string[] = [];
      try {
        await walk(arg, files, true);
      } catch (err) {
        failures.push({ source: arg, reason: `cannot read the folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` });
        continue;
      }
      if (files.length === 0) failures.push({ source: arg, reason: 'the folder has no .txt, .html or .jsonl file' });
      files.forEach(addFile);
    } else addFile(arg);
  }
  return { sources, failures };
}

function fromText(origin: ArticleOrigin, path: string, content: string, kind: 'text' | 'html'): IngestItem | IngestFailure {
  const meta: ArticleMeta = { title: null, published: null, url: null, outlet: null };
  if (kind === 'text') {
    const h = parseHeader(content);
    if (h) {
      if (h.meta.published) {
        const d = parseDate(h.meta.published);
        if (!d) return { source: path, reason: `the header's date "${h.meta.published}" is not a date` };
        meta.published = d;
      }
      meta.title = h.meta.title ?? null;
      meta.outlet = h.meta.outlet ?? null;
      meta.url = h.meta.url ?? null;
      content = meta.title ? `${meta.title}\n\n${h.body}` : h.body;
    }
  }
  return { origin, kind, content, meta };
}

/** The articles of one line of a .jsonl file. */
export function fromJsonLine(line: string, file: string, n: number): IngestItem | IngestFailure {
  const where = `${file}:${n}`;
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (err) {
    return { source: where, reason: `not JSON (${(err as Error).message.split('\n')[0]})` };
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { source: where, reason: 'not a JSON object' };
  const o = obj as Record<string, unknown>;
  const str = (k: string): string | null => (typeof o[k] === 'string' && (o[k] as string).trim() ? (o[k] as string) : null);
  const html = str('html');
  const text = str('text') ?? str('body') ?? str('content');
  if (!html && !text) return { source: where, reason: 'no "text" or "html" field' };
  let published: string | null = null;
  const p = str('published') ?? str('date');
  if (p) {
    published = parseDate(p);
    if (!published) return { source: where, reason: `"published": "${p}" is not a date` };
  }
  const title = str('title');
  const kind = html ? 'html' : 'text';
  return {
    origin: { source: file, kind: 'jsonl', line: n, feed: null },
    kind,
    // A title given beside plain text heads the text, as in a .txt file.
    content: html ?? (title && !text!.startsWith(title) ? `${title}\n\n${text}` : text!),
    meta: { title, published, url: str('url'), outlet: str('outlet') ?? str('source') },
  };
}

export interface SourceOptions extends FetchOptions {
  pacer?: HostPacer;
}

function looksLikeFeed(contentType: string, text: string): boolean {
  if (/(?:rss|atom)\+xml|\/xml/.test(contentType)) return true;
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(text.slice(0, 2048));
}

interface FeedEntry {
  link?: string;
  title?: string;
  published?: string;
}

/** The articles of one source, one at a time. */
export async function* sourceItems(src: Source, opts: SourceOptions = {}): AsyncGenerator<IngestItem | IngestFailure> {
  const pacer = opts.pacer ?? new HostPacer(opts.hostDelayMs ?? 300);
  if (src.type === 'stdin') {
    let input;
    try {
      input = await readInput('-');
    } catch (err) {
      yield { source: '<stdin>', reason: err instanceof InputError ? err.message.replace(/^<stdin>: /, '') : (err as Error).message };
      return;
    }
    // JSON lines on stdin: one article a line.
    if (/^\s*\{/.test(input.content) && input.content.trim().split('\n').every((l) => !l.trim() || l.trim().startsWith('{'))) {
      let n = 0;
      for (const line of input.content.split('\n')) {
        n++;
        if (line.trim()) yield fromJsonLine(line, '<stdin>', n);
      }
      return;
    }
    yield fromText({ source: '<stdin>', kind: input.kind }, '<stdin>', input.content, input.kind);
    return;
  }
  if (src.type === 'file') {
    const ext = extname(src.path).toLowerCase();
    if (JSONL.has(ext)) {
      let n = 0;
      try {
        const rl = createInterface({ input: createReadStream(src.path, { encoding: 'utf8' }), crlfDelay: Infinity });
        for await (const line of rl) {
          n++;
          if (line.trim()) yield fromJsonLine(line, src.path, n);
        }
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        yield { source: src.path, reason: code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? (err as Error).message})` };
      }
      return;
    }
    let input;
    try {
      input = await readInput(src.path);
    } catch (err) {
      const msg = (err as Error).message;
      yield { source: src.path, reason: msg.startsWith(src.path + ': ') ? msg.slice(src.path.length + 2) : msg };
      return;
    }
    yield fromText({ source: src.path, kind: input.kind }, src.path, input.content, input.kind);
    return;
  }
  // A URL: a feed (its items are fetched in turn) or a page.
  let page;
  try {
    page = await politeFetch(src.url, pacer, opts);
  } catch (err) {
    yield { source: src.url, reason: err instanceof FetchError ? err.message : String(err) };
    return;
  }
  if (looksLikeFeed(page.contentType, page.text)) {
    let feed: { title?: string; entries?: FeedEntry[] };
    try {
      feed = extractFromXml(page.text, { baseUrl: page.finalUrl, descriptionMaxLen: 0 }) as typeof feed;
    } catch (err) {
      yield { source: src.url, reason: `broken feed (${(err as Error).message})` };
      return;
    }
    const entries = feed.entries ?? [];
    if (entries.length === 0) {
      yield { source: src.url, reason: 'the feed has no items' };
      return;
    }
    for (const e of entries) {
      if (!e.link) {
        yield { source: `${src.url} item "${e.title ?? '?'}"`, reason: 'the item has no link' };
        continue;
      }
      let item;
      try {
        item = await politeFetch(e.link, pacer, opts);
      } catch (err) {
        yield { source: e.link, reason: err instanceof FetchError ? err.message : String(err) };
        continue;
      }
      const kind = /html/.test(item.contentType) ? 'html' : sniffKind(new URL(item.finalUrl).pathname, item.text);
      const published = e.published ? parseDate(e.published) : null;
      yield {
        origin: { source: e.link, kind: 'feed', feed: src.url, line: null },
        kind,
        content: kind === 'text' && e.title && !item.text.startsWith(e.title) ? `${e.title}\n\n${item.text}` : item.text,
        meta: { title: e.title ?? null, published, url: item.finalUrl, outlet: feed.title ?? new URL(src.url).hostname },
      };
    }
    return;
  }
  const kind = /html/.test(page.contentType) ? 'html' : sniffKind(new URL(page.finalUrl).pathname || basename(page.finalUrl), page.text);
  yield {
    origin: { source: src.url, kind, feed: null, line: null },
    kind,
    content: page.text,
    meta: { title: null, published: null, url: page.finalUrl, outlet: null },
  };
}
