/** `npm run bench [-- --only SUITES] [--json]`: every suite in bench/suites/, one table. */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** .js when compiled, .ts when run from source under tsx. */
const MODULE_EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
import { parseArgs, flagBool, flagString } from '../src/cli/args.js';
import { Skip } from '../eval/types.js';
import type { BenchResult, BenchSuite } from './types.js';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { values: ['only'], booleans: ['json'] }, 'bench');
  const only = flagString(args, 'only')?.split(',').map((s) => s.trim());
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'suites');
  const results: BenchResult[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith(MODULE_EXT) || f.endsWith('.d.ts')) continue;
    const { suite } = (await import(pathToFileURL(join(dir, f)).href)) as { suite?: BenchSuite };
    if (!suite || (only && !only.includes(suite.name))) continue;
    try {
      const got = await suite.run();
      results.push(...got);
      if (!flagBool(args, 'json')) {
        for (const r of got) {
          const v = r.value >= 100 ? Math.round(r.value).toLocaleString('en-US') : r.value.toFixed(2);
          process.stdout.write(`${r.suite.padEnd(12)} ${r.name.padEnd(44)} ${v.padStart(12)} ${r.unit.padEnd(11)} ${r.note ?? ''}\n`);
        }
      }
    } catch (err) {
      if (err instanceof Skip) process.stderr.write(`bench: skipped ${suite.name}: ${err.message}\n`);
      else throw err;
    }
  }
  if (flagBool(args, 'json')) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
}

main().catch((err) => {
  process.stderr.write(`bench: ${(err as Error).stack ?? err}\n`);
  process.exitCode = 1;
});
