/**
 * CoNLL-2003 column files: one token a line (the token first, then any columns, the NER tag last),
 * blank lines between sentences, `-DOCSTART-` lines between documents.
 */
import { readFileSync } from 'node:fs';

export interface ConllSentence {
  words: string[];
  /** The second column (Penn tags in CoNLL-2003), or '' when the file has fewer columns. */
  pos: string[];
  /** The last column when the line has ≥ 2 columns (IOB2 NER tags in CoNLL-2003), else 'O'. */
  tags: string[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

/** Documents of a CoNLL file's text; text before the first -DOCSTART- is a document too. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let sent: ConllSentence = { words: [], pos: [], tags: [] };
  const flushSentence = () => {
    if (sent.words.length) doc.sentences.push(sent);
    sent = { words: [], pos: [], tags: [] };
  };
  const flushDoc = () => {
    flushSentence();
    if (doc.sentences.length) docs.push(doc);
    doc = { sentences: [] };
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      flushSentence();
      continue;
    }
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flushDoc();
      continue;
    }
    sent.words.push(cols[0]);
    sent.pos.push(cols.length >= 2 ? cols[1] : '');
    sent.tags.push(cols.length >= 2 ? cols[cols.length - 1] : 'O');
  }
  flushDoc();
  return docs;
}

export function readConll(path: string): ConllDocument[] {
  return parseConll(readFileSync(path, 'utf8'));
}
