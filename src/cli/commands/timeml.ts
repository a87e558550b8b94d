import { readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractTimes } from '../../extract/times/index.js';
import { parseTimeml, renderTimeml } from '../../extract/times/timeml.js';
import { analyse } from '../../nlp/tokenize.js';
import { flagString, parseArgs } from '../args.js';
import { UserError } from '../errors.js';

export const summary = 'a TimeML document (DCT + TEXT) → the same document with our TIMEX3 tags in TEXT';
export const usage = `claimtrail timeml <FILE.tml> [FILE.tml …] [--out DIR]

  Reads each TimeML document (a TempEval-3 gold .tml or a raw .tml.TE3input), removes the TIMEX3,
  EVENT and SIGNAL tags of its TEXT, tags our time expressions there (tid, type, value, mod; values
  against the DCT) and prints the document, everything outside TEXT unchanged (the DCT is kept).
  --out DIR   write each document to DIR/<name>.tml instead (".TE3input" dropped from the name)`;

/** One TimeML document's text with our TIMEX3 tags. */
export function tagTimeml(raw: string, name: string): string {
  let doc;
  try {
    doc = parseTimeml(raw, name);
  } catch {
    throw new UserError(`${name}: not a TimeML document (no <TEXT> element)`);
  }
  if (!/<DCT>/.test(raw)) throw new UserError(`${name}: not a TimeML document (no <DCT> element)`);
  const times = extractTimes(analyse(doc.text, 0), doc.published);
  return renderTimeml(doc, times.map((t, i) => ({ start: t.start, end: t.end, tid: `t${i + 1}`, type: t.type, value: t.value, mod: t.mod })));
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['out'] }, 'timeml');
  if (args.positionals.length === 0) throw new UserError('timeml: give at least one .tml file', 2);
  const out = flagString(args, 'out');
  if (out !== undefined) {
    if (existsSync(out) && !statSync(out).isDirectory()) throw new UserError(`timeml: --out ${out} is not a folder`, 2);
    mkdirSync(out, { recursive: true });
  } else if (args.positionals.length > 1) {
    throw new UserError('timeml: several files need --out DIR', 2);
  }
  for (const file of args.positionals) {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new UserError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : 'cannot be read'}`);
    }
    const tagged = tagTimeml(raw, file);
    if (out === undefined) process.stdout.write(tagged);
    else writeFileSync(join(out, basename(file).replace(/\.TE3input$/, '')), tagged);
  }
  return 0;
}
