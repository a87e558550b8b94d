/**
 * Reader for TimeML `.tml` documents (TempEval-3 TBAQ-cleaned, TE3-platinum and its `.TE3input` raw
 * files): the DCT, the TEXT with its tags stripped and XML entities decoded, the gold TIMEX3 spans as
 * offsets into that plain text, and what is needed to write the document back with new TIMEX3 tags
 * and nothing else changed (`renderTimeml`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { datasetPath } from '../paths.js';

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
  const timexes: TimemlTimex[] = [];
  const stack: Array<{ start: number; a: Record<string, string> } | null> = [];
  const re = /<(\/?)([A-Za-z][\w:]*)([^>]*?)(\/?)>|&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
  const body = raw.slice(textStart, textEnd);
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[5] !== undefined) {
      const e = m[5];
      text += e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16))
        : e.startsWith('#') ? String.fromCodePoint(parseInt(e.slice(1), 10)) : ENTITIES[e];
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
  text += body.slice(last);
  timexes.sort((a, b) => a.start - b.start);
  return { name, dct, published, text, timexes, words: text.match(/\S+/g)?.length ?? 0, raw, textStart, textEnd };
}

export function readTimeml(file: string): TimemlDoc {
  return parseTimeml(readFileSync(file, 'utf8'), file.replace(/^.*\//, ''));
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
  let out = '';
  let pos = 0;
  for (const t of sorted) {
    if (t.start < pos) continue; // overlapping: keep the first
    out += escapeXml(doc.text.slice(pos, t.start));
    const mod = t.mod ? ` mod="${escapeAttr(t.mod)}"` : '';
    out += `<TIMEX3 tid="${escapeAttr(t.tid)}" type="${escapeAttr(t.type)}" value="${escapeAttr(t.value)}"${mod}>`;
    out += escapeXml(doc.text.slice(t.start, t.end)) + '</TIMEX3>';
    pos = t.end;
  }
  out += escapeXml(doc.text.slice(pos));
  return doc.raw.slice(0, doc.textStart) + out + doc.raw.slice(doc.textEnd);
}

/** Every `.tml` (or `.tml.TE3input`) file of a folder, sorted by name. */
export function readTimemlDir(dir: string): TimemlDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tml') || f.endsWith('.TE3input'))
    .sort()
    .map((f) => readTimeml(join(dir, f)));
}

/** Every TBAQ-cleaned training document as "TimeBank/NAME" or "AQUAINT/NAME", sorted; null when absent. */
export function tempevalTrainFiles(): string[] | null {
  const root = datasetPath('tempeval3', 'train');
  if (!root) return null;
  const out: string[] = [];
  for (const sub of ['AQUAINT', 'TimeBank']) {
    for (const f of readdirSync(join(root, sub)).filter((x) => x.endsWith('.tml'))) out.push(`${sub}/${f}`);
  }
  return out.sort();
}

/**
 * The dev part of TempEval-3 train: of all 256 TBAQ-cleaned files sorted by "folder/name", every
 * twelfth one starting with the first (indices 0, 12, 24 …), i.e. 22 documents. Held out from tuning.
 * The other 234 documents are the tuning part. docs/evaluation-times.md lists both rules and the files.
 */
export const DEV_EVERY = 12;

export function tempevalSplit(): { dev: string[]; tune: string[] } | null {
  const all = tempevalTrainFiles();
  if (!all) return null;
  return { dev: all.filter((_, i) => i % DEV_EVERY === 0), tune: all.filter((_, i) => i % DEV_EVERY !== 0) };
}

/** Load TBAQ-cleaned documents by "folder/name". */
export function loadTempeval(files: readonly string[]): TimemlDoc[] {
  const root = datasetPath('tempeval3', 'train');
  if (!root) return [];
  return files.map((f) => {
    const d = readTimeml(join(root, f));
    d.name = f;
    return d;
  });
}
