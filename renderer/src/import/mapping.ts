/**
 * The column mapping being edited in the wizard. A role belongs to at most one column:
 * giving it to a column takes it from the column that had it, which becomes an attribute.
 */
import type { ColumnPlan } from '../../../shared/model/import.js';
import { type MappingIssue, mappingIssues } from '../../../shared/model/importChecks.js';
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

/**
 * What stops the import, checked as the engine's import checks it (see mappingIssues): the first
 * issue of each kind of problem, since the wizard says each once.
 */
export function mappingProblems(kind: DatasetKind, columns: readonly ColumnPlan[]): MappingIssue[] {
  const seen = new Set<MappingIssue['problem']>();
  return mappingIssues(kind, columns).filter((issue) => !seen.has(issue.problem) && seen.add(issue.problem));
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
