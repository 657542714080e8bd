import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { qualityFigure } from '../../../renderer/src/compare/qualityFigure.js';
import type { QualityChecks } from '../../../shared/contract/analysis.js';
import { englishT } from '../i18nForTests.js';

let t: TFunction;
beforeAll(async () => {
  t = await englishT();
});

const base = { status: 'pass' as const, reason: 'ok', explanation: '' };
const checks: QualityChecks = {
  substantial: { ...base, customers: 1234, share_revenue: 0.04, min_customers: 30, min_revenue_share: 0.01 },
  measurable: { ...base, share_complete: 0.95, fields: ['age'], min_complete: 0.9 },
  accessible: { ...base, share_reachable: null, contact_fields: [], min_reachable: 0.5 },
  distinct: { ...base, overlap_share: 0.5, with: { id: 2, name: 'VIP' }, max_overlap: 0.8 },
};

describe('qualityFigure', () => {
  it('states the figure behind each criterion', () => {
    expect(qualityFigure(checks, 'substantial', t, 'en')).toBe('1,234 customers, 4% of revenue');
    expect(qualityFigure(checks, 'measurable', t, 'en')).toBe('95% complete');
    expect(qualityFigure(checks, 'accessible', t, 'en')).toBe('no figure');
    expect(qualityFigure(checks, 'distinct', t, 'en')).toBe('50% shared with VIP');
  });
});
