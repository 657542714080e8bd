/**
 * A shallow classification tree that tells one cluster from the rest: CART (Breiman, Friedman,
 * Olshen & Stone 1984, "Classification and Regression Trees", Wadsworth, ch. 4) with the Gini
 * impurity, binary splits "x <= t" / "x > t" on the clustering fields in their own units, each
 * threshold halfway between two neighbouring distinct values of the node's customers. A node is
 * split by the split that lowers the weighted Gini impurity most (strictly; the first field and
 * the lowest threshold on a tie) until it is pure or the depth is reached. A leaf predicts "in the
 * cluster" when most of its customers are members (a tie: not).
 */

export type TreeNode =
  | { leaf: true; members: number; size: number; inCluster: boolean }
  | { leaf: false; field: number; threshold: number; left: TreeNode; right: TreeNode };

export interface TreeInput {
  /** Row-major n x d values in the fields' own units. */
  values: Float64Array;
  n: number;
  d: number;
  /** 1 for a member of the cluster, 0 otherwise. */
  target: Uint8Array;
}

export function fitTree(input: TreeInput, maxDepth: number): TreeNode {
  const all = Int32Array.from({ length: input.n }, (_, i) => i);
  return collapse(grow(input, all, maxDepth));
}

function grow(input: TreeInput, rows: Int32Array, depthLeft: number): TreeNode {
  let members = 0;
  for (const i of rows) members += input.target[i] as number;
  const leaf: TreeNode = { leaf: true, members, size: rows.length, inCluster: 2 * members > rows.length };
  if (depthLeft === 0 || members === 0 || members === rows.length) return leaf;
  const split = bestSplit(input, rows, members);
  if (split === null) return leaf;
  const { values, d } = input;
  const left = rows.filter((i) => (values[i * d + split.field] as number) <= split.threshold);
  const right = rows.filter((i) => (values[i * d + split.field] as number) > split.threshold);
  return {
    leaf: false,
    field: split.field,
    threshold: split.threshold,
    left: grow(input, left, depthLeft - 1),
    right: grow(input, right, depthLeft - 1),
  };
}

/** n * Gini impurity of a node with m members of n: n (1 - p^2 - (1 - p)^2) = 2 m (n - m) / n. */
function weightedGini(m: number, n: number): number {
  return n === 0 ? 0 : (2 * m * (n - m)) / n;
}

function bestSplit(input: TreeInput, rows: Int32Array, members: number): { field: number; threshold: number } | null {
  const { values, d, target } = input;
  const size = rows.length;
  let best: { field: number; threshold: number } | null = null;
  let bestImpurity = weightedGini(members, size);
  for (let f = 0; f < d; f += 1) {
    const sorted = Array.from(rows).sort((a, b) => (values[a * d + f] as number) - (values[b * d + f] as number));
    let leftMembers = 0;
    for (let s = 0; s < size - 1; s += 1) {
      const row = sorted[s] as number;
      leftMembers += target[row] as number;
      const here = values[row * d + f] as number;
      const next = values[(sorted[s + 1] as number) * d + f] as number;
      if (here === next) continue;
      const leftSize = s + 1;
      const impurity = weightedGini(leftMembers, leftSize) + weightedGini(members - leftMembers, size - leftSize);
      if (impurity < bestImpurity) {
        bestImpurity = impurity;
        best = { field: f, threshold: between(here, next) };
      }
    }
  }
  return best;
}

/** Halfway between two neighbouring values, rounded to 6 decimals when that still lies between them. */
function between(low: number, high: number): number {
  const mid = low + (high - low) / 2;
  const rounded = Math.round(mid * 1e6) / 1e6;
  return rounded >= low && rounded < high ? rounded : mid;
}

/** A split whose two sides are leaves predicting the same is that prediction: the rule gets shorter. */
function collapse(node: TreeNode): TreeNode {
  if (node.leaf) return node;
  const left = collapse(node.left);
  const right = collapse(node.right);
  if (left.leaf && right.leaf && left.inCluster === right.inCluster) {
    const members = left.members + right.members;
    const size = left.size + right.size;
    return { leaf: true, members, size, inCluster: left.inCluster };
  }
  return { ...node, left, right };
}

/** The depth of a tree (0 for a single leaf). */
export function treeDepth(node: TreeNode): number {
  return node.leaf ? 0 : 1 + Math.max(treeDepth(node.left), treeDepth(node.right));
}
