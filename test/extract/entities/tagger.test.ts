import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetPath } from '../../../eval/paths.js';
import { ConllCounts, nameTexts } from '../../../eval/scorers/conll.js';
import { run as runNer } from '../../../src/cli/commands/ner.js';
import { UserError } from '../../../src/cli/errors.js';
import { parseConll, readConll } from '../../../src/extract/entities/conll.js';
import { loadNameTagger } from '../../../src/extract/entities/model.js';
import { bilouFromIob, iobFromBilou, NER_LABELS, spansFromBilou } from '../../../src/extract/entities/tagger.js';

// IOB2 (or IOB1) tags → BILOU labels → back to IOB2, and the names as token spans
const BILOU: Array<[string, string, string, string[]]> = [
  ['B-PER I-PER O B-LOC', 'B-PER L-PER O U-LOC', 'B-PER I-PER O B-LOC', ['0-2 PER', '3-4 LOC']],
  ['B-ORG I-ORG I-ORG', 'B-ORG I-ORG L-ORG', 'B-ORG I-ORG I-ORG', ['0-3 ORG']],
  ['I-MISC O I-LOC I-LOC', 'U-MISC O B-LOC L-LOC', 'B-MISC O B-LOC I-LOC', ['0-1 MISC', '2-4 LOC']],
  ['B-PER B-PER', 'U-PER U-PER', 'B-PER B-PER', ['0-1 PER', '1-2 PER']],
  ['O O', 'O O', 'O O', []],
];

async function capture(argv: string[]): Promise<{ code: number; out: string }> {
  const write = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    const code = await runNer(argv);
    return { code, out };
  } finally {
    process.stdout.write = write;
  }
}

describe('BILOU labels', () => {
  it.each(BILOU)('%s', (iob, bilou, back, spans) => {
    const labels = bilouFromIob(iob.split(' '));
    expect(labels.map((y) => NER_LABELS[y]).join(' ')).toBe(bilou);
    expect(iobFromBilou(labels).join(' ')).toBe(back);
    expect(spansFromBilou(labels).map((s) => `${s.start}-${s.end} ${s.type}`)).toEqual(spans);
  });
});

describe('parseConll', () => {
  it('splits documents at -DOCSTART- and sentences at blank lines, reading token, POS and the last column', () => {
    const docs = parseConll('-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n\n-DOCSTART- -X- -X- O\n\nBonn NNP B-NP B-LOC\n');
    expect(docs.map((d) => d.sentences.map((s) => s.words.join(' ')))).toEqual([['EU rejects', 'Peter'], ['Bonn']]);
    expect(docs[0].sentences[0].pos).toEqual(['NNP', 'VBZ']);
    expect(docs[0].sentences[0].tags).toEqual(['B-ORG', 'O']);
  });
});

describe('claimtrail ner --conll', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-ner-'));
  const file = join(dir, 'in.conll');
  writeFileSync(file, '-DOCSTART- -X- -X- O\n\nGermany NNP B-NP B-LOC\n\'s POS B-NP O\nrepresentative NN I-NP O\nHelmut NNP I-NP B-PER\nKohl NNP I-NP I-PER\nsaid VBD B-VP O\n.\n\nFrance NNP B-NP B-LOC\nagreed VBD B-VP O\n');

  it('prints token<TAB>tag lines with the blank and -DOCSTART- lines where the input has them', async () => {
    const { code, out } = await capture(['--conll', file]);
    expect(code).toBe(0);
    expect(out).toBe([
      '-DOCSTART-\tO', '', 'Germany\tB-LOC', "'s\tO", 'representative\tO', 'Helmut\tB-PER', 'Kohl\tI-PER', 'said\tO', '.\tO', '',
      'France\tB-LOC', 'agreed\tO', '',
    ].join('\n'));
  });

  it('names the file when it cannot be read, and asks for --conll when it is missing', async () => {
    await expect(runNer(['--conll', join(dir, 'missing.conll')])).rejects.toThrow(/missing\.conll: cannot read \(no such file\)/);
    await expect(runNer([])).rejects.toBeInstanceOf(UserError);
  });
});

const valid = datasetPath('conll2003', 'valid.txt');
describe.skipIf(!valid)('CoNLL-2003 dev (skipped when ../shared/datasets/conll2003 is absent)', () => {
  it('the committed model scores entity F1 ≥ 92.5 on valid.txt, and ≥ 81.5 on the names train.txt does not have', () => {
    const docs = readConll(valid!);
    const tagger = loadNameTagger();
    const train = datasetPath('conll2003', 'train.txt');
    const c = new ConllCounts(train ? nameTexts(readConll(train).flatMap((d) => d.sentences)) : null);
    for (const d of docs) {
      const tags = tagger.tagDocument(d.sentences.map((s) => s.words));
      d.sentences.forEach((s, i) => c.add(s.tags, tags[i], s.words));
    }
    expect(c.overall().f1).toBeGreaterThanOrEqual(0.925);
    if (train) expect(c.seen('unseen').f1).toBeGreaterThanOrEqual(0.815);
  });
});
