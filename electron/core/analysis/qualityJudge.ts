/**
 * The four criteria of a good segment (issue 4 §5) judged from its figures: pass or warn, a code
 * the interface can translate, and one sentence a workshop participant understands. Pure.
 */
import type { QUALITY_DEFAULTS, QualityChecks } from '../../../shared/contract/analysis.js';
import { round6 } from '../db/rounding.js';

export type QualityMinimums = { -readonly [K in keyof typeof QUALITY_DEFAULTS]: number };

export interface QualityFigures {
  customers: number;
  shareRevenue: number;
  /** Customer fields the rule uses, and members with a value in all of them. */
  fields: string[];
  complete: number;
  /** Fields with the role email or phone, and members with a value in at least one. */
  contactFields: string[];
  reachable: number;
  /** How many other saved segments there are, and the one sharing most (share of the smaller). */
  others: number;
  overlap: { id: number; name: string; share: number } | null;
}

const pct = (x: number): string => `${Number((100 * x).toFixed(1))}%`;
const people = (n: number): string => (n === 1 ? '1 customer' : `${n} customers`);

export function judgeQuality(f: QualityFigures, min: QualityMinimums): QualityChecks {
  return {
    substantial: substantial(f, min),
    measurable: measurable(f, min),
    accessible: accessible(f, min),
    distinct: distinct(f, min),
  };
}

function substantial(f: QualityFigures, min: QualityMinimums): QualityChecks['substantial'] {
  const figures = {
    customers: f.customers,
    share_revenue: round6(f.shareRevenue),
    min_customers: min.minCustomers,
    min_revenue_share: min.minRevenueShare,
  };
  const small = f.customers < min.minCustomers;
  const poor = f.shareRevenue < min.minRevenueShare;
  const size = `${people(f.customers)} and ${pct(f.shareRevenue)} of revenue`;
  const minimums = `minimum ${min.minCustomers} customers and ${pct(min.minRevenueShare)} of revenue`;
  if (f.customers === 0)
    return { ...figures, status: 'warn', reason: 'empty', explanation: 'No customer is in this segment.' };
  if (small && poor)
    return {
      ...figures,
      status: 'warn',
      reason: 'too_small_low_value',
      explanation: `Only ${size} (${minimums}): too small to be worth a campaign of its own.`,
    };
  if (small)
    return {
      ...figures,
      status: 'warn',
      reason: 'too_small',
      explanation: `Only ${people(f.customers)} (minimum ${min.minCustomers}): too few for a campaign of their own.`,
    };
  if (poor)
    return {
      ...figures,
      status: 'warn',
      reason: 'low_value',
      explanation: `Brings only ${pct(f.shareRevenue)} of revenue (minimum ${pct(min.minRevenueShare)}): little value to win.`,
    };
  return { ...figures, status: 'pass', reason: 'ok', explanation: `${size}: big enough to act on (${minimums}).` };
}

function measurable(f: QualityFigures, min: QualityMinimums): QualityChecks['measurable'] {
  const fields = f.fields;
  const min_complete = min.minComplete;
  if (f.customers === 0)
    return {
      share_complete: null,
      fields,
      min_complete,
      status: 'warn',
      reason: 'empty',
      explanation: 'No members, so nothing to measure.',
    };
  const share = f.complete / f.customers;
  const figures = { share_complete: round6(share), fields, min_complete };
  if (fields.length === 0)
    return {
      ...figures,
      status: 'pass',
      reason: 'no_fields',
      explanation: 'The rule uses no customer field that can be missing (only order history or other segments).',
    };
  const list = fields.join(', ');
  if (share < min.minComplete)
    return {
      ...figures,
      status: 'warn',
      reason: 'missing_values',
      explanation: `Only ${pct(share)} of members have a value in every field the rule uses (${list}): the segment rests partly on missing data.`,
    };
  return {
    ...figures,
    status: 'pass',
    reason: 'ok',
    explanation: `${pct(share)} of members have a value in every field the rule uses (${list}).`,
  };
}

function accessible(f: QualityFigures, min: QualityMinimums): QualityChecks['accessible'] {
  const contact_fields = f.contactFields;
  const min_reachable = min.minReachable;
  if (contact_fields.length === 0)
    return {
      share_reachable: null,
      contact_fields,
      min_reachable,
      status: 'warn',
      reason: 'no_contact_fields',
      explanation: 'No contact fields in this project: import customers with an email or phone column to reach them.',
    };
  if (f.customers === 0)
    return {
      share_reachable: null,
      contact_fields,
      min_reachable,
      status: 'warn',
      reason: 'empty',
      explanation: 'No members to reach.',
    };
  const share = f.reachable / f.customers;
  const figures = { share_reachable: round6(share), contact_fields, min_reachable };
  if (share < min.minReachable)
    return {
      ...figures,
      status: 'warn',
      reason: 'unreachable',
      explanation: `Only ${pct(share)} of members have an email or phone (minimum ${pct(min.minReachable)}): many cannot be contacted directly.`,
    };
  return {
    ...figures,
    status: 'pass',
    reason: 'ok',
    explanation: `${pct(share)} of members can be reached by email or phone.`,
  };
}

function distinct(f: QualityFigures, min: QualityMinimums): QualityChecks['distinct'] {
  const none = { overlap_share: null, with: null, max_overlap: min.maxOverlap };
  if (f.customers === 0)
    return {
      ...none,
      status: 'warn',
      reason: 'empty',
      explanation: 'No members, so it cannot be told apart from other segments.',
    };
  if (f.others === 0)
    return {
      ...none,
      status: 'pass',
      reason: 'no_other',
      explanation: 'There is no other saved segment to compare it with.',
    };
  if (f.overlap === null || f.overlap.share === 0)
    return {
      ...none,
      overlap_share: 0,
      status: 'pass',
      reason: 'ok',
      explanation: 'It shares no customer with any other saved segment.',
    };
  const { id, name, share } = f.overlap;
  const figures = { overlap_share: round6(share), with: { id, name }, max_overlap: min.maxOverlap };
  if (share >= min.maxOverlap)
    return {
      ...figures,
      status: 'warn',
      reason: 'overlaps',
      explanation: `${pct(share)} of the customers of the smaller of the two are also in "${name}": the segments are hard to tell apart.`,
    };
  return {
    ...figures,
    status: 'pass',
    reason: 'ok',
    explanation: `Its largest overlap is with "${name}": ${pct(share)} of the smaller segment's customers, so it stands apart.`,
  };
}
