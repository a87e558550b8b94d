/**
 * TimeML documents (TempEval-3 `.tml`, and `.TE3input` raw files): read the DCT and the TEXT with its
 * tags stripped and XML entities decoded (with the TIMEX3 spans it held, as offsets into that plain
 * text), and write the document back with new TIMEX3 tags in TEXT and nothing else changed.
 */
import { countWords } from '../../nlp/tokenize.js';

export interface TimemlTimex {
  start: number;
  end: number;
  text: string;
  tid: string;
  type: string;
  value: string;
  mod: string | null;
}

export interface TimemlDoc {
  /** File name without folder (e.g. "APW19980807.0261.tml"). */
  name: string;
  /** DCT value as written (1998-08-07, 1998-08-07T06:18:00 …), or null. */
  dct: string | null;
  /** DCT as YYYY-MM-DD, or null. */
  published: string | null;
  /** TEXT content with every tag removed and XML entities decoded. */
  text: string;
  timexes: TimemlTimex[];
  words: number;
  /** The whole file as read. */
  raw: string;
  /** Where TEXT's content begins and ends in `raw`. */
  textStart: number;
  textEnd: number;
  /** TEXT's content with its tags removed but its entities as written. */
  stripped: string;
  /** For each offset of `text` (0 … text.length), the offset in `stripped`. */
  toStripped: number[];
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function escapeXml(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

export function escapeAttr(s: string): string {
  return escapeXml(s).replace(/"/g, '&quot;');
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = m[2].replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ENTITIES[e]);
  return out;
}

/**
 * Parse one TimeML document. Only TIMEX3 tags inside TEXT are returned as gold; EVENT, SIGNAL and
 * any other tags inside TEXT are dropped from the plain text.
 */
export function parseTimeml(raw: string, name = ''): TimemlDoc {
  const open = /<TEXT>/.exec(raw);
  const close = raw.lastIndexOf('</TEXT>');
  if (!open || close < 0) throw new Error(`${name || 'TimeML'}: no <TEXT> element`);
  const textStart = open.index + open[0].length;
  const textEnd = close;
  const dctTag = /<DCT>\s*(<TIMEX3\b[^>]*>)/.exec(raw);
  const dct = dctTag ? attrs(dctTag[1]).value ?? null : null;
  const published = dct && /^\d{4}-\d{2}-\d{2}/.test(dct) ? dct.slice(0, 10) : null;

  let text = '';
  let stripped = '';
  const toStripped: number[] = [];
  const plain = (piece: string) => {
    for (let k = 0; k < piece.length; k++) toStripped.push(stripped.length + k);
    text += piece;
    stripped += piece;
  };
  const timexes: TimemlTimex[] = [];
  const stack: Array<{ start: number; a: Record<string, string> } | null> = [];
  const re = /<(\/?)([A-Za-z][\w:]*)([^>]*?)(\/?)>|&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
  const body = raw.slice(textStart, textEnd);
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    plain(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[5] !== undefined) {
      const e = m[5];
      const ch = e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16))
        : e.startsWith('#') ? String.fromCodePoint(parseInt(e.slice(1), 10)) : ENTITIES[e];
      for (let k = 0; k < ch.length; k++) toStripped.push(stripped.length);
      text += ch;
      stripped += m[0];
      continue;
    }
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    const tag = m[2];
    if (selfClosing) continue;
    if (!closing) {
      stack.push(tag === 'TIMEX3' ? { start: text.length, a: attrs(m[3]) } : null);
    } else {
      const top = stack.pop();
      if (top && tag === 'TIMEX3') {
        timexes.push({
          start: top.start, end: text.length, text: text.slice(top.start), tid: top.a.tid ?? '',
          type: top.a.type ?? '', value: top.a.value ?? '', mod: top.a.mod ?? null,
        });
      }
    }
  }
  plain(body.slice(last));
  toStripped.push(stripped.length);
  timexes.sort((a, b) => a.start - b.start);
  return { name, dct, published, text, timexes, words: countWords(text), raw, textStart, textEnd, stripped, toStripped };
}

export interface OutTimex {
  start: number;
  end: number;
  tid: string;
  type: string;
  value: string;
  mod: string | null;
}

/**
 * The document with `timexes` (offsets into `doc.text`, not nested, not overlapping) tagged inline
 * in TEXT and every other tag of TEXT removed; everything outside TEXT is kept byte for byte.
 */
export function renderTimeml(doc: TimemlDoc, timexes: readonly OutTimex[]): string {
  const sorted = [...timexes].sort((a, b) => a.start - b.start);
  const src = doc.stripped;
  let out = '';
  let pos = 0;
  let lastEnd = 0;
  for (const t of sorted) {
    if (t.start < lastEnd || t.end <= t.start) continue; // overlapping: keep the first
    const a = doc.toStripped[t.start];
    const b = doc.toStripped[t.end];
    out += src.slice(pos, a);
    const mod = t.mod ? ` mod="${escapeAttr(t.mod)}"` : '';
    out += `<TIMEX3 tid="${escapeAttr(t.tid)}" type="${escapeAttr(t.type)}" value="${escapeAttr(t.value)}"${mod}>`;
    out += src.slice(a, b) + '</TIMEX3>';
    pos = b;
    lastEnd = t.end;
  }
  out += src.slice(pos);
  return doc.raw.slice(0, doc.textStart) + out + doc.raw.slice(doc.textEnd);
}
