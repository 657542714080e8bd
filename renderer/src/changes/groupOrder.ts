/**
 * The order of a migration's groups, recovered from its cells. The engine lists cells by from group,
 * then to group, both in one order ((new) first, (none) last, else the scheme's or the list's), so
 * the from column and each row's to groups are runs of that order; merged, they give it back.
 */
import type { MigrationCell } from '../../../shared/contract/changes.js';

export interface MigrationGroups {
  /** Row groups (from), in order. */
  from: string[];
  /** Column groups (to), in order. */
  to: string[];
}

/** Merges ordered runs into one order (Kahn's topological sort, ties by first appearance). */
function mergeRuns(runs: readonly (readonly string[])[]): string[] {
  const seen: string[] = [];
  const after = new Map<string, Set<string>>();
  const before = new Map<string, number>();
  const note = (name: string) => {
    if (after.has(name)) return;
    seen.push(name);
    after.set(name, new Set());
    before.set(name, 0);
  };
  for (const run of runs) {
    run.forEach(note);
    for (let i = 1; i < run.length; i += 1) {
      const edges = after.get(run[i - 1] as string) as Set<string>;
      if (edges.has(run[i] as string)) continue;
      edges.add(run[i] as string);
      before.set(run[i] as string, (before.get(run[i] as string) as number) + 1);
    }
  }
  const order: string[] = [];
  const ready = seen.filter((name) => before.get(name) === 0);
  while (ready.length > 0) {
    const name = ready.shift() as string;
    order.push(name);
    for (const next of after.get(name) as Set<string>) {
      const left = (before.get(next) as number) - 1;
      before.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  // Never short: a name left in a cycle (not from the engine) goes last.
  for (const name of seen) if (!order.includes(name)) order.push(name);
  return order;
}

export function migrationGroups(cells: readonly MigrationCell[]): MigrationGroups {
  const fromRun: string[] = [];
  const rows = new Map<string, string[]>();
  for (const cell of cells) {
    if (!rows.has(cell.from)) {
      fromRun.push(cell.from);
      rows.set(cell.from, []);
    }
    (rows.get(cell.from) as string[]).push(cell.to);
  }
  const order = mergeRuns([fromRun, ...rows.values()]);
  const toNames = new Set(cells.map((c) => c.to));
  return { from: order.filter((name) => rows.has(name)), to: order.filter((name) => toNames.has(name)) };
}
