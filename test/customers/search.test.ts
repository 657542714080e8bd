import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customersPage } from '../../electron/core/customers/page.js';
import type { CustomerQuery } from '../../electron/core/customers/query.js';
import type { Session } from '../../electron/core/session.js';
import { type ColumnSpec, importTyped } from '../segments/project.js';
import { fixture, newSession, tempDir } from '../support/session.js';

/**
 * test/fixtures/customers-search: values where searching one pre-folded text per customer could
 * differ from searching each value on its own (Greek final sigma, a match across two values, a
 * tab inside a value), and a second file imported (replacing the first) after a search.
 */
const COLUMNS: Record<string, ColumnSpec> = {
  customer_id: { type: 'identifier', role: 'customer_id' },
  name: { type: 'text' },
  city: { type: 'category' },
  note: { type: 'text' },
};

let session: Session;

beforeAll(async () => {
  const dir = tempDir();
  session = newSession(dir);
  session.create(path.join(dir, 'search.segwb'));
  await importTyped(session, fixture('customers-search/customers.csv'), 'customers', COLUMNS);
});
afterAll(() => session.close());

function ids(query: CustomerQuery): string[] {
  return customersPage(session.requireProject().db, 0, 50, query).rows.map((r) => r.customer_id);
}

describe('the Data view search', () => {
  it.each([
    // "ΟΔΟΣ" ends in a final sigma whatever follows it in the customer's other values.
    ['ΟΔΟΣ', ['s1']],
    ['οδος', ['s1']],
    ['οδοσ', []],
    // A sigma after a space is no final sigma, and one that starts a value is none either.
    ['anna σ', ['s3']],
    ['σparta', ['s3']],
    // A match never spans two values of a customer.
    ['northwales', []],
    ['north wales', []],
    ['alpha', ['s1']],
    ['s1alpha', []],
    // A tab inside a value is found; a control character never joins two values.
    ['TAB\tHERE', ['s2']],
    ['h\u001fw', []],
    ['s4', ['s4']],
  ])('finds "%s" in one value only', (search, expected) => {
    expect(ids({ search, sort: { key: 'customer_id', dir: 'asc' } })).toEqual(expected);
  });

  it('keeps the sort and the rule of the list it narrows', () => {
    expect(ids({ search: 'A', sort: { key: 'name', dir: 'desc' } })).toEqual(['s1', 's2', 's3']);
    expect(ids({ search: 'A', sort: { key: 'name', dir: 'asc' } })).toEqual(['s3', 's2', 's1']);
    expect(ids({ search: 'a', rule: { field: 'city', op: 'in', value: ['Wales'] } })).toEqual(['s2']);
  });

  it('searches the data imported after an earlier search', async () => {
    expect(ids({ search: 'northwales' })).toEqual([]);
    await importTyped(session, fixture('customers-search/more.csv'), 'customers', COLUMNS, true);
    expect(ids({ search: 'northwales' })).toEqual(['s5']);
    expect(ids({ search: 'north' })).toEqual(['s2', 's5']);
  });
});
