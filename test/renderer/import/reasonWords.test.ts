/**
 * The import's reasons as the app shows them (the mapping table's role tooltips, the preset and its
 * reason, the kind's hint): English is the engine's sentence for every kind of reason, and fa/ar/cy are
 * worded from the shared catalog with the app's digits.
 */
import { describe, expect, it } from 'vitest';
import { type ColumnFacts, suggestRoles } from '../../../electron/core/import/sniff/roles.js';
import { openSource } from '../../../electron/core/import/sources/openSource.js';
import type { OpenedSource } from '../../../electron/core/import/sources/sourceModel.js';
import { presetWords, reasonWords } from '../../../renderer/src/import/reasonWords.js';
import { reasonText } from '../../../shared/i18n/importReasonText.js';
import type { ColumnType, Role } from '../../../shared/model/roles.js';
import { sampleData } from '../../import/paths.js';
import { fixture } from '../../support/session.js';

const column = (index: number, header: string, type: ColumnType, values: string[] = []): ColumnFacts => ({
  index,
  header,
  type,
  values,
});
const columns = [
  column(0, 'Kunde', 'identifier', ['K1', 'K2']),
  column(1, 'Total', 'number'),
  column(2, 'contact', 'text', ['a@b.io', 'c@d.io']),
  column(3, 'reach', 'text', ['+44 7700 900123', '+44 7700 900456']),
  column(4, 'when', 'date'),
  column(5, 'UnitPrice', 'number'),
];
const roles = suggestRoles(columns, 'orders', new Map<Role, number>([['customer_id', 0]]));
const rolesWithPrice = suggestRoles([column(0, 'UnitPrice', 'number')], 'orders');

async function opened(file: string, preset?: string): Promise<OpenedSource> {
  const source = await openSource(file, preset ? { preset } : {});
  source.cleanup();
  return source;
}

