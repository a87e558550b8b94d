/**
 * `npm run eval [-- --only TASKS] [--json]`: every task in eval/tasks/, one table with ours beside
 * the published anchors. Tasks whose data is absent are skipped with a message.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** .js when compiled, .ts when run from source under tsx. */
const MODULE_EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
import { parseArgs, flagBool, flagString } from '../src/cli/args.js';
import { Skip, type EvalRow, type EvalTask } from './types.js';

async function loadTasks(): Promise<EvalTask[]> {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'tasks');
  const tasks: EvalTask[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith(MODULE_EXT) || f.endsWith('.d.ts')) continue;
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { task?: EvalTask };
    if (mod.task) tasks.push(mod.task);
  }
  return tasks;
}

function fmt(n: number | null | undefined, digits = 2): string {
  return n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits);
}

export function renderTable(rows: EvalRow[]): string {
  const head = ['task', 'dataset', 'split', 'metric', 'ours', 'anchors', 'words/s'];
  const body = rows.map((r) => [
    r.task, r.dataset, r.split, r.metric, fmt(r.value),
    r.anchors.map((a) => `${a.system} ${fmt(a.value)}`).join('; ') || '–',
    r.wordsPerSecond ? Math.round(r.wordsPerSecond).toLocaleString('en-US') : '–',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => Math.min(b[i].length, i === 5 ? 70 : 60))));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { values: ['only'], booleans: ['json'] }, 'eval');
  const only = flagString(args, 'only')?.split(',').map((s) => s.trim()).filter(Boolean);
  const json = flagBool(args, 'json');
  const tasks = (await loadTasks()).filter((t) => !only || only.includes(t.name));
  if (only) {
    const known = new Set(tasks.map((t) => t.name));
    for (const o of only) if (!known.has(o)) process.stderr.write(`eval: no task named "${o}"\n`);
  }
  const rows: EvalRow[] = [];
  for (const t of tasks) {
    const t0 = Date.now();
    try {
      const got = await t.run();
      rows.push(...got);
      process.stderr.write(`eval: ${t.name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    } catch (err) {
      if (err instanceof Skip) process.stderr.write(`eval: skipped ${t.name}: ${err.message}\n`);
      else throw err;
    }
  }
  process.stdout.write(json ? JSON.stringify(rows, null, 2) + '\n' : renderTable(rows) + '\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    process.stderr.write(`eval: ${(err as Error).stack ?? err}\n`);
    process.exitCode = 1;
  });
}
