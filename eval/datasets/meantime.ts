/**
 * Reader for the NewsReader MEANTIME English corpus (CAT XML, ../shared/datasets/meantime-en).
 * Rebuilds each article's text from its tokens (sentence 0 is the headline, sentence 1 the dateline
 * date), with the character offsets of every token, and the TIMEX3 and VALUE markables as spans.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { datasetPath } from '../paths.js';

export interface MeantimeSpan {
  start: number;
  end: number;
  text: string;
  type: string;
  /** TIMEX3 value, when the markable is a TIMEX3. */
  value?: string;
}

export interface MeantimeDoc {
  id: string;
  topic: string;
  name: string;
  url: string;
  /** Headline (sentence 0). */
  title: string;
  /** The document creation time (the DCT TIMEX3 value), or null. */
  dct: string | null;
  /** Headline, blank line, then the body; sentences separated by spaces, paragraphs unknown. */
  text: string;
  /** Where the body (after the headline and dateline) begins. */
  bodyStart: number;
  words: number;
  timexes: MeantimeSpan[];
  values: MeantimeSpan[];
}

const NO_SPACE_BEFORE = new Set([',', '.', ':', ';', '!', '?', ')', ']', '%', "'s", "'", "n't", '’s', "''", '”']);
const NO_SPACE_AFTER = new Set(['(', '[', '$', '€', '£', '``', '“']);

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);
}

/** Parse one MEANTIME CAT XML document. */
export function parseMeantime(xml: string, topic: string): MeantimeDoc {
  const head = /<Document[^>]*doc_id="([^"]*)"[^>]*doc_name="([^"]*)"[^>]*url="([^"]*)"/.exec(xml);
  const tokens: { id: string; sentence: number; text: string }[] = [];
  for (const m of xml.matchAll(/<token [^>]*?sentence="(\d+)" t_id="(\d+)">([^<]*)<\/token>/g)) {
    tokens.push({ sentence: Number(m[1]), id: m[2], text: unescapeXml(m[3]) });
  }
  const offsets = new Map<string, [number, number]>();
  let text = '';
  let bodyStart = 0;
  let prevSentence = -1;
  let prevTok = '';
  let titleEnd = 0;
  for (const t of tokens) {
    if (t.sentence !== prevSentence) {
      if (prevSentence === 0) {
        titleEnd = text.length;
        text += '\n\n';
      } else if (prevSentence >= 0) text += prevSentence === 1 ? '\n\n' : ' ';
      if (t.sentence === 2 || (prevSentence === 1 && t.sentence > 1)) bodyStart = text.length;
      prevSentence = t.sentence;
    } else if (!NO_SPACE_BEFORE.has(t.text) && !NO_SPACE_AFTER.has(prevTok)) {
      text += ' ';
    }
    offsets.set(t.id, [text.length, text.length + t.text.length]);
    text += t.text;
    prevTok = t.text;
  }
  const spans = (tag: string): MeantimeSpan[] => {
    const out: MeantimeSpan[] = [];
    const re = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g');
    for (const m of xml.matchAll(re)) {
      const ids = [...m[2].matchAll(/t_id="(\d+)"/g)].map((x) => x[1]);
      if (ids.length === 0) continue;
      const a = offsets.get(ids[0]);
      const b = offsets.get(ids[ids.length - 1]);
      if (!a || !b) continue;
      const attrs = Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
      out.push({ start: a[0], end: b[1], text: text.slice(a[0], b[1]), type: attrs.type ?? '', value: attrs.value });
    }
    return out.sort((x, y) => x.start - y.start);
  };
  const dctMatch = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
  const dctValue = dctMatch ? /value="([^"]*)"/.exec(dctMatch[0])?.[1] ?? null : null;
  return {
    id: head?.[1] ?? '',
    topic,
    name: head?.[2] ?? '',
    url: head ? unescapeXml(head[3]) : '',
    title: text.slice(0, titleEnd),
    dct: dctValue ? dctValue.slice(0, 10) : null,
    text,
    bodyStart,
    words: tokens.length,
    timexes: spans('TIMEX3').filter((s) => s.end > s.start),
    values: spans('VALUE'),
  };
}

/** Every MEANTIME English document, or null when the data set is absent. */
export function loadMeantime(): MeantimeDoc[] | null {
  const root = datasetPath('meantime-en', 'intra-doc_annotation');
  if (!root) return null;
  const docs: MeantimeDoc[] = [];
  for (const dir of readdirSync(root).sort()) {
    const topic = dir.replace(/^corpus_/, '');
    for (const f of readdirSync(join(root, dir)).sort()) {
      if (f.endsWith('.xml')) docs.push(parseMeantime(readFileSync(join(root, dir, f), 'utf8'), topic));
    }
  }
  return docs;
}
