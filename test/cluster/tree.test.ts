/**
 * The CART tree (Breiman et al. 1984) on sets small enough to check by hand, and its rule.
 */
import { describe, expect, it } from 'vitest';
import { fitTree, treeDepth } from '../../electron/core/cluster/tree.js';
import { treeToRule } from '../../electron/core/cluster/treeRule.js';

const input = (rows: number[][], target: number[]) => ({
  values: Float64Array.from(rows.flat()),
  n: rows.length,
  d: rows[0]?.length ?? 0,
  target: Uint8Array.from(target),
});

describe('the decision tree', () => {
  it('splits halfway between neighbouring distinct values where the Gini impurity drops most', () => {
    // x = 1, 2, 3 | 10, 11: members are the last two. Split x <= 6.5 leaves both sides pure
    // (weighted Gini 0); x <= 2.5 gives a left side {1, 2} pure and {3, 10, 11} with 2 of 3:
    // 3 * 2 * (2/3)(1/3) = 4/3 > 0. The split is at 6.5 = (3 + 10) / 2.
    const tree = fitTree(input([[1], [2], [3], [10], [11]], [0, 0, 0, 1, 1]), 3);
    expect(tree).toEqual({
      leaf: false,
      field: 0,
      threshold: 6.5,
      left: { leaf: true, members: 0, size: 3, inCluster: false },
      right: { leaf: true, members: 2, size: 2, inCluster: true },
    });
    expect(treeToRule(tree, ['income'])).toEqual({ field: 'income', op: '>', value: 6.5 });
  });

  it('makes an or of and-groups of the "in" leaves, each field once per side', () => {
    // Points (x, y): A(1,0) in, B(2,2), C(3,8), D(4,9), E(8,0), F(9,2), G(8,8) in, H(9,9) in.
    // n * Gini of a node with m members of n: 2m(n - m)/n. Root: 2*3*5/8 = 3.75. Best root split:
    // x <= 1.5: {A} pure (0) + 7 with 2 members (2*2*5/7 = 2.857); the others are worse (x <= 6
    // and y <= 5: 1.5 + 2 = 3.5; y <= 1: 1 + 2.667). Right of it, x <= 6 ({B, C, D}: 0; {E, F, G, H}:
    // 2*2*2/4 = 2) ties with y <= 5 ({B, E, F}: 0; {C, D, G, H}: 2): the first field wins, the
    // threshold (4 + 8) / 2 = 6. Then y <= 5 splits {E, F} from {G, H}. Leaves "in": {A} and {G, H}.
    const rows = [
      [1, 0],
      [2, 2],
      [3, 8],
      [4, 9],
      [8, 0],
      [9, 2],
      [8, 8],
      [9, 9],
    ];
    const tree = fitTree(input(rows, [1, 0, 0, 0, 0, 0, 1, 1]), 3);
    expect(treeDepth(tree)).toBe(3);
    // On the path to {G, H}: x > 1.5 and x > 6 are one condition, x > 6.
    expect(treeToRule(tree, ['x', 'y'])).toEqual({
      or: [
        { and: [{ field: 'x', op: '<=', value: 1.5 }] },
        {
          and: [
            { field: 'x', op: '>', value: 6 },
            { field: 'y', op: '>', value: 5 },
          ],
        },
      ],
    });
  });

  it('stops at the depth given and gives a pure node no split', () => {
    const one = fitTree(input([[1], [2], [3], [4]], [1, 0, 1, 0]), 1);
    expect(treeDepth(one)).toBeLessThanOrEqual(1);
    expect(fitTree(input([[1], [2]], [1, 1]), 3)).toEqual({ leaf: true, members: 2, size: 2, inCluster: true });
  });
});
