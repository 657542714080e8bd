/**
 * The engine's warnings and the import's question in the CLI's four languages: English word for word
 * as the engine's own message (the output scripts read is unchanged), fa/ar/cy from the catalogs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { alreadyHasText, clvWarningText, rfmHistoryText } from '../../electron/cli/engineWords.js';
import { setCliLanguage } from '../../electron/cli/words/say.js';
import { clvWarnings, type WarningFacts } from '../../electron/core/clv/warnings.js';
import { historyWarning } from '../../electron/core/rfm/population.js';
import type { BgNbdFit, ClvWarning, GammaGammaFit } from '../../shared/contract/clv.js';
import type { RfmHistoryWarning } from '../../shared/contract/rfm.js';
import { WorkbenchError } from '../../shared/errors.js';
import { worded } from '../../shared/errorWording.js';

afterEach(() => setCliLanguage('en'));

/** Facts that raise every warning: no fit converged, no standard errors, a short calibration. */
const shaky: WarningFacts = {
  bgnbd: { converged: false, standardErrors: null } as unknown as BgNbdFit,
  gammaGamma: { converged: false, standardErrors: null } as unknown as GammaGammaFit,
  repeatCustomers: 42,
  spendExcluded: 3,
  calibrationLength: 12.34,
  horizon: 52,
  unit: 'week',
};
const noSpend: WarningFacts = {
  ...shaky,
  bgnbd: { converged: true, standardErrors: null } as unknown as BgNbdFit,
  gammaGamma: null,
};
const allWarnings = [...clvWarnings(shaky), ...clvWarnings(noSpend)];

// 2024-01-01 .. 2024-01-10 and one day: the engine's day numbers (days since 1970-01-01).
const DAY = 19723;
const tenDays = historyWarning(DAY, DAY + 9) as RfmHistoryWarning;
const oneDay = historyWarning(DAY, DAY) as RfmHistoryWarning;

describe('engine warnings in English are the engine message, word for word', () => {
  it('every lifetime-value warning', () => {
    expect(allWarnings.map((w) => w.code).sort()).toEqual([
      'few_repeat_customers',
      'few_repeat_customers',
      'no_convergence',
      'no_spend_model',
      'no_standard_errors',
      'no_standard_errors',
      'short_calibration',
      'short_calibration',
      'spend_excluded',
      'spend_excluded',
    ]);
    for (const w of allWarnings) expect(clvWarningText(w)).toBe(w.message);
  });

  it('the short-history warning, for one day and for several', () => {
    expect(rfmHistoryText(oneDay)).toBe(oneDay.message);
    expect(rfmHistoryText(tenDays)).toBe(tenDays.message);
  });

  it('the question of data the project already has', () => {
    const error = new WorkbenchError('NEEDS_CONFIRMATION', 'This project already has orders from old.csv.', {
      ...worded('already_has_data', { kind: 'orders', file: 'old.csv' }),
    });
    expect(alreadyHasText(error)).toBe(error.message);
  });
});

describe('engine warnings in Persian, Arabic and Welsh', () => {
  const warningOf = (code: ClvWarning['code']): ClvWarning => {
    const found = clvWarnings(shaky).find((w) => w.code === code);
    if (!found) throw new Error(`no ${code} warning`);
    return found;
  };
  const few = warningOf('few_repeat_customers');
  const noConvergence = warningOf('no_convergence');
  const shortCalibration = warningOf('short_calibration');

  it('Persian, with Persian digits', () => {
    setCliLanguage('fa');
    expect(clvWarningText(few)).toBe(
      'فقط ۴۲ مشتری پیش از پایان دورهٔ آموزش دوباره خرید کرده‌اند؛ با کمتر از ۱۰۰ مشتری، پارامترهای برازش‌شده قطعیت ندارند. پایان دوره را دیرتر بگذارید یا سابقهٔ بیشتری وارد کنید و به خطاهای معیار توجه کنید.',
    );
    expect(clvWarningText(shortCalibration)).toBe(
      'دورهٔ آموزش (۱۲٫۳ هفته) از افق پیش‌بینی (۵۲ هفته) کوتاه‌تر است: پیش‌بینی‌ها دورتر از سابقهٔ پشتشان را می‌بینند.',
    );
    expect(rfmHistoryText(tenDays)).toBe(
      'سفارش‌ها فقط ۱۰ روز را در بر می‌گیرند (2024-01-01 تا 2024-01-10). در چنین تاریخچهٔ کوتاهی تازگی و تکرار چیز زیادی نمی‌گویند، چون بیشتر مشتریان یک بار و به‌تازگی خرید کرده‌اند. RFM با دست‌کم ۹۰ روز سفارش، و بهتر از آن یک سال، گویاتر است.',
    );
    const error = new WorkbenchError('NEEDS_CONFIRMATION', 'This project already has orders from old.csv.', {
      ...worded('already_has_data', { kind: 'orders', file: 'old.csv' }),
    });
    expect(alreadyHasText(error)).toBe('این پروژه از پیش سفارش‌ها را از old.csv دارد.');
  });

  it('Arabic, with Arabic digits', () => {
    setCliLanguage('ar');
    expect(clvWarningText(noConvergence)).toBe(
      'ملاءمة BG/NBD وGamma-Gamma لم تستقر على حل أمثل واحد من نقاط بدايتها؛ قد تكون معاملاتها وتنبؤاتها غير دقيقة.',
    );
    expect(rfmHistoryText(tenDays)).toBe(
      'لا تمتد الطلبات إلا على فترة قصيرة عدد أيامها ١٠ (2024-01-01 إلى 2024-01-10). في تاريخ بهذا القِصر لا تقول الحداثة والتكرار الكثير، فمعظم العملاء طلبوا مرة واحدة ومؤخرًا. يصبح RFM أوضح مع طلبات تمتد ٩٠ يومًا على الأقل، والأفضل سنة كاملة.',
    );
    const events = new WorkbenchError('NEEDS_CONFIRMATION', 'This project already has events.', {
      kind: 'events',
      ...worded('already_has_events'),
    });
    expect(alreadyHasText(events)).toBe('في هذا المشروع أحداث بالفعل.');
  });

  it('Welsh', () => {
    setCliLanguage('cy');
    expect(clvWarningText(noConvergence)).toBe(
      'Ni setlodd ffit BG/NBD a Gamma-Gamma ar un optimwm o’i fannau cychwyn; gall ei baramedrau a’i ragfynegiadau fod yn anghywir.',
    );
    expect(clvWarningText(shortCalibration)).toBe(
      'Mae’r cyfnod graddnodi (12.3 wythnos) yn fyrrach na’r gorwel (52 wythnos): mae’r rhagfynegiadau’n edrych ymhellach ymlaen na’r hanes y tu ôl iddynt.',
    );
    expect(rfmHistoryText(tenDays)).toBe(
      'Dim ond 10 diwrnod (2024-01-01 i 2024-01-10) y mae’r archebion yn ei rychwantu. Dros hanes mor fyr dydy diweddarwch ac amlder ddim yn dweud llawer: mae’r rhan fwyaf o gwsmeriaid wedi archebu unwaith, ac yn ddiweddar. Mae RFM yn dweud mwy o o leiaf 90 diwrnod o archebion, blwyddyn yn well.',
    );
  });
});
