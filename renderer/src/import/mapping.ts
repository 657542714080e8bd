/**
 * The column mapping being edited in the wizard. A role belongs to at most one column:
 * giving it to a column takes it from the column that had it, which becomes an attribute.
 */
import type { ColumnPlan } from '../../../shared/model/import.js';
import type { DatasetKind, Role } from '../../../shared/model/roles.js';

export function assignRole(columns: readonly ColumnPlan[], index: number, role: Role | null): ColumnPlan[] {
  return columns.map((column) => {
    if (column.index === index) return { ...column, role, include: role ? true : column.include };
    if (role !== null && column.role === role) return { ...column, role: null };
    return column;
  });
}

export function setInclude(columns: readonly ColumnPlan[], index: number, include: boolean): ColumnPlan[] {
  return columns.map((column) => (column.index === index ? { ...column, include } : column));
}

/** The included column that has the role, if any. */
export function columnWithRole(columns: readonly ColumnPlan[], role: Role): ColumnPlan | undefined {
  return columns.find((column) => column.role === role && column.include);
}

/** Header of the column other than `index` that holds the role, to label the option "in use by …". */
export function roleHolder(columns: readonly ColumnPlan[], role: Role, index: number): string | null {
  const holder = columns.find((column) => column.role === role && column.index !== index);
  return holder ? holder.header : null;
}

export type MappingProblem = 'missing_customer_id' | 'missing_order_date' | 'missing_amount';

/** What stops an import (blocking) or makes its numbers incomplete (not blocking). */
export function mappingProblems(
  kind: DatasetKind,
  columns: readonly ColumnPlan[],
): { blocking: MappingProblem[]; advisory: MappingProblem[] } {
  const has = (role: Role) => columnWithRole(columns, role) !== undefined;
  const blocking: MappingProblem[] = [];
  const advisory: MappingProblem[] = [];
  if (!has('customer_id')) blocking.push('missing_customer_id');
  if (kind === 'orders') {
    if (!has('order_date')) blocking.push('missing_order_date');
    if (!has('amount') && !(has('quantity') && has('unit_price'))) advisory.push('missing_amount');
  }
  return { blocking, advisory };
}

/**
 * The engine's preview warnings judge the mapping it guessed; the wizard shows the mapping the user
 * made, whose problems mappingProblems recomputes on every change. Those warnings would go stale
 * (a "no order date column" after the user picked one), so only the warnings about the file stay.
 */
const MAPPING_WARNING = /^No (customer id column|order date column|amount)\b/;

export function fileWarnings(warnings: readonly string[]): string[] {
  return warnings.filter((w) => !MAPPING_WARNING.test(w));
}

/**
 * Keeps the user's role and include choices across a re-preview (another delimiter, date order…)
 * when the file still has the same columns; otherwise the new suggestions stand.
 */
export function carryOverChoices(previous: readonly ColumnPlan[], suggested: readonly ColumnPlan[]): ColumnPlan[] {
  const sameColumns =
    previous.length === suggested.length && previous.every((column, i) => column.header === suggested[i]?.header);
  if (!sameColumns) return [...suggested];
  return suggested.map((column, i) => {
    const before = previous[i];
    return before ? { ...column, role: before.role, include: before.include } : column;
  });
}
