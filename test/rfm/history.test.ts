/**
 * RFM on a short history: when the orders span under 90 days, recency and frequency say little,
 * and the result says so (warning short_history with the span in days).
 */
import { describe, expect, it } from 'vitest';
import { historyWarning } from '../../electron/core/rfm/population.js';
import { rfmResult } from '../../electron/core/rfm/result.js';
import { rfmProject } from './project.js';

describe('the short-history warning of an RFM result', () => {
  it('warns on orders that span 30 days (2024-06-01 to 2024-06-30)', async () => {
    const session = await rfmProject('short-history');
    const result = rfmResult(session.requireProject().db, {});
    expect(result.warnings).toEqual([
      {
        code: 'short_history',
        span_days: 30,
        first_order: '2024-06-01',
        last_order: '2024-06-30',
        message:
          'The orders span only 30 days (2024-06-01 to 2024-06-30). Over so short a history recency and frequency say little: most customers ordered once, and recently. RFM tells more from at least 90 days of orders, better a year.',
      },
    ]);
    session.close();
  });

  it('says nothing on orders that span more than a year (2023-12-05 to 2024-12-31)', async () => {
    const session = await rfmProject('orders');
    expect(rfmResult(session.requireProject().db, {}).warnings).toEqual([]);
    session.close();
  });

  it('counts the span as of the date asked for: only the orders before it', async () => {
    const session = await rfmProject('short-history');
    // Orders before 2024-06-11: 2024-06-01 to 2024-06-10, 10 days.
    const result = rfmResult(session.requireProject().db, { asOf: '2024-06-11' });
    expect(result.warnings.map((w) => w.code === 'short_history' && w.span_days)).toEqual([10]);
    session.close();
  });

  it('draws the line at 90 days, counting both ends', () => {
    const day = (iso: string) => Date.parse(iso) / 86_400_000;
    expect(historyWarning(day('2024-01-01'), day('2024-03-29'))?.span_days).toBe(89);
    expect(historyWarning(day('2024-01-01'), day('2024-03-30'))).toBeNull();
    expect(historyWarning(null, null)).toBeNull();
  });
});
