/**
 * Conditions on the customers' own fields counted over kept columns (leaves/columnLeaf.ts,
 * columnCache/customerColumns.ts): SQL's answer on the cases where JS and SQL part easily (NULL
 * and !=, not in, case and accent folding, exact list matching, a customer without metrics), the
 * SQL scan kept for a number column holding a text, and a reopened project reading the columns
 * from the project file.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/projectFile.js';
import { countRule, memberIds } from '../../../electron/core/segments/count.js';
import { conditionLeafTally } from '../../../electron/core/segments/leaves/conditionLeafTally.js';
import { countRuleSql } from '../../../electron/core/segments/sqlCount.js';
import type { Rule } from '../../../shared/model/rules.js';
import { smallProjectEachTest } from '../project.js';

const project = smallProjectEachTest();
beforeEach(() => conditionLeafTally.reset());

const keysOf = (on: Db, rule: Rule): string[] =>
  memberIds(on, rule).map(
    (id) => on.prepare('SELECT customer_key FROM customers WHERE id = ?').pluck().get(id) as string,
  );
/** Each rule's members, and the counts of the SQL path. */
function expectMembers(cases: ReadonlyArray<[Rule, string[]]>): void {
  for (const [rule, keys] of cases) {
    expect(keysOf(project.db, rule), JSON.stringify(rule)).toEqual(keys);
    expect(countRule(project.db, rule)).toEqual(countRuleSql(project.db, rule));
  }
}
const columnOf = (key: string): string =>
  project.db
    .prepare("SELECT column_name FROM fields WHERE source = 'customers' AND key = ?")
    .pluck()
    .get(key) as string;

describe('conditions counted over columns', () => {
  it('gives SQL answer on NULLs, lists and folded text, and takes the column path', () => {
    const cases: Array<[Rule, string[]]> = [
      // k03 and k07 have no age, nor k09 and k10 (in the orders only): != never selects them.
      [{ field: 'age', op: '!=', value: 34 }, ['k02', 'k05', 'k06', 'k08']],
      [{ field: 'age', op: 'is_empty' }, ['k03', 'k07', 'k09', 'k10']],
      [{ field: 'score', op: 'between', value: [0, 10] }, ['k01', 'k03', 'k04', 'k06']],
      // not in leaves out k05, whose country is empty; "wales" is not "Wales" in a list.
      [{ field: 'country', op: 'not_in', value: ['Iran', 'wales'] }, ['k01', 'k02', 'k06', 'k07', 'k08']],
      [{ field: 'country', op: 'in', value: ['wales'] }, []],
      // equals folds case and accents the way segwb_fold does: ÉCOLE, école.
      [{ field: 'Full name', op: 'contains', value: 'ÉCOLE' }, ['k02', 'k06']],
      [{ field: 'Full name', op: 'starts_with', value: 'zoë' }, ['k01', 'k05']],
      [{ field: 'vip', op: 'is_true' }, ['k01', 'k04', 'k06']],
      [{ field: 'signup', op: 'before', value: '1970-01-01' }, ['k06']],
    ];
    expectMembers(cases);
    expect(conditionLeafTally.snapshot()).toEqual({
      age: { columns: 2, sql: 0 },
      country: { columns: 2, sql: 0 },
      'Full name': { columns: 2, sql: 0 },
      score: { columns: 1, sql: 0 },
      signup: { columns: 1, sql: 0 },
      vip: { columns: 1, sql: 0 },
    });
  });

  it('counts a metric as empty for a customer without a metrics row, as SQL does', () => {
    project.db
      .prepare("DELETE FROM customer_metrics WHERE customer = (SELECT id FROM customers WHERE customer_key = 'k02')")
      .run();
    const cases: Array<[Rule, string[]]> = [
      [{ not: { field: 'monetary', op: '>=', value: -1e9 } }, ['k02']],
      // No positive order (k04 nets 0, k06 and k07 have none, k10 only a return): no first order.
      [{ field: 'first_order', op: 'is_empty' }, ['k02', 'k04', 'k06', 'k07', 'k10']],
      // aov exists only with a positive order.
      [{ field: 'aov', op: '!=', value: -1 }, ['k01', 'k03', 'k05', 'k08', 'k09']],
    ];
    expectMembers(cases);
    expect(conditionLeafTally.snapshot()).toEqual({
      aov: { columns: 1, sql: 0 },
      first_order: { columns: 1, sql: 0 },
      monetary: { columns: 1, sql: 0 },
    });
  });

  it('stays on the SQL scan for a number column holding a text, with SQL answer', () => {
    // SQLite keeps a text that is not a number as text in a REAL column, and then "abc" > 5.
    project.db.prepare(`UPDATE customer_attrs SET ${columnOf('age')} = 'abc' WHERE customer = 1`).run();
    const rule: Rule = { field: 'age', op: '>', value: 40 };
    expect(keysOf(project.db, rule)).toEqual(['k01', 'k02', 'k06', 'k08']);
    expect(countRule(project.db, rule)).toEqual(countRuleSql(project.db, rule));
    expect(conditionLeafTally.snapshot()).toEqual({ age: { columns: 0, sql: 1 } });
  });

  it('keeps the columns in the project file: a reopened project reads them', () => {
    // Kept with the first kept leaf (an orders condition): a count of plain conditions writes nothing.
    const rule: Rule = {
      and: [
        { orders: {}, measure: 'count', op: '>=', value: 0 },
        { field: 'country', op: 'in', value: ['France', 'Wales'] },
        { field: 'age', op: '>', value: 40 },
      ],
    };
    const counted = countRule(project.db, rule);
    const kept = project.db
      .prepare("SELECT name FROM column_cache WHERE name LIKE 'col/%' ORDER BY name")
      .pluck()
      .all();
    expect(kept).toEqual([
      `col/number/customer_attrs/${columnOf('age')}`,
      `col/text/customer_attrs/${columnOf('country')}`,
    ]);
    const other = project.reopen();
    // An edit behind the app's back (no import writes in place; every import renews the data's
    // version): a count that read the table would see it, the kept column does not.
    other.prepare(`UPDATE customer_attrs SET ${columnOf('age')} = 20`).run();
    expect(countRuleSql(other, rule).customers).toBe(0);
    expect(countRule(other, rule)).toEqual(counted);
    expect(counted.customers).toBe(2);
  });
});
