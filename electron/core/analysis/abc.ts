/**
 * ABC classes of customers by revenue (issue 4 §4). Ranked largest first: A = the customers making
 * the first 80% of revenue (the k80 of the Pareto figures), B = the next ones up to 95%, C = the
 * rest, including every customer without revenue (0, only refunds, no orders), so the three
 * classes cover all customers.
 * A class is saved as a rule on monetary value with thresholds taken from the data at that
 * moment (A: monetary >= a; B: b <= monetary < a; C: not monetary >= b). The thresholds stay fixed
 * afterwards: after a re-import the classes keep their meaning in money, not in shares. Customers
 * tied with the last customer of A (or B) are in A (B) too, so A may hold a few more than k80.
 */
import { type AbcClass, type AbcClasses, ALL_CUSTOMERS } from '../../../shared/contract/analysis.js';
import type { Rule } from '../../../shared/model/rules.js';
import { round6 } from '../db/rounding.js';
import { revenueShare } from '../metrics/share.js';
import { countForShare, revenueDescending } from '../pareto/pareto.js';

const ABC_SHARES = { a: 0.8, b: 0.95 } as const;
const ABC_NAMES = { A: 'A customers', B: 'B customers', C: 'C customers' } as const;

/** Lowest monetary value of A and of B; null when no customer has revenue. */
export function abcThresholds(desc: Float64Array): AbcClasses['thresholds'] {
  if (desc.length === 0) return null;
  const kA = countForShare(desc, ABC_SHARES.a);
  const kB = countForShare(desc, ABC_SHARES.b);
  return { a: desc[kA - 1] as number, b: desc[kB - 1] as number };
}

function abcRules(thresholds: AbcClasses['thresholds']): Record<AbcClass['class'], Rule> {
  if (thresholds === null) return { A: { or: [] }, B: { or: [] }, C: { and: [] } };
  const { a, b } = thresholds;
  return {
    A: { field: 'monetary', op: '>=', value: a },
    B: {
      and: [
        { field: 'monetary', op: '>=', value: b },
        { field: 'monetary', op: '<', value: a },
      ],
    },
    // "not >=" rather than "<": a customer without a monetary value is in C too.
    C: { not: { field: 'monetary', op: '>=', value: b } },
  };
}

/** The classes of these customers' monetary values (every customer, with or without revenue). */
export function abcClasses(monetary: ArrayLike<number>): AbcClasses {
  const thresholds = abcThresholds(revenueDescending(Array.from(monetary)));
  const rules = abcRules(thresholds);
  const tally = { A: { customers: 0, revenue: 0 }, B: { customers: 0, revenue: 0 }, C: { customers: 0, revenue: 0 } };
  let total = 0;
  for (let i = 0; i < monetary.length; i += 1) {
    const m = monetary[i] as number;
    total += m;
    // The same tests as the rules above.
    const cls = thresholds && m >= thresholds.a ? 'A' : thresholds && m >= thresholds.b ? 'B' : 'C';
    tally[cls].customers += 1;
    tally[cls].revenue += m;
  }
  const n = monetary.length;
  const classes = (['A', 'B', 'C'] as const).map(
    (cls): AbcClass => ({
      class: cls,
      name: ABC_NAMES[cls],
      rule: rules[cls],
      customers: tally[cls].customers,
      revenue: round6(tally[cls].revenue),
      share_customers: n === 0 ? 0 : round6(tally[cls].customers / n),
      share_revenue: revenueShare(tally[cls].revenue, total),
    }),
  );
  return { thresholds, classes };
}

/** What a saved class says about itself: its definition and that its threshold is fixed. */
export function abcDescription(cls: AbcClass, thresholds: { a: number; b: number }, asOf: string): string {
  const share = { A: 'the first 80%', B: 'the next 15% (80% to 95%)', C: 'the last 5%, and those without revenue' };
  const rule =
    cls.class === 'A'
      ? `monetary >= ${thresholds.a}`
      : cls.class === 'B'
        ? `${thresholds.b} <= monetary < ${thresholds.a}`
        : `monetary < ${thresholds.b} or none`;
  return `${ALL_CUSTOMERS} ranked by revenue: ${share[cls.class]} of revenue. Rule: ${rule}, thresholds fixed on ${asOf} from the data then; save the ABC classes again to update them.`;
}
