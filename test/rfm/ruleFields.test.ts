/**
 * r_score, f_score, m_score and rfm_segment as rule fields: they select exactly the customers
 * the RFM result puts there, follow the project's RFM settings and as-of date, and the SQL
 * compiler agrees with the reference evaluator on random rules over them.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { readAsOf, writeAsOf } from '../../electron/core/metrics/asOf.js';
import { computeRfm } from '../../electron/core/rfm/compute.js';
import { allCustomerRows, rfmResult } from '../../electron/core/rfm/result.js';
import { resolveSettings, writeProjectSettings } from '../../electron/core/rfm/settings.js';
import { countRule, memberIds } from '../../electron/core/segments/count.js';
import { evaluateRule } from '../../electron/core/segments/evaluate.js';
import { fieldProfile } from '../../electron/core/segments/profile.js';
import { loadProjectData } from '../../electron/core/segments/projectData.js';
import type { Session } from '../../electron/core/session.js';
import type { RfmSettings } from '../../shared/contract/rfm.js';
import type { Rule } from '../../shared/model/rules.js';
import { datasetProject } from '../segments/property/dataset.js';
import { readVocabulary, ruleArbitrary } from '../segments/property/ruleArbitrary.js';
import { rfmProject } from './project.js';

const SEED = Number(process.env.SEGWB_PROPERTY_SEED ?? 20_261_124);

function keysOf(db: Db, rule: Rule): string[] {
  const ids = memberIds(db, rule);
  const key = db.prepare('SELECT customer_key FROM customers WHERE id = ?').pluck();
  return ids.map((id) => key.get(id) as string).sort();
}

describe('on the hand-made fixture (scores in compute.test.ts)', () => {
  let session: Session;
  const db = () => session.requireProject().db;
  beforeAll(async () => {
    session = await rfmProject('orders');
  });
  afterAll(() => session.close());

  it('rfm_segment in [Champions] counts the customers the RFM result calls Champions, for every segment', () => {
    expect(countRule(db(), { field: 'rfm_segment', op: 'in', value: ['Champions'] })).toMatchObject({
      customers: 1,
      revenue: 800,
    });
    const rows = allCustomerRows(db(), computeRfm(db(), {}));
    for (const summary of rfmResult(db(), {}).segments) {
      const expected = rows.filter((r) => r.segment === summary.segment).map((r) => r.customer_id);
      expect(keysOf(db(), { field: 'rfm_segment', op: 'in', value: [summary.segment] })).toEqual(expected);
      expect(countRule(db(), { field: 'rfm_segment', op: 'in', value: [summary.segment] }).revenue).toBe(
        summary.revenue,
      );
    }
  });

  it('scores are numbers for the builder; customers without a positive order have none', () => {
    // R: c01 c02 c03 5, c04 4; M 5: c03 (800) and c08 (1000); F 2-3: c01 (2), c02 (3), c08 (2), c09 (3).
    expect(keysOf(db(), { field: 'r_score', op: '>=', value: 4 })).toEqual(['c01', 'c02', 'c03', 'c04']);
    expect(keysOf(db(), { field: 'm_score', op: '=', value: 5 })).toEqual(['c03', 'c08']);
    expect(keysOf(db(), { field: 'f_score', op: 'between', value: [2, 3] })).toEqual(['c01', 'c02', 'c08', 'c09']);
    expect(keysOf(db(), { field: 'rfm_segment', op: 'is_empty' })).toEqual(['c11']);
    expect(keysOf(db(), { not: { field: 'r_score', op: '>', value: 1 } })).toEqual(['c09', 'c10', 'c11']);
    expect(keysOf(db(), { field: 'rfm_segment', op: 'not_in', value: ['Others', 'Lost'] })).toHaveLength(8);
  });

  it('offers the segments with their counts in the builder (fields/profile)', () => {
    const profile = fieldProfile(db(), { key: 'rfm_segment', source: 'metrics' });
    expect(profile).toMatchObject({ type: 'category', filled: 10, empty: 1 });
    expect(profile.values).toHaveLength(10); // every segment but Need Attention has one customer
    expect(fieldProfile(db(), { key: 'r_score', source: 'metrics' })).toMatchObject({ min: 1, max: 5, filled: 10 });
  });

  it("follows the project's RFM settings and as-of date", () => {
    const grid = resolveSettings({ scheme: 'rf-grid' });
    writeProjectSettings(db(), grid);
    try {
      expect(keysOf(db(), { field: 'rfm_segment', op: 'in', value: ['at_risk'] })).toEqual(['c07', 'c09', 'c10']);
      expect(rfmResult(db(), { scheme: 'rf-grid' }).ruleFieldsMatch).toBe(true);
      // An as-of date inside the data (some recencies negative) gives other breaks; the field follows.
      writeAsOf(db(), '2024-12-01');
      const rows = allCustomerRows(db(), computeRfm(db(), { scheme: 'rf-grid' }));
      const champions = rows.filter((r) => r.segment === 'champions').map((r) => r.customer_id);
      expect(keysOf(db(), { field: 'rfm_segment', op: 'in', value: ['champions'] })).toEqual(champions);
    } finally {
      writeAsOf(db(), null);
      db().prepare("DELETE FROM meta WHERE key = 'rfm_settings'").run();
    }
    expect(keysOf(db(), { field: 'rfm_segment', op: 'in', value: ['at_risk'] })).toEqual([]);
  });
});

/** Random rules over the RFM fields (and the others) on a random project, per settings. */
async function agreeOnRandomRules(datasetSeed: number, settings: RfmSettings, asOf: string | null, runs: number) {
  const session = await datasetProject(datasetSeed);
  const db = session.requireProject().db;
  try {
    if (asOf) writeAsOf(db, asOf);
    writeProjectSettings(db, resolveSettings(settings));
    const c = computeRfm(db, settings);
    const rows = allCustomerRows(db, c);
    const vocabulary = readVocabulary(db, readAsOf(db).day as number);
    const distinct = (values: Array<number | string>) => [...new Set(values)];
    vocabulary.customerFields.push(
      { key: 'r_score', type: 'number', values: distinct(rows.map((r) => r.r)) },
      { key: 'f_score', type: 'number', values: distinct(rows.map((r) => r.f)) },
      { key: 'm_score', type: 'number', values: distinct(rows.map((r) => r.m)) },
      { key: 'rfm_segment', type: 'category', values: [...c.model.table.names, 'Nowhere'] },
    );
    // Mostly RFM conditions: keep only them and recency/frequency as the other customer fields.
    vocabulary.customerFields = vocabulary.customerFields.filter((f) =>
      ['r_score', 'f_score', 'm_score', 'rfm_segment', 'recency_days', 'frequency'].includes(f.key),
    );
    const data = loadProjectData(db);
    let some = 0;
    fc.assert(
      fc.property(ruleArbitrary(vocabulary, [], 3), (rule: Rule) => {
        const fromSql = memberIds(db, rule);
        expect(fromSql).toEqual([...evaluateRule(data, rule)].sort((a, b) => a - b));
        if (fromSql.length > 0 && fromSql.length < data.customers.length) some += 1;
      }),
      { numRuns: runs, seed: SEED },
    );
    expect(some).toBeGreaterThan(runs * 0.3);
    // And the segments themselves: SQL, evaluator and the RFM result agree.
    for (const name of c.model.table.names) {
      const rule: Rule = { field: 'rfm_segment', op: 'in', value: [name] };
      expect(memberIds(db, rule).length).toBe(rows.filter((r) => r.segment === name).length);
      expect(evaluateRule(data, rule).size).toBe(rows.filter((r) => r.segment === name).length);
    }
  } finally {
    session.close();
  }
}

describe('compiler and evaluator agree on random rules over RFM fields', () => {
  it('5 bins, rfm-classic, default as-of date', () => agreeOnRandomRules(7, {}, null, 1500));
  it('4 bins, rf-grid, as-of date inside the order range (negative recency)', () =>
    agreeOnRandomRules(8, { bins: 4, scheme: 'rf-grid' }, '2024-01-31', 1500));
  it('3 bins, thresholds, a custom scheme', () =>
    agreeOnRandomRules(
      9,
      {
        bins: 3,
        thresholds: { recency: [30, 200], frequency: [1, 3], monetary: [0, 150.5] },
        customScheme: [
          { name: 'Top', r: [3, 3], f: [2, 3], m: [2, 3] },
          { name: 'Lapsed', r: [1, 1], f: [1, 3], m: [1, 3] },
        ],
      },
      null,
      1000,
    ));
});
