/**
 * `claimtrail serve`: the HTTP API and the web app over a store. `--sample` adds the bundled
 * sample corpus (samples/) to the store first, extracting only the articles it does not hold yet,
 * so that `npm start` shows a working app on a fresh checkout.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Store } from '../../store/types.js';
import { flagBool, flagInt, flagString, parseArgs } from '../args.js';
import { UserError } from '../errors.js';

export const summary = 'serve the HTTP API (/api, /openapi.json) and the web app over a store';
export const usage = `claimtrail serve [--db FILE] [--port N] [--host H] [--token T] [--sample]
                 [--allow-private-urls] [--max-body BYTES] [--log]

  --db FILE             the store (default ./claimtrail.db)
  --port N              port to listen on (default 8080; 0 picks a free one)
  --host H              address to listen on (default 127.0.0.1: this machine only)
  --token T             bearer token that allows POST /api/ingest (or CLAIMTRAIL_TOKEN);
                        without one the API is read-only
  --sample              add the bundled sample corpus (samples/) to the store first
  --allow-private-urls  let URL ingest reach loopback and private addresses
  --max-body BYTES      largest request body (default 2097152)
  --log                 one line per request on stderr`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, {
    values: ['db', 'port', 'host', 'token', 'max-body'],
    booleans: ['sample', 'allow-private-urls', 'log'],
  }, 'serve');
  if (args.positionals.length) throw new UserError(`serve: unexpected argument "${args.positionals[0]}" (see claimtrail serve --help)`, 2);
  const port = flagInt(args, 'port', 8080, 'serve');
  if (port > 65535) throw new UserError(`serve: --port must be at most 65535 (got ${port})`, 2);
  const host = flagString(args, 'host') ?? '127.0.0.1';
  const dbPath = flagString(args, 'db') ?? 'claimtrail.db';
  const token = flagString(args, 'token') ?? process.env.CLAIMTRAIL_TOKEN ?? undefined;
  const maxBodyBytes = flagInt(args, 'max-body', 2 * 1024 * 1024, 'serve', 1024);

  const store = await openDefaultStore(dbPath);
  if (flagBool(args, 'sample')) {
    const { added, total } = await addSamples(store, (done, n) => {
      if (process.stderr.isTTY) process.stderr.write(`\rclaimtrail: extracting the sample corpus ${done}/${n}`);
    });
    if (process.stderr.isTTY && added) process.stderr.write('\n');
    process.stderr.write(`claimtrail: sample corpus: ${total} articles, ${added} newly added to ${dbPath}\n`);
  }

  const { createServer } = await import('../../server/index.js');
  const server = createServer(store, {
    token, allowPrivateUrls: flagBool(args, 'allow-private-urls'), maxBodyBytes,
    log: flagBool(args, 'log') ? (line) => process.stderr.write(line + '\n') : undefined,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'EADDRINUSE'
        ? new UserError(`serve: ${host}:${port} is already in use (try --port)`)
        : err.code === 'EACCES' ? new UserError(`serve: not allowed to listen on ${host}:${port}`) : err);
    });
    server.listen(port, host, resolve);
  });
  const addr = server.address();
  const shown = typeof addr === 'object' && addr ? `${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}` : `${host}:${port}`;
  process.stderr.write(`claimtrail: serving ${dbPath} at http://${shown}/ (API at /api, description at /openapi.json; ` +
    `${token ? 'ingest allowed with the token' : 'read-only'}). Ctrl-C stops.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      server.close(() => resolve());
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await store.close();
  return 0;
}

/**
 * The default store (src/store/index.ts, being written alongside): loaded by a computed specifier
 * so that this command compiles before that module lands.
 */
