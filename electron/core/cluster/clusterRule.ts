/**
 * cluster/rule: one cluster as an editable segment rule. A shallow CART tree (tree.ts, depth <= 3)
 * is fitted to "in the cluster vs not" over the clustered customers on the clustering fields in
 * their own units, its "in" leaves become a rule (treeRule.ts), and the rule is then counted by the
 * real rule compiler over every customer: precision and recall are what a segment with that rule
 * would select, not what the tree believes.
 */
import type { ClusterRuleParams, ClusterRuleResult } from '../../../shared/contract/cluster.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Db } from '../db/projectFile.js';
import { round6 } from '../db/rounding.js';
import { memberIds } from '../segments/count.js';
import { clusterOrder } from './profile.js';
import { runClustering } from './run.js';
import { fitTree, treeDepth } from './tree.js';
import { treeToRule } from './treeRule.js';

export const MAX_TREE_DEPTH = 3;

export function clusterRule(db: Db, params: ClusterRuleParams): ClusterRuleResult {
  const { cluster, depth, ...clusterParams } = params;
  const run = runClustering(db, clusterParams);
  const { data, fit, result } = run;
  const summary = result.clusters.find((c) => c.cluster === cluster);
  if (!summary) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `There is no cluster ${cluster}: this clustering has clusters 1 to ${result.k}.`,
      { cluster, k: result.k },
    );
  }
  const { order } = clusterOrder(fit);
  const target = new Uint8Array(data.n);
  const members = new Set<number>();
  for (let i = 0; i < data.n; i += 1) {
    if ((order[fit.labels[i] as number] as number) + 1 === cluster) {
      target[i] = 1;
      members.add(data.ids[i] as number);
    }
  }
  const tree = fitTree({ values: data.values, n: data.n, d: data.d, target }, depth ?? MAX_TREE_DEPTH);
  const rule = treeToRule(
    tree,
    run.fields.map((f) => f.key),
  );
  const selected = memberIds(db, rule);
  let truePositives = 0;
  for (const id of selected) if (members.has(id)) truePositives += 1;
  return {
    cluster,
    name: summary.name,
    rule,
    depth: treeDepth(tree),
    members: members.size,
    selected: selected.length,
    true_positives: truePositives,
    precision: selected.length === 0 ? 0 : round6(truePositives / selected.length),
    recall: members.size === 0 ? 0 : round6(truePositives / members.size),
  };
}
