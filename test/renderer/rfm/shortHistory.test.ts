import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemeWarnings, shortHistoryText } from '../../../renderer/src/rfm/shortHistory.js';
import type { RfmWarning } from '../../../shared/contract/rfm.js';
import { englishT } from '../i18nForTests.js';

let t: TFunction;
beforeAll(async () => {
  t = await englishT();
});

const SHORT: RfmWarning = {
  code: 'short_history',
  span_days: 30,
  first_order: '2024-06-01',
  last_order: '2024-06-30',
  message: 'The orders span only 30 days.',
};
const UNREACHABLE: RfmWarning = { code: 'unreachable', row: 2, name: 'Loyal', message: 'Row 3 is covered.' };

describe('the short-history notice of the RFM view', () => {
  it('says how many days the orders span, from when to when, and what that means', () => {
    expect(shortHistoryText([UNREACHABLE, SHORT], t, 'en')).toBe(
      'The orders span only 30 days (Jun 1, 2024 to Jun 30, 2024): over so short a history recency and frequency say little, as most customers ordered once, and recently. RFM tells more from at least 90 days of orders, better a year.',
    );
  });

  it('shows nothing on a long history, and gives the scheme table only the scheme warnings', () => {
    expect(shortHistoryText([UNREACHABLE], t, 'en')).toBeNull();
    expect(schemeWarnings([SHORT, UNREACHABLE])).toEqual([UNREACHABLE]);
  });
});
