/**
 * The CLI's words for files the import cannot take and for a set's link notes: English is the engine's
 * sentence byte for byte (and --json keeps it); fa/ar/cy come from the CLI's catalogs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errorText } from '../../electron/cli/engineWords.js';
import { setCliLanguage } from '../../electron/cli/words/say.js';
import { ensureBuilt, segwb } from '../support/cli.js';
import { awkwardFiles, fileErrors } from '../support/importFileErrors.js';
import { fixture, tempDir } from '../support/session.js';

afterEach(() => setCliLanguage('en'));

describe('a file the import cannot take', () => {
  it('English is the engine sentence; fa, ar and cy are worded', async () => {
    const errors = await fileErrors();
    for (const e of Object.values(errors)) expect(errorText(e.message, e.details)).toBe(e.message);
    setCliLanguage('fa');
    expect(errorText(errors.pdf.message, errors.pdf.details)).toBe(
      'scan.csv به نظر یک سند PDF است، نه فایل CSV: نخست آن را با قالب CSV ذخیره کنید.',
    );
    expect(errorText(errors.unknownPreset.message, errors.unknownPreset.details)).toMatch(
      /^پیش‌تنظیمی به نام «shopify» وجود ندارد: یکی از این‌ها را به کار ببرید: shopify_orders, .*, olist_category_translation\.$/,
    );
    setCliLanguage('ar');
    const why = errors.loop.message.slice('loop.csv cannot be read: '.length);
    expect(errorText(errors.loop.message, errors.loop.details)).toBe(`تتعذّر قراءة loop.csv. رسالة النظام: ${why}`);
    expect(errorText(errors.misfit.message, errors.misfit.details)).toBe(
      'رؤوس أعمدة الملف لا تطابق الإعداد المسبق ملف مدفوعات Olist: تنقصها الأعمدة التي يتضمنها ذلك التصدير دائمًا.',
    );
    setCliLanguage('cy');
    expect(errorText(errors.workbook.message, errors.workbook.details)).toBe(
      'Mae book.csv yn edrych fel llyfr gwaith Excel neu archif zip, nid ffeil CSV: cadwch hi fel CSV yn gyntaf.',
    );
    expect(errorText(errors.notEvents.message, errors.notEvents.details)).toBe(
      'Nid yw visits.csv yn ffeil digwyddiadau y mae’r fersiwn hon yn ei darllen: nid yw ei phennawd yn enwi’r un o’r cynlluniau hysbys (rees46: event_time, event_type, user_id; ga4: event_timestamp, event_name, user_pseudo_id; matomo: visitorid, type). Ailenwch y colofnau i gyd-fynd ag un ohonynt.',
    );
  });
});

describe('segwb import', () => {
  beforeAll(ensureBuilt);
  const files = [fixture('words/lines.csv'), fixture('words/notes/orders.csv')];
  const note = (stdout: string) => stdout.split('\n').find((l) => l.includes('lines.csv.order_id '));

  it("a set's link note in Persian and Arabic, in English unchanged", () => {
    const dir = tempDir();
    const run = (lang: string) =>
      segwb(['import', ...files, '--project', path.join(dir, `${lang}.segwb`), '--lang', lang], dir);
    const fa = run('fa');
    expect(fa.code).toBe(0);
    expect(fa.stdout.split('\n').at(-2)).toBe(
      'یادداشت: ۱ مقدار از ۲ مقدار lines.csv.order_id در orders.csv.order_id نیست (برای نمونه "O2"): آن اقلام کنار گذاشته می‌شوند، چون بدون سفارششان نه مشتری دارند و نه تاریخ.',
    );
    const ar = run('ar');
    expect(ar.stdout.split('\n').at(-2)).toMatch(
      /^.+: ١ من أصل ٢ من قيم lines\.csv\.order_id غير موجودة في orders\.csv\.order_id \(مثل "O2"\): تُستبعد تلك البنود، فهي بلا طلبها لا عميل لها ولا تاريخ\.$/,
    );
    const en = run('en');
    expect(en.stdout.split('\n').at(-2)).toBe(
      'Note: 1 of 2 values of lines.csv.order_id are not in orders.csv.order_id (e.g. "O2"): those lines are left out: without their order they have no customer and no date.',
    );
    expect(note(en.stdout)).toBe('  lines.csv.order_id -> orders.csv.order_id: 1 matched, 1 not matched');
  });

  it('--json keeps the English note whatever the language', () => {
    const dir = tempDir();
    const r = segwb(['import', ...files, '--project', path.join(dir, 'p.segwb'), '--json', '--lang', 'fa'], dir);
    expect(JSON.parse(r.stdout).notes).toEqual([
      '1 of 2 values of lines.csv.order_id are not in orders.csv.order_id (e.g. "O2"): those lines are left out: without their order they have no customer and no date.',
    ]);
  });

  it("a header that does not fit the preset asked for names the preset in the run's language", () => {
    const dir = tempDir();
    const people = path.join(dir, 'people.csv');
    fs.writeFileSync(people, 'Email\nann@example.com\n');
    const run = (lang: string) =>
      segwb(
        ['import', people, '--project', path.join(dir, 'p.segwb'), '--preset', 'olist_payments', '--lang', lang],
        dir,
      );
    const ar = run('ar');
    expect(ar.code).toBe(1);
    expect(ar.stderr.trim()).toBe(
      'segwb import: رؤوس أعمدة الملف لا تطابق الإعداد المسبق ملف مدفوعات Olist: تنقصها الأعمدة التي يتضمنها ذلك التصدير دائمًا.',
    );
    expect(run('en').stderr.trim()).toBe(
      "segwb import: The file's header does not fit the Olist payments file preset: it lacks the columns that export always has.",
    );
  });

  it('a PDF given as CSV, in Welsh', () => {
    const { dir, pdf } = awkwardFiles();
    const r = segwb(['import', pdf, '--project', path.join(dir, 'p.segwb'), '--lang', 'cy'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'segwb import: Mae scan.csv yn edrych fel dogfen PDF, nid ffeil CSV: cadwch hi fel CSV yn gyntaf.',
    );
  });
});

describe('segwb import: why a vendor export or a headerless log was read as it was', () => {
  beforeAll(ensureBuilt);
  const run = (file: string, lang: string) => {
    const dir = tempDir();
    return segwb(['import', file, '--project', path.join(dir, 'p.segwb'), '--lang', lang], dir);
  };

  it('a Shopify orders export in Persian, and in English as the engine says it', () => {
    const fa = run(fixture('sources/shopify_orders_export.csv'), 'fa');
    expect(fa.code).toBe(0);
    expect(fa.stdout.split('\n').slice(0, 4)).toEqual([
      'shopify_orders_export.csv درون‌ریزی شد (سفارش‌ها)',
      '  سرستون‌های «Name»، «Email»، «Financial Status»، «Created at»، «Total»، «Lineitem name» را دارد (خروجی سفارش‌های Shopify)',
      '  خروجی سفارش‌های Shopify: هر سفارش یک سطر (۳ سفارش، نخستین سطر اقلام هر سفارش)؛ مبلغ = Total − Refunded Amount؛ مشتری = Email، با حروف کوچک؛ ۱ سفارش لغوشده («Cancelled at» پر شده) کنار گذاشته شد.',
      '  سطرهای خوانده‌شده     ۳',
    ]);
    const en = run(fixture('sources/shopify_orders_export.csv'), 'en');
    expect(en.stdout.split('\n').slice(0, 4)).toEqual([
      'Imported shopify_orders_export.csv (orders)',
      '  header has "Name", "Email", "Financial Status", "Created at", "Total", "Lineitem name" (Shopify orders export)',
      '  Shopify orders export: 3 orders, one row each (the order\'s first line-item row); amount = Total − Refunded Amount; customer = Email, lower-cased; 1 cancelled order ("Cancelled at" set) skipped.',
      '  rows read      3',
    ]);
  });

  it('a headerless whitespace log in Persian and Arabic', () => {
    const fa = run(fixture('sources/headerless_log.txt'), 'fa');
    expect(fa.code).toBe(0);
    expect(fa.stdout.split('\n')[1]).toBe(
      '  متنی با ستون‌های جداشده با فاصله و بدون سرستون، که گزارش تراکنش‌ها خوانده شد: ستون ۱ شناسه‌های عددیِ با صفر آغازین دارد که تکرار می‌شوند («00007» در ۳ سطر از نمونه)؛ ستون ۳ تاریخ‌های ۸ رقمی (YYYYMMDD) دارد، مثلاً 19970103؛ ستون ۴ کنار مبلغ، عددهای صحیح کوچک دارد؛ ستون ۵ عددهای اعشاریِ شبیه مبلغ دارد، مثلاً 12.49.',
    );
    const ar = run(fixture('sources/headerless_log.txt'), 'ar');
    expect(ar.stdout.split('\n')[1]).toBe(
      '  نص تفصل المسافات بين أعمدته وبلا عناوين، قُرئ سجلَّ معاملات: العمود ١ فيه معرّفات عددية مسبوقة بأصفار تتكرر («00007» في ٣ صفوف من العينة)؛ العمود ٣ فيه تواريخ من ٨ أرقام (YYYYMMDD)، مثل 19970103؛ العمود ٤ فيه أعداد صحيحة صغيرة بجانب المبلغ؛ العمود ٥ فيه أعداد عشرية تشبه المبالغ، مثل 12.49.',
    );
  });

  it('a zip archive refused in Persian and Welsh (no bidi mark escaped), in English as the engine says it', () => {
    const dir = tempDir();
    const zip = path.join(dir, 'export.zip');
    fs.writeFileSync(zip, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(60, 0x61)]));
    const refuse = (lang: string) =>
      segwb(['import', zip, '--project', path.join(dir, `${lang}.segwb`), '--lang', lang], dir).stderr.trim();
    expect(refuse('fa')).toBe(
      'segwb import: export.zip یک فایل فشردهٔ zip است، نه جدول: آن را باز کنید و فایل‌های CSV یا .xlsx درونش را درون‌ریزی کنید.',
    );
    expect(refuse('cy')).toBe(
      'segwb import: Archif zip yw export.zip, nid tabl: dadbaciwch hi a mewnforiwch y ffeiliau CSV neu .xlsx sydd ynddi.',
    );
    expect(refuse('en')).toBe(
      'segwb import: export.zip is a zip archive, not a table: unpack it and import the CSV or .xlsx files inside.',
    );
  });
});
