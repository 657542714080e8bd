import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customersPage } from '../../electron/core/customers/page.js';
import type { CustomerQuery } from '../../electron/core/customers/query.js';
import type { Session } from '../../electron/core/session.js';
import { insertSegment, smallProject } from '../segments/project.js';

/** test/fixtures/segments: k01..k08 from the customers file, k09 and k10 only in the orders file. */
let session: Session;
let segment: number;

beforeAll(async () => {
  session = await smallProject();
  segment = insertSegment(session, 'Buyers', { field: 'frequency', op: '>=', value: 1 });
});
afterAll(() => session.close());

function ids(query: CustomerQuery, offset = 0, limit = 50): string[] {
  return customersPage(session.requireProject().db, offset, limit, query).rows.map((r) => r.customer_id);
}

describe('the Data view pages', () => {
  it('shows every attribute of the customers file and every metric, typed', () => {
    const page = customersPage(session.requireProject().db, 0, 2, { sort: { key: 'customer_id', dir: 'asc' } });
    expect(page.columns.map((c) => `${c.key}:${c.type}:${c.source}`)).toEqual([
      'customer_id:text:customer_id',
      'Full name:text:customers',
      'country:category:customers',
      'age:number:customers',
      'signup:date:customers',
      'vip:boolean:customers',
      'score:number:customers',
      'recency_days:number:metrics',
      'frequency:number:metrics',
      'monetary:number:metrics',
      'aov:number:metrics',
      'first_order:date:metrics',
      'last_order:date:metrics',
      'tenure_days:number:metrics',
    ]);
    expect(page).toMatchObject({ total: 10, all: 10, offset: 0 });
    expect(page.rows).toEqual([
      {
        customer_id: 'k01',
        values: {
          customer_id: 'k01',
          'Full name': 'Zoë Adams',
          country: 'Wales',
          age: 34,
          signup: '2023-01-15',
          vip: true,
          score: 10,
          recency_days: 9,
          frequency: 2,
          monetary: 13.5,
          aov: 6.75,
          first_order: '2024-01-10',
          last_order: '2024-03-01',
          tenure_days: 60,
        },
      },
      {
        customer_id: 'k02',
        values: {
          customer_id: 'k02',
          'Full name': 'ÉCOLE Martin',
          country: 'France',
          age: 51,
          signup: '2022-06-30',
          vip: false,
          score: null,
          recency_days: 14,
          frequency: 2,
          monetary: 75,
          aov: 37.5,
          first_order: '2023-11-20',
          last_order: '2024-02-25',
          tenure_days: 111,
        },
      },
    ]);
  });

  it.each([
    ['zoë', ['k01', 'k05']],
    ['ZOË', ['k01', 'k05']],
    ['Zoe', ['k08']],
    ['école', ['k02', 'k06']],
    // Arabic kaf and yeh find the Persian forms and the other way round.
    ['كتاب', ['k03', 'k04']],
    ['کتاب فروش', ['k03']],
    ['IRAN', ['k03', 'k04']],
    ['K1', ['k10']],
    ['  k0 ', ['k01', 'k02', 'k03', 'k04', 'k05', 'k06', 'k07', 'k08', 'k09']],
    ['', ['k01', 'k02', 'k03', 'k04', 'k05', 'k06', 'k07', 'k08', 'k09', 'k10']],
    ['34', []],
    ['nobody', []],
  ])('searches the id and the text attributes for "%s"', (search, expected) => {
    expect(ids({ search, sort: { key: 'customer_id', dir: 'asc' } })).toEqual(expected);
  });

  it('filters by a rule, a saved segment and both with a search, and counts the rows found', () => {
    const db = session.requireProject().db;
    const sort = { key: 'customer_id', dir: 'asc' } as const;
    expect(ids({ rule: { field: 'frequency', op: '>=', value: 1 }, sort })).toEqual([
      'k01',
      'k02',
      'k03',
      'k05',
      'k08',
      'k09',
    ]);
    expect(ids({ rule: { segment }, sort })).toEqual(['k01', 'k02', 'k03', 'k05', 'k08', 'k09']);
    const both = customersPage(db, 0, 50, { search: 'zoë', rule: { segment }, sort });
    expect({ total: both.total, all: both.all, ids: both.rows.map((r) => r.customer_id) }).toEqual({
      total: 2,
      all: 10,
      ids: ['k01', 'k05'],
    });
    expect(
      ids({
        search: 'france',
        rule: {
          orders: { where: { field: 'category', op: 'in', value: ['Shoes'] } },
          measure: 'count',
          op: '>=',
          value: 1,
        },
        sort,
      }),
    ).toEqual(['k02']);
    expect(ids({ rule: { not: { field: 'vip', op: 'is_true' } }, sort })).toEqual([
      'k02',
      'k03',
      'k05',
      'k07',
      'k08',
      'k09',
      'k10',
    ]);
  });

  it.each([
    ['age', 'desc', ['k06', 'k02', 'k08', 'k04', 'k01', 'k05', 'k10', 'k09', 'k07', 'k03']],
    ['age', 'asc', ['k05', 'k01', 'k04', 'k08', 'k02', 'k06', 'k03', 'k07', 'k09', 'k10']],
    ['Full name', 'asc', ['k08', 'k01', 'k05', 'k06', 'k02', 'k04', 'k03', 'k07', 'k09', 'k10']],
    ['signup', 'desc', ['k05', 'k08', 'k03', 'k01', 'k02', 'k06', 'k10', 'k09', 'k07', 'k04']],
    ['vip', 'desc', ['k06', 'k04', 'k01', 'k08', 'k05', 'k02', 'k10', 'k09', 'k07', 'k03']],
    // Recency counts back from the last order: its ascending order is the last order's descending one.
    ['recency_days', 'asc', ['k05', 'k03', 'k01', 'k02', 'k09', 'k08', 'k10', 'k07', 'k06', 'k04']],
    ['monetary', 'desc', ['k05', 'k02', 'k08', 'k01', 'k03', 'k09', 'k07', 'k06', 'k04', 'k10']],
  ] as const)('sorts by %s %s, empty values last', (key, dir, expected) => {
    expect(ids({ sort: { key, dir } })).toEqual(expected);
  });

  it('pages through a filtered, sorted list without overlap', () => {
    const query: CustomerQuery = { rule: { segment }, sort: { key: 'monetary', dir: 'desc' } };
    expect([ids(query, 0, 4), ids(query, 4, 4), ids(query, 8, 4)]).toEqual([
      ['k05', 'k02', 'k08', 'k01'],
      ['k03', 'k09'],
      [],
    ]);
  });

  it('refuses a sort on a column the project does not have, naming it', () => {
    expect(() => ids({ sort: { key: 'c1; DROP TABLE customers', dir: 'asc' } })).toThrow(
      /There is no customer column "c1; DROP TABLE customers"/,
    );
    expect(() => ids({ sort: { key: 'product', dir: 'asc' } })).toThrow(/There is no customer column "product"/);
  });
});
