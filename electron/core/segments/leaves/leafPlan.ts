/**
 * A rule as groups over leaves: conditions, orders and events conditions and saved lists are
 * leaves; and/or/not are word operations over their members; a reference to a saved segment is
 * expanded into that segment's rule as it is now (so editing it can never serve its old members).
 *
 * Why members alone suffice (no "unknown" set per leaf): compile.ts turns a condition on an empty
 * value into NULL, and SQL's AND and OR then follow three-valued logic, but a rule's members are
 * the customers for whom the whole expression is TRUE, and TRUE(a AND b) = TRUE(a) and TRUE(b),
 * TRUE(a OR b) = TRUE(a) or TRUE(b) hold in three-valued logic too; the only operator that would
 * turn an unknown into a truth is NOT, and compile.ts writes it NOT COALESCE(x, 0), so
 * TRUE(not a) = not TRUE(a). The members of every node are thus a function of its leaves' members.
 *
 * The walk checks the rule as the compiler does, in the same order (the first bad node's error,
 * the same depth limit and segment messages): a leaf not yet known is compiled where it stands; a
 * known leaf was compiled without error for the same data and fields, and is not compiled again
 * (compiling an orders condition is the scan of the order lines the kept members spare).
 */
import {
  isAnd,
  isCondition,
  isEvents,
  isInSegment,
  isNot,
  isOr,
  isOrders,
  type Rule,
} from '../../../../shared/model/rules.js';
import type { Fragment } from '../../db/sqlFragment.js';
import { type CheckedOrders, checkRuleDepth, inSegment, MAX_RULE_DEPTH, type RuleCompiler } from '../compile.js';
import type { CheckedCondition } from '../conditions.js';
import type { RuleOwner, SegmentCatalog } from '../segmentCatalog.js';
import { leafKey } from './leafKey.js';

export type PlanNode =
  | { kind: 'and' | 'or'; children: PlanNode[] }
  | { kind: 'not'; child: PlanNode }
  | { kind: 'leaf'; key: string };

export interface PlannedLeaf {
  key: string;
  /** Orders and events conditions: kept in the project file too (the expensive ones). */
  kept: boolean;
  /** The compiled condition when its members are not known yet. */
  fragment: Fragment | null;
  /** A condition on the customer's own fields, checked, when its members are not known yet. */
  condition: CheckedCondition | null;
  /**
   * An orders condition, checked but not compiled, when its members are not known yet: compiling
   * it scans the order lines, which its columns may spare (ordersLeaf.ts); `compile` does it when not.
   */
  orders: CheckedOrders | null;
  compile: (() => Fragment) | null;
}

export interface Plan {
  root: PlanNode;
  /** Nodes of the rule itself (not inside a referenced segment) by path, as ruleParts names them. */
  byPath: Map<string, PlanNode>;
  leaves: Map<string, PlannedLeaf>;
}

export interface PlanContext {
  compiler: RuleCompiler;
  catalog: SegmentCatalog;
  owner: RuleOwner;
  asOfDay: number | null;
  /** Whether a leaf's members are known (remembered or kept) for the current data. */
  known: (key: string, kept: boolean) => boolean;
}

export function planRule(rule: Rule, context: PlanContext): Plan {
  const plan: Plan = { root: { kind: 'and', children: [] }, byPath: new Map(), leaves: new Map() };
  const trail = context.owner.segmentId === undefined ? [] : [context.owner.segmentId];
  plan.root = walk(rule, '', trail, 0, true, context, plan);
  return plan;
}

function walk(
  rule: Rule,
  path: string,
  trail: readonly number[],
  depth: number,
  own: boolean,
  context: PlanContext,
  plan: Plan,
): PlanNode {
  checkRuleDepth(depth, path);
  const child = (i: number) => (path === '' ? String(i) : `${path}.${i}`);
  let node: PlanNode;
  if (isAnd(rule) || isOr(rule)) {
    const children = isAnd(rule) ? rule.and : rule.or;
    node = {
      kind: isAnd(rule) ? 'and' : 'or',
      children: children.map((r, i) => walk(r, child(i), trail, depth + 1, own, context, plan)),
    };
  } else if (isNot(rule)) {
    node = { kind: 'not', child: walk(rule.not, child(0), trail, depth + 1, own, context, plan) };
  } else if (isInSegment(rule)) {
    const saved = context.catalog.enter(rule.segment, trail, path, context.owner);
    try {
      node = walk(saved, path, [...trail, rule.segment], depth + 1, false, context, plan);
    } catch (error) {
      throw inSegment(error, context.catalog.name(rule.segment), path);
    }
  } else {
    node = leaf(rule, path, trail, depth, context, plan);
  }
  // A reference's own path names the reference; the nodes inside it repeat paths of the rule.
  if (own) plan.byPath.set(path, node);
  return node;
}

function leaf(
  rule: Rule,
  path: string,
  trail: readonly number[],
  depth: number,
  context: PlanContext,
  plan: Plan,
): PlanNode {
  const key = leafKey(rule, context.asOfDay);
  const kept = isOrders(rule) || isEvents(rule);
  const planned = plan.leaves.get(key);
  // A leaf whose "where" would pass the depth limit here is compiled, which reports it.
  const fits = depth + whereDepth(rule) <= MAX_RULE_DEPTH;
  if (fits && (planned || context.known(key, kept))) {
    if (!planned) plan.leaves.set(key, { key, kept, fragment: null, condition: null, orders: null, compile: null });
    return { kind: 'leaf', key };
  }
  if (isOrders(rule)) {
    const orders = context.compiler.checkedOrders(rule, path, trail, depth);
    const compile = () => context.compiler.nodeAt(rule, path, trail, depth);
    plan.leaves.set(key, { key, kept, fragment: null, condition: null, orders, compile });
    return { kind: 'leaf', key };
  }
  const fragment = context.compiler.nodeAt(rule, path, trail, depth);
  const condition = isCondition(rule) ? context.compiler.checked(rule, path) : null;
  plan.leaves.set(key, { key, kept, fragment, condition, orders: null, compile: null });
  return { kind: 'leaf', key };
}

/** Levels an orders or events condition's "where" adds below the condition. */
function whereDepth(rule: Rule): number {
  const where = isOrders(rule) ? rule.orders.where : isEvents(rule) ? rule.events.where : undefined;
  return where === undefined ? 0 : 1 + nodeDepth(where);
}

function nodeDepth(rule: Rule): number {
  if (isAnd(rule) || isOr(rule)) {
    const children = isAnd(rule) ? rule.and : rule.or;
    return 1 + Math.max(-1, ...children.map(nodeDepth));
  }
  if (isNot(rule)) return 1 + nodeDepth(rule.not);
  return 0;
}
