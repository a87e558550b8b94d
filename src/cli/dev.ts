// Run the CLI from source under tsx: `npx tsx src/cli/dev.ts <command> …`.
import { runCli } from './main.js';

runCli(process.argv.slice(2));
