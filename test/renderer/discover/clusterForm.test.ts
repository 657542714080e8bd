import { describe, expect, it } from 'vitest';
import {
  clusterableFields,
  clusterParams,
  DEFAULT_FORM,
  formProblem,
  toggleField,
} from '../../../renderer/src/discover/clusterForm.js';
import { clusterSegmentRule } from '../../../renderer/src/discover/clusterSegment.js';
import { projectKey, recall, remember } from '../../../renderer/src/discover/discoverMemory.js';
import type { SavedClustering } from '../../../shared/contract/cluster.js';

describe('the Discover form', () => {
  it('asks by default what the engine does by default: recency, frequency, monetary with log1p over k = 2..8', () => {
    expect(clusterParams(DEFAULT_FORM)).toEqual({
      fields: ['recency_days', 'frequency', 'monetary'],
      log: true,
      seed: 42,
      kRange: [2, 8],
    });
  });

  it('asks for one k when fixed, and puts a range typed backwards in order', () => {
    expect(clusterParams({ ...DEFAULT_FORM, kMode: 'fixed', k: 5 })).toEqual({
      fields: ['recency_days', 'frequency', 'monetary'],
      log: true,
      seed: 42,
      k: 5,
    });
    expect(clusterParams({ ...DEFAULT_FORM, kRange: [9, 3] }).kRange).toEqual([3, 9]);
  });

  it('keeps the fields in the order they are listed and refuses to run without one', () => {
    const order = ['recency_days', 'frequency', 'monetary', 'income'];
    const withIncome = toggleField(DEFAULT_FORM, 'income', true, order);
    expect(withIncome.fields).toEqual(['recency_days', 'frequency', 'monetary', 'income']);
    const onlyIncome = ['recency_days', 'frequency', 'monetary'].reduce(
      (form, key) => toggleField(form, key, false, order),
      withIncome,
    );
    expect(onlyIncome.fields).toEqual(['income']);
    expect(formProblem(onlyIncome)).toBe(null);
    expect(formProblem(toggleField(onlyIncome, 'income', false, order))).toBe('noFields');
  });

  it('offers the number metrics (not the 1-5 scores) and the customers file’s numbers, not order columns', () => {
    const fields = [
      { key: 'recency_days', type: 'number', source: 'metrics' },
      { key: 'r_score', type: 'number', source: 'metrics' },
      { key: 'rfm_segment', type: 'category', source: 'metrics' },
      { key: 'income', type: 'number', source: 'customers' },
      { key: 'city', type: 'category', source: 'customers' },
      { key: 'quantity', type: 'number', source: 'orders' },
    ];
    expect(clusterableFields(fields).map((f) => f.key)).toEqual(['recency_days', 'income']);
  });
});

describe('a saved cluster as a segment rule', () => {
  const saved: SavedClustering = {
    name: 'Spring',
    k: 2,
    fields: ['frequency'],
    log: false,
    seed: 42,
    restarts: 10,
    saved_at: '2026-12-06T07:00:00Z',
    replaced: false,
    clusters: [
      { cluster: 1, name: 'rare', customers: 30, value: 'Spring · 1' },
      { cluster: 2, name: 'frequent', customers: 10, value: 'Spring · 2' },
    ],
  };

  it('is the builder’s cluster field, in that one value', () => {
    expect(clusterSegmentRule(saved, 2)).toEqual({ field: 'cluster', op: 'in', value: ['Spring · 2'] });
    expect(clusterSegmentRule(saved, 3)).toBe(null);
  });
});

describe('what Discover remembers between visits', () => {
  const project = { path: '/p/shop.segwb', asOf: '2026-07-01', customers: 5000, orderLines: 20000 };

  it('gives back the last clustering of the same project state only', () => {
    const key = projectKey(project);
    const memory = {
      form: DEFAULT_FORM,
      params: clusterParams(DEFAULT_FORM),
      result: {} as never,
      saved: null,
    };
    remember(key, memory);
    expect(recall(key)).toBe(memory);
    expect(recall(projectKey({ ...project, asOf: '2026-06-01' }))).toBe(null);
    expect(recall(projectKey({ ...project, orderLines: 20001 }))).toBe(null);
  });
});
