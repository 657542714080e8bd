/** segwb segment count refuses a rule nested deeper than the documented limit, with the limit in the message. */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { ensureBuilt, segwb } from '../support/cli.js';
import { fixture, tempDir } from '../support/session.js';

beforeAll(() => {
  ensureBuilt();
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
