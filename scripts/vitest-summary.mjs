#!/usr/bin/env node
/**
 * Reads vitest JSON reports and prints one line CI can read: `tests: N passed, N failed`.
 * A test file that failed outside its tests (import error, failing beforeAll) counts as one
 * failure; a missing or unreadable report counts as one failure too, so nothing fails unseen.
 *
 *   node scripts/vitest-summary.mjs test-results/vitest-unit.json [more.json ...]
 * Exits 1 when anything failed or when no test ran at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @param {string[]} files
 * @returns {{ passed: number, failed: number, problems: string[] }}
 */
export function summariseReports(files) {
  let passed = 0;
  let failed = 0;
  const problems = [];
  for (const file of files) {
    let report;
    try {
      report = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      failed += 1;
      problems.push(`${file}: no readable report (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    passed += count(report.numPassedTests);
    failed += count(report.numFailedTests);
    for (const result of Array.isArray(report.testResults) ? report.testResults : []) {
      if (result?.status !== 'failed') continue;
      const assertions = Array.isArray(result.assertionResults) ? result.assertionResults : [];
      // Failed tests are already counted; a failed file with none failed broke outside its tests.
      if (assertions.some((a) => a?.status === 'failed')) continue;
      failed += 1;
      problems.push(`${result.name}: ${firstLine(result.message) || 'the file failed outside its tests'}`);
    }
  }
  return { passed, failed, problems };
}

/** The line CI reads; keep its wording exactly. */
export function summaryLine({ passed, failed }) {
  return `tests: ${passed} passed, ${failed} failed`;
}

function count(value) {
  return Number.isInteger(value) && value > 0 ? value : 0;
}

function firstLine(text) {
  return typeof text === 'string' ? (text.split('\n')[0] ?? '').trim() : '';
}

function main(files) {
  if (files.length === 0) {
    console.error('usage: node scripts/vitest-summary.mjs <vitest-report.json> [...]');
    process.exit(2);
  }
  const summary = summariseReports(files);
  for (const problem of summary.problems) console.log(`failed to run: ${problem}`);
  console.log(summaryLine(summary));
  process.exit(summary.failed > 0 || summary.passed === 0 ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
