/**
 * What makes an import refuse a column mapping before it reads a row. One function for the
 * import (which refuses), the preview (which warns) and the wizard (which keeps Import disabled),
 * so none of them can promise what another refuses.
 */
import { MAX_IMPORTED_COLUMNS } from '../databaseErrors.js';
import type { ColumnPlan } from './import.js';
import type { DatasetKind, Role } from './roles.js';

export type MappingProblem =
  | 'too_many_columns'
  | 'role_twice'
  | 'missing_customer_id'
  | 'missing_order_date'
  | 'missing_amount';

export interface MappingIssue {
  problem: MappingProblem;
  /** role_twice: the role, and the headers of the columns that have it. */
  role?: Role;
  headers?: string[];
  /** too_many_columns: how many columns are ticked, and the most a project can hold. */
  columns?: number;
  limit?: number;
}

/** The mapping's problems, in the order the import meets them; empty when it can import. */
export function mappingIssues(kind: DatasetKind, columns: readonly ColumnPlan[]): MappingIssue[] {
  const included = columns.filter((c) => c.include);
  const issues: MappingIssue[] = [];
  if (included.length > MAX_IMPORTED_COLUMNS) {
    issues.push({ problem: 'too_many_columns', columns: included.length, limit: MAX_IMPORTED_COLUMNS });
  }
  const holders = new Map<Role, string[]>();
  for (const c of included) if (c.role) holders.set(c.role, [...(holders.get(c.role) ?? []), c.header]);
  for (const [role, headers] of holders) {
    if (headers.length > 1) issues.push({ problem: 'role_twice', role, headers });
  }
  const has = (role: Role) => holders.has(role);
  if (!has('customer_id')) issues.push({ problem: 'missing_customer_id' });
  if (kind === 'orders') {
    if (!has('order_date')) issues.push({ problem: 'missing_order_date' });
    if (!has('amount') && !(has('quantity') && has('unit_price'))) issues.push({ problem: 'missing_amount' });
  }
  return issues;
}
