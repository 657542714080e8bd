/** Member customer keys of a rule, from the SQL compiler and, cross-checked, from the reference evaluator. */
import { expect } from 'vitest';
import { memberIds } from '../../electron/core/segments/count.js';
import { evaluateRule } from '../../electron/core/segments/evaluate.js';
import { loadProjectData } from '../../electron/core/segments/projectData.js';
import type { Session } from '../../electron/core/session.js';
import type { Rule } from '../../shared/model/rules.js';

export function membersOf(session: Session): (rule: Rule) => string[] {
  const db = session.requireProject().db;
  const keys = new Map(
    (db.prepare('SELECT id, customer_key FROM customers').all() as Array<{ id: number; customer_key: string }>).map(
      (r) => [r.id, r.customer_key],
    ),
  );
  const toKeys = (ids: Iterable<number>) => [...ids].map((id) => keys.get(id) as string).sort();
  return (rule) => {
    const fromSql = toKeys(memberIds(db, rule));
    // Loaded per call: tests insert saved segments as they go.
    const fromEvaluator = toKeys(evaluateRule(loadProjectData(db), rule));
    expect(fromEvaluator, 'the reference evaluator disagrees with the SQL').toEqual(fromSql);
    return fromSql;
  };
}

/** The error a function throws, for checking code, message and details together. */
export function thrown(fn: () => unknown): { code: string; message: string; details?: unknown } {
  try {
    fn();
  } catch (error) {
    const e = error as { code: string; message: string; details?: unknown };
    return { code: e.code, message: e.message, details: e.details };
  }
  throw new Error('expected an error');
}
