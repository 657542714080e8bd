/**
 * The quality scorecard on the hand-made shop. Members: Big {a1, a3}, UK {a1, a2, a6},
 * Recent {a1, a3, a6}, Age 40+ {a3, a4}, Young or French {a1, a6, a5}, Tiny {a2}, Nobody {}.
 * Contacts: a1, a4, a6 email; a2 phone; a3, a5, b7 none.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { segmentQuality } from '../../electron/core/analysis/quality.js';
import { saveSegment } from '../../electron/core/segments/store.js';
import type { Session } from '../../electron/core/session.js';
import { QUALITY_DEFAULTS, type SegmentQuality } from '../../shared/contract/analysis.js';
import type { Rule } from '../../shared/model/rules.js';
import { insertSegment } from '../segments/project.js';
import { analysisProject, saveFixtureSegments } from './fixture.js';

const MINIMUMS = { minCustomers: 2, minRevenueShare: 0.1, minComplete: 0.9, minReachable: 0.5, maxOverlap: 0.8 };

let session: Session;
let cards: Map<string, SegmentQuality>;

beforeAll(async () => {
  ({ session } = await analysisProject());
  const db = session.requireProject().db;
  saveFixtureSegments(session);
  const more: Record<string, Rule> = {
    'Young or French': {
      or: [
        { field: 'age', op: '<', value: 35 },
        { field: 'country', op: 'in', value: ['FR'] },
      ],
    },
    Tiny: { field: 'customer_id', op: 'equals', value: 'a2' },
    Nobody: { field: 'monetary', op: '>', value: 10_000 },
  };
  for (const [name, rule] of Object.entries(more)) saveSegment(db, { name, rule });
  // A rule that no longer compiles (its field went away with a re-import).
  insertSegment(session, 'Broken', { field: 'loyalty_tier', op: 'is_empty' });
  cards = new Map(segmentQuality(db, MINIMUMS).map((c) => [c.name, c]));
});

const card = (name: string) => cards.get(name) as SegmentQuality;

describe('quality scorecard', () => {
  it('passes a big, complete, reachable segment and names its largest overlap', () => {
    expect(card('UK').checks).toEqual({
      substantial: {
        status: 'pass',
        reason: 'ok',
        customers: 3,
        share_revenue: 0.742574, // 750 / 1010
        min_customers: 2,
        min_revenue_share: 0.1,
        explanation: '3 customers and 74.3% of revenue: big enough to act on (minimum 2 customers and 10% of revenue).',
      },
      measurable: {
        status: 'pass',
        reason: 'ok',
        share_complete: 1,
        fields: ['country'],
        min_complete: 0.9,
        explanation: '100% of members have a value in every field the rule uses (country).',
      },
      accessible: {
        status: 'pass',
        reason: 'ok',
        share_reachable: 1, // a1 and a6 by email, a2 by phone
        contact_fields: ['email', 'phone'],
        min_reachable: 0.5,
        explanation: '100% of members can be reached by email or phone.',
      },
      distinct: {
        // Tiny = {a2} lies wholly inside UK: 1 of the smaller's 1 customer.
        status: 'warn',
        reason: 'overlaps',
        overlap_share: 1,
        with: { id: card('Tiny').id, name: 'Tiny' },
        max_overlap: 0.8,
        explanation:
          '100% of the customers of the smaller of the two are also in "Tiny": the segments are hard to tell apart.',
      },
    });
  });

  it('warns when members lack a value the rule decides on', () => {
    // a5 is in by country FR but has no age: 2 of 3 complete.
    expect(card('Young or French').checks?.measurable).toEqual({
      status: 'warn',
      reason: 'missing_values',
      share_complete: 0.666667,
      fields: ['age', 'country'],
      min_complete: 0.9,
      explanation:
        'Only 66.7% of members have a value in every field the rule uses (age, country): the segment rests partly on missing data.',
    });
    // Largest overlap: UK and Recent both hold 2 of its 3; the lower id (UK) is named.
    expect(card('Young or French').checks?.distinct).toMatchObject({
      status: 'pass',
      overlap_share: 0.666667,
      with: { name: 'UK' },
    });
  });

  it('warns for too small and too little revenue together', () => {
    expect(card('Tiny').checks?.substantial).toMatchObject({
      status: 'warn',
      reason: 'too_small_low_value',
      customers: 1,
      share_revenue: 0.049505, // 50 / 1010
      explanation:
        'Only 1 customer and 5% of revenue (minimum 2 customers and 10% of revenue): too small to be worth a campaign of its own.',
    });
    // customer_id is never missing: nothing to measure.
    expect(card('Tiny').checks?.measurable).toMatchObject({
      status: 'pass',
      reason: 'no_fields',
      share_complete: 1,
      fields: [],
    });
  });

  it('judges reach and overlap per segment', () => {
    const summary = [...cards.values()].map((c) => [
      c.name,
      c.checks?.substantial.status,
      c.checks?.measurable.status,
      c.checks?.accessible.share_reachable,
      c.checks?.distinct.with?.name ?? null,
      c.checks?.distinct.overlap_share,
      c.checks?.distinct.status,
    ]);
    expect(summary).toEqual([
      // Big {a1, a3}: Recent holds both -> 1; a1 reachable, a3 not -> 0.5 (the minimum: pass).
      ['Big', 'pass', 'pass', 0.5, 'Recent', 1, 'warn'],
      ['UK', 'pass', 'pass', 1, 'Tiny', 1, 'warn'],
      // Recent {a1, a3, a6}: Big (2 of 2) -> 1; a1, a6 reachable -> 2/3.
      ['Recent', 'pass', 'pass', 0.666667, 'Big', 1, 'warn'],
      // Age 40+ {a3, a4}: Big and Recent hold a3 (1 of 2); a4 reachable.
      ['Age 40+', 'pass', 'pass', 0.5, 'Big', 0.5, 'pass'],
      ['Young or French', 'pass', 'warn', 0.666667, 'UK', 0.666667, 'pass'],
      ['Tiny', 'warn', 'pass', 1, 'UK', 1, 'warn'],
      ['Nobody', 'warn', 'warn', null, null, null, 'warn'],
      ['Broken', undefined, undefined, undefined, null, undefined, undefined],
    ]);
    expect(card('Nobody').checks?.substantial.explanation).toBe('No customer is in this segment.');
    expect(card('Nobody').checks?.accessible.reason).toBe('empty');
  });

  it('reports a rule that cannot be evaluated instead of failing the scorecard', () => {
    expect(card('Broken')).toMatchObject({ checks: null });
    expect(card('Broken').error).toMatch(/Unknown field "loyalty_tier"/);
  });

  it('uses the default minimums: 30 customers is not reached here', () => {
    const defaults = segmentQuality(session.requireProject().db, { ...QUALITY_DEFAULTS });
    expect(defaults[0]?.checks?.substantial).toMatchObject({
      status: 'warn',
      reason: 'too_small',
      min_customers: 30,
      min_revenue_share: 0.01,
      explanation: 'Only 2 customers (minimum 30): too few for a campaign of their own.',
    });
  });
});

describe('quality without contact fields or other segments', () => {
  it('says so', async () => {
    const { session: bare } = await analysisProject();
    const db = bare.requireProject().db;
    db.prepare("UPDATE fields SET role = NULL WHERE role IN ('email', 'phone')").run();
    saveSegment(db, { name: 'Big', rule: { field: 'monetary', op: '>=', value: 200 } });
    const [only] = segmentQuality(db, MINIMUMS);
    expect(only?.checks?.accessible).toEqual({
      status: 'warn',
      reason: 'no_contact_fields',
      share_reachable: null,
      contact_fields: [],
      min_reachable: 0.5,
      explanation: 'No contact fields in this project: import customers with an email or phone column to reach them.',
    });
    expect(only?.checks?.distinct).toEqual({
      status: 'pass',
      reason: 'no_other',
      overlap_share: null,
      with: null,
      max_overlap: 0.8,
      explanation: 'There is no other saved segment to compare it with.',
    });
    bare.close();
  });
});
