import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAtomically } from '../../electron/core/files/writeAtomically.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-atomic-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('writeAtomically', () => {
  it('writes the whole text under the real name and leaves no .part file', () => {
    const file = path.join(dir, 'out.csv');
    writeAtomically(file, 'a,b\n1,2\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('a,b\n1,2\n');
    expect(fs.readdirSync(dir)).toEqual(['out.csv']);
  });

  it('refuses a folder that does not exist, naming it', () => {
    const folder = path.join(dir, 'missing');
    expect(() => writeAtomically(path.join(folder, 'out.csv'), 'x')).toThrow(
      `The folder ${folder} does not exist. Choose another place to save.`,
    );
  });

  it('removes the .part file when the rename fails (the target is a folder)', () => {
    const target = path.join(dir, 'taken');
    fs.mkdirSync(target);
    expect(() => writeAtomically(target, 'x')).toThrow();
    expect(fs.existsSync(`${target}.part`)).toBe(false);
  });
});
