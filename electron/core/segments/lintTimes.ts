/**
 * An hour_between condition on dates without a time of day: many exports (and every file with
 * dates only) store orders at midnight, so "ordered between 9 and 12" silently matches no one
 * (or, from hour 0, everyone). The linter says so, naming the condition.
 */
import type { LintWarning } from '../../../shared/api.js';
import { isAnd, isCondition, isEvents, isNot, isOr, isOrders, type Rule } from '../../../shared/model/rules.js';
import type { Db } from '../db/projectFile.js';
import { EVENT_FIELDS } from './eventFields.js';
import { loadFieldRegistry } from './fields.js';
import { childPath } from './neverMatches.js';

type Scope = 'customer' | 'orders' | 'events';

export function untimedHourConditions(db: Db, rule: Rule): LintWarning[] {
  const warnings: LintWarning[] = [];
  const registry = loadFieldRegistry(db);
  const timed = new Map<string, boolean>();
  const visit = (node: Rule, path: string, scope: Scope): void => {
    if (isAnd(node) || isOr(node)) {
      const children = isAnd(node) ? node.and : node.or;
      for (const [i, child] of children.entries()) visit(child, childPath(path, i), scope);
    } else if (isNot(node)) visit(node.not, childPath(path, 0), scope);
    else if (isOrders(node) && node.orders.where) visit(node.orders.where, path, 'orders');
    else if (isEvents(node) && node.events.where) visit(node.events.where, path, 'events');
    else if (isCondition(node) && node.op === 'hour_between' && scope !== 'customer') {
      const column =
        scope === 'orders' ? registry.orders.get(node.field)?.column : EVENT_FIELDS.get(node.field)?.column;
      // An unknown field is the compiler's error to report, not the linter's.
      if (column === undefined) return;
      const table = scope === 'orders' ? 'order_lines' : 'events';
      const key = `${table}.${column}`;
      if (!timed.has(key)) timed.set(key, hasTimesOfDay(db, table, column));
      if (timed.get(key) === false) {
        const what = scope === 'orders' ? 'order' : 'event';
        warnings.push({
          code: 'no_times',
          path,
          message: `Every ${what} time in "${node.field}" is midnight: the data has dates but no times of day, so "between hours" cannot tell the hours apart. Use the weekday or the month instead, or import a file with times.`,
          reason: scope === 'orders' ? 'orderTimes' : 'eventTimes',
          values: { field: node.field },
        });
      }
    }
  };
  visit(rule, '', 'customer');
  return warnings;
}

/** Whether any value is not at midnight (seconds; the modulo keeps dates before 1970 right). No values: nothing to warn about. */
function hasTimesOfDay(db: Db, table: 'order_lines' | 'events', column: string): boolean {
  const row = db
    .prepare(
      `SELECT COUNT(*) AS n, EXISTS (SELECT 1 FROM ${table} WHERE ${column} IS NOT NULL AND ((${column} % 86400) + 86400) % 86400 <> 0) AS timed
       FROM (SELECT 1 FROM ${table} WHERE ${column} IS NOT NULL LIMIT 1)`,
    )
    .get() as { n: number; timed: number };
  return row.n === 0 || row.timed === 1;
}
