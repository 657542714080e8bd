import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { savedMessage } from '../../../renderer/src/rfm/savedMessage.js';
import { englishT } from '../i18nForTests.js';

let t: TFunction;
beforeAll(async () => {
  t = await englishT();
});

describe('the message after saving RFM segments', () => {
  it('says in a sentence that nothing was saved, and why, instead of "0 segments saved: ."', () => {
    expect(savedMessage([], t, 'en')).toBe(
      'No segment was saved: no customer has an RFM segment yet. Customers get one with their first order with a positive amount.',
    );
  });

  it('names one segment, or several as a list', () => {
    expect(savedMessage(['Champions'], t, 'en')).toBe('1 segment saved: Champions.');
    expect(savedMessage(['Champions', 'At Risk', 'Lost'], t, 'en')).toBe(
      '3 segments saved: Champions, At Risk, and Lost.',
    );
  });
});
