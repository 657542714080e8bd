/** The live-recount bench's JSON form is an exact interface: scripts parse stdout as one object. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/cli.js';
import { repoRoot } from '../support/session.js';

const SCRIPT = path.join(repoRoot, 'dist', 'electron', 'bench', 'segments.js');
const KEYS = ['cold_p50_ms', 'cold_p95_ms', 'customers', 'name', 'warm_p50_ms', 'warm_p95_ms'];

describe('bench:segments --json', () => {
  it('prints one object with a case per rule shape, keys exact, times finite', () => {
    ensureBuilt();
    const stdout = execFileSync(
      process.execPath,
      [SCRIPT, '--json', '--sizes', '2000', '--runs', '3', '--cold-runs', '2'],
      { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const parsed = JSON.parse(stdout) as { cases: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual(['cases']);
    expect(parsed.cases.map((c) => c.name)).toEqual([
      'DE/FR, 25-45, >= 2 Fashion orders in 90 days',
      'B2C mobile, income > 40k, not paid, spent >= 500 in a year',
      '(UK or satisfied US), recent, frequent, online order in 30 days',
      'Lapsed big spenders: women, early signup, Electronics > 200',
      'Gardeners 30+, eco or health, no store order in 180 days (8 conditions)',
      'one numeric comparison: age >= 40',
      'a category in a list: country in 3',
      'nested and/or/not, 6 conditions',
      'orders count in the last 365 days >= 3',
      'orders amount where category in a list, last 90 days >= 100',
      'in another saved segment, and DE/FR',
    ]);
    for (const c of parsed.cases) {
      expect(Object.keys(c).sort()).toEqual(KEYS);
      expect(c.customers).toBe(2000);
      for (const key of KEYS.filter((k) => k.endsWith('_ms'))) {
        const value = c[key];
        expect(typeof value === 'number' && Number.isFinite(value) && value >= 0, `${key} = ${value}`).toBe(true);
      }
    }
    expect(stdout.trim().split('\n')).toHaveLength(1);
  }, 180_000);
});