async function openDefaultStore(path: string): Promise<Store> {
  const specifier = '../../store/index.js';
  let mod: { openStore?: (path: string) => Promise<Store> };
  try {
    mod = (await import(specifier)) as typeof mod;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') throw new UserError('serve: this build has no store (src/store/index.ts)');
    throw err;
  }
  if (typeof mod.openStore !== 'function') throw new UserError('serve: the store module has no openStore()');
  return mod.openStore(path);
}

/** The sample corpus folder: samples/ at the project root. */
export function samplesDir(): string {
  // This file is src/cli/commands/serve.ts (or dist/src/cli/commands/serve.js): walk up to package.json.
  let dir = new URL('.', import.meta.url).pathname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = join(dir, '..');
    if (up === dir) throw new UserError('serve: cannot find the project folder (package.json) for samples/');
    dir = up;
  }
  return join(dir, 'samples');
}

interface SampleArticle {
  origin: string;
  kind: 'text' | 'html';
  content: string;
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
}

/**
 * A sample file's metadata header: `Title:`, `Published:`, `Outlet:`, `URL:` lines at the top, then
 * a blank line (samples/README.md). A file without one is all body.
 */
export function splitHeader(text: string): { meta: Record<string, string>; body: string } {
  const meta: Record<string, string> = {};
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^(Title|Published|Outlet|URL):\s*(.*?)\s*$/i.exec(lines[i]);
    if (!m) break;
    meta[m[1].toLowerCase()] = m[2];
  }
  if (i === 0 || (lines[i] ?? '').trim() !== '') return { meta: {}, body: text };
  return { meta, body: lines.slice(i + 1).join('\n') };
}

/** Every article of samples/: .txt and .html files (each with a metadata header) and .jsonl lines. */
export function readSamples(dir = samplesDir()): SampleArticle[] {
  if (!existsSync(dir)) throw new UserError(`serve: no sample corpus at ${dir}`);
  const out: SampleArticle[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) { walk(full); continue; }
      const ext = extname(name).toLowerCase();
      const rel = relative(dir, full);
      if (ext === '.jsonl') {
        readFileSync(full, 'utf8').split('\n').forEach((line, i) => {
          if (!line.trim()) return;
          let o: Record<string, unknown>;
          try {
            o = JSON.parse(line) as Record<string, unknown>;
          } catch {
            throw new UserError(`${rel}:${i + 1}: not a JSON object`);
          }
          const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : null);
          const html = str('html');
          out.push({ origin: `samples/${rel}:${i + 1}`, kind: html !== null ? 'html' : 'text', content: html ?? str('text') ?? '',
            title: str('title'), published: str('published'), url: str('url'), outlet: str('outlet') });
        });
      } else if (ext === '.txt' || ext === '.html' || ext === '.htm') {
        const { meta, body } = splitHeader(readFileSync(full, 'utf8'));
        out.push({ origin: `samples/${rel}`, kind: ext === '.txt' ? 'text' : 'html', content: body,
          title: meta.title ?? null, published: meta.published ?? null, url: meta.url ?? null, outlet: meta.outlet ?? null });
      }
    }
  };
  walk(dir);
  return out.filter((a) => a.content.trim().length > 0);
}

/** Add the sample articles the store does not hold yet; extraction runs only for those. */
export async function addSamples(store: Store, progress?: (done: number, total: number) => void): Promise<{ added: number; total: number }> {
  const { documentFromHtml, documentFromText } = await import('../../document/index.js');
  const { extractDocument } = await import('../../pipeline.js');
  const samples = readSamples();
  let added = 0;
  let done = 0;
  for (const s of samples) {
    const meta = { title: s.title, published: s.published, url: s.url, outlet: s.outlet };
    const doc = s.kind === 'html' ? documentFromHtml(s.content, meta) : documentFromText(s.content, meta);
    if (!(await store.hasContentHash(doc.id))) {
      const res = await store.addArticle(extractDocument(doc), { source: s.origin, kind: s.kind });
      if (res.status === 'added') added++;
    }
    progress?.(++done, samples.length);
  }
  return { added, total: samples.length };
}
