import { describe, expect, it } from 'vitest';
import { MetricKey } from '../../shared/api.js';
import { METRIC_FIELD_KEYS, METRIC_KEYS } from '../../shared/model/metrics.js';

describe('the metric keys', () => {
  it('are the ones the contract accepts, in the same order', () => {
    expect(MetricKey.options).toEqual([...METRIC_KEYS]);
  });

  it('as customer fields leave out the customer id', () => {
    expect(['customer_id', ...METRIC_FIELD_KEYS]).toEqual([...METRIC_KEYS]);
  });
});
