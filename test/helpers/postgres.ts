/**
 * A real PostgreSQL server for the tests: initdb into a temporary folder, pg_ctl start on a free
 * loopback port with a socket folder of its own, one database created; `stop()` stops it and removes
 * the folder. initdb refuses to run as root, so as root the server runs as the `postgres` user
 * (runuser). Without PostgreSQL's binaries (a user's clone on a machine without it) `startPostgres()`
 * gives null and the tests skip, saying why.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  /** postgres://postgres@127.0.0.1:PORT/DB */
  url: string;
  port: number;
  /** A connection string for another fresh database on the same server. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** The folder of initdb and pg_ctl: $PG_BIN when set (PG_BIN=none: no PostgreSQL), else the newest
 *  /usr/lib/postgresql/N/bin, else null. */
export function postgresBin(): string | null {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const root = '/usr/lib/postgresql';
  if (!process.env.PG_BIN && existsSync(root)) {
    for (const v of readdirSync(root).sort((a, b) => Number(b) - Number(a))) candidates.push(join(root, v, 'bin'));
  }
  return candidates.find((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'pg_ctl'))) ?? null;
}

/** Why the PostgreSQL tests are skipped here, or null when they can run. */
export function postgresSkipReason(): string | null {
  if (!postgresBin()) return 'PostgreSQL binaries not found (/usr/lib/postgresql/*/bin or $PG_BIN): PostgreSQL store tests skipped';
  if (process.getuid?.() === 0 && spawnSync('id', ['-u', 'postgres']).status !== 0) {
    return 'running as root without a `postgres` user to run initdb as: PostgreSQL store tests skipped';
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Start a server with one database, or null when PostgreSQL is not installed here. */
export async function startPostgres(dbName = 'claimtrail_test'): Promise<TestPostgres | null> {
  const bin = postgresBin();
  if (!bin || postgresSkipReason()) return null;
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-pg-'));
  const data = join(dir, 'data');
  const sock = join(dir, 'sock');
  let uid = -1;
  let gid = -1;
  if (asRoot) {
    uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const run = (cmd: string, args: string[]): void => {
    const [exe, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    const r = spawnSync(exe, argv, { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout}`);
  };
  const port = await freePort();
  const mkdir = (p: string): void => {
    execFileSync('mkdir', ['-p', p]);
    if (asRoot) chownSync(p, uid, gid);
  };
  mkdir(sock);
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '-N']);
  run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start', '-o',
    `-p ${port} -k ${sock} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`]);
  let stopped = false;
  const stopNow = (): void => {
    if (stopped) return;
    stopped = true;
    try { run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']); } catch { /* already gone */ }
    rmSync(dir, { recursive: true, force: true });
  };
  // A test process that ends without its afterAll (an error, process.exit) still stops its server.
  process.once('exit', stopNow);
  const stop = async (): Promise<void> => {
    process.off('exit', stopNow);
    stopNow();
  };
  const base = `postgres://postgres@127.0.0.1:${port}`;
  const createDatabase = async (name: string): Promise<string> => {
    const c = new pg.Client({ connectionString: `${base}/postgres` });
    await c.connect();
    try { await c.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`); } finally { await c.end(); }
    return `${base}/${name}`;
  };
  try {
    const url = await createDatabase(dbName);
    return { url, port, createDatabase, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
