/**
 * How the staged files of a set map onto the canonical tables: which source column is each
 * file's key, customer, date and money, and which columns become generated extra columns
 * (order_lines c1, c2, ... and customer_attrs c1, c2, ...) registered as fields.
 */

import { fieldTypeOf } from '../../../../shared/model/fieldTypeOf.js';
import type { SetLinkPreview } from '../../../../shared/model/importSet.js';
import type { FieldType, Role } from '../../../../shared/model/roles.js';
import { productKeyColumn } from '../sniff/kind.js';
import type { PlannedFile } from './planSet.js';
import { stageColumn } from './stageFile.js';

/** A staged file: its plan, its staging table and its alias in the assembling queries. */
export interface StagedRef {
  file: PlannedFile;
  table: string;
  alias: string;
}

export interface ExtraColumn {
  /** SQL of the value, over the aliases of the assembling query (e.g. "l.v3"). */
  value: string;
  header: string;
  type: FieldType;
  role: Role | null;
  /** Label of the field when it is not the header (latest-value fields). */
  label?: string;
}

export interface LookupJoin {
  lookup: StagedRef;
  /** SQL of the pointing value, e.g. "p.v1"; the lookup's key column. */
  from: string;
  key: string;
  /** The alias of the file that points to the lookup. */
  owner: string;
}

/** Source column index of a header in a planned file. */
export function columnIndex(file: PlannedFile, header: string): number {
  return file.preview.headers.indexOf(header);
}

export function roleColumn(file: PlannedFile, role: Role): number | null {
  const c = file.preview.options.columns.find((p) => p.include && p.role === role);
  return c ? c.index : null;
}

export function linkBetween(links: readonly SetLinkPreview[], from: PlannedFile, to: PlannedFile | undefined) {
  return to ? links.find((l) => l.from.file === from.name && l.to.file === to.name) : undefined;
}

export function productKeyIndex(file: PlannedFile): number | null {
  const found = productKeyColumn(
    file.preview.columns.map((c) => ({ index: c.index, header: c.header, type: c.type, values: [] })),
  );
  return found ? found.index : null;
}

/** SQL of a money value: the amount column, else quantity × unit price, else NULL. */
export function moneySql(file: PlannedFile, alias: string): string {
  const amount = roleColumn(file, 'amount');
  if (amount !== null) return `${alias}.${stageColumn(amount)}`;
  const quantity = roleColumn(file, 'quantity');
  const price = roleColumn(file, 'unit_price');
  if (quantity !== null && price !== null)
    return `(${alias}.${stageColumn(quantity)} * ${alias}.${stageColumn(price)})`;
  return 'NULL';
}

/** The included columns of a file except those in `skip`, as extra columns over `alias`. */
export function extrasOf(file: PlannedFile, alias: string, skip: ReadonlySet<number>): ExtraColumn[] {
  return file.preview.options.columns
    .filter((c) => c.include && !skip.has(c.index))
    .map((c) => ({
      value: `${alias}.${stageColumn(c.index)}`,
      header: c.header,
      type: fieldTypeOf(c.type),
      role: c.role,
    }));
}
