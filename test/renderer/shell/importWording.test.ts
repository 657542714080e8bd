/**
 * The workbook and linked-set messages in the app's languages: the engine sends each with its wording
 * (shared/errorWording.ts), and the catalogs word it, the kind of data in words, numbers in native digits.
 */
import { describe, expect, it } from 'vitest';
import { wordedMessage, wordingText } from '../../../renderer/src/shell/wordedMessage.js';
import { worded } from '../../../shared/errorWording.js';
import { languageT } from '../i18nForTests.js';

const error = (details: Record<string, unknown>) => ({ code: 'IMPORT_FAILED' as const, message: 'English', details });

describe('workbook messages', () => {
  it('an empty sheet, in Persian', async () => {
    const fa = await languageT('fa');
    expect(wordedMessage(error(worded('empty_sheet', { name: 'book.xlsx', sheet: 'Notes' })), fa)).toBe(
      'برگهٔ «Notes» از book.xlsx خالی است: چیزی برای درون‌ریزی نیست.',
    );
  });

  it('an old .xls workbook, in Arabic', async () => {
    const ar = await languageT('ar');
    expect(wordedMessage(error(worded('xls_workbook', { name: 'old.xls' })), ar)).toBe(
      'old.xls مصنف Excel قديم (‎.xls) لا تستطيع منصة العمل قراءته: افتحه في Excel واحفظه بصيغة ‎.xlsx (Excel Workbook) أو CSV، ثم استورد ذلك الملف.',
    );
  });

  it('a password-protected workbook, in Welsh', async () => {
    const cy = await languageT('cy');
    expect(wordedMessage(error(worded('encrypted_workbook', { name: 'locked.xlsx' })), cy)).toBe(
      'Mae locked.xlsx yn llyfr gwaith wedi’i ddiogelu â chyfrinair: ni ellir ei ddarllen heb ei gyfrinair. Agorwch ef yn Excel, tynnwch y cyfrinair (File > Info > Protect Workbook), cadwch ef, a’i fewnforio eto.',
    );
  });
});

describe('linked-set refusals', () => {
  it('files of one kind, in Persian with the kind in words', async () => {
    const fa = await languageT('fa');
    const { wording } = worded('same_kind_files', { names: 'a.csv, b.csv', kind: 'orders' });
    expect(wordingText(wording, fa)).toBe(
      'a.csv, b.csv همه از نوع سفارش‌ها هستند: از هر نوع فقط یک فایل را می‌توان هم‌زمان درون‌ریزی کرد. برای یکی از آن‌ها نوع دیگری برگزینید، یا جداگانه درون‌ریزی‌شان کنید.',
    );
  });

  it('no orders, customers or events file, in Arabic', async () => {
    const ar = await languageT('ar');
    expect(wordingText(worded('no_main_file').wording, ar)).toBe(
      'لا يحتوي أي من الملفات على طلبات أو عملاء أو أحداث: أضف ملف الطلبات (أو ملف العملاء أو الأحداث).',
    );
  });

  it('a link from a file to itself, and nothing imported, in Welsh and Persian', async () => {
    const cy = await languageT('cy');
    expect(wordedMessage(error(worded('link_same_file', { name: 'lines.csv' })), cy)).toBe(
      'Mae cyswllt yn uno dwy ffeil wahanol; mae’r ddwy ochr yn enwi lines.csv.',
    );
    const fa = await languageT('fa');
    expect(wordedMessage(error(worded('set_refused', { count: 2 })), fa)).toBe(
      'چیزی درون‌ریزی نشد: نخست ۲ مشکلی را که پیش‌نمایش فهرست کرده درست کنید.',
    );
  });
});
