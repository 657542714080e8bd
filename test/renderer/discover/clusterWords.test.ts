import { describe, expect, it } from 'vitest';
import { clusterName, plainLabel, uniqueNames } from '../../../renderer/src/discover/clusterName.js';
import { describeDistinctive, formatCentroid } from '../../../renderer/src/discover/clusterText.js';
import { englishT, languageT } from '../i18nForTests.js';

const labels: Record<string, string> = { income: 'Annual Income (k$)', score: 'Spending_Score' };
const labelOf = (key: string) => labels[key] ?? key;

describe('cluster names', () => {
  it('names a cluster by its two most distinctive fields, as the engine does in English', async () => {
    const t = await englishT();
    expect(
      clusterName(
        [
          { field: 'income', z: 1.2 },
          { field: 'score', z: -0.9 },
          { field: 'frequency', z: 0.6 },
        ],
        labelOf,
        t,
      ),
    ).toBe('high annual income, low spending score');
    expect(
      clusterName(
        [
          { field: 'recency_days', z: 1.1 },
          { field: 'frequency', z: -0.7 },
        ],
        labelOf,
        t,
      ),
    ).toBe('lapsed, rare');
    expect(clusterName([{ field: 'monetary', z: 0.49 }], labelOf, t)).toBe('average');
  });

  it('names them in Persian with the Persian comma', async () => {
    const t = await languageT('fa');
    expect(
      clusterName(
        [
          { field: 'frequency', z: 0.8 },
          { field: 'monetary', z: 0.6 },
        ],
        labelOf,
        t,
      ),
    ).toBe('پرخرید، پرهزینه');
  });

  it('numbers a repeated name and drops the unit from a label', () => {
    expect(uniqueNames(['rare', 'average', 'rare', 'rare'], String)).toEqual(['rare', 'average', 'rare 2', 'rare 3']);
    expect(plainLabel('Annual Income (k$)')).toBe('annual income');
    expect(plainLabel('(k$)')).toBe('(k$)');
  });
});

describe('cluster table text', () => {
  it('shows a centroid in its field’s own unit', () => {
    expect(formatCentroid('monetary', 1234.5, 'en')).toBe('1,234.50');
    expect(formatCentroid('recency_days', 73.6, 'en')).toBe('74');
    expect(formatCentroid('frequency', 2.345, 'en')).toBe('2.3');
    expect(formatCentroid('income', 60.567, 'en')).toBe('60.57');
    expect(formatCentroid('monetary', 1234.5, 'fa')).toBe('۱٬۲۳۴٫۵۰');
  });

  it('says how far each distinctive field is from the average, the strongest two', async () => {
    const t = await englishT();
    expect(
      describeDistinctive(
        [
          { field: 'income', z: 1.26 },
          { field: 'score', z: -0.84 },
          { field: 'age', z: 0.1 },
        ],
        labelOf,
        t,
        'en',
      ),
    ).toEqual(['Annual Income (k$) 1.3 SD above average', 'Spending_Score 0.8 SD below average']);
  });
});
