/** The CLI never hands a terminal the control characters of a file or its name: they are printed escaped. */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { terminalSafe } from '../../electron/cli/terminalText.js';
import { ensureBuilt, segwb } from '../support/cli.js';
import { fixture, tempDir } from '../support/session.js';

beforeAll(() => {
  ensureBuilt();
});

describe('terminalSafe', () => {
  it.each([
    ['plain text', 'Wales, Iran, ایران', 'Wales, Iran, ایران'],
    ['ESC', 'a\u001b[2Jb', 'a\\x1b[2Jb'],
    ['BEL, NUL, CR, DEL', '\u0007\u0000\r\u007f', '\\x07\\x00\\x0d\\x7f'],
    ['C1 CSI and NEL', '\u009b31m\u0085', '\\u009b31m\\u0085'],
    [
      'bidi overrides and isolates',
      'cod\u202Etxt.exe \u2066x\u2069 \u200F\u061C',
      'cod\\u202etxt.exe \\u2066x\\u2069 \\u200f\\u061c',
    ],
    ['line and paragraph separators', '\u2028\u2029', '\\u2028\\u2029'],
    ['newlines and tabs of our own output stay', 'a\tb\nc', 'a\tb\nc'],
  ])('%s', (_name, raw, printed) => {
    expect(terminalSafe(raw)).toBe(printed);
  });

  it('keeps JSON valid and its values intact', () => {
    const value = { file: 'x\u009b\u202Ey\u001b' };
    const printed = terminalSafe(JSON.stringify(value));
    expect(printed).toBe('{"file":"x\\u009b\\u202ey\\u001b"}');
    expect(JSON.parse(printed)).toEqual(value);
  });
});

describe('segwb output', () => {
  const EVIL = 'evil\u001b[31m\u202Ecsv.exe';

  it('escapes a file name in the import report, human and JSON', () => {
    const dir = tempDir();
    const file = path.join(dir, `${EVIL}.csv`);
    fs.copyFileSync(fixture('customers-small.csv'), file);
    const human = segwb(['import', file, '--project', 'p.segwb'], dir);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout.split('\n')[0]).toBe('Imported evil\\x1b[31m\\u202ecsv.exe.csv (customers)');
    const json = segwb(['import', file, '--project', 'p.segwb', '--json', '--replace'], dir);
    expect(json.code, json.stderr).toBe(0);
    expect(json.stdout).toContain('"file": "evil\\u001b[31m\\u202ecsv.exe.csv"');
    expect(JSON.parse(json.stdout).file).toBe(`${EVIL}.csv`);
  });

  it('escapes a file name in an error message', () => {
    const dir = tempDir();
    const r = segwb(['import', `${EVIL}.csv`, '--project', 'p.segwb'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).not.toContain('\u202E');
    expect(r.stderr).toContain('evil\\x1b[31m\\u202ecsv.exe.csv');
  });

  it('escapes a segment name in the list', () => {
    const dir = tempDir();
    expect(segwb(['import', fixture('customers-small.csv'), '--project', 'p.segwb'], dir).code).toBe(0);
    fs.writeFileSync(path.join(dir, 'all.json'), JSON.stringify({ and: [] }));
    const saved = segwb(
      ['segment', 'save', '--project', 'p.segwb', '--name', 'red\u001b[31m', '--rule', 'all.json'],
      dir,
    );
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout).not.toContain('\u001b');
    const list = segwb(['segment', 'list', '--project', 'p.segwb'], dir);
    expect(list.stdout).toContain('red\\x1b[31m:');
    expect(list.stdout).not.toContain('\u001b');
  });
});
