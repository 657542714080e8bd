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

describe("a file preview's refusals and warnings", () => {
  const w = (key: Parameters<typeof worded>[0], values: Record<string, string | number> = {}) =>
    worded(key, values).wording;

  it('too many columns and a role given twice, in Persian with native digits and the role in words', async () => {
    const fa = await languageT('fa');
    expect(wordingText(w('too_many_columns', { name: 'wide.csv', columns: 1950, limit: 1900, excess: 50 }), fa)).toBe(
      '۱٬۹۵۰ ستون از wide.csv انتخاب شده و هر پروژه حداکثر ۱٬۹۰۰ ستون می‌پذیرد: تیک ۵۰ ستون را در پیش‌نمایش بردارید، یا ستون‌هایی را که لازم ندارید از فایل حذف کنید.',
    );
    expect(wordingText(w('role_twice', { role: 'amount', count: 2, headers: '"total", "net"' }), fa)).toBe(
      'نقش مبلغ به ۲ ستون داده شده است ("total", "net")؛ آن را فقط به یک ستون بدهید.',
    );
  });

  it('no customer id, no order date and no amount, in Arabic, Welsh and Persian', async () => {
    const ar = await languageT('ar');
    expect(wordingText(w('no_customer_id_column', { name: 'a.csv' }), ar)).toBe(
      'لم يُحدَّد أي عمود في a.csv على أنه معرّف العميل. اختر واحدًا.',
    );
    const cy = await languageT('cy');
    expect(wordingText(w('no_order_date_column', { name: 'a.csv' }), cy)).toBe(
      'Does dim colofn yn a.csv wedi’i nodi fel dyddiad yr archeb. Dewiswch un.',
    );
    const fa = await languageT('fa');
    expect(wordingText(w('no_amount_column', { name: 'visits.csv' }), fa)).toBe(
      'visits.csv برای محاسبهٔ درآمد به یک ستون مبلغ، یا یک ستون تعداد و یک ستون قیمت واحد نیاز دارد.',
    );
  });

  it('an unclosed quote, an unsure encoding and ambiguous dates, in Arabic, Persian and Welsh', async () => {
    const ar = await languageT('ar');
    expect(wordingText(w('unclosed_quote', { line: 12 }), ar)).toBe(
      'السطر ١٢: علامة اقتباس (") تفتح حقلًا لا يُغلق أبدًا، لذا سيرفض الاستيراد هذا الملف. أغلق علامة الاقتباس أو احذفها أولًا.',
    );
    const fa = await languageT('fa');
    expect(wordingText(w('unsure_encoding', { encoding: 'windows-1256' }), fa)).toBe(
      'کدگذاری فایل با اطمینان شناخته نشد (با windows-1256 خوانده شد): ببینید نام‌ها و متن‌های پیش‌نمایش درست خوانده می‌شوند یا نه؛ اگر نه، کدگذاری دیگری انتخاب کنید یا فایل را با UTF-8 ذخیره کنید.',
    );
    const cy = await languageT('cy');
    expect(wordingText(w('ambiguous_date_order'), cy)).toBe(
      'Mae’r dyddiadau’n gweddu i drefn diwrnod/mis a threfn mis/diwrnod: gwiriwch drefn y dyddiadau',
    );
  });

  it('rows of the wrong width, one and several, in each language', async () => {
    const rows = (count: number) => w('rows_wrong_width', { count, width: 5 });
    const en = await languageT('en');
    expect(wordingText(rows(1), en)).toBe('1 sampled row does not have 5 fields: such rows will be rejected');
    const fa = await languageT('fa');
    expect(wordingText(rows(3), fa)).toBe('۳ سطر از نمونه ۵ فیلد ندارند: چنین سطرهایی رد می‌شوند');
    const ar = await languageT('ar');
    expect(wordingText(rows(2), ar)).toBe('في العينة صفّان لا يساوي عدد حقولهما ٥: سيُرفض هذان الصفّان');
    expect(wordingText(rows(7), ar)).toBe('في العينة ٧ من الصفوف لا يساوي عدد حقولها ٥: ستُرفض هذه الصفوف');
    const cy = await languageT('cy');
    expect(wordingText(rows(1), cy)).toBe('Mae un rhes yn y sampl heb 5 maes: caiff rhesi o’r fath eu gwrthod');
    expect(wordingText(rows(4), cy)).toBe('Rhesi yn y sampl heb 5 maes: 4. Caiff rhesi o’r fath eu gwrthod');
  });
});
