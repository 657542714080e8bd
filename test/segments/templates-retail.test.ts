/** Templates on Online Retail.csv: orders only, no customer attributes except the country of each order. */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { checkRule } from '../../electron/core/segments/compile.js';
import { countRule } from '../../electron/core/segments/count.js';
import { segmentTemplates } from '../../electron/core/segments/templates.js';
import type { SegmentTemplate } from '../../shared/api.js';
import { importFile, newSession, sharedData, tempDir } from '../support/session.js';

const ONLINE_RETAIL = sharedData('Online Retail.csv');

describe.runIf(fs.existsSync(ONLINE_RETAIL))('templates on Online Retail.csv', () => {
  let db: Db;
  let templates: SegmentTemplate[];
  beforeAll(async () => {
    const dir = tempDir();
    const session = newSession(dir);
    session.create(path.join(dir, 'retail.segwb'));
    await importFile(session, ONLINE_RETAIL);
    db = session.requireProject().db;
    templates = segmentTemplates(db);
  });

  it('disables what needs customer attributes or a customers file, saying what is missing', () => {
    expect(templates.filter((t) => !t.enabled).map((t) => [t.id, t.reason])).toEqual([
      ['age-25-34', 'Needs a field named age or customer_age (any capitalisation).'],
      ['gender', 'Needs a field named gender or sex (any capitalisation).'],
      ['income-band', 'Needs a field named income, annual_income or household_income (any capitalisation).'],
      ['city', 'Needs a field named city or town (any capitalisation).'],
      ['lifestyle', 'Needs a field named lifestyle, interests or interest (any capitalisation).'],
      [
        'high-value-at-risk',
        'Needs a kept lifetime-value fit: open Predict, fit the models and choose "Keep this fit".',
      ],
      ['needs-based-group', 'Needs a saved clustering: open Discover, find the groups and choose "Save the grouping".'],
      ['never-ordered', 'Needs a customers file: customers who never ordered appear only in a customer list.'],
      ['device', 'Needs a field named device, device_type or platform (any capitalisation).'],
      ['traffic-source', 'Needs a field named traffic_source, source or channel (any capitalisation).'],
      ['low-satisfaction', 'Needs a field named satisfaction, satisfaction_score or csat (any capitalisation).'],
      ['industry', 'Needs a field named industry or sector (any capitalisation).'],
      ['company-size', 'Needs a field named company_size, employees or headcount (any capitalisation).'],
    ]);
  });

  it('offers behaviour, value and the country of the orders, with rules that compile', () => {
    const enabled = templates.filter((t) => t.enabled);
    expect(enabled.map((t) => t.name)).toEqual([
      'Country: United Kingdom',
      'One-time buyers',
      'Repeat buyers',
      'Lapsed: no order in the last 180 days',
      'Frequent buyers (5+ orders)',
      'Christmas buyers (ordered in November or December)',
      'Weekend shoppers (ordered on a Saturday or Sunday)',
      expect.stringMatching(/^Top 20% by revenue \(monetary ≥ \d+(\.\d+)?\)$/),
      expect.stringMatching(/^High average order \(aov ≥ \d+(\.\d+)?\)$/),
    ]);
    expect(enabled[0]?.rule).toEqual({
      and: [
        {
          orders: { where: { field: 'country', op: 'in', value: ['United Kingdom'] } },
          measure: 'count',
          op: '>=',
          value: 1,
        },
      ],
    });
    for (const t of enabled) expect(() => checkRule(db, t.rule), t.id).not.toThrow();
    // Checked with a short script over the CSV: 852 customers have a UK line, 797 of them in an
    // order whose total is positive (count counts only those orders).
    expect(countRule(db, enabled[0]?.rule ?? { or: [] }).customers).toBe(797);
  });
});
