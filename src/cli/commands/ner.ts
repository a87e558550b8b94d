import { readFileSync } from 'node:fs';
import { loadNameTagger } from '../../extract/entities/model.js';
import { flagString, parseArgs } from '../args.js';
import { UserError } from '../errors.js';

export const summary = 'CoNLL-2003 columns in → token<TAB>tag out (IOB2 PER/ORG/LOC/MISC), for scoring the name tagger';
export const usage = `claimtrail ner --conll FILE

  FILE has one token a line in its first column (other columns are ignored), blank lines between
  sentences and -DOCSTART- lines between documents (use - for standard input). Prints token<TAB>tag
  for every token line, keeping the blank lines and -DOCSTART- lines (tag O) where the input has them.`;

interface Line {
  /** Token, or null for a blank line. */
  token: string | null;
  docstart: boolean;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['conll'] }, 'ner');
  const file = flagString(args, 'conll');
  if (!file) throw new UserError('ner: give the input with --conll FILE (or --conll - for standard input)', 2);
  if (args.positionals.length) throw new UserError(`ner: unexpected argument "${args.positionals[0]}" (the input goes after --conll)`, 2);
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (err as Error).message})`);
  }
  if (text.includes('\u0000')) throw new UserError(`${file}: not a text file`);
  const lines: Line[] = text.replace(/\r?\n$/, '').split(/\r?\n/).map((raw) => {
    const t = raw.trim();
    if (!t) return { token: null, docstart: false };
    const tok = t.split(/\s+/)[0];
    return { token: tok, docstart: tok === '-DOCSTART-' };
  });
  if (text.length === 0) return 0;

  const tagger = loadNameTagger();
  const tags: string[] = new Array(lines.length).fill('');
  // Documents: runs of sentences between -DOCSTART- lines.
  let doc: number[][] = [];
  let sent: number[] = [];
  const flushDoc = () => {
    if (sent.length) doc.push(sent);
    sent = [];
    if (!doc.length) return;
    const out = tagger.tagDocument(doc.map((s) => s.map((i) => lines[i].token!)));
    doc.forEach((s, si) => s.forEach((li, k) => (tags[li] = out[si][k])));
    doc = [];
  };
  lines.forEach((l, i) => {
    if (l.docstart) {
      flushDoc();
      tags[i] = 'O';
    } else if (l.token === null) {
      if (sent.length) doc.push(sent);
      sent = [];
    } else sent.push(i);
  });
  flushDoc();

  const out: string[] = lines.map((l, i) => (l.token === null ? '' : `${l.token}\t${tags[i]}`));
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
