/** Hostile line lengths: a 1 MB header line is read in linear time; a file without line breaks is refused. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { previewFile } from '../../electron/core/import/preview.js';
import { normaliseHeader } from '../../electron/core/import/sniff/headerNames.js';
import { WorkbenchError } from '../../shared/errors.js';

const MB = 1024 * 1024;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-long-lines-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('long header lines', () => {
  it('normalises a 1 MB run of capitals (once quadratic) to lower case', () => {
    expect(normaliseHeader(`${'A'.repeat(MB)}Bc`)).toBe(`${'a'.repeat(MB)} bc`);
    expect(normaliseHeader('XMLHttpRequest')).toBe('xml http request');
  }, 3000);

  it('previews a file whose header line is one 1 MB column name', async () => {
    const file = path.join(dir, 'long-name.csv');
    fs.writeFileSync(file, `customer_id,${'N'.repeat(MB)}\nC1,1\nC2,2\n`);
    const p = await previewFile(file);
    expect(p.headers.length).toBe(2);
    expect(p.headers[1]?.length).toBe(MB);
    expect(p.rows).toEqual([
      ['C1', '1'],
      ['C2', '2'],
    ]);
  }, 5000);

  it('previews a file whose 1 MB header line names 100,000 columns', async () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `COLUMN${String(i).padStart(4, '0')}`);
    const file = path.join(dir, 'wide.csv');
    fs.writeFileSync(file, `${names.join(',')}\n${names.map((_, i) => i).join(',')}\n`);
    expect(fs.statSync(file).size).toBeGreaterThan(MB);
    const p = await previewFile(file);
    expect(p.headers.length).toBe(100_000);
    expect(p.headers[99_999]).toBe('COLUMN99999');
    expect(p.rows.length).toBe(1);
  }, 10_000);
});

describe('a file without line breaks', () => {
  it('is refused at once, saying it is probably not a table', async () => {
    const file = path.join(dir, 'one-line.csv');
    fs.writeFileSync(file, Buffer.alloc(30 * MB, 'x,'));
    const error = await previewFile(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbenchError);
    expect((error as WorkbenchError).code).toBe('IMPORT_FAILED');
    expect((error as WorkbenchError).message).toBe(
      'one-line.csv has no line breaks in its first 2 MB: it is probably not a table. Check that you chose a CSV file.',
    );
  }, 5000);
});
