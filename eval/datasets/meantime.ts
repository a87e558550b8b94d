/**
 * Reader for the NewsReader MEANTIME English corpus (CAT XML, ../shared/datasets/meantime-en).
 * Rebuilds each article's text from its tokens (sentence 0 is the headline, sentence 1 the dateline
 * date), with the character offsets of every token, the TIMEX3 and VALUE markables as spans, and the
 * entity coreference: every ENTITY_MENTION (a span with its syntactic type), every ENTITY instance
 * (its type and descriptor) and the REFERS_TO relations that tie mentions to instances.
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

/**
 * An ENTITY_MENTION markable: the span from its first to its last anchored token, with its
 * syntactic type as annotated (NAM a proper name, PRE.NAM a name before a head noun, NOM a common
 * noun phrase, PRO a pronoun, APP, CONJ, … or '' when the annotators left it blank).
 */
export interface MeantimeMention {
  /** The markable's m_id. */
  id: string;
  start: number;
  end: number;
  text: string;
  syntacticType: string;
  /** The head attribute ('' when blank). */
  head: string;
  /** Whether its first token begins a sentence (so a capital there says nothing of a name). */
  sentenceInitial: boolean;
  /** The entity instance the mention refers to (REFERS_TO), or null when no relation names one. */
  entity: string | null;
}

/** An ENTITY instance (a markable with no tokens) that mentions refer to. */
export interface MeantimeEntity {
  /** The markable's m_id (what REFERS_TO targets). */
  id: string;
  /** PER, ORG, LOC, PRO, FIN or MIX. */
  type: string;
  /** TAG_DESCRIPTOR: the annotators' name for it. */
  descriptor: string;
  /** The cross-document instance_id, when given. */
  instanceId: string | null;
  /** The m_ids of its mentions, in text order. */
  mentions: string[];
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
  /** ENTITY_MENTION markables, in text order. */
  mentions: MeantimeMention[];
  /** ENTITY instances, in the file's order. */
  entities: MeantimeEntity[];
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
  const firsts = new Set<string>();
  let text = '';
  let bodyStart = 0;
  let prevSentence = -1;
  let prevTok = '';
  let titleEnd = 0;
  for (const t of tokens) {
    if (t.sentence !== prevSentence) {
      firsts.add(t.id);
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
  const attrsOf = (s: string): Record<string, string> =>
    Object.fromEntries([...s.matchAll(/([\w.-]+)="([^"]*)"/g)].map((x) => [x[1], unescapeXml(x[2])]));
  const mentions: MeantimeMention[] = [];
  // (An empty markable is written self-closing, `<ENTITY_MENTION … m_id="88" …/>`: it has no tokens.)
  for (const m of xml.matchAll(/<ENTITY_MENTION\b([^>]*?)(?:\/>|>([\s\S]*?)<\/ENTITY_MENTION>)/g)) {
    const attrs = attrsOf(m[1]);
    const ids = [...(m[2] ?? '').matchAll(/t_id="(\d+)"/g)].map((x) => x[1]).filter((id) => offsets.has(id));
    if (!attrs.m_id || ids.length === 0) continue;
    const places = ids.map((id) => offsets.get(id)!);
    const start = Math.min(...places.map((p) => p[0]));
    const end = Math.max(...places.map((p) => p[1]));
    const first = ids[places.findIndex((p) => p[0] === start)];
    mentions.push({
      id: attrs.m_id, start, end, text: text.slice(start, end), sentenceInitial: firsts.has(first),
      syntacticType: attrs.syntactic_type ?? '', head: attrs.head ?? '', entity: null,
    });
  }
  mentions.sort((x, y) => x.start - y.start || x.end - y.end);
  const entities: MeantimeEntity[] = [];
  for (const m of xml.matchAll(/<ENTITY\b([^>]*?)\/?>/g)) {
    const attrs = attrsOf(m[1]);
    if (!attrs.m_id) continue;
    entities.push({ id: attrs.m_id, type: attrs.ent_type ?? '', descriptor: attrs.TAG_DESCRIPTOR ?? '', instanceId: attrs.instance_id || null, mentions: [] });
  }
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const mentionById = new Map(mentions.map((x) => [x.id, x]));
  for (const r of xml.matchAll(/<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = entityById.get(/<target\b[^>]*\bm_id="(\d+)"/.exec(r[1])?.[1] ?? '');
    // (REFERS_TO also ties event mentions to EVENT instances: those are not entities.)
    if (!target) continue;
    for (const s of r[1].matchAll(/<source\b[^>]*\bm_id="(\d+)"/g)) {
      const men = mentionById.get(s[1]);
      // (Two mentions of 120 files are a source of two relations; the first is kept.)
      if (men && men.entity === null) men.entity = target.id;
    }
  }
  for (const men of mentions) if (men.entity) entityById.get(men.entity)!.mentions.push(men.id);
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
    mentions,
    entities,
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
