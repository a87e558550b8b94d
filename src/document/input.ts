/**
 * The source stage for one file or stdin: read bytes, refuse what is not text, and say whether it is
 * HTML or plain text. Every refusal is an InputError naming the file and the problem.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from './errors.js';

export type InputKind = 'text' | 'html';

export interface RawInput {
  /** The path as given, or "-" / "<stdin>" for standard input, or a URL. */
  path: string;
  kind: InputKind;
  content: string;
}

/** Larger inputs are refused: no news article is this long, and reading one would only exhaust memory. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

const HTML_EXT = new Set(['.html', '.htm', '.xhtml', '.shtml']);

/** Decode bytes as UTF-8 text, refusing empty, binary and invalid input. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new InputError(file, 'the file is empty');
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(file, `the file is too large (${bytes.length} bytes; the limit is ${MAX_INPUT_BYTES})`);
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError(file, 'the file is binary, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, 'the file is not valid UTF-8 text');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Control characters other than tab, newline and carriage return mark binary data.
  let controls = 0;
  const n = Math.min(text.length, 8192);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
  }
  if (controls > n * 0.01 + 2) throw new InputError(file, 'the file is binary, not text');
  if (text.trim().length === 0) throw new InputError(file, 'the file holds no text (only white space)');
  return text;
}

/** HTML when the name says so, or when the content starts like an HTML document. */
export function sniffKind(path: string, text: string): InputKind {
  const ext = extname(path).toLowerCase();
  if (HTML_EXT.has(ext)) return 'html';
  if (ext === '.txt' || ext === '.text' || ext === '.md') return 'text';
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1024)) ? 'html' : 'text';
}

/** Read standard input to the end. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > MAX_INPUT_BYTES) {
      throw new InputError('<stdin>', `the input is too large (over ${MAX_INPUT_BYTES} bytes)`);
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** Read a file (or "-" for stdin) as text, with its kind. */
export async function readInput(path: string): Promise<RawInput> {
  if (path === '-') {
    const content = decodeText(await readStdin(), '<stdin>');
    return { path: '<stdin>', kind: sniffKind('', content), content };
  }
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new InputError(path, 'is a folder, not a file');
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(path, 'no such file');
    if (code === 'EACCES') throw new InputError(path, 'permission denied');
    throw new InputError(path, `cannot read (${code ?? (err as Error).message})`);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new InputError(path, `the file is too large (${size} bytes; the limit is ${MAX_INPUT_BYTES})`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? (err as Error).message})`);
  }
  const content = decodeText(bytes, path);
  return { path, kind: sniffKind(path, content), content };
}
