import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { itemsSentence, paretoSentence, top20Sentence } from '../../../renderer/src/pareto/paretoSentence.js';
import type { ParetoSummary } from '../../../shared/api.js';
import { englishT } from '../i18nForTests.js';

let t: TFunction;
beforeAll(async () => {
  t = await englishT();
});

const summary = (share_for_80: number, top20_share: number): ParetoSummary => ({
  customers: 922,
  revenue: 1_234_567.89,
  k80: Math.round(share_for_80 * 922),
  share_for_80,
  top20_share,
  gini: 0.7,
});

describe('paretoSentence', () => {
  it('states the share of customers that brings 80% of revenue, rounded', () => {
    expect(paretoSentence(summary(0.4154, 0.6), t, 'en')).toBe('42% of customers bring 80% of revenue.');
  });

  it('uses the same honest phrasing for a steep or a flat shape', () => {
    expect(paretoSentence(summary(0.05, 0.95), t, 'en')).toBe('5% of customers bring 80% of revenue.');
    expect(paretoSentence(summary(0.7, 0.3), t, 'en')).toBe('70% of customers bring 80% of revenue.');
  });

  it('keeps a decimal for a share under 1%', () => {
    expect(paretoSentence(summary(0.0042, 0.99), t, 'en')).toBe('0.4% of customers bring 80% of revenue.');
  });

  it('adds what the top 20% bring', () => {
    expect(top20Sentence(summary(0.42, 0.6512), t, 'en')).toBe('The top 20% of customers bring 65% of revenue.');
  });

  it('says nothing when there is no revenue', () => {
    const none: ParetoSummary = { customers: 0, revenue: 0, k80: 0, share_for_80: 0, top20_share: 0, gini: 0 };
    expect(paretoSentence(none, t, 'en')).toBeNull();
    expect(top20Sentence(none, t, 'en')).toBeNull();
  });
});

describe('itemsSentence', () => {
  it('says which share of a field’s values brings 80% of revenue', () => {
    const summary = { customers: 8, revenue: 100, k80: 4, share_for_80: 0.5, top20_share: 0.63, gini: 0.47 };
    expect(itemsSentence(summary, 'category', t, 'en')).toBe(
      '50% of the values of “category” bring 80% of revenue (4 of 8).',
    );
    expect(itemsSentence({ ...summary, revenue: 0 }, 'category', t, 'en')).toBeNull();
  });
});
