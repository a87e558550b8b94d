/**
 * The metadata header a plain-text article may open with ("Title: …", "Published: …", "Outlet: …",
 * "URL: …", then a blank line), as the sample corpus and many exports write it. Read by `ingest` and
 * `extract` alike.
 */
import { wordTable } from '../nlp/lexicon/table.js';

/** What a header may give; its date is as written (the caller parses it). */
export interface HeaderMeta {
  title?: string | null;
  published?: string | null;
  url?: string | null;
  outlet?: string | null;
}

const HEADER_KEYS: Record<string, keyof HeaderMeta> = wordTable({
  title: 'title', headline: 'title', published: 'published', date: 'published', outlet: 'outlet', source: 'outlet',
  url: 'url', link: 'url',
});

/**
 * A metadata header at the top of a .txt file: "Key: value" lines (title, published/date,
 * outlet/source, url/link) up to the first blank line. Returns the body after it, or null when the
 * file has no such header.
 */
export function parseHeader(text: string): { meta: HeaderMeta; body: string } | null {
  const lines = text.split(/\r?\n/);
  const meta: HeaderMeta = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^([A-Za-z]+):\s*(.*)$/.exec(lines[i]);
    if (!m) break;
    const key = HEADER_KEYS[m[1].toLowerCase()];
    if (!key) return null;
    meta[key] = m[2].trim() || null;
  }
  if (i === 0 || i >= lines.length || lines[i].trim() !== '') return null;
  return { meta, body: lines.slice(i + 1).join('\n') };
}

