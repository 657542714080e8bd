/**
 * Fixed lists of customers (rule { list, customers, saved }): saved once, e.g. from a cell of the
 * Changes view, and never re-evaluated. The list's rows hold the client's customer ids.
 */
import { WorkbenchError } from '../../../shared/errors.js';
import type { FixedListRule } from '../../../shared/model/rules.js';
import type { Db } from '../db/projectFile.js';

/** Saves the customers (row ids) as a new list; returns the rule that selects them. */
export function saveMemberList(db: Db, customers: readonly number[], origin: string, today: string): FixedListRule {
  const saved = db.transaction(() => {
    const list = Number(
      db
        .prepare('INSERT INTO member_lists (saved_at, origin, customers) VALUES (?, ?, ?)')
        .run(new Date().toISOString(), origin, customers.length).lastInsertRowid,
    );
    const insert = db.prepare(
      'INSERT INTO member_list_customers (list, customer_key) SELECT ?, customer_key FROM customers WHERE id = ?',
    );
    for (const id of customers) insert.run(list, id);
    return list;
  })();
  return { list: saved, customers: customers.length, saved: today, origin: 'changes' };
}

/** A rule naming a list that does not exist, or with another size than it has, is refused. */
export function checkFixedList(db: Db, rule: FixedListRule, path: string): void {
  const row = db.prepare('SELECT customers FROM member_lists WHERE id = ?').get(rule.list) as
    | { customers: number }
    | undefined;
  if (!row) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `The rule names saved customer list ${rule.list}, which is not in this project. Save the customers again from where they came from (e.g. the Changes view).`,
      { path, list: rule.list },
    );
  }
  if (row.customers !== rule.customers) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `The rule says saved customer list ${rule.list} holds ${rule.customers} customers, but it holds ${row.customers}. Keep the numbers of the list as they were saved.`,
      { path, list: rule.list },
    );
  }
}

/** The client's customer ids of a list (for the reference evaluator). */
export function memberListKeys(db: Db, list: number): Set<string> {
  return new Set(
    db.prepare('SELECT customer_key FROM member_list_customers WHERE list = ?').pluck().all(list) as string[],
  );
}
