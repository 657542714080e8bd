/**
 * Which key columns link the files of a set: rows of one file point to rows of another (order
 * lines to their order, orders to their customer, lines to their product, any file to a lookup
 * table). A link is guessed from the same header, from the same role, or from values that
 * overlap strongly on the sampled rows; each guess says which of these it rests on.
 */
import { type ErrorWording, worded } from '../../../../shared/errorWording.js';
import type { DatasetKind, Role } from '../../../../shared/model/roles.js';
import { productKeyColumn } from './kind.js';
import type { ColumnFacts } from './roles.js';

export interface FileShape {
  name: string;
  kind: DatasetKind;
  columns: readonly ColumnFacts[];
  roles: ReadonlyArray<Role | null>;
}

export interface LinkGuess {
  from: { file: string; column: string };
  to: { file: string; column: string };
  reason: string;
  wording: ErrorWording;
}

/** Which kinds may point to which: from kind -> the kinds it points to. */
const POINTS_TO: Readonly<Record<DatasetKind, readonly DatasetKind[]>> = {
  order_lines: ['orders', 'products', 'lookup'],
  payments: ['orders'],
  reviews: ['orders'],
  orders: ['customers', 'products', 'lookup'],
  products: ['lookup'],
  customers: ['lookup'],
  events: [],
  lookup: [],
};

/** Share of a column's sampled values that must be among the target's for a link by values. */
const OVERLAP = 0.8;

export function pointsTo(from: DatasetKind, to: DatasetKind): boolean {
  return POINTS_TO[from].includes(to);
}

/** The key column of a file that other files point to, by its kind (lookups: see guessLinks). */
export function keyColumn(file: FileShape): ColumnFacts | undefined {
  const byRole = (role: Role) => file.columns[file.roles.indexOf(role)];
  if (file.kind === 'orders') return byRole('order_id');
  if (file.kind === 'customers') return byRole('customer_id');
  if (file.kind === 'products') return productKeyColumn(file.columns);
  return undefined;
}

export function guessLinks(files: readonly FileShape[]): LinkGuess[] {
  const links: LinkGuess[] = [];
  const linkedLookups = new Set<string>();
  for (const from of files) {
    for (const to of files) {
      if (from === to || !pointsTo(from.kind, to.kind)) continue;
      if (to.kind === 'lookup' && linkedLookups.has(to.name)) continue;
      const targets = to.kind === 'lookup' ? to.columns : [keyColumn(to)].filter((c) => c !== undefined);
      const found = bestLink(from, to, targets);
      if (!found) continue;
      if (to.kind === 'lookup') linkedLookups.add(to.name);
      links.push(found);
    }
  }
  return links;
}

function bestLink(from: FileShape, to: FileShape, targets: readonly ColumnFacts[]): LinkGuess | null {
  const link = (a: ColumnFacts, b: ColumnFacts, reason: string, words: { wording: ErrorWording }): LinkGuess => ({
    from: { file: from.name, column: a.header },
    to: { file: to.name, column: b.header },
    reason,
    ...words,
  });
  for (const target of targets) {
    const same = from.columns.find((c) => norm(c.header) === norm(target.header));
    if (same) {
      return link(
        same,
        target,
        `Same header "${target.header}" in both files.`,
        worded('link_same_header', { header: target.header }),
      );
    }
  }
  const targetRole = to.roles[to.columns.indexOf(targets[0] as ColumnFacts)];
  if (targets.length === 1 && targetRole) {
    const position = from.roles.indexOf(targetRole);
    const column = from.columns[position];
    if (column) {
      return link(
        column,
        targets[0] as ColumnFacts,
        `Both columns hold the ${targetRole.replace('_', ' ')}.`,
        worded('link_same_role', { role: targetRole }),
      );
    }
  }
  for (const target of targets) {
    const wanted = new Set(target.values);
    for (const column of from.columns) {
      const distinct = [...new Set(column.values)];
      if (distinct.length < 2) continue;
      const hits = distinct.filter((v) => wanted.has(v)).length;
      if (hits / distinct.length >= OVERLAP) {
        const pct = Math.round((100 * hits) / distinct.length);
        return link(
          column,
          target,
          `${pct}% of the sampled values of "${column.header}" are values of "${target.header}".`,
          worded('link_overlap', { percent: pct, column: column.header, target: target.header }),
        );
      }
    }
  }
  return null;
}

function norm(header: string): string {
  return header.trim().toLowerCase();
}
