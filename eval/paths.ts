import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder (the one with package.json), from source or from dist/. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('claimtrail: cannot find the project root');
    dir = up;
  }
  return dir;
}

/** ../shared beside the project, or $CLAIMTRAIL_SHARED. */
export function sharedDir(): string {
  return process.env.CLAIMTRAIL_SHARED ? resolve(process.env.CLAIMTRAIL_SHARED) : resolve(projectRoot(), '..', 'shared');
}

/** A path inside ../shared/datasets, or null when it is absent (a user's clone has no ../shared). */
export function datasetPath(...parts: string[]): string | null {
  const p = join(sharedDir(), 'datasets', ...parts);
  return existsSync(p) ? p : null;
}

/** A path inside ../shared/examples/seed, or null when it is absent. */
export function seedPath(file: string): string | null {
  const p = join(sharedDir(), 'examples', 'seed', file);
  return existsSync(p) ? p : null;
}
