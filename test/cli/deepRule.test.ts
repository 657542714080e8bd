/** segwb segment count refuses a rule nested deeper than the documented limit, with the limit in the message. */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { fixture, repoRoot, tempDir } from '../support/session.js';

const BIN = path.join(repoRoot, 'bin', 'segwb.js');

function segwb(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, SEGWB_STATE_DIR: cwd },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'electron', 'cli', 'segmentCommand.js'))) {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.node.json'], { cwd: repoRoot, stdio: 'inherit' });
  }
});

it('segwb segment count --rule deep.json exits 1 naming the nesting limit', () => {
  const dir = tempDir();
  const imported = segwb(['import', fixture('customers-small.csv'), '--project', 'p.segwb', '--json'], dir);
  expect(imported.code, imported.stderr).toBe(0);
  let rule: unknown = { field: 'country', op: 'in', value: ['DE'] };
  for (let i = 1; i < 2000; i++) rule = { and: [rule] };
  fs.writeFileSync(path.join(dir, 'deep.json'), JSON.stringify(rule));
  const r = segwb(['segment', 'count', '--project', 'p.segwb', '--rule', 'deep.json'], dir);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe('segwb segment: deep.json: rules can be nested at most 100 levels deep (at $).\n');
});
