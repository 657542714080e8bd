import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintText } from '../../../renderer/src/segments/lintText.js';
import type { FieldInfo, LintWarning } from '../../../shared/api.js';
import { languageT } from '../i18nForTests.js';

const FIELDS = [{ key: 'age', label: 'Age' }] as FieldInfo[];
const warning = (w: Omit<LintWarning, 'message'>): LintWarning => ({ ...w, message: 'The engine’s English.' });

let en: TFunction;
let fa: TFunction;
let ar: TFunction;
beforeAll(async () => {
  [en, fa, ar] = await Promise.all([languageT('en'), languageT('fa'), languageT('ar')]);
});

describe('lintText', () => {
  it('words the warnings from reason and values, with the field’s label and the plural of the count', () => {
    const one = warning({ code: 'too_small', reason: 'tooSmall', values: { customers: 1, min: 30 } });
    expect(lintText(one, FIELDS, en, 'en')).toBe(
      'Only 1 customer matches (fewer than 30). Segments with little or no data give unreliable results: widen the rule or merge it with another segment.',
    );
    const two = warning({ code: 'too_small', reason: 'tooSmall', values: { customers: 2, min: 30 } });
    expect(lintText(two, FIELDS, ar, 'ar')).toBe(
      'يطابق عميلان فقط (أقل من ٣٠). الشرائح ذات البيانات القليلة أو المنعدمة تعطي نتائج غير موثوقة: وسّع القاعدة أو ادمجها مع شريحة أخرى.',
    );
    const inOrders = warning({
      code: 'never_matches',
      reason: 'reversedBetween',
      values: { field: 'age', inOrders: 1 },
      path: '0',
    });
    expect(lintText(inOrders, FIELDS, en, 'en')).toBe(
      'In the orders condition: The condition on Age matches no one: the first value is above the second. Swap them.',
    );
    const identical = warning({ code: 'identical', reason: 'identical', values: { names: 'VIP\tLoyal' } });
    expect(lintText(identical, FIELDS, fa, 'fa')).toBe(
      'این بخش دقیقاً همان مشتریان VIP و Loyal را دارد. دو نام برای یک گروه از مشتریان گیج‌کننده است: یکی را نگه دارید.',
    );
  });

  it('falls back to the engine’s English for a reason it does not know', () => {
    const newer = warning({ code: 'never_matches', reason: 'somethingNew', values: {} });
    expect(lintText(newer, FIELDS, fa, 'fa')).toBe('The engine’s English.');
  });
});
