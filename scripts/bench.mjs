#!/usr/bin/env node
/**
 * `npm run bench [-- flags]`: the benchmark cases in turn, stopping at the first that fails (as
 * the `&&` chain did). The flags (--peers, --big, --sizes, ...) go to the import bench, whose
 * options they are: appended to an `&&` chain they reached only its last command.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bench = (name) => path.join(root, 'dist', 'electron', 'bench', name);
const cases = [
  ['--expose-gc', bench('run.js'), ...process.argv.slice(2)],
  [bench('segments.js')],
  [bench('rfmCase.js')],
  [bench('compare.js')],
  [bench('customersCase.js')],
  [bench('clusterCase.js')],
  [bench('changesCase.js')],
  [bench('clvCase.js')],
];
for (const args of cases) {
  const { status } = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
