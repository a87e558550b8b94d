/**
 * `claimtrail serve`: the HTTP API and the web app over a store. `--sample` adds the bundled
 * sample corpus (samples/) to the store first, extracting only the articles it does not hold yet,
 * so that `npm start` shows a working app on a fresh checkout.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../../store/types.js';
import { flagBool, flagInt, flagString, parseArgs } from '../args.js';
import { UserError } from '../errors.js';

export const summary = 'serve the HTTP API (/api, /openapi.json) and the web app over a store';
export const usage = `claimtrail serve [--db FILE|URL] [--port N] [--host H] [--token T] [--sample]
                 [--allow-private-urls] [--max-body BYTES] [--log]

  --db FILE|URL         the store: a SQLite file or postgres://user@host/db (default $CLAIMTRAIL_DB or ./claimtrail.db)
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
  const { dbLocation } = await import('../../store/index.js');
  const dbPath = dbLocation(flagString(args, 'db'));
  const token = flagString(args, 'token') ?? process.env.CLAIMTRAIL_TOKEN ?? undefined;
  const maxBodyBytes = flagInt(args, 'max-body', 2 * 1024 * 1024, 'serve', 1024);

  const { openStore } = await import('../../store/index.js');
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(dbPath);
  } catch (err) {
    throw new UserError((err as Error).message);
  }
  if (flagBool(args, 'sample')) {
    const { added, total } = await addSamples(store, {
      progress: (done, n) => { if (process.stderr.isTTY) process.stderr.write(`\rclaimtrail: reading the sample corpus ${done}/${n}`); },
    });
    if (process.stderr.isTTY && added) process.stderr.write('\n');
    process.stderr.write(`claimtrail: sample corpus: ${total} articles, ${added} newly added to ${store.location}\n`);
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
  process.stderr.write(`claimtrail: serving ${store.location} at http://${shown}/ (API at /api, description at /openapi.json; ` +
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
 * Add the sample corpus to the store through the ingest stage (idempotent by content hash: only
 * articles the store does not hold are extracted). `jobs: 1` extracts in this thread.
 */
export async function addSamples(store: Store, opts: { jobs?: number; progress?: (done: number, found: number) => void } = {}):
  Promise<{ added: number; total: number; failed: number }> {
  const dir = samplesDir();
  if (!existsSync(dir)) throw new UserError(`serve: no sample corpus at ${dir}`);
  const { ingest } = await import('../../ingest/index.js');
  const summary = await ingest([dir], store, {
    jobs: opts.jobs,
    onProgress: opts.progress ? (p) => opts.progress!(p.done, p.found) : undefined,
  });
  for (const f of summary.failures) process.stderr.write(`claimtrail: sample ${f.source}: ${f.reason}\n`);
  return { added: summary.added, total: summary.added + summary.duplicates + summary.failed, failed: summary.failed };
}
