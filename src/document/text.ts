/**
 * Plain text → Document: normalise line ends and spaces, take the title from the first line when it
 * reads as a headline, and drop boilerplate lines (audio-player notices, lone separators,
 * share/subscribe/advertisement lines, "Read more:" links, copyright lines), listing them in `removed`.
 */
import { createHash } from 'node:crypto';
import type { LedgerDocument } from '../ledger/types.js';

export interface DocumentMeta {
  title?: string | null;
  published?: string | null;
  url?: string | null;
  outlet?: string | null;
}

/** Tuning constants, named. */
const MAX_TITLE_CHARS = 200;
const MAX_TITLE_WORDS = 30;
const MAX_BOILERPLATE_CHARS = 160;
/** A headline that ends with a full stop is at most this long, or this long in sentence case. */
const MAX_STOPPED_TITLE_WORDS = 18;
const MAX_STOPPED_PLAIN_TITLE_WORDS = 12;

/** Line patterns that are page furniture, not article text. Each is general, not one site's words. */
const BOILERPLATE: readonly RegExp[] = [
  // audio/video players and read-aloud widgets
  /\b(?:audio|podcast|video|media) player\b/i,
  /^(?:listen to|play) (?:this|the) (?:article|story|audio)\b/i,
  /^(?:getting|loading) (?:your|the) .{0,40}\bready\b/i,
  /^\d+\s*(?:min(?:ute)?s?|m)\s+(?:read|listen)$/i,
  // separators: a line of only punctuation and symbols
  /^[\s|¦•·*_=~#+\-–—/\\<>.]+$/u,
  // share / follow / subscribe / newsletter calls to action
  /^(?:share|tweet|email|e-mail|print|save|copy link|whatsapp|facebook|twitter|linkedin|reddit)(?:\s+(?:this|on|via|to|article|story|link)\b.*)?$/i,
  /^(?:subscribe|sign up|sign in|log in|register|follow us|follow)\b.{0,100}(?:newsletter|subscribe|updates|inbox|free|now|today|here|us on\b.*)?[.!]?$/i,
  /\b(?:sign up for|subscribe to) (?:our|the) .{0,40}newsletter\b/i,
  // advertising
  /^(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|paid (?:post|content)|story continues below(?: advertisement)?)$/i,
  // related / read more links: the label alone, or the label, a separator and a link text
  /^(?:read more|read also|also read|see also|related(?: (?:stories|articles|coverage|content|reading|news|video))?|more on this(?: story)?|more from [\w .&-]{1,40}|recommended(?: for you)?|watch(?: now)?|click here\b.*)\s*(?:[:›»>|–-].{0,120})?$/i,
  // widgets, galleries, consent and engagement prompts
  /^(?:skip to (?:main )?content|advert|this slideshow requires javascript\.?|caption|close|comments?|\d+ comments?|you may also like\.*|don'?t miss|see more\s*:.*|image \d+ of \/? ?\d+|tell us what you think\.*)$/i,
  /^this (?:website|site) uses cookies\b/i,
  /^(?:published|updated|posted|last updated)\s*:?\s*[\w ,:;.|/-]{0,60}\d{4}\s*$/i,
  /^\|?\s*(?:published|updated|posted)\s*:?\s*\d{1,2}:\d{2}\b.{0,40}$/i,
  // copyright and rights lines
  /^(?:©|\(c\)|copyright\b).{0,120}$/i,
  /^all rights reserved\.?$/i,
  // image credits
  /^(?:photo|image|picture|file photo)(?:\s+credit)?\s*[:/].{0,100}$/i,
];

/** True when `line` (trimmed) is page furniture rather than article text. */
export function isBoilerplate(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > MAX_BOILERPLATE_CHARS) return false;
  return BOILERPLATE.some((re) => re.test(t));
}

/**
 * True when `line` reads as a headline: short, not a full sentence ending in a period (a question or
 * exclamation is fine), not a dateline or byline alone, and has at least two words.
 */
export function readsAsHeadline(line: string, next: string | undefined, blankAfter = false): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > MAX_TITLE_CHARS) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > MAX_TITLE_WORDS) return false;
  if (/[,;:]$/.test(t)) return false;
  if (/\.["”’']?$/.test(t) && !/\b(?:U\.S|U\.K|U\.N|Inc|Corp|Ltd|Co|Jr|Sr)\.$/.test(t)) {
    // Some feeds end headlines with a full stop. Such a line is a headline only when it stands alone
    // (a blank line after it), is short, is one sentence, and reads like one: title case or a
    // "Source: claim" head.
    if (!blankAfter || words.length > MAX_STOPPED_TITLE_WORDS) return false;
    if (/\p{Ll}{2,}[.!?]["”’]?\s+\p{Lu}/u.test(t.slice(0, -1))) return false;
    const capitalised = words.filter((w) => /^[\p{Lu}\d‘'“"(]/u.test(w)).length / words.length;
    if (capitalised < 0.5 && !/^[\p{Lu}][^:]{0,40}:\s/u.test(t) && words.length > MAX_STOPPED_PLAIN_TITLE_WORDS) return false;
  }
  if (/^by\s+\p{Lu}/iu.test(t)) return false;
  // A headline is followed by body text (or a blank line), not by nothing.
  if (next === undefined) return false;
  // Several sentences are a paragraph, not a headline.
  if (/\p{Ll}{2,}[.!?]["”’]?\s+\p{Lu}/u.test(t) && words.length > 12) return false;
  return true;
}

export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u200B\u200C\u200D\u2060\uFEFF]/g, '')
    .replace(/\t/g, ' ');
}

export function contentId(text: string): string {
  return 'sha256:' + createHash('sha256').update(text).digest('hex');
}

/**
 * Build the document from body lines (already free of markup) and a title; `removed` collects what
 * was dropped as boilerplate.
 */
export function assembleDocument(title: string | null, lines: string[], meta: DocumentMeta, removed: string[]): LedgerDocument {
  const body: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/ {2,}/g, ' ').trim();
    if (line.length === 0) continue;
    if (isBoilerplate(line)) {
      removed.push(line);
      continue;
    }
    body.push(line);
  }
  const cleanTitle = title ? title.replace(/\s+/g, ' ').trim() : null;
  const head = cleanTitle ? cleanTitle + '\n\n' : '';
  const text = head + body.join('\n');
  return {
    id: contentId(text),
    title: cleanTitle || null,
    published: meta.published ?? null,
    url: meta.url ?? null,
    outlet: meta.outlet ?? null,
    text,
    body_start: head.length,
    removed,
  };
}

/** A plain-text article → Document. A title in `meta` wins over the first line. */
export function documentFromText(raw: string, meta: DocumentMeta = {}): LedgerDocument {
  const lines = normaliseText(raw).split('\n');
  const removed: string[] = [];
  let title: string | null = meta.title ?? null;
  // Skip leading blank and boilerplate lines when looking for the headline.
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  if (!title && i < lines.length) {
    const first = lines[i].trim();
    const rest = lines.slice(i + 1).find((l) => l.trim() !== '' && !isBoilerplate(l));
    const blankAfter = i + 1 < lines.length && lines[i + 1].trim() === '';
    if (!isBoilerplate(first) && readsAsHeadline(first, rest, blankAfter)) {
      title = first;
      i++;
    }
  } else if (title && i < lines.length && lines[i].trim() === title.trim()) {
    i++; // the given title is also the first line: keep it once
  }
  return assembleDocument(title, lines.slice(i), meta, removed);
}
