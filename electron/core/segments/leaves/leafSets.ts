/**
 * The members of a rule and of each of its nodes as bitsets, from its leaves (leafPlan.ts): a
 * leaf's members are remembered for the open connection (leafMemory.ts) and, for orders and
 * events conditions, kept in the project file (columnCache/columnStore.ts), so that a recount
 * evaluates only the leaves it has not met for this data and as-of date, and the first count after
 * opening a project reads its orders conditions instead of scanning the order lines.
 *
 * Null where the leaf path does not apply and the caller counts with one SQL query instead:
 * - inside a transaction (an import, a snapshot being written): the data is changing, and a
 *   version read now may be rolled back while looking current to this connection;
 * - a rule of more than MAX_PLANNED_LEAVES distinct leaves: their bitsets would not fit the memory
 *   bound at a million customers, where one SQL scan needs none.
 */

import type { Rule } from '../../../../shared/model/rules.js';
import { bytesOf, readColumn, type StoredColumn, uint32Of, writeColumns } from '../../columnCache/columnStore.js';
import { type CustomerBase, customerBase } from '../../columnCache/customerBase.js';
import { dataStamp } from '../../columnCache/dataStamp.js';
import type { Db } from '../../db/projectFile.js';
import type { Fragment } from '../../db/sqlFragment.js';
import { RuleCompiler } from '../compile.js';
import { type RuleOwner, SegmentCatalog } from '../segmentCatalog.js';
import { and, type Bitset, not, or } from './bitset.js';
import { columnMembers } from './columnLeaf.js';
import { conditionLeafTally } from './conditionLeafTally.js';
import { type ColumnContext, fieldColumn } from './fieldColumn.js';
import { storedLeafName } from './leafKey.js';
import { LeafMemory } from './leafMemory.js';
import { type Plan, type PlanNode, type PlannedLeaf, planRule } from './leafPlan.js';
import { scanLeaves } from './leafScan.js';
import { ordersLeafMembers } from './ordersLeaf.js';

export const MAX_PLANNED_LEAVES = 256;

export interface LeafSets {
  base: CustomerBase;
  customers: number;
  plan: Plan;
  /** Members of a node of the plan (each node combined once). */
  membersOf(node: PlanNode): Bitset;
}

export function leafSets(db: Db, rule: Rule, owner: RuleOwner = {}): LeafSets | null {
  if (db.inTransaction) return null;
  // First: it may rebuild the event profiles, a write that renews the data's version.
  const compiler = new RuleCompiler(db, owner, { cacheOrders: true });
  const entry = customerBase(db);
  const base = entry.base;
  const customers = base.ids.length;
  const memory = LeafMemory.of(db, dataStamp(db));
  const sets = new Map<string, Bitset>();
  const known = (key: string, kept: boolean): boolean => {
    const set = memory.get(key) ?? (kept ? storedLeaf(db, key, customers) : null);
    if (!set) return false;
    sets.set(key, set);
    memory.put(key, set);
    return true;
  };
  const plan = planRule(rule, { compiler, catalog: SegmentCatalog.load(db), owner, asOfDay: compiler.asOf, known });
  if (plan.leaves.size > MAX_PLANNED_LEAVES) return null;
  const columns: ColumnContext = { db, base, asOf: compiler.asOf, toStore: [] };
  // A condition's members from its field's column (columnLeaf.ts); false when it stays on SQL.
  const fromColumns = (leaf: PlannedLeaf): boolean => {
    if (!leaf.condition) return false;
    const column = fieldColumn(columns, leaf.condition.field);
    const set = column && columnMembers(leaf.condition, column, columns.asOf);
    conditionLeafTally.record(leaf.condition.field.key, set ? 'columns' : 'sql');
    if (!set) return false;
    sets.set(leaf.key, set);
    memory.put(leaf.key, set);
    return true;
  };
  const toStore: StoredColumn[] = [];
  const ordersContext = { db, base, customers, asOf: compiler.asOf, toStore: columns.toStore };
  // An orders condition's members from the lines' columns (ordersLeaf.ts); else compiled, a scan.
  const fromLines = (leaf: PlannedLeaf): boolean => {
    if (!leaf.orders) return false;
    const set = ordersLeafMembers(leaf.orders, ordersContext);
    conditionLeafTally.record(`orders:${leaf.orders.rule.measure}`, set ? 'columns' : 'sql');
    if (!set) {
      leaf.fragment = (leaf.compile as () => Fragment)();
      return false;
    }
    sets.set(leaf.key, set);
    memory.put(leaf.key, set);
    toStore.push({ name: storedLeafName(leaf.key), bytes: bytesOf(set) });
    return true;
  };
  const missing = [...plan.leaves.values()].filter(
    (leaf) => (leaf.fragment !== null || leaf.orders !== null) && !fromColumns(leaf) && !fromLines(leaf),
  );
  if (missing.length > 0) {
    const scanned = scanLeaves(
      { db, from: compiler.from(), rowOf: base.rowOf, customers },
      missing.map((leaf) => leaf.fragment as NonNullable<typeof leaf.fragment>),
    );
    missing.forEach((leaf, i) => {
      const set = scanned[i] as Bitset;
      sets.set(leaf.key, set);
      memory.put(leaf.key, set);
      if (leaf.kept) toStore.push({ name: storedLeafName(leaf.key), bytes: bytesOf(set) });
    });
  }
  // The customers' base and fields' columns are kept too, so a reopened project reads them.
  // A column met by several leaves is listed once per leaf.
  const pending = [...new Set([entry.toStore, ...columns.toStore])];
  const writes = [...pending.flat(), ...toStore];
  if (writes.length > 0 && writeColumns(db, writes)) {
    for (const list of pending) list.length = 0;
  }
  const combined = new Map<PlanNode, Bitset>();
  const membersOf = (node: PlanNode): Bitset => {
    let set = combined.get(node);
    if (set) return set;
    if (node.kind === 'leaf') set = sets.get(node.key) as Bitset;
    else if (node.kind === 'not') set = not(membersOf(node.child), customers);
    else set = (node.kind === 'and' ? and : or)(node.children.map(membersOf), customers);
    combined.set(node, set);
    return set;
  };
  return { base, customers, plan, membersOf };
}

function storedLeaf(db: Db, key: string, customers: number): Bitset | null {
  const bytes = readColumn(db, storedLeafName(key));
  if (!bytes) return null;
  const set = uint32Of(bytes);
  return set.length === Math.ceil(customers / 32) ? set : null;
}
