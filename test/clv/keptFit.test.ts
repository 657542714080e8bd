/**
 * The kept lifetime-value fit on the CDNOW sample: clv/save stores exactly what clv/fit predicts,
 * and the builder fields p_alive, expected_purchases and clv select in SQL what the reference
 * evaluator selects; the "High value at risk" template waits for a kept fit.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { keepClvResult, readSavedClvFit, saveClvFit } from '../../electron/core/clv/keptFit.js';
import { runClv } from '../../electron/core/clv/runClv.js';
import type { Db } from '../../electron/core/db/projectFile.js';
import { memberIds } from '../../electron/core/segments/count.js';
import { evaluateRule } from '../../electron/core/segments/evaluate.js';
import { listFields } from '../../electron/core/segments/fieldList.js';
import { loadProjectData } from '../../electron/core/segments/projectData.js';
import { segmentTemplates } from '../../electron/core/segments/templates.js';
import type { ClvOptions, ClvResult } from '../../shared/contract/clv.js';
import type { Rule } from '../../shared/model/rules.js';
import { cdnowProject } from './projects.js';

const OPTIONS: ClvOptions = { calibrationEnd: '1997-09-30', unit: 'week', horizon: 39 };
let db: Db;
let fit: ClvResult;

const template = () => segmentTemplates(db).find((t) => t.id === 'high-value-at-risk');
const agreed = (rule: Rule): number => {
  const fromSql = memberIds(db, rule);
  expect(fromSql).toEqual([...evaluateRule(loadProjectData(db), rule)].sort((a, b) => a - b));
  return fromSql.length;
};

beforeAll(async () => {
  db = (await cdnowProject()).requireProject().db;
  fit = runClv(db, OPTIONS);
}, 60_000);

describe('before a fit is kept', () => {
  it('lists no predicted field, leaves every customer empty and shows the template disabled', () => {
    expect(readSavedClvFit(db)).toBeNull();
    expect(listFields(db).map((f) => f.key)).not.toContain('p_alive');
    expect(agreed({ field: 'p_alive', op: 'is_empty' })).toBe(2357);
    expect(template()).toMatchObject({ enabled: false, words: { reason: 'needsClvFit' } });
  });
});

describe('clv/save on CDNOW (E = 1997-09-30, weeks, 39 weeks ahead)', () => {
  beforeAll(() => {
    saveClvFit(db, OPTIONS);
  });

  it('keeps the options and the fitted customers', () => {
    expect(readSavedClvFit(db)).toMatchObject({
      options: OPTIONS,
      calibrationEnd: '1997-09-30',
      unit: 'week',
      horizon: 39,
      margin: 1,
      discountRate: null,
      customers: 2349,
    });
  });

  it("stores each customer's values exactly as clv/fit gives them", () => {
    const stored = db
      .prepare(
        `SELECT c.customer_key AS customer_id, p.p_alive, p.expected_purchases, p.expected_spend, p.clv
           FROM clv_predictions p JOIN customers c ON c.id = p.customer ORDER BY c.customer_key`,
      )
      .all();
    const expected = fit.customers
      .map(({ customer_id, p_alive, expected_purchases, expected_spend, clv }) => ({
        customer_id,
        p_alive,
        expected_purchases,
        expected_spend,
        clv,
      }))
      .sort((a, b) => (a.customer_id < b.customer_id ? -1 : 1));
    expect(stored).toEqual(expected);
  });

  it('lists p_alive, expected_purchases and clv as number fields', () => {
    const keys = listFields(db)
      .filter((f) => ['p_alive', 'expected_purchases', 'clv'].includes(f.key))
      .map((f) => [f.key, f.type]);
    expect(keys).toEqual([
      ['p_alive', 'number'],
      ['expected_purchases', 'number'],
      ['clv', 'number'],
    ]);
  });

  it('counts in SQL what the reference evaluator counts, and what the fit says', () => {
    const atRisk = fit.customers.filter((c) => c.p_alive < 0.5).length;
    expect(agreed({ field: 'p_alive', op: '<', value: 0.5 })).toBe(atRisk);
    expect(atRisk).toBe(393);
    // The 8 customers who never spent a positive amount have no purchase day: no prediction.
    expect(agreed({ field: 'p_alive', op: 'is_empty' })).toBe(8);
    expect(agreed({ field: 'expected_purchases', op: '>=', value: 1 })).toBe(
      fit.customers.filter((c) => c.expected_purchases >= 1).length,
    );
    expect(agreed({ not: { field: 'clv', op: '>', value: 100 } })).toBe(
      2357 - fit.customers.filter((c) => (c.clv ?? 0) > 100).length,
    );
  });

  it('enables "High value at risk" with the 80th percentile of clv as its threshold', () => {
    const clvs = fit.customers.map((c) => c.clv as number).sort((a, b) => a - b);
    const p80 = Math.floor((clvs[Math.ceil(0.8 * clvs.length) - 1] as number) * 100 + 1e-6) / 100;
    const t = template();
    expect(t?.enabled).toBe(true);
    expect(t?.rule).toEqual({
      and: [
        { field: 'clv', op: '>=', value: p80 },
        { field: 'p_alive', op: '<', value: 0.5 },
      ],
    });
    const members = fit.customers.filter((c) => (c.clv as number) >= p80 && c.p_alive < 0.5).length;
    expect(agreed(t?.rule as Rule)).toBe(members);
    expect(members).toBe(71);
  });

  it('replaces the kept fit on a new save', () => {
    keepClvResult(db, {}, { ...fit, customers: fit.customers.slice(0, 3) }, '2026-01-01T00:00:00.000Z');
    expect(readSavedClvFit(db)).toMatchObject({ savedAt: '2026-01-01T00:00:00.000Z', options: {}, customers: 3 });
    expect(agreed({ field: 'clv', op: 'not_empty' })).toBe(3);
  });
});
