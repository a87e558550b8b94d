/**
 * The committed name-tagger files: models/ner/ner.bin (perceptron weights) and, when the model was
 * trained with them, models/ner/clusters.bin (word → cluster ids). Loaded once, lazily.
 *
 * clusters.bin: "CTC2", uint32 word count, uint32 levels, uint32 byte length of the word list, uint32
 * index of the capitalisation level (0xffffffff: none), the words (UTF-8, "\n"-separated), padding to
 * 2 bytes, then uint16 ids (words × levels).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { modelPath } from '../../nlp/models.js';
import { Perceptron } from '../../nlp/perceptron.js';
import { NameTagger, type WordClusters } from './tagger.js';
import { StaticNameList } from './names.js';
import { WordIndex } from './word-index.js';

export const NER_MODEL_FILE = 'ner.bin';
export const CLUSTERS_FILE = 'clusters.bin';
export const NAMES_FILE = 'names.bin';
export const STAGE2_FILE = 'ner2.bin';
export const GAZ_FILE = 'gaz.bin';
const MAGIC = 0x43544332;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function saveClusters(path: string, words: readonly string[], ids: Uint16Array, levels: number, capLevel: number): void {
  const list = Buffer.from(words.join('\n'), 'utf8');
  const head = 20 + list.length + (list.length % 2);
  const buf = Buffer.alloc(head + ids.length * 2);
  buf.writeUInt32LE(MAGIC, 0);
  buf.writeUInt32LE(words.length, 4);
  buf.writeUInt32LE(levels, 8);
  buf.writeUInt32LE(list.length, 12);
  buf.writeUInt32LE(capLevel < 0 ? 0xffffffff : capLevel, 16);
  list.copy(buf, 20);
  for (let i = 0; i < ids.length; i++) buf.writeUInt16LE(ids[i], head + i * 2);
  writeFileSync(path, buf);
}

export function loadClusters(path = modelPath('ner', CLUSTERS_FILE)): WordClusters {
  const buf = readFileSync(path);
  if (buf.length < 20 || buf.readUInt32LE(0) !== MAGIC) throw new Error(`${path}: not a claimtrail clusters file`);
  const count = buf.readUInt32LE(4);
  const levels = buf.readUInt32LE(8);
  const len = buf.readUInt32LE(12);
  const cap = buf.readUInt32LE(16);
  const head = 20 + len + (len % 2);
  if (buf.length !== head + count * levels * 2) throw new Error(`${path}: truncated or corrupt`);
  // The word list stays bytes; a hash table over it stands for a Map (word-index.ts).
  const index = new WordIndex(buf.subarray(20, 20 + len));
  // The ids are little-endian uint16: on a little-endian machine one copy, not one read per id.
  let ids: Uint16Array;
  if (LITTLE_ENDIAN) ids = new Uint16Array(buf.buffer.slice(buf.byteOffset + head, buf.byteOffset + head + count * levels * 2));
  else {
    ids = new Uint16Array(count * levels);
    for (let i = 0; i < ids.length; i++) ids[i] = buf.readUInt16LE(head + i * 2);
  }
  return { index, ids, levels, capLevel: cap === 0xffffffff ? -1 : cap };
}

let cached: NameTagger | null = null;

/** The name tagger of a weights file and the cluster and name-list files its meta names (next to it). */
export function readNameTagger(path = modelPath('ner', NER_MODEL_FILE)): NameTagger {
  if (!existsSync(path)) throw new Error(`claimtrail: name-tagger model missing at ${path} (rebuild it with npm run train:ner)`);
  const model = Perceptron.load(path);
  const dir = dirname(path);
  const clusters = model.meta.clusters ? loadClusters(join(dir, String(model.meta.clusters))) : null;
  const names = model.meta.names ? StaticNameList.load(join(dir, String(model.meta.names))) : null;
  if (names) names.words = model.meta.nameWords === true;
  const gaz = model.meta.gaz ? StaticNameList.load(join(dir, String(model.meta.gaz))) : null;
  const second = model.meta.stage2 ? Perceptron.load(join(dir, String(model.meta.stage2))) : null;
  return new NameTagger(model, clusters, names, second, gaz);
}

/** The committed name tagger (loaded once). */
export function loadNameTagger(): NameTagger {
  if (cached) return cached;
  cached = readNameTagger();
  return cached;
}
