/**
 * How the columns of a file land in the project: which source column feeds the customer id,
 * date and amount, and which become generated storage columns (c1, c2, ...) registered in
 * `fields`. Headers come from files, so they are never used as SQL identifiers.
 */

import { MAX_IMPORTED_COLUMNS } from '../../../shared/databaseErrors.js';
import { WorkbenchError } from '../../../shared/errors.js';
import { type ErrorWording, worded } from '../../../shared/errorWording.js';
import { fieldTypeOf } from '../../../shared/model/fieldTypeOf.js';
import type { ColumnPlan, ImportOptions } from '../../../shared/model/import.js';
import { type MappingIssue, mappingIssues } from '../../../shared/model/importChecks.js';
import type { FieldType, Role } from '../../../shared/model/roles.js';

interface StoredColumn {
  /** Position of the source column in each row. */
  index: number;
  header: string;
  /** Generated SQL column name. */
  column: string;
  type: FieldType;
  /** Key rules use: the role, or the header text exactly as in the file. */
  key: string;
  role: Role | null;
}

export interface Layout {
  customerId: ColumnPlan;
  orderId: ColumnPlan | null;
  orderDate: ColumnPlan | null;
  amount: ColumnPlan | null;
  quantity: ColumnPlan | null;
  unitPrice: ColumnPlan | null;
  stored: StoredColumn[];
  /** Number of fields every row must have. */
  width: number;
}

/** Roles whose values are held in dedicated columns rather than in c1, c2, ... */
const DEDICATED: ReadonlySet<Role> = new Set(['customer_id', 'order_id', 'order_date', 'amount']);

export function planLayout(options: ImportOptions, fileName: string): Layout {
  const included = options.columns.filter((c) => c.include);
  const byRole = (role: Role): ColumnPlan | null => included.find((c) => c.role === role) ?? null;
  const [issue] = mappingIssues(options.kind, options.columns);
  if (issue?.problem === 'too_many_columns') {
    // Not a mapping the user got wrong but a limit of the project file: it fails the import.
    throw new WorkbenchError('IMPORT_FAILED', mappingIssueMessage(issue, fileName), {
      file: fileName,
      columns: issue.columns ?? included.length,
      limit: issue.limit ?? MAX_IMPORTED_COLUMNS,
      wording: mappingIssueWording(issue, fileName),
    });
  }
  const customerId = byRole('customer_id');
  if (issue || !customerId) {
    const refused = issue ?? { problem: 'missing_customer_id' };
    const message = mappingIssueMessage(refused, fileName);
    throw new WorkbenchError('INVALID_PARAMS', message, {
      file: fileName,
      wording: mappingIssueWording(refused, fileName),
    });
  }
  const layout: Layout = {
    customerId,
    orderId: byRole('order_id'),
    orderDate: byRole('order_date'),
    amount: byRole('amount'),
    quantity: byRole('quantity'),
    unitPrice: byRole('unit_price'),
    stored: [],
    width: options.columns.length,
  };
  const usedKeys = new Set<string>(options.kind === 'orders' ? ['order_date', 'amount'] : []);
  let n = 0;
  for (const plan of included) {
    if (plan.role && DEDICATED.has(plan.role) && (options.kind === 'orders' || plan.role === 'customer_id')) continue;
    n += 1;
    layout.stored.push({
      index: plan.index,
      header: plan.header,
      column: `c${n}`,
      type: fieldTypeOf(plan.type),
      key: uniqueKey(plan.role ?? plan.header, usedKeys),
      role: plan.role,
    });
  }
  return layout;
}

/** What the import says when it refuses a mapping; the preview shows the same words as a warning. */
export function mappingIssueMessage(issue: MappingIssue, fileName: string): string {
  switch (issue.problem) {
    case 'too_many_columns': {
      const columns = issue.columns ?? 0;
      const limit = issue.limit ?? MAX_IMPORTED_COLUMNS;
      const count = (n: number): string => n.toLocaleString('en-US');
      return `${count(columns)} columns of ${fileName} are ticked; a project can hold at most ${count(limit)}: untick ${count(columns - limit)} of them in the preview, or remove columns you don't need from the file.`;
    }
    case 'role_twice': {
      const headers = issue.headers ?? [];
      return `The role ${issue.role} is given to ${headers.length} columns (${headers.map((h) => `"${h}"`).join(', ')}); give it to one.`;
    }
    case 'missing_customer_id':
      return `No column of ${fileName} is marked as the customer id. Choose one.`;
    case 'missing_order_date':
      return `No column of ${fileName} is marked as the order date. Choose one.`;
    case 'missing_amount':
      return `${fileName} needs an amount column, or a quantity and a unit price column, to compute revenue.`;
  }
}

/** The words of a refused mapping for the user's language (the same facts as mappingIssueMessage). */
export function mappingIssueWording(issue: MappingIssue, fileName: string): ErrorWording {
  const name = fileName;
  switch (issue.problem) {
    case 'too_many_columns': {
      const columns = issue.columns ?? 0;
      const limit = issue.limit ?? MAX_IMPORTED_COLUMNS;
      return worded('too_many_columns', { name, columns, limit, excess: columns - limit }).wording;
    }
    case 'role_twice': {
      const headers = issue.headers ?? [];
      const list = headers.map((h) => `"${h}"`).join(', ');
      return worded('role_twice', { role: issue.role ?? '', count: headers.length, headers: list }).wording;
    }
    case 'missing_customer_id':
      return worded('no_customer_id_column', { name }).wording;
    case 'missing_order_date':
      return worded('no_order_date_column', { name }).wording;
    case 'missing_amount':
      return worded('no_amount_column', { name }).wording;
  }
}

/** base, or base (2), base (3) ... : the first not in used, which it joins. */
export function uniqueKey(base: string, used: Set<string>): string {
  const trimmed = base.trim() === '' ? 'column' : base;
  let key = trimmed;
  for (let i = 2; used.has(key); i += 1) key = `${trimmed} (${i})`;
  used.add(key);
  return key;
}

export function sqlType(type: FieldType): string {
  switch (type) {
    case 'number':
      return 'REAL';
    case 'date':
    case 'boolean':
      return 'INTEGER';
    default:
      return 'TEXT';
  }
}
