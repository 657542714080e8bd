#!/usr/bin/env node
// The package bin: runs the compiled CLI (built by `npm run build`, which `npm ci` runs via prepare).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/electron/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error('segwb: the app is not built yet. Run `npm run build` in the Segment Workbench folder first.');
  process.exit(1);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
