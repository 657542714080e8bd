/** The preview, the wizard and the import check a mapping with one function, so the preview never promises an import that is refused. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planLayout } from '../../electron/core/import/layout.js';
import { previewFile } from '../../electron/core/import/preview.js';
import type { ColumnPlan } from '../../shared/model/import.js';
import { mappingIssues } from '../../shared/model/importChecks.js';
import type { Role } from '../../shared/model/roles.js';
import { newSession, tempDir } from '../support/session.js';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const plan = (index: number, header: string, role: Role | null, include = true): ColumnPlan => ({
  index,
  header,
  type: 'text',
  role,
  include,
});

describe('mappingIssues', () => {
  it('finds what makes an import refuse a mapping, in the order the import checks it', () => {
    expect(mappingIssues('orders', [plan(0, 'a', null), plan(1, 'b', 'quantity')])).toEqual([
      { problem: 'missing_customer_id' },
      { problem: 'missing_order_date' },
      { problem: 'missing_amount' },
    ]);
    expect(
      mappingIssues('customers', [plan(0, 'id', 'customer_id'), plan(1, 'x', 'city'), plan(2, 'y', 'city')]),
    ).toEqual([{ problem: 'role_twice', role: 'city', headers: ['x', 'y'] }]);
    const wide = [plan(0, 'id', 'customer_id'), ...Array.from({ length: 1900 }, (_, i) => plan(i + 1, `a${i}`, null))];
    expect(mappingIssues('customers', wide)).toEqual([{ problem: 'too_many_columns', columns: 1901, limit: 1900 }]);
    expect(
      mappingIssues('orders', [
        plan(0, 'c', 'customer_id'),
        plan(1, 'd', 'order_date'),
        plan(2, 'q', 'quantity'),
        plan(3, 'p', 'unit_price'),
      ]),
    ).toEqual([]);
    // An excluded column holds no role.
    expect(mappingIssues('customers', [plan(0, 'id', 'customer_id', false)])).toEqual([
      { problem: 'missing_customer_id' },
    ]);
  });
});

describe('the preview reports what the import would refuse', () => {
  it('an orders file without an amount: the preview warns with the words the import refuses with', async () => {
    const file = path.join(dir, 'visits.csv');
    fs.writeFileSync(file, 'customer_id,order_date,product\nC1,2024-01-02,Mug\nC1,2024-01-05,Tea\nC2,2024-01-06,Mug\n');
    const preview = await previewFile(file, { kind: 'orders', dateOrder: 'ymd' });
    const refusal = 'visits.csv needs an amount column, or a quantity and a unit price column, to compute revenue.';
    expect(preview.refusals).toEqual([refusal]);
    expect(() => planLayout(preview.options, 'visits.csv')).toThrow(refusal);

    const session = newSession(dir);
    session.create(path.join(dir, 'visits.segwb'));
    await expect(
      session.imports.run({
        jobId: 'visits',
        projectPath: session.requireProject().path,
        filePath: file,
        options: preview.options,
        replace: false,
        onProgress: () => {},
      }),
    ).rejects.toMatchObject({ code: 'INVALID_PARAMS', message: refusal });
  });

  it('a file without a customer id', async () => {
    const file = path.join(dir, 'anonymous.csv');
    fs.writeFileSync(file, 'city,country\nCardiff,Wales\nSwansea,Wales\n');
    const preview = await previewFile(file);
    const refusal = 'No column of anonymous.csv is marked as the customer id. Choose one.';
    expect(preview.refusals).toEqual([refusal]);
    expect(() => planLayout(preview.options, 'anonymous.csv')).toThrow(refusal);
  });

  it('a file with more ticked columns than a project holds: the preview says how many to untick', async () => {
    const file = path.join(dir, 'wide.csv');
    const headers = ['customer_id', ...Array.from({ length: 1949 }, (_, i) => `attr${i + 1}`)];
    const row = (id: string) => [id, ...Array.from({ length: 1949 }, (_, i) => `v${i}`)].join(',');
    fs.writeFileSync(file, `${headers.join(',')}\n${row('k1')}\n${row('k2')}\n`);
    const preview = await previewFile(file, { kind: 'customers' });
    const refusal =
      "1,950 columns of wide.csv are ticked; a project can hold at most 1,900: untick 50 of them in the preview, or remove columns you don't need from the file.";
    expect(preview.refusals).toEqual([refusal]);
    expect(() => planLayout(preview.options, 'wide.csv')).toThrow(refusal);
    // Unticked columns do not count.
    const fewer = preview.options.columns.map((c) => (c.index >= 1900 ? { ...c, include: false } : c));
    expect(mappingIssues('customers', fewer)).toEqual([]);
  }, 30_000);
});