describe("the import's reasons in the app's languages", () => {
  it('word every role reason; English is the engine sentence', () => {
    const reasons = [...roles, ...rolesWithPrice].map((r) => r.reason);
    expect(reasons).toEqual([
      'chosen by you',
      'header "Total"',
      'values look like e-mail addresses',
      'values look like phone numbers',
      'first date column in an orders file ("when")',
      'header "UnitPrice"',
      'header "UnitPrice" (a price without a quantity: used as the amount)',
    ]);
    for (const r of [...roles, ...rolesWithPrice]) {
      expect(r.wording && reasonText('en', r.wording, String)).toBe(r.reason);
      expect(reasonWords(r.reason ?? '', r.wording, 'en')).toBe(r.reason);
    }
    const words = (lang: string) => [...roles, ...rolesWithPrice].map((r) => reasonWords('', r.wording, lang));
    expect(words('fa')).toEqual([
      'انتخاب خودتان',
      'سرستون «Total»',
      'مقدارها شبیه نشانی ایمیل‌اند',
      'مقدارها شبیه شمارهٔ تلفن‌اند',
      'نخستین ستون تاریخ در فایل سفارش‌ها («when»)',
      'سرستون «UnitPrice»',
      'سرستون «UnitPrice» (قیمتی بدون تعداد: به‌جای مبلغ به کار رفت)',
    ]);
    expect(words('ar')[4]).toBe('أول عمود تاريخ في ملف طلبات («when»)');
    expect(words('cy')[6]).toBe('pennawd "UnitPrice" (pris heb nifer: fe’i defnyddiwyd fel y swm)');
  });

  it("word each preset's name, why its header is the vendor's, and what its tables are", async () => {
    const shopify = await opened(fixture('sources/shopify_orders_export.csv'));
    const customers = await opened(fixture('sources/shopify_customers_export.csv'));
    const woo = await opened(fixture('sources/woocommerce_orders_export.csv'));
    const mailchimp = await opened(fixture('sources/mailchimp_audience_export.csv'));
    const olist = await Promise.all(
      [
        'olist_orders_dataset.csv',
        'olist_order_items_dataset.csv',
        'olist_order_payments_dataset.csv',
        'olist_order_reviews_dataset.csv',
        'olist_products_dataset.csv',
        'olist_customers_dataset.csv',
        'olist_sellers_dataset.csv',
        'product_category_name_translation.csv',
      ].map((name) => opened(sampleData(`olist_subset/${name}`))),
    );
    const chosen = await opened(sampleData('olist_subset/olist_order_payments_dataset.csv'), 'olist_payments');
    const all = [shopify, customers, woo, mailchimp, ...olist, chosen];
    // English: the engine's sentences, as the app shows them.
    for (const source of all) {
      const preset = source.preset;
      if (!preset) throw new Error(`${source.file}: no preset`);
      expect(presetWords(preset, 'en')).toBe(preset.name);
      expect(reasonText('en', preset.reasonWording, String)).toBe(preset.reason);
      for (const t of source.tables) {
        expect(t.kindReasonWording && reasonText('en', t.kindReasonWording, (n) => n.toLocaleString('en-US'))).toBe(
          t.kindReason,
        );
      }
    }
    expect(olist.map((s) => s.preset?.name)).toEqual([
      'Olist orders file',
      'Olist order items file',
      'Olist payments file',
      'Olist reviews file',
      'Olist products file',
      'Olist customers file',
      'Olist sellers file',
      'Olist category translation file',
    ]);
    expect(chosen.preset?.reason).toBe(
      'chosen by you; header has "order_id", "payment_sequential", "payment_type", "payment_installments", "payment_value" (Olist payments file)',
    );
    expect(olist[0]?.tables[0]?.kindReason).toBe(
      'Olist orders file: one row per order; its amount comes from its items or payments.',
    );

    const preset = (s: OpenedSource, lang: string) =>
      s.preset ? [presetWords(s.preset, lang), reasonWords(s.preset.reason, s.preset.reasonWording, lang)] : [];
    const kind = (s: OpenedSource, lang: string, i = 0) =>
      reasonWords(s.tables[i]?.kindReason ?? '', s.tables[i]?.kindReasonWording, lang);
    expect(preset(shopify, 'fa')).toEqual([
      'خروجی سفارش‌های Shopify',
      'سرستون‌های «Name»، «Email»، «Financial Status»، «Created at»، «Total»، «Lineitem name» را دارد (خروجی سفارش‌های Shopify)',
    ]);
    expect(kind(shopify, 'fa')).toBe(
      'خروجی سفارش‌های Shopify: هر سفارش یک سطر (۳ سفارش، نخستین سطر اقلام هر سفارش)؛ مبلغ = Total − Refunded Amount؛ مشتری = Email، با حروف کوچک؛ ۱ سفارش لغوشده («Cancelled at» پر شده) کنار گذاشته شد.',
    );
    expect(kind(shopify, 'ar', 1)).toBe(
      'ملف تصدير طلبات Shopify: بنود الطلبات المحفوظة (٤ بنود)، مربوطة بطلباتها عبر Name.',
    );
    expect(kind(customers, 'cy')).toBe(
      'Allforiad cwsmeriaid Shopify: un rhes i bob cwsmer, gydag Email yn allwedd (mewn llythrennau bach); does gan 1 cwsmer ddim cyfeiriad e-bost i fod yn allwedd, felly caiff ei wrthod.',
    );
    expect(kind(woo, 'ar')).toBe(
      'ملف تصدير طلبات WooCommerce: صف لكل طلب (٣ طلبات)، المبلغ = «Order Total»، العميل = «Billing Email» (بأحرف صغيرة)؛ استُبعدت الطلبات التي لم تجلب إيرادًا (ملغاة: ١، مستردة: ١، فاشلة: ١).',
    );
    expect(kind(mailchimp, 'fa')).toBe(
      'خروجی مخاطبان Mailchimp: هر سطر یک مخاطب، با کلید Email Address (با حروف کوچک).',
    );
    expect(preset(chosen, 'cy')).toEqual([
      'Ffeil taliadau Olist',
      'eich dewis chi; mae gan y pennawd "order_id", "payment_sequential", "payment_type", "payment_installments", "payment_value" (Ffeil taliadau Olist)',
    ]);
    expect(kind(olist[0] as OpenedSource, 'ar')).toBe('ملف طلبات Olist: صف لكل طلب؛ ومبلغه من بنوده أو مدفوعاته.');
  });

  it("word a headerless log's reasons, each column's in turn", async () => {
    const log = await opened(fixture('sources/headerless_log.txt'));
    const table = log.tables[0];
    expect(table?.kindReason).toBe(
      'Whitespace-separated text without a header, read as a transaction log: column 1 holds zero-padded integer ids that repeat ("00007" on 3 sampled rows); column 3 holds 8-digit dates (YYYYMMDD), e.g. 19970103; column 4 holds small whole numbers beside the amount; column 5 holds money-like decimals, e.g. 12.49.',
    );
    expect(reasonWords(table?.kindReason ?? '', table?.kindReasonWording, 'en')).toBe(table?.kindReason);
    expect(table?.kindReasonWording && reasonText('en', table.kindReasonWording, String)).toBe(table?.kindReason);
    expect(reasonWords('', table?.kindReasonWording, 'fa')).toBe(
      'متنی با ستون‌های جداشده با فاصله و بدون سرستون، که گزارش تراکنش‌ها خوانده شد: ستون ۱ شناسه‌های عددیِ با صفر آغازین دارد که تکرار می‌شوند («00007» در ۳ سطر از نمونه)؛ ستون ۳ تاریخ‌های ۸ رقمی (YYYYMMDD) دارد، مثلاً 19970103؛ ستون ۴ کنار مبلغ، عددهای صحیح کوچک دارد؛ ستون ۵ عددهای اعشاریِ شبیه مبلغ دارد، مثلاً 12.49.',
    );
    expect(reasonWords('', table?.kindReasonWording, 'cy')).toBe(
      'Testun heb bennawd, â bylchau rhwng y colofnau, wedi’i ddarllen fel log trafodion: mae colofn 1 yn dal rhifau adnabod â seroau ar y dechrau sy’n ailadrodd ("00007" ar 3 rhes o’r sampl); mae colofn 3 yn dal dyddiadau 8 digid (YYYYMMDD), e.e. 19970103; mae colofn 4 yn dal rhifau cyfan bach wrth ymyl y swm; mae colofn 5 yn dal degolion sy’n edrych fel arian, e.e. 12.49.',
    );
    const runs = reasonText(
      'ar',
      { parts: [{ key: 'column_run_ids', values: { column: 2, value: '7', count: 2 } }] },
      (n) => n.toLocaleString('ar-EG-u-nu-arab'),
    );
    expect(runs).toBe('العمود ٢ فيه معرّفات عددية متتالية تتكرر («7» في صفّين من العينة)');
  });
});
