/**
 * The claimtrail command line. Each command lives in ./commands/<name>.ts and exports
 * `run(argv): Promise<number>` and a one-line `summary`; it is loaded only when used, so that
 * `claimtrail extract` starts without loading the store, the server or the models it does not need.
 */
import { UserError } from './errors.js';

export interface Command {
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

/** Command names in the order `claimtrail --help` lists them. */
export const COMMANDS = [
  'extract', 'ingest', 'stories', 'story', 'figures', 'search', 'export', 'stats', 'serve',
  'ner', 'timeml', 'attribution',
] as const;

async function load(name: string): Promise<Command | null> {
  try {
    return (await import(`./commands/${name}.js`)) as Command;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' &&
        String((err as Error).message).includes(`commands/${name}.js`)) return null;
    throw err;
  }
}

async function help(): Promise<string> {
  const lines = ['claimtrail: a sourced ledger of who claimed what, when, from news text', '', 'Commands:'];
  for (const name of COMMANDS) {
    const cmd = await load(name);
    if (cmd) lines.push(`  ${name.padEnd(12)} ${cmd.summary}`);
  }
  lines.push('', 'Run claimtrail <command> --help for its flags.');
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write((await help()) + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    const { VERSION } = await import('../version.js');
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const cmd = (COMMANDS as readonly string[]).includes(name) ? await load(name) : null;
  if (!cmd) throw new UserError(`unknown command "${name}" (see claimtrail --help)`, 2);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${cmd.usage}\n`);
    return 0;
  }
  return cmd.run(rest);
}

/** Run `main`, print a UserError as one line on stderr, and exit with its code. */
export function runCli(argv: string[]): void {
  main(argv).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => {
      if (err instanceof UserError || (err instanceof Error && err.name === 'InputError')) {
        process.stderr.write(`claimtrail: ${err.message}\n`);
        process.exitCode = err instanceof UserError ? err.exitCode : 1;
      } else if ((err as NodeJS.ErrnoException)?.code === 'EPIPE') {
        process.exitCode = 0;
      } else {
        process.stderr.write(`claimtrail: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
        process.exitCode = 70;
      }
    },
  );
}
