#!/usr/bin/env node
/**
 * `npm test`: build, unit/integration tests, end-to-end tests, then ONE final line
 * `tests: N passed, N failed` over both. Every step runs even when an earlier one failed, so a
 * run always reports everything; the exit code is non-zero if any step or test failed or no test ran.
 * SEGWB_SKIP_E2E=1 skips the e2e step (quick local runs only; it says so).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { summariseReports, summaryLine } from './vitest-summary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'test-results');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const unitReport = path.join(resultsDir, 'vitest-unit.json');
const e2eReport = path.join(resultsDir, 'vitest-e2e.json');
const skipE2e = process.env.SEGWB_SKIP_E2E === '1';

/** Runs a command with live output; resolves with its exit code (a spawn failure or signal is 1). */
function run(label, command, args) {
  console.log(`\n=== ${label}: ${[path.basename(command), ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: process.env });
    child.on('error', (error) => {
      console.error(`${label}: could not start (${error.message})`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** npm itself: the npm that runs us when started by `npm test`, else the one on PATH. */
function npm(args) {
  const npmCli = process.env.npm_execpath;
  if (npmCli?.endsWith('.js') || npmCli?.endsWith('.cjs')) return [process.execPath, [npmCli, ...args]];
  return [process.platform === 'win32' ? 'npm.cmd' : 'npm', args];
}

function vitestArgs(report, extra = []) {
  return [vitest, 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
}

fs.mkdirSync(resultsDir, { recursive: true });
// A report left from an earlier run must never be counted as this run's.
for (const report of [unitReport, e2eReport]) fs.rmSync(report, { force: true });

const steps = [];
steps.push({ label: 'build', code: await run('build', ...npm(['run', 'build'])) });
steps.push({ label: 'type check', code: await run('type check', ...npm(['run', 'typecheck'])) });
// Lint includes the rule that keeps 'electron' out of the engine (biome.json, noRestrictedImports).
steps.push({ label: 'lint', code: await run('lint', ...npm(['run', 'lint'])) });
steps.push({ label: 'unit tests', code: await run('unit tests', process.execPath, vitestArgs(unitReport)) });
if (skipE2e) {
  console.log('\n=== e2e tests: SKIPPED because SEGWB_SKIP_E2E=1 (do not use this for CI)');
} else {
  const e2eArgs = vitestArgs(e2eReport, ['--config', 'vitest.e2e.config.ts']);
  steps.push({ label: 'e2e tests', code: await run('e2e tests', process.execPath, e2eArgs) });
}

const summary = summariseReports(skipE2e ? [unitReport] : [unitReport, e2eReport]);
console.log('');
for (const step of steps) if (step.code !== 0) console.log(`step failed: ${step.label} (exit code ${step.code})`);
for (const problem of summary.problems) console.log(`failed to run: ${problem}`);
if (skipE2e) console.log('e2e tests were skipped (SEGWB_SKIP_E2E=1)');
if (summary.passed + summary.failed === 0) console.log('no tests ran');
console.log(summaryLine(summary));
const anyStepFailed = steps.some((step) => step.code !== 0);
process.exit(anyStepFailed || summary.failed > 0 || summary.passed + summary.failed === 0 ? 1 : 0);
