/**
 * HTML page → Document: the main text with Mozilla Readability over linkedom, the page's metadata
 * (title, publication time, site name, canonical URL), then the same clean-up as plain text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { LedgerDocument } from '../ledger/types.js';
import { parseDate } from './dates.js';
import { assembleDocument, normaliseText, type DocumentMeta } from './text.js';

/** Elements whose end is a line break in the text. */
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI',
  'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HR', 'ADDRESS',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'SELECT', 'OBJECT', 'FIGCAPTION']);

/** A line whose text is at least this share link text, and short, is navigation. */
const MAX_LINK_SHARE = 0.8;
const MAX_LINK_LINE_WORDS = 12;

interface MinimalNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MinimalNode>;
}

/**
 * The text of `root` with one line per block element. Short lines made (almost) only of link text
 * are navigation and are left out.
 */
export function htmlToLines(root: MinimalNode): string[] {
  const lines: string[] = [];
  let cur = '';
  let linkChars = 0;
  let inLink = 0;
  const flush = () => {
    const t = cur.replace(/\s+/g, ' ').trim();
    const visible = cur.replace(/\s+/g, '').length;
    const navigation = visible > 0 && linkChars / visible >= MAX_LINK_SHARE && t.split(' ').length <= MAX_LINK_LINE_WORDS;
    if (t && !navigation) lines.push(t);
    cur = '';
    linkChars = 0;
  };
  const walk = (node: MinimalNode) => {
    if (node.nodeType === 3) {
      const s = node.textContent ?? '';
      cur += s;
      if (inLink) linkChars += s.replace(/\s+/g, '').length;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === 'TD' || name === 'TH') cur += ' ';
    const link = name === 'A';
    if (link) inLink++;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]);
    if (link) inLink--;
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}

type Doc = ReturnType<typeof parseHTML>['document'];

function meta(doc: Doc, selectors: string[]): string | null {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href') ?? null;
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/** datePublished (or dateCreated) from JSON-LD blocks, searched through arrays and @graph. */
function jsonLdDate(doc: Doc): string | null {
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(el.textContent ?? '');
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const x = stack.pop();
      if (Array.isArray(x)) stack.push(...x);
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        for (const k of ['datePublished', 'dateCreated']) if (typeof o[k] === 'string') return o[k] as string;
        if (o['@graph']) stack.push(o['@graph']);
      }
    }
  }
  return null;
}

export interface HtmlMetadata {
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

/** Title, publication date, site name and canonical URL that the page declares. */
export function htmlMetadata(doc: Doc): HtmlMetadata {
  const title = meta(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]'])
    ?? (doc.querySelector('title')?.textContent?.trim() || null);
  const publishedRaw = meta(doc, [
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]',
    'meta[name="DC.date.issued"]', 'meta[name="dc.date"]', 'meta[property="og:published_time"]', 'time[datetime]',
  ]) ?? jsonLdDate(doc);
  return {
    title,
    published: parseDate(publishedRaw),
    outlet: meta(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']),
    url: meta(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']),
  };
}

/** The main text of an HTML page as lines, with the page's metadata. */
export function extractMainText(html: string): { lines: string[]; meta: HtmlMetadata } {
  const { document } = parseHTML(html);
  const pageMeta = htmlMetadata(document);
  let lines: string[] = [];
  let title = pageMeta.title;
  try {
    // Readability mutates the DOM; metadata was read first.
    const article = new Readability(document as unknown as globalThis.Document, { charThreshold: 200 }).parse();
    if (article?.content) {
      const { document: frag } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      lines = htmlToLines(frag.body as unknown as MinimalNode);
      if (article.title) title = article.title.trim();
      if (!pageMeta.published && article.publishedTime) pageMeta.published = parseDate(article.publishedTime);
      if (!pageMeta.outlet && article.siteName) pageMeta.outlet = article.siteName;
    }
  } catch {
    lines = [];
  }
  if (lines.length === 0) {
    const { document: again } = parseHTML(html);
    const body = again.body ?? again.documentElement;
    if (body) lines = htmlToLines(body as unknown as MinimalNode);
  }
  // The headline often opens the main text too: keep it once.
  if (title && lines.length && lines[0].replace(/\s+/g, ' ').trim() === title.replace(/\s+/g, ' ').trim()) lines.shift();
  return { lines, meta: { ...pageMeta, title } };
}

/** An HTML page → Document. Metadata the caller gives wins over what the page declares. */
export function documentFromHtml(html: string, given: DocumentMeta = {}): LedgerDocument {
  const { lines, meta: page } = extractMainText(html);
  const merged: DocumentMeta = {
    title: given.title ?? page.title,
    published: given.published ?? page.published,
    url: given.url ?? page.url,
    outlet: given.outlet ?? page.outlet,
  };
  return assembleDocument(merged.title ?? null, lines.map((l) => normaliseText(l)), merged, []);
}
