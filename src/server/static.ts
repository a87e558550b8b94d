/**
 * The web app's static files. They live in src/web/static (and uPlot's dist), found by walking up
 * from this module to the project's package.json, so the server works the same from source (tsx)
 * and from dist/. Files are read once at start-up into a fixed table: a request can only name a
 * file in that table, so no path ever reaches the file system.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StaticFile {
  body: Buffer;
  type: string;
  etag: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The folder holding package.json above `from` (this module's folder by default). */
export function projectRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
}

function load(path: string): StaticFile {
  const body = readFileSync(path);
  return {
    body,
    type: TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    etag: '"' + createHash('sha1').update(body).digest('base64url').slice(0, 20) + '"',
  };
}

function walk(dir: string, prefix: string, out: Map<string, StaticFile>): void {
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`, out);
    else if (TYPES[extname(name).toLowerCase()]) out.set(`${prefix}${name}`, load(full));
  }
}

/**
 * URL path → file: `/static/…` from src/web/static, `/vendor/uplot/…` from uPlot's dist (the
 * browser build and its stylesheet only).
 */
export function loadStaticFiles(root = projectRoot()): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const web = join(root, 'src', 'web', 'static');
  if (existsSync(web)) walk(web, '/static/', files);
  const uplot = join(root, 'node_modules', 'uplot', 'dist');
  for (const name of ['uPlot.iife.min.js', 'uPlot.min.css', 'uPlot.esm.js']) {
    const p = join(uplot, name);
    if (existsSync(p)) files.set(`/vendor/uplot/${name}`, load(p));
  }
  return files;
}
