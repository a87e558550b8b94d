/**
 * Reader for TimeML `.tml` documents (TempEval-3 TBAQ-cleaned, TE3-platinum and its `.TE3input` raw
 * files): the DCT, the TEXT with its tags stripped and XML entities decoded, the gold TIMEX3 spans as
 * offsets into that plain text, and what is needed to write the document back with new TIMEX3 tags
 * and nothing else changed (`renderTimeml`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { datasetPath } from '../paths.js';
import { parseTimeml, type TimemlDoc } from '../../src/extract/times/timeml.js';

export { escapeAttr, escapeXml, parseTimeml, renderTimeml } from '../../src/extract/times/timeml.js';
export type { OutTimex, TimemlDoc, TimemlTimex } from '../../src/extract/times/timeml.js';

export function readTimeml(file: string): TimemlDoc {
  return parseTimeml(readFileSync(file, 'utf8'), file.replace(/^.*\//, ''));
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
