#!/usr/bin/env node
import { runCli } from '../dist/src/cli/main.js';

process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
runCli(process.argv.slice(2));
