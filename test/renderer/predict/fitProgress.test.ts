/** The words under the Predict view's progress bar, from the engine's progress events. */
import { describe, expect, it } from 'vitest';
import { fitProgressLabel } from '../../../renderer/src/predict/fitProgress.js';
import { languageT } from '../i18nForTests.js';

describe('fitProgressLabel', () => {
  it('names the phase and how far it is', async () => {
    const t = await languageT('en');
    expect(fitProgressLabel(null, t, 'en')).toBe('Fitting the models…');
    expect(fitProgressLabel({ jobId: 'j', phase: 'reading', done: 0, total: 1 }, t, 'en')).toBe('Reading the orders…');
    expect(fitProgressLabel({ jobId: 'j', phase: 'fit', done: 1, total: 2 }, t, 'en')).toBe(
      'Fitting the models: 1 of 2 done…',
    );
    expect(fitProgressLabel({ jobId: 'j', phase: 'customers', done: 4000, total: 23570 }, t, 'en')).toBe(
      'Predicting each customer: 4,000 of 23,570…',
    );
  });
  it('writes Persian digits in Persian', async () => {
    const t = await languageT('fa');
    expect(fitProgressLabel({ jobId: 'j', phase: 'fit', done: 1, total: 2 }, t, 'fa')).toBe(
      'در حال برازش مدل‌ها: ۱ از ۲ انجام شد…',
    );
  });
});
