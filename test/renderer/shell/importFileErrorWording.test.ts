/**
 * Files the import cannot take, in the app's languages: a workbook or a PDF given as CSV, a file the
 * system cannot open (its own words kept), a file that is no events export, and the preset refusals.
 * The errors are the engine's own; English is its sentence, fa/ar/cy the catalogs'.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { wordedMessage } from '../../../renderer/src/shell/wordedMessage.js';
import { type EngineError, fileErrors } from '../../support/importFileErrors.js';
import { languageT } from '../i18nForTests.js';

let errors: Awaited<ReturnType<typeof fileErrors>>;
beforeAll(async () => {
  errors = await fileErrors();
});
const shape = (e: EngineError) => ({ code: 'IMPORT_FAILED' as const, message: e.message, details: e.details });

describe('a file the import cannot take', () => {
  it('in English, the engine sentence', async () => {
    const en = await languageT('en');
    for (const e of Object.values(errors)) expect(wordedMessage(shape(e), en)).toBe(e.message);
  });

  it('a workbook and a PDF given as CSV, in Persian and Arabic', async () => {
    expect(wordedMessage(shape(errors.workbook), await languageT('fa'))).toBe(
      'book.csv به نظر یک کارپوشهٔ Excel یا فایل فشردهٔ zip است، نه فایل CSV: نخست آن را با قالب CSV ذخیره کنید.',
    );
    expect(wordedMessage(shape(errors.pdf), await languageT('ar'))).toBe(
      'يبدو أن scan.csv مستند PDF، وليس ملف CSV: احفظه أولًا بصيغة CSV.',
    );
  });

  it('a file the system cannot open, its own words kept, in Welsh and Persian', async () => {
    const why = errors.loop.message.slice('loop.csv cannot be read: '.length);
    expect(why.startsWith('ELOOP: ')).toBe(true);
    expect(wordedMessage(shape(errors.loop), await languageT('cy'))).toBe(
      `Ni ellir darllen loop.csv. Neges y system: ${why}`,
    );
    expect(wordedMessage(shape(errors.loop), await languageT('fa'))).toBe(`loop.csv خوانده نمی‌شود. پیام سیستم: ${why}`);
  });

  it('no events export, in Arabic', async () => {
    expect(wordedMessage(shape(errors.notEvents), await languageT('ar'))).toBe(
      'visits.csv ليس ملف أحداث يقرؤه هذا الإصدار: لا تطابق رؤوس أعمدته أيًّا من التخطيطات المعروفة (rees46: event_time, event_type, user_id; ga4: event_timestamp, event_name, user_pseudo_id; matomo: visitorid, type). أعد تسمية الأعمدة وفق أحدها.',
    );
  });

  it('an unknown preset and a header that does not fit one, in Welsh and Persian', async () => {
    expect(wordedMessage(shape(errors.unknownPreset), await languageT('cy'))).toBe(
      'Does dim rhagosodiad o’r enw "shopify": defnyddiwch un o shopify_orders, shopify_customers, woocommerce_orders, mailchimp_audience, olist_orders, olist_order_items, olist_payments, olist_reviews, olist_products, olist_customers, olist_sellers, olist_category_translation.',
    );
    expect(wordedMessage(shape(errors.misfit), await languageT('fa'))).toBe(
      'سرستون‌های فایل با پیش‌تنظیم فایل پرداخت‌های Olist جور نیست: ستون‌هایی را که خروجی آن همیشه دارد ندارد.',
    );
  });
});
