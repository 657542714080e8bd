import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { qualityExplanation } from '../../../renderer/src/compare/qualityExplanation.js';
import type { QualityChecks } from '../../../shared/contract/analysis.js';
import { languageT } from '../i18nForTests.js';

const warn = { status: 'warn' as const, explanation: '' };
const pass = { status: 'pass' as const, explanation: '' };
const checks: QualityChecks = {
  substantial: {
    ...warn,
    reason: 'too_small',
    customers: 1,
    share_revenue: 0.002,
    min_customers: 30,
    min_revenue_share: 0.01,
  },
  measurable: { ...warn, reason: 'missing_values', share_complete: 0.75, fields: ['age', 'city'], min_complete: 0.9 },
  accessible: { ...pass, reason: 'ok', share_reachable: 0.99, contact_fields: ['email'], min_reachable: 0.8 },
  distinct: { ...warn, reason: 'overlaps', overlap_share: 0.85, with: { id: 2, name: 'VIP' }, max_overlap: 0.8 },
};

let en: TFunction;
let fa: TFunction;
let ar: TFunction;
beforeAll(async () => {
  [en, fa, ar] = await Promise.all([languageT('en'), languageT('fa'), languageT('ar')]);
});

describe('qualityExplanation', () => {
  it('words each criterion from its reason and figures, one customer in the singular', () => {
    expect(qualityExplanation(checks, 'substantial', en, 'en')).toBe(
      'Only 1 customer (minimum 30 customers): too few for a campaign of their own.',
    );
    expect(qualityExplanation(checks, 'measurable', en, 'en')).toBe(
      'Only 75% of members have a value in every field the rule uses (age and city; minimum 90%): the segment rests partly on missing data.',
    );
    expect(qualityExplanation(checks, 'accessible', en, 'en')).toBe('99% of members can be reached by email or phone.');
    expect(qualityExplanation(checks, 'distinct', en, 'en')).toBe(
      '85% of the customers of the smaller of the two are also in “VIP” (limit 80%): the segments are hard to tell apart.',
    );
  });

  it('says it in Persian and Arabic with their digits, and "no overlap at all" when there is none', () => {
    expect(qualityExplanation(checks, 'substantial', fa, 'fa')).toBe(
      'فقط ۱ مشتری (حداقل ۳۰ مشتری): برای کمپینی جداگانه بسیار کم است.',
    );
    expect(qualityExplanation(checks, 'accessible', ar, 'ar')).toBe(
      // Intl's own Arabic percent (٩٩٪ with its letter mark), as the views show it
      `يمكن الوصول إلى ${new Intl.NumberFormat('ar-EG-u-nu-arab', { style: 'percent' }).format(0.99)} من الأعضاء عبر البريد الإلكتروني أو الهاتف.`,
    );
    const alone: QualityChecks = {
      ...checks,
      distinct: { ...pass, reason: 'ok', overlap_share: 0, with: null, max_overlap: 0.8 },
    };
    expect(qualityExplanation(alone, 'distinct', en, 'en')).toBe('It shares no customer with any other saved segment.');
  });

  it('gives the general sentence for a reason it does not know', () => {
    const newer: QualityChecks = { ...checks, accessible: { ...checks.accessible, reason: 'opted_out' } };
    expect(qualityExplanation(newer, 'accessible', en, 'en')).toBe('Whether the members can be contacted.');
  });
});
