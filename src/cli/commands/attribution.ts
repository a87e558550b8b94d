/**
 * `claimtrail attribution --bio FILE.jsonl[.gz]`: tag CofeNet-style JSON lines ({tokens, id}) with
 * source / cue / content BIO labels; prints {id, labels} per line, in the same order.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { defaultModel, tagTokens } from '../../extract/attribution/model.js';
import { flagString, parseArgs } from '../args.js';
import { UserError } from '../errors.js';

export const summary = 'tag tokens with attribution roles (source, cue, content) in BIO, CofeNet format';
export const usage = `claimtrail attribution --bio FILE.jsonl[.gz]

  FILE holds one JSON object a line with "tokens" (an array of strings) and "id"; other fields are
  ignored. Prints {"id", "labels"} a line in the same order; labels are O, B-/I-source, B-/I-cue,
  B-/I-content (as in PolNeAR's CofeNet files).`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['bio'] }, 'attribution');
  if (args.flags.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  const file = flagString(args, 'bio');
  if (!file) throw new UserError('attribution: give --bio FILE.jsonl[.gz]', 2);
  if (args.positionals.length) throw new UserError(`attribution: unexpected argument "${args.positionals[0]}"`, 2);
  if (!existsSync(file)) throw new UserError(`${file}: no such file`);
  let text: string;
  try {
    const raw = readFileSync(file);
    text = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  } catch (err) {
    throw new UserError(`${file}: cannot read (${(err as Error).message})`);
  }
  const model = defaultModel();
  if (!model) throw new UserError('attribution: the model file models/attribution/attribution.bin.gz is missing');
  const out: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let o: { tokens?: unknown; id?: unknown };
    try {
      o = JSON.parse(line) as { tokens?: unknown; id?: unknown };
    } catch {
      throw new UserError(`${file}: line ${i + 1} is not JSON`);
    }
    if (!Array.isArray(o.tokens) || !o.tokens.every((t) => typeof t === 'string')) {
      throw new UserError(`${file}: line ${i + 1} has no "tokens" array of strings`);
    }
    out.push(JSON.stringify({ id: o.id ?? null, labels: tagTokens(o.tokens as string[], model) }));
    if (out.length >= 2000) {
      process.stdout.write(out.join('\n') + '\n');
      out.length = 0;
    }
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  return 0;
}
