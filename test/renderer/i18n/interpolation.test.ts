import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { i18n, initI18n } from '../../../renderer/src/i18n/index.js';
import { initialLanguage } from '../../../renderer/src/i18n/preference.js';

describe('the app i18n instance', () => {
  beforeAll(async () => {
    await initI18n('fa');
  });
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('writes interpolated numbers in the language digits and picks the plural form', async () => {
    await i18n.changeLanguage('fa');
    expect(i18n.t('segments.counts.incomplete', { count: 3 })).toBe('۳ شرط ناقص در شمارش لحاظ نشده‌اند.');
    await i18n.changeLanguage('ar');
    expect(i18n.t('segments.values.chosen', { count: 2 })).toBe('قيمتان');
    expect(i18n.t('segments.values.chosen', { count: 5 })).toBe('٥ قيم');
    expect(i18n.t('segments.values.chosen', { count: 11 })).toBe('١١ قيمة');
    await i18n.changeLanguage('cy');
    expect(i18n.t('segments.sentence.lastDays', { count: 2, days: '2' })).toBe('yn ystod y ddau ddiwrnod diwethaf');
    await i18n.changeLanguage('en');
    expect(i18n.t('segments.counts.incomplete', { count: 1234 })).toBe(
      '1,234 incomplete conditions are left out of the count.',
    );
  });

  it('leaves strings as given', async () => {
    await i18n.changeLanguage('fa');
    expect(i18n.t('data.panel.label', { id: 'C-12' })).toBe('مشتری C-12');
  });
});

describe('initialLanguage', () => {
  it('takes the address parameter first, then the remembered choice, then the browser', () => {
    expect(initialLanguage({ search: '?token=T&lang=fa', stored: 'cy', preferred: ['ar'] })).toBe('fa');
    expect(initialLanguage({ search: '?lang=AR', stored: null, preferred: [] })).toBe('ar');
    expect(initialLanguage({ search: '?lang=xx', stored: 'cy', preferred: ['ar'] })).toBe('cy');
    expect(initialLanguage({ search: '', stored: 'de', preferred: ['ar-SA', 'en'] })).toBe('ar');
    expect(initialLanguage({ search: '', stored: null, preferred: ['de-DE'] })).toBe('en');
  });
});
