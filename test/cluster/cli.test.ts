import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, segwb } from '../support/cli.js';
import { sharedData, tempDir } from '../support/session.js';

describe('segwb cluster', () => {
  const dir = tempDir();
  const project = path.join(dir, 'mall.segwb');
  beforeAll(() => {
    ensureBuilt();
    const imported = segwb(['import', sharedData('Mall_Customers.csv'), '--project', project], dir);
    expect(imported.code).toBe(0);
  }, 120_000);

  it('prints the exact JSON shape, fields named by key or header', () => {
    const r = segwb(
      [
        'cluster',
        '--project',
        project,
        '--fields',
        'Annual Income (k$),spending score (1-100)',
        '--k-range',
        '2-10',
        '--seed',
        '1',
        '--json',
      ],
      dir,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['k', 'inertia', 'excluded', 'silhouette', 'silhouette_sample', 'clusters']);
    expect(out.k).toBe(5);
    expect(out.inertia).toBe(65.568408);
    expect(out.excluded).toBe(0);
    expect(out.silhouette_sample).toBeNull();
    expect(out.silhouette[3]).toEqual({ k: 5, score: 0.554657 });
    expect(out.clusters[1]).toEqual({
      cluster: 2,
      customers: 39,
      share: 0.195,
      revenue: 0,
      centroid: { 'Annual Income (k$)': 86.538462, 'Spending Score (1-100)': 82.128205 },
    });
  });

  it('says what is wrong with a field or the options', () => {
    const unknown = segwb(['cluster', '--project', project, '--fields', 'Height', '--json'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no field "Height" in this project');
    const both = segwb(['cluster', '--project', project, '--fields', 'Age', '--k', '3', '--k-range', '2-4'], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give either k or kRange, not both');
    const range = segwb(['cluster', '--project', project, '--fields', 'Age', '--k-range', 'two'], dir);
    expect(range.code).toBe(2);
    expect(range.stderr).toContain('--k-range must look like 2-8');
  });

  it('keeps the clustering with --save-as, and says when it replaces one', () => {
    const args = ['cluster', '--project', project, '--fields', 'Annual Income (k$),Spending Score (1-100)'];
    const first = segwb([...args, '--k', '5', '--seed', '1', '--save-as', 'Mall', '--json'], dir);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).k).toBe(5);
    expect(first.stderr).toContain('Saved the clustering as "Mall": rules can use cluster in ["Mall · 1", ...].');
    const again = segwb([...args, '--k', '3', '--save-as', 'Mall', '--json'], dir);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('Replaced the saved clustering "Mall"');
  });
});
