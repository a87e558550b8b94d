/**
 * Where the committed model files are: models/ at the package root, found by walking up from this
 * module to the folder holding package.json (src/nlp/ under tsx, dist/src/nlp/ after tsc).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The package's root folder. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('claimtrail: cannot find the package root (no package.json above ' + fileURLToPath(import.meta.url) + ')');
    dir = up;
  }
  root = dir;
  return dir;
}

/** A file under models/, e.g. modelPath('ner', 'weights.bin'). */
export function modelPath(...parts: string[]): string {
  return join(packageRoot(), 'models', ...parts);
}
