#!/usr/bin/env node
/**
 * `npm run screenshots`: regenerates the README's screenshots (docs/screenshots/*.png) from the
 * current app on the demo shop, by running the docs e2e step with docs/screenshots as its output.
 * Run after `npm run build` (the npm script does both); commit the PNGs it writes.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const outDir = path.join(root, 'docs', 'screenshots');

const child = spawn(process.execPath, [vitest, 'run', '--config', 'vitest.e2e.config.ts', 'test/e2e/docs.e2e.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SEGWB_DOCS_SCREENSHOTS_DIR: outDir },
});
child.on('exit', (code, signal) => {
  if (code === 0) console.log(`Screenshots written to ${path.relative(root, outDir)}/.`);
  process.exit(code ?? (signal ? 1 : 0));
});
