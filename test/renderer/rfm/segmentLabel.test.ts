import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../renderer/src/i18n/resources.js';
import { comparedSegmentLabel, rfmSegmentLabel } from '../../../renderer/src/rfm/segmentLabel.js';

async function tIn(lang: string) {
  const instance = i18next.createInstance();
  await instance.init({ lng: lang, resources, interpolation: { escapeValue: false } });
  return instance.t;
}

describe('rfmSegmentLabel', () => {
  it('translates the names of both named schemes and keeps English as the engine spells it', async () => {
    const fa = await tIn('fa');
    expect(rfmSegmentLabel('Champions', fa)).toBe('قهرمانان');
    expect(rfmSegmentLabel('champions', fa)).toBe('قهرمانان');
    expect(rfmSegmentLabel("Can't Lose Them", await tIn('ar'))).toBe('لا يمكن خسارتهم');
    expect(rfmSegmentLabel('hibernating', await tIn('cy'))).toBe('Yn gaeafgysgu');
    expect(rfmSegmentLabel('At Risk', await tIn('en'))).toBe('At Risk');
  });

  it('shows the names of a custom scheme as typed', async () => {
    const fa = await tIn('fa');
    expect(rfmSegmentLabel('VIP 2024', fa)).toBe('VIP 2024');
    expect(rfmSegmentLabel('toString', fa)).toBe('toString');
  });

  it('translates the RFM part of a compared segment name only', async () => {
    const fa = await tIn('fa');
    expect(comparedSegmentLabel('RFM: Lost', fa)).toBe('RFM: ازدست‌رفته');
    expect(comparedSegmentLabel('Lost', fa)).toBe('Lost');
  });
});
