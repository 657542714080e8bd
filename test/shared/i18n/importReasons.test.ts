/**
 * The shared catalog of import reasons: every language words every key (the type checks that), keeps
 * each placeholder of the English text, writes its own words, and picks plural forms by Intl.PluralRules.
 */
import { describe, expect, it } from 'vitest';
import { IMPORT_REASONS, type PluralText } from '../../../shared/i18n/importReasons.js';
import { type ReasonWording, reasonText } from '../../../shared/i18n/importReasonText.js';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const texts = (entry: string | PluralText) => (typeof entry === 'string' ? [entry] : Object.values(entry));
/** Texts that are the same in every language: figures and codes only. */
const SAME_EVERYWHERE = new Set(['woo_status']);

describe('the import reasons catalog', () => {
  it('keeps every placeholder of the English text in every form of every language, in its own words', () => {
    const english = IMPORT_REASONS.en.reasons;
    for (const lang of ['fa', 'ar', 'cy'] as const) {
      const catalog = IMPORT_REASONS[lang];
      for (const [key, entry] of Object.entries(catalog.reasons)) {
        const wanted = new Set(texts(english[key as keyof typeof english]).flatMap(placeholders));
        for (const text of texts(entry)) {
          // Arabic's one and two forms say the number in words ("طلب واحد", "طلبان"): {{count}} may go.
          const got = new Set(placeholders(text));
          for (const name of wanted) if (name !== 'count') expect(got.has(name), `${lang} ${key}: ${name}`).toBe(true);
          if (!SAME_EVERYWHERE.has(key)) expect(texts(english[key as keyof typeof english])).not.toContain(text);
        }
      }
      for (const [id, name] of Object.entries(catalog.presets)) {
        expect(name, `${lang} ${id}`).not.toBe(IMPORT_REASONS.en.presets[id as keyof typeof catalog.presets]);
      }
    }
  });

  it('picks the plural form of each language', () => {
    const noEmail = (lang: 'en' | 'fa' | 'ar' | 'cy', count: number) =>
      reasonText(lang, { parts: [{ key: 'shopify_customers_no_email', values: { count } }] }, String);
    expect(noEmail('en', 1)).toBe('1 customer without an e-mail address cannot be keyed and will be rejected');
    expect(noEmail('en', 2)).toBe('2 customers without an e-mail address cannot be keyed and will be rejected');
    expect(noEmail('fa', 5)).toBe('5 مشتری نشانی ایمیل ندارند، پس کلیدی برایشان نیست و رد می‌شوند');
    expect([1, 2, 3, 11, 100].map((n) => noEmail('ar', n))).toEqual([
      'عميل واحد بلا عنوان بريد إلكتروني لا مفتاح له وسيُرفض',
      'عميلان بلا عنوان بريد إلكتروني لا مفتاح لهما وسيُرفضان',
      '3 عملاء بلا عنوان بريد إلكتروني لا مفتاح لهم وسيُرفضون',
      '11 عميلًا بلا عنوان بريد إلكتروني لا مفتاح لهم وسيُرفضون',
      '100 عميل بلا عنوان بريد إلكتروني لا مفتاح لهم وسيُرفضون',
    ]);
    expect([1, 4].map((n) => noEmail('cy', n))).toEqual([
      'does gan 1 cwsmer ddim cyfeiriad e-bost i fod yn allwedd, felly caiff ei wrthod',
      'does gan 4 o gwsmeriaid ddim cyfeiriad e-bost i fod yn allwedd, felly cânt eu gwrthod',
    ]);
  });

  it("joins a reason's parts with the language's semicolon and lists with its comma", () => {
    const wording: ReasonWording = {
      parts: [
        { key: 'woo_kind', values: { preset: 'woocommerce_orders', count: 1234, amount: 'Total', customer: 'Mail' } },
        {
          key: 'woo_left_out',
          values: {
            statuses: {
              items: [
                { key: 'woo_status', values: { count: 2, status: 'cancelled' } },
                { key: 'woo_status', values: { count: 1, status: 'pending payment' } },
              ],
            },
          },
        },
      ],
      stop: true,
    };
    const grouped = (n: number) => n.toLocaleString('en-US');
    expect(reasonText('en', wording, grouped)).toBe(
      'WooCommerce orders export: 1,234 orders, one row each, amount = "Total", customer = "Mail" (lower-cased); left out, as they brought no revenue: 2 cancelled, 1 pending payment.',
    );
    const persianDigits = (n: number) => n.toLocaleString('fa-IR-u-nu-arabext');
    expect(reasonText('fa', wording, persianDigits)).toBe(
      'خروجی سفارش‌های WooCommerce: هر سفارش یک سطر (۱٬۲۳۴ سفارش)، مبلغ = «Total»، مشتری = «Mail» (با حروف کوچک)؛ سفارش‌هایی که درآمدی نیاوردند کنار گذاشته شدند (لغوشده: ۲، در انتظار پرداخت: ۱).',
    );
  });
});
