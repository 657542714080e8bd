/**
 * RFM as SQL: the breaks through percentile_cont on PostgreSQL and DuckDB (breakSql.ts argues why
 * its floating-point h never changes a score), the ordered values on SQLite.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAsOf } from '../../electron/core/metrics/asOf.js';
import { computeRfm } from '../../electron/core/rfm/compute.js';
import { quantileType7 } from '../../electron/core/rfm/quantile.js';
import { allCustomerRows } from '../../electron/core/rfm/result.js';
import { resolveSettings } from '../../electron/core/rfm/settings.js';
import { rfmSql } from '../../electron/core/warehouse/rfmSql.js';
import { fixture, importFile, newSession, tempDir } from '../support/session.js';
import { duckdbEngine, sqliteEngine } from './engines.js';

describe('the breaks of rfm --sql', () => {
  it('(N - 1) k / bins in floating point is the whole number whenever the exact one is, N up to a million', () => {
    const fractions = [
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
      [1, 4],
      [2, 4],
      [3, 4],
      [1, 3],
      [2, 3],
    ] as const;
    let off = 0;
    for (let n1 = 1; n1 <= 1_000_000; n1 += 1) {
      for (const [k, bins] of fractions) {
        if ((n1 * k) % bins === 0 && n1 * (k / bins) !== (n1 * k) / bins) off += 1;
      }
    }
    expect(off).toBe(0);
  });

  it('are percentile_cont on PostgreSQL, quantile_cont on DuckDB and the ordered values on SQLite', () => {
    const settings = resolveSettings({ bins: 5, scheme: 'rfm-classic' });
    const postgres = rfmSql('postgres', settings, 19_900);
    expect(postgres).toContain('percentile_cont(0.6) WITHIN GROUP (ORDER BY monetary) AS monetary_3');
    expect(postgres).not.toContain('ROW_NUMBER()');
    const duckdb = rfmSql('duckdb', settings, 19_900);
    expect(duckdb).toContain("quantile_cont(recency, CAST('0.2' AS DOUBLE)) AS recency_1");
    expect(duckdb).not.toContain('ROW_NUMBER()');
    const sqlite = rfmSql('sqlite', settings, 19_900);
    expect(sqlite).not.toContain('percentile_cont');
    expect(sqlite).toContain(
      'ranked_monetary AS (SELECT monetary AS x, ROW_NUMBER() OVER (ORDER BY monetary) - 1 AS i',
    );
  });

  it('score as the app where percentile_cont lands an ulp below a whole break (16 between 10 and 25)', async () => {
    const dir = tempDir();
    const session = newSession(dir);
    session.create(path.join(dir, 'interpolated.segwb'));
    await importFile(session, fixture('warehouse/rfm-interpolated.csv'));
    const db = session.requireProject().db;
    // The hazard: type 7 with h in floating point (percentile_cont's formula) gives 15.999999999999998.
    expect(quantileType7([1, 5, 10, 25, 40], 0.6)).toBe(15.999999999999998);
    const input = { bins: 5, scheme: 'rfm-classic' } as const;
    const c = computeRfm(db, input);
    expect(c.model.breaks.monetary).toEqual([4.2, 8, 16, 28]);
    const expected = allCustomerRows(db, c)
      .map((x) => [x.customer_id, x.r, x.f, x.m, x.segment].join('|'))
      .sort();
    for (const engine of [await duckdbEngine(db, tempDir()), await sqliteEngine(db)]) {
      try {
        const got = (await engine.rows(rfmSql(engine.dialect, resolveSettings(input), readAsOf(db).day))).sort();
        expect(got, engine.dialect).toEqual(expected);
      } finally {
        await engine.close();
      }
    }
  });
});
