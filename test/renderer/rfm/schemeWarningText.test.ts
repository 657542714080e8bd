/** The custom scheme's row warnings in the app's languages: English as the engine's linter words them. */
import { describe, expect, it } from 'vitest';
import { lintScheme } from '../../../electron/core/rfm/schemeLint.js';
import { schemeWarningText } from '../../../renderer/src/rfm/schemeWarningText.js';
import type { RfmSchemeRow } from '../../../shared/contract/rfm.js';
import { languageT } from '../i18nForTests.js';

const rows: RfmSchemeRow[] = [
  { name: 'Recent', r: [4, 5], f: [1, 5], m: [1, 5] },
  { name: 'Recent big', r: [5, 5], f: [1, 5], m: [4, 5] },
  { name: 'Backwards', r: [4, 2], f: [1, 5], m: [1, 5] },
  { name: 'Too high', r: [1, 5], f: [6, 6], m: [1, 5] },
];
const warnings = lintScheme(rows, 5);

describe('custom scheme warnings', () => {
  it('in English, the linter own sentences', async () => {
    const en = await languageT('en');
    expect(warnings.map((w) => w.code)).toEqual(['unreachable', 'reversed', 'out_of_range']);
    for (const w of warnings) expect(schemeWarningText(w, rows, 5, en, 'en')).toBe(w.message);
  });

  it('in Persian, Arabic and Welsh, with native digits', async () => {
    const [unreachable, reversed, outOfRange] = warnings;
    if (!unreachable || !reversed || !outOfRange) throw new Error('the linter found fewer warnings');
    expect(schemeWarningText(unreachable, rows, 5, await languageT('fa'), 'fa')).toBe(
      '«Recent big» (سطر ۲) هرگز جور نمی‌شود: هر امتیازی که توصیف می‌کند پیش‌تر به «Recent» (سطر ۱) رسیده است. آن را بالاتر ببرید یا آن سطرها را تنگ‌تر کنید.',
    );
    expect(schemeWarningText(reversed, rows, 5, await languageT('ar'), 'ar')).toBe(
      'تطلب «Backwards» قيمة R من ٤ إلى ٢: الدرجة الأولى أكبر من الثانية، فلا يمكن أن يطابقها أي عميل. بدّل بينهما.',
    );
    expect(schemeWarningText(outOfRange, rows, 5, await languageT('cy'), 'cy')).toBe(
      'Mae angen F o 6 o leiaf ar "Too high", ond gyda 5 bin mae’r sgorau’n mynd o 1 i 5, felly ni all yr un cwsmer gyfateb.',
    );
  });
});
