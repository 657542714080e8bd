/** scripts/vitest-summary.mjs: the one line CI reads must count every failure, including files that never ran. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summariseReports, summaryLine } from '../../scripts/vitest-summary.mjs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-summary-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function report(name: string, body: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(body));
  return file;
}

const passing = report('passing.json', {
  numPassedTests: 5,
  numFailedTests: 0,
  testResults: [{ name: 'a.test.ts', status: 'passed', message: '', assertionResults: [{ status: 'passed' }] }],
});
const failing = report('failing.json', {
  numPassedTests: 3,
  numFailedTests: 2,
  testResults: [
    {
      name: 'b.test.ts',
      status: 'failed',
      message: '',
      assertionResults: [{ status: 'failed' }, { status: 'failed' }],
    },
    { name: 'c.test.ts', status: 'failed', message: "Cannot find module './x.js'\n  at ...", assertionResults: [] },
    { name: 'd.test.ts', status: 'passed', message: '', assertionResults: [{ status: 'passed' }] },
  ],
});
const empty = report('empty.json', { numPassedTests: 0, numFailedTests: 0, testResults: [] });
const script = path.resolve(import.meta.dirname, '../../scripts/vitest-summary.mjs');

describe('summariseReports', () => {
  it('adds up passed and failed tests over several reports, counting a file that failed to load', () => {
    expect(summariseReports([passing, failing])).toEqual({
      passed: 8,
      failed: 3,
      problems: ["c.test.ts: Cannot find module './x.js'"],
    });
  });

  it('a missing report is a failure', () => {
    const summary = summariseReports([passing, path.join(dir, 'missing.json')]);
    expect(summary.passed).toBe(5);
    expect(summary.failed).toBe(1);
    expect(summary.problems).toHaveLength(1);
  });

  it('prints the line CI reads', () => {
    expect(summaryLine({ passed: 8, failed: 3 })).toBe('tests: 8 passed, 3 failed');
  });
});

describe('the command', () => {
  it.each([
    [[passing], 0, 'tests: 5 passed, 0 failed'],
    [[passing, failing], 1, 'tests: 8 passed, 3 failed'],
    [[empty], 1, 'tests: 0 passed, 0 failed'],
  ])('%j exits %i with "%s" as its last line', (files, code, line) => {
    const run = spawnSync(process.execPath, [script, ...files], { encoding: 'utf8' });
    expect(run.status).toBe(code);
    expect(run.stdout.trim().split('\n').at(-1)).toBe(line);
  });
});
