/**
 * Why the import read a file as it did, in the four UI languages: a column's role, a vendor's export
 * recognised by its header and what its tables are, a headerless transaction log's columns, and the
 * zip refusal. One catalog for the engine (its English sentences are built from `en`), the app and the
 * CLI, so no sentence is written twice. Plural texts carry the forms of their language (Intl.PluralRules).
 */
import type { UiLanguage } from '../languages.js';

export type ImportReasonKey =
  // A column's role (import/sniff/roles.ts); chosen_by_you also heads a preset chosen by --preset.
  | 'chosen_by_you'
  | 'role_header'
  | 'role_email_values'
  | 'role_phone_values'
  | 'role_first_date'
  | 'role_price_as_amount'
  // A vendor's export: recognised by its header, and what each of its tables is (sources/presets/).
  | 'preset_headers'
  | 'shopify_orders_kind'
  | 'shopify_cancelled_skipped'
  | 'shopify_lines_kind'
  | 'shopify_customers_kind'
  | 'shopify_customers_no_email'
  | 'woo_kind'
  | 'woo_left_out'
  | 'woo_status'
  | 'mailchimp_kind'
  | `olist_kind_${OlistLabel}`
  // Whitespace-separated text without a header (sources/text/).
  | 'whitespace_log'
  | 'column_ymd_dates'
  | 'column_money'
  | 'column_padded_ids'
  | 'column_run_ids'
  | 'column_counts';

/** Keys whose text depends on {{count}}: one text per plural form of the language. */
type PluralReasonKey =
  | 'shopify_orders_kind'
  | 'shopify_cancelled_skipped'
  | 'shopify_lines_kind'
  | 'shopify_customers_no_email'
  | 'woo_kind'
  | 'column_padded_ids'
  | 'column_run_ids';

export type OlistLabel =
  | 'orders'
  | 'order_items'
  | 'payments'
  | 'reviews'
  | 'products'
  | 'customers'
  | 'sellers'
  | 'category_translation';

export type PresetId =
  | 'shopify_orders'
  | 'shopify_customers'
  | 'woocommerce_orders'
  | 'mailchimp_audience'
  | `olist_${OlistLabel}`;

/** WooCommerce's statuses of orders that brought no revenue, as the preset writes them ("wc-" dropped). */
export type WooStatus =
  | 'cancelled'
  | 'refunded'
  | 'failed'
  | 'pending'
  | 'pending payment'
  | 'checkout-draft'
  | 'draft'
  | 'trash';

export interface TwoForms {
  one: string;
  other: string;
}
export interface SixForms extends TwoForms {
  zero: string;
  two: string;
  few: string;
  many: string;
}
export type PluralText = TwoForms | SixForms;

interface ReasonCatalog<Plural extends PluralText> {
  reasons: { [K in ImportReasonKey]: K extends PluralReasonKey ? Plural : string };
  presets: Record<PresetId, string>;
  statuses: Record<WooStatus, string>;
}

const en = {
  reasons: {
    chosen_by_you: 'chosen by you',
    role_header: 'header "{{header}}"',
    role_email_values: 'values look like e-mail addresses',
    role_phone_values: 'values look like phone numbers',
    role_first_date: 'first date column in an orders file ("{{header}}")',
    role_price_as_amount: 'header "{{header}}" (a price without a quantity: used as the amount)',
    preset_headers: 'header has {{headers}} ({{preset}})',
    shopify_orders_kind: {
      one: "{{preset}}: {{count}} order, one row each (the order's first line-item row); amount = Total − Refunded Amount; customer = Email, lower-cased",
      other:
        "{{preset}}: {{count}} orders, one row each (the order's first line-item row); amount = Total − Refunded Amount; customer = Email, lower-cased",
    },
    shopify_cancelled_skipped: {
      one: '{{count}} cancelled order ("Cancelled at" set) skipped',
      other: '{{count}} cancelled orders ("Cancelled at" set) skipped',
    },
    shopify_lines_kind: {
      one: '{{preset}}: {{count}} line item of the orders kept, linked to their order by Name',
      other: '{{preset}}: {{count}} line items of the orders kept, linked to their order by Name',
    },
    shopify_customers_kind: '{{preset}}: one row per customer, keyed by Email (lower-cased)',
    shopify_customers_no_email: {
      one: '{{count}} customer without an e-mail address cannot be keyed and will be rejected',
      other: '{{count}} customers without an e-mail address cannot be keyed and will be rejected',
    },
    woo_kind: {
      one: '{{preset}}: {{count}} order, one row each, amount = "{{amount}}", customer = "{{customer}}" (lower-cased)',
      other:
        '{{preset}}: {{count}} orders, one row each, amount = "{{amount}}", customer = "{{customer}}" (lower-cased)',
    },
    woo_left_out: 'left out, as they brought no revenue: {{statuses}}',
    woo_status: '{{count}} {{status}}',
    mailchimp_kind: '{{preset}}: one row per contact, keyed by Email Address (lower-cased)',
    olist_kind_orders: '{{preset}}: one row per order; its amount comes from its items or payments',
    olist_kind_order_items: '{{preset}}: one row per item of an order',
    olist_kind_payments: '{{preset}}: one row per payment of an order',
    olist_kind_reviews: '{{preset}}: one row per review of an order',
    olist_kind_products: '{{preset}}: one row per product',
    olist_kind_customers: '{{preset}}: one row per customer id of an order (customer_unique_id names the person)',
    olist_kind_sellers: '{{preset}}: one row per seller',
    olist_kind_category_translation: '{{preset}}: the English name of each product category',
    whitespace_log: 'Whitespace-separated text without a header, read as a transaction log: {{reasons}}',
    column_ymd_dates: 'column {{column}} holds 8-digit dates (YYYYMMDD), e.g. {{example}}',
    column_money: 'column {{column}} holds money-like decimals, e.g. {{example}}',
    column_padded_ids: {
      one: 'column {{column}} holds zero-padded integer ids that repeat ("{{value}}" on {{count}} sampled row)',
      other: 'column {{column}} holds zero-padded integer ids that repeat ("{{value}}" on {{count}} sampled rows)',
    },
    column_run_ids: {
      one: 'column {{column}} holds integer ids in runs that repeat ("{{value}}" on {{count}} sampled row)',
      other: 'column {{column}} holds integer ids in runs that repeat ("{{value}}" on {{count}} sampled rows)',
    },
    column_counts: 'column {{column}} holds small whole numbers beside the amount',
  },
  presets: {
    shopify_orders: 'Shopify orders export',
    shopify_customers: 'Shopify customers export',
    woocommerce_orders: 'WooCommerce orders export',
    mailchimp_audience: 'Mailchimp audience export',
    olist_orders: 'Olist orders file',
    olist_order_items: 'Olist order items file',
    olist_payments: 'Olist payments file',
    olist_reviews: 'Olist reviews file',
    olist_products: 'Olist products file',
    olist_customers: 'Olist customers file',
    olist_sellers: 'Olist sellers file',
    olist_category_translation: 'Olist category translation file',
  },
  statuses: {
    cancelled: 'cancelled',
    refunded: 'refunded',
    failed: 'failed',
    pending: 'pending',
    'pending payment': 'pending payment',
    'checkout-draft': 'checkout-draft',
    draft: 'draft',
    trash: 'trash',
  },
} as const satisfies ReasonCatalog<TwoForms>;

const fa = {
  reasons: {
    chosen_by_you: 'انتخاب خودتان',
    role_header: 'سرستون «{{header}}»',
    role_email_values: 'مقدارها شبیه نشانی ایمیل‌اند',
    role_phone_values: 'مقدارها شبیه شمارهٔ تلفن‌اند',
    role_first_date: 'نخستین ستون تاریخ در فایل سفارش‌ها («{{header}}»)',
    role_price_as_amount: 'سرستون «{{header}}» (قیمتی بدون تعداد: به‌جای مبلغ به کار رفت)',
    preset_headers: 'سرستون‌های {{headers}} را دارد ({{preset}})',
    shopify_orders_kind: {
      one: '{{preset}}: هر سفارش یک سطر ({{count}} سفارش، نخستین سطر اقلام هر سفارش)؛ مبلغ = Total − Refunded Amount؛ مشتری = Email، با حروف کوچک',
      other:
        '{{preset}}: هر سفارش یک سطر ({{count}} سفارش، نخستین سطر اقلام هر سفارش)؛ مبلغ = Total − Refunded Amount؛ مشتری = Email، با حروف کوچک',
    },
    shopify_cancelled_skipped: {
      one: '{{count}} سفارش لغوشده («Cancelled at» پر شده) کنار گذاشته شد',
      other: '{{count}} سفارش لغوشده («Cancelled at» پر شده) کنار گذاشته شدند',
    },
    shopify_lines_kind: {
      one: '{{preset}}: اقلام سفارش‌های نگه‌داشته‌شده ({{count}} قلم)، که با Name به سفارش خود پیوند خورده است',
      other: '{{preset}}: اقلام سفارش‌های نگه‌داشته‌شده ({{count}} قلم)، که با Name به سفارش خود پیوند خورده‌اند',
    },
    shopify_customers_kind: '{{preset}}: هر سطر یک مشتری، با کلید Email (با حروف کوچک)',
    shopify_customers_no_email: {
      one: '{{count}} مشتری نشانی ایمیل ندارد، پس کلیدی برایش نیست و رد می‌شود',
      other: '{{count}} مشتری نشانی ایمیل ندارند، پس کلیدی برایشان نیست و رد می‌شوند',
    },
    woo_kind: {
      one: '{{preset}}: هر سفارش یک سطر ({{count}} سفارش)، مبلغ = «{{amount}}»، مشتری = «{{customer}}» (با حروف کوچک)',
      other:
        '{{preset}}: هر سفارش یک سطر ({{count}} سفارش)، مبلغ = «{{amount}}»، مشتری = «{{customer}}» (با حروف کوچک)',
    },
    woo_left_out: 'سفارش‌هایی که درآمدی نیاوردند کنار گذاشته شدند ({{statuses}})',
    woo_status: '{{status}}: {{count}}',
    mailchimp_kind: '{{preset}}: هر سطر یک مخاطب، با کلید Email Address (با حروف کوچک)',
    olist_kind_orders: '{{preset}}: هر سطر یک سفارش؛ مبلغش از اقلام یا پرداخت‌هایش به دست می‌آید',
    olist_kind_order_items: '{{preset}}: هر سطر یک قلم از یک سفارش',
    olist_kind_payments: '{{preset}}: هر سطر یک پرداختِ یک سفارش',
    olist_kind_reviews: '{{preset}}: هر سطر یک نظر دربارهٔ یک سفارش',
    olist_kind_products: '{{preset}}: هر سطر یک محصول',
    olist_kind_customers: '{{preset}}: هر سطر یک شناسهٔ مشتریِ یک سفارش (customer_unique_id خودِ شخص را نشان می‌دهد)',
    olist_kind_sellers: '{{preset}}: هر سطر یک فروشنده',
    olist_kind_category_translation: '{{preset}}: نام انگلیسی هر دستهٔ محصول',
    whitespace_log: 'متنی با ستون‌های جداشده با فاصله و بدون سرستون، که گزارش تراکنش‌ها خوانده شد: {{reasons}}',
    column_ymd_dates: 'ستون {{column}} تاریخ‌های ۸ رقمی (YYYYMMDD) دارد، مثلاً {{example}}',
    column_money: 'ستون {{column}} عددهای اعشاریِ شبیه مبلغ دارد، مثلاً {{example}}',
    column_padded_ids: {
      one: 'ستون {{column}} شناسه‌های عددیِ با صفر آغازین دارد که تکرار می‌شوند («{{value}}» در {{count}} سطر از نمونه)',
      other: 'ستون {{column}} شناسه‌های عددیِ با صفر آغازین دارد که تکرار می‌شوند («{{value}}» در {{count}} سطر از نمونه)',
    },
    column_run_ids: {
      one: 'ستون {{column}} شناسه‌های عددی دارد که پشت سر هم تکرار می‌شوند («{{value}}» در {{count}} سطر از نمونه)',
      other: 'ستون {{column}} شناسه‌های عددی دارد که پشت سر هم تکرار می‌شوند («{{value}}» در {{count}} سطر از نمونه)',
    },
    column_counts: 'ستون {{column}} کنار مبلغ، عددهای صحیح کوچک دارد',
  },
  presets: {
    shopify_orders: 'خروجی سفارش‌های Shopify',
    shopify_customers: 'خروجی مشتریان Shopify',
    woocommerce_orders: 'خروجی سفارش‌های WooCommerce',
    mailchimp_audience: 'خروجی مخاطبان Mailchimp',
    olist_orders: 'فایل سفارش‌های Olist',
    olist_order_items: 'فایل اقلام سفارش‌های Olist',
    olist_payments: 'فایل پرداخت‌های Olist',
    olist_reviews: 'فایل نظرهای Olist',
    olist_products: 'فایل محصولات Olist',
    olist_customers: 'فایل مشتریان Olist',
    olist_sellers: 'فایل فروشندگان Olist',
    olist_category_translation: 'فایل ترجمهٔ دسته‌های Olist',
  },
  statuses: {
    cancelled: 'لغوشده',
    refunded: 'بازپرداخت‌شده',
    failed: 'ناموفق',
    pending: 'در انتظار',
    'pending payment': 'در انتظار پرداخت',
    'checkout-draft': 'پیش‌نویس پرداخت',
    draft: 'پیش‌نویس',
    trash: 'در سطل زباله',
  },
} as const satisfies ReasonCatalog<TwoForms>;

const ar = {
  reasons: {
    chosen_by_you: 'من اختيارك',
    role_header: 'العنوان «{{header}}»',
    role_email_values: 'القيم تبدو عناوين بريد إلكتروني',
    role_phone_values: 'القيم تبدو أرقام هواتف',
    role_first_date: 'أول عمود تاريخ في ملف طلبات («{{header}}»)',
    role_price_as_amount: 'العنوان «{{header}}» (سعر بلا كمية: استُخدم مبلغًا)',
    preset_headers: 'في العناوين {{headers}} ({{preset}})',
    shopify_orders_kind: {
      zero: '{{preset}}: صف لكل طلب ({{count}} طلب، أول صف من بنود كل طلب)؛ المبلغ = Total − Refunded Amount؛ العميل = Email بأحرف صغيرة',
      one: '{{preset}}: صف لكل طلب (طلب واحد، أول صف من بنود كل طلب)؛ المبلغ = Total − Refunded Amount؛ العميل = Email بأحرف صغيرة',
      two: '{{preset}}: صف لكل طلب (طلبان، أول صف من بنود كل طلب)؛ المبلغ = Total − Refunded Amount؛ العميل = Email بأحرف صغيرة',
      few: '{{preset}}: صف لكل طلب ({{count}} طلبات، أول صف من بنود كل طلب)؛ المبلغ = Total − Refunded Amount؛ العميل = Email بأحرف صغيرة',
      many: '{{preset}}: صف لكل طلب ({{count}} طلبًا، أول صف من بنود كل طلب)؛ المبلغ = Total − Refunded Amount؛ العميل = Email بأحرف صغيرة',
      other:
        '{{preset}}: صف لكل طلب ({{count}} طلب، أول صف من بنود كل طلب)؛ المبلغ = Total − Refunded Amount؛ العميل = Email بأحرف صغيرة',
    },
    shopify_cancelled_skipped: {
      zero: 'تُرك {{count}} طلب ملغى (عمود «Cancelled at» معبّأ)',
      one: 'تُرك طلب ملغى واحد (عمود «Cancelled at» معبّأ)',
      two: 'تُرك طلبان ملغيان (عمود «Cancelled at» معبّأ)',
      few: 'تُركت {{count}} طلبات ملغاة (عمود «Cancelled at» معبّأ)',
      many: 'تُرك {{count}} طلبًا ملغى (عمود «Cancelled at» معبّأ)',
      other: 'تُرك {{count}} طلب ملغى (عمود «Cancelled at» معبّأ)',
    },
    shopify_lines_kind: {
      zero: '{{preset}}: بنود الطلبات المحفوظة ({{count}} بند)، مربوطة بطلباتها عبر Name',
      one: '{{preset}}: بنود الطلبات المحفوظة (بند واحد)، مربوط بطلبه عبر Name',
      two: '{{preset}}: بنود الطلبات المحفوظة (بندان)، مربوطان بطلبهما عبر Name',
      few: '{{preset}}: بنود الطلبات المحفوظة ({{count}} بنود)، مربوطة بطلباتها عبر Name',
      many: '{{preset}}: بنود الطلبات المحفوظة ({{count}} بندًا)، مربوطة بطلباتها عبر Name',
      other: '{{preset}}: بنود الطلبات المحفوظة ({{count}} بند)، مربوطة بطلباتها عبر Name',
    },
    shopify_customers_kind: '{{preset}}: صف لكل عميل، ومفتاحه Email (بأحرف صغيرة)',
    shopify_customers_no_email: {
      zero: '{{count}} عميل بلا عنوان بريد إلكتروني لا مفتاح لهم وسيُرفضون',
      one: 'عميل واحد بلا عنوان بريد إلكتروني لا مفتاح له وسيُرفض',
      two: 'عميلان بلا عنوان بريد إلكتروني لا مفتاح لهما وسيُرفضان',
      few: '{{count}} عملاء بلا عنوان بريد إلكتروني لا مفتاح لهم وسيُرفضون',
      many: '{{count}} عميلًا بلا عنوان بريد إلكتروني لا مفتاح لهم وسيُرفضون',
      other: '{{count}} عميل بلا عنوان بريد إلكتروني لا مفتاح لهم وسيُرفضون',
    },
    woo_kind: {
      zero: '{{preset}}: صف لكل طلب ({{count}} طلب)، المبلغ = «{{amount}}»، العميل = «{{customer}}» (بأحرف صغيرة)',
      one: '{{preset}}: صف لكل طلب (طلب واحد)، المبلغ = «{{amount}}»، العميل = «{{customer}}» (بأحرف صغيرة)',
      two: '{{preset}}: صف لكل طلب (طلبان)، المبلغ = «{{amount}}»، العميل = «{{customer}}» (بأحرف صغيرة)',
      few: '{{preset}}: صف لكل طلب ({{count}} طلبات)، المبلغ = «{{amount}}»، العميل = «{{customer}}» (بأحرف صغيرة)',
      many: '{{preset}}: صف لكل طلب ({{count}} طلبًا)، المبلغ = «{{amount}}»، العميل = «{{customer}}» (بأحرف صغيرة)',
      other: '{{preset}}: صف لكل طلب ({{count}} طلب)، المبلغ = «{{amount}}»، العميل = «{{customer}}» (بأحرف صغيرة)',
    },
    woo_left_out: 'استُبعدت الطلبات التي لم تجلب إيرادًا ({{statuses}})',
    woo_status: '{{status}}: {{count}}',
    mailchimp_kind: '{{preset}}: صف لكل جهة اتصال، ومفتاحه Email Address (بأحرف صغيرة)',
    olist_kind_orders: '{{preset}}: صف لكل طلب؛ ومبلغه من بنوده أو مدفوعاته',
    olist_kind_order_items: '{{preset}}: صف لكل بند من بنود الطلب',
    olist_kind_payments: '{{preset}}: صف لكل دفعة من دفعات الطلب',
    olist_kind_reviews: '{{preset}}: صف لكل تقييم لطلب',
    olist_kind_products: '{{preset}}: صف لكل منتج',
    olist_kind_customers: '{{preset}}: صف لكل معرّف عميل في طلب (customer_unique_id يحدّد الشخص نفسه)',
    olist_kind_sellers: '{{preset}}: صف لكل بائع',
    olist_kind_category_translation: '{{preset}}: الاسم الإنجليزي لكل فئة منتجات',
    whitespace_log: 'نص تفصل المسافات بين أعمدته وبلا عناوين، قُرئ سجلَّ معاملات: {{reasons}}',
    column_ymd_dates: 'العمود {{column}} فيه تواريخ من ٨ أرقام (YYYYMMDD)، مثل {{example}}',
    column_money: 'العمود {{column}} فيه أعداد عشرية تشبه المبالغ، مثل {{example}}',
    column_padded_ids: {
      zero: 'العمود {{column}} فيه معرّفات عددية مسبوقة بأصفار تتكرر («{{value}}» في {{count}} صف من العينة)',
      one: 'العمود {{column}} فيه معرّفات عددية مسبوقة بأصفار تتكرر («{{value}}» في صف واحد من العينة)',
      two: 'العمود {{column}} فيه معرّفات عددية مسبوقة بأصفار تتكرر («{{value}}» في صفّين من العينة)',
      few: 'العمود {{column}} فيه معرّفات عددية مسبوقة بأصفار تتكرر («{{value}}» في {{count}} صفوف من العينة)',
      many: 'العمود {{column}} فيه معرّفات عددية مسبوقة بأصفار تتكرر («{{value}}» في {{count}} صفًا من العينة)',
      other: 'العمود {{column}} فيه معرّفات عددية مسبوقة بأصفار تتكرر («{{value}}» في {{count}} صف من العينة)',
    },
    column_run_ids: {
      zero: 'العمود {{column}} فيه معرّفات عددية متتالية تتكرر («{{value}}» في {{count}} صف من العينة)',
      one: 'العمود {{column}} فيه معرّفات عددية متتالية تتكرر («{{value}}» في صف واحد من العينة)',
      two: 'العمود {{column}} فيه معرّفات عددية متتالية تتكرر («{{value}}» في صفّين من العينة)',
      few: 'العمود {{column}} فيه معرّفات عددية متتالية تتكرر («{{value}}» في {{count}} صفوف من العينة)',
      many: 'العمود {{column}} فيه معرّفات عددية متتالية تتكرر («{{value}}» في {{count}} صفًا من العينة)',
      other: 'العمود {{column}} فيه معرّفات عددية متتالية تتكرر («{{value}}» في {{count}} صف من العينة)',
    },
    column_counts: 'العمود {{column}} فيه أعداد صحيحة صغيرة بجانب المبلغ',
  },
  presets: {
    shopify_orders: 'ملف تصدير طلبات Shopify',
    shopify_customers: 'ملف تصدير عملاء Shopify',
    woocommerce_orders: 'ملف تصدير طلبات WooCommerce',
    mailchimp_audience: 'ملف تصدير جمهور Mailchimp',
    olist_orders: 'ملف طلبات Olist',
    olist_order_items: 'ملف بنود طلبات Olist',
    olist_payments: 'ملف مدفوعات Olist',
    olist_reviews: 'ملف تقييمات Olist',
    olist_products: 'ملف منتجات Olist',
    olist_customers: 'ملف عملاء Olist',
    olist_sellers: 'ملف بائعي Olist',
    olist_category_translation: 'ملف ترجمة فئات Olist',
  },
  statuses: {
    cancelled: 'ملغاة',
    refunded: 'مستردة',
    failed: 'فاشلة',
    pending: 'معلّقة',
    'pending payment': 'بانتظار الدفع',
    'checkout-draft': 'مسودة دفع',
    draft: 'مسودة',
    trash: 'في سلة المهملات',
  },
} as const satisfies ReasonCatalog<SixForms>;

const cy = {
  reasons: {
    chosen_by_you: 'eich dewis chi',
    role_header: 'pennawd "{{header}}"',
    role_email_values: 'mae’r gwerthoedd yn edrych fel cyfeiriadau e-bost',
    role_phone_values: 'mae’r gwerthoedd yn edrych fel rhifau ffôn',
    role_first_date: 'y golofn ddyddiad gyntaf mewn ffeil archebion ("{{header}}")',
    role_price_as_amount: 'pennawd "{{header}}" (pris heb nifer: fe’i defnyddiwyd fel y swm)',
    preset_headers: 'mae gan y pennawd {{headers}} ({{preset}})',
    shopify_orders_kind: {
      zero: '{{preset}}: {{count}} archeb, un rhes yr un (rhes gyntaf eitemau’r archeb); swm = Total − Refunded Amount; cwsmer = Email, mewn llythrennau bach',
      one: '{{preset}}: {{count}} archeb, un rhes yr un (rhes gyntaf eitemau’r archeb); swm = Total − Refunded Amount; cwsmer = Email, mewn llythrennau bach',
      two: '{{preset}}: {{count}} archeb, un rhes yr un (rhes gyntaf eitemau’r archeb); swm = Total − Refunded Amount; cwsmer = Email, mewn llythrennau bach',
      few: '{{preset}}: {{count}} archeb, un rhes yr un (rhes gyntaf eitemau’r archeb); swm = Total − Refunded Amount; cwsmer = Email, mewn llythrennau bach',
      many: '{{preset}}: {{count}} archeb, un rhes yr un (rhes gyntaf eitemau’r archeb); swm = Total − Refunded Amount; cwsmer = Email, mewn llythrennau bach',
      other:
        '{{preset}}: {{count}} o archebion, un rhes yr un (rhes gyntaf eitemau’r archeb); swm = Total − Refunded Amount; cwsmer = Email, mewn llythrennau bach',
    },
    shopify_cancelled_skipped: {
      zero: 'hepgorwyd {{count}} archeb wedi’i chanslo ("Cancelled at" wedi’i llenwi)',
      one: 'hepgorwyd {{count}} archeb wedi’i chanslo ("Cancelled at" wedi’i llenwi)',
      two: 'hepgorwyd {{count}} archeb wedi’u canslo ("Cancelled at" wedi’i llenwi)',
      few: 'hepgorwyd {{count}} archeb wedi’u canslo ("Cancelled at" wedi’i llenwi)',
      many: 'hepgorwyd {{count}} archeb wedi’u canslo ("Cancelled at" wedi’i llenwi)',
      other: 'hepgorwyd {{count}} o archebion wedi’u canslo ("Cancelled at" wedi’i llenwi)',
    },
    shopify_lines_kind: {
      zero: '{{preset}}: {{count}} eitem o’r archebion a gadwyd, wedi’u cysylltu â’u harcheb drwy Name',
      one: '{{preset}}: {{count}} eitem o’r archebion a gadwyd, wedi’i chysylltu â’i harcheb drwy Name',
      two: '{{preset}}: {{count}} eitem o’r archebion a gadwyd, wedi’u cysylltu â’u harcheb drwy Name',
      few: '{{preset}}: {{count}} eitem o’r archebion a gadwyd, wedi’u cysylltu â’u harcheb drwy Name',
      many: '{{preset}}: {{count}} eitem o’r archebion a gadwyd, wedi’u cysylltu â’u harcheb drwy Name',
      other: '{{preset}}: {{count}} o eitemau o’r archebion a gadwyd, wedi’u cysylltu â’u harcheb drwy Name',
    },
    shopify_customers_kind: '{{preset}}: un rhes i bob cwsmer, gydag Email yn allwedd (mewn llythrennau bach)',
    shopify_customers_no_email: {
      zero: 'does gan {{count}} cwsmer ddim cyfeiriad e-bost i fod yn allwedd, felly cânt eu gwrthod',
      one: 'does gan {{count}} cwsmer ddim cyfeiriad e-bost i fod yn allwedd, felly caiff ei wrthod',
      two: 'does gan {{count}} cwsmer ddim cyfeiriad e-bost i fod yn allwedd, felly cânt eu gwrthod',
      few: 'does gan {{count}} cwsmer ddim cyfeiriad e-bost i fod yn allwedd, felly cânt eu gwrthod',
      many: 'does gan {{count}} cwsmer ddim cyfeiriad e-bost i fod yn allwedd, felly cânt eu gwrthod',
      other: 'does gan {{count}} o gwsmeriaid ddim cyfeiriad e-bost i fod yn allwedd, felly cânt eu gwrthod',
    },
    woo_kind: {
      zero: '{{preset}}: {{count}} archeb, un rhes yr un, swm = "{{amount}}", cwsmer = "{{customer}}" (mewn llythrennau bach)',
      one: '{{preset}}: {{count}} archeb, un rhes yr un, swm = "{{amount}}", cwsmer = "{{customer}}" (mewn llythrennau bach)',
      two: '{{preset}}: {{count}} archeb, un rhes yr un, swm = "{{amount}}", cwsmer = "{{customer}}" (mewn llythrennau bach)',
      few: '{{preset}}: {{count}} archeb, un rhes yr un, swm = "{{amount}}", cwsmer = "{{customer}}" (mewn llythrennau bach)',
      many: '{{preset}}: {{count}} archeb, un rhes yr un, swm = "{{amount}}", cwsmer = "{{customer}}" (mewn llythrennau bach)',
      other:
        '{{preset}}: {{count}} o archebion, un rhes yr un, swm = "{{amount}}", cwsmer = "{{customer}}" (mewn llythrennau bach)',
    },
    woo_left_out: 'gadawyd allan yr archebion na ddaeth ag unrhyw refeniw ({{statuses}})',
    woo_status: '{{status}}: {{count}}',
    mailchimp_kind: '{{preset}}: un rhes i bob cyswllt, gydag Email Address yn allwedd (mewn llythrennau bach)',
    olist_kind_orders: '{{preset}}: un rhes i bob archeb; daw ei swm o’i heitemau neu ei thaliadau',
    olist_kind_order_items: '{{preset}}: un rhes i bob eitem mewn archeb',
    olist_kind_payments: '{{preset}}: un rhes i bob taliad am archeb',
    olist_kind_reviews: '{{preset}}: un rhes i bob adolygiad o archeb',
    olist_kind_products: '{{preset}}: un rhes i bob cynnyrch',
    olist_kind_customers:
      '{{preset}}: un rhes i bob rhif adnabod cwsmer mewn archeb (customer_unique_id sy’n enwi’r person)',
    olist_kind_sellers: '{{preset}}: un rhes i bob gwerthwr',
    olist_kind_category_translation: '{{preset}}: enw Saesneg pob categori cynnyrch',
    whitespace_log: 'Testun heb bennawd, â bylchau rhwng y colofnau, wedi’i ddarllen fel log trafodion: {{reasons}}',
    column_ymd_dates: 'mae colofn {{column}} yn dal dyddiadau 8 digid (YYYYMMDD), e.e. {{example}}',
    column_money: 'mae colofn {{column}} yn dal degolion sy’n edrych fel arian, e.e. {{example}}',
    column_padded_ids: {
      zero: 'mae colofn {{column}} yn dal rhifau adnabod â seroau ar y dechrau sy’n ailadrodd ("{{value}}" ar {{count}} rhes o’r sampl)',
      one: 'mae colofn {{column}} yn dal rhifau adnabod â seroau ar y dechrau sy’n ailadrodd ("{{value}}" ar {{count}} rhes o’r sampl)',
      two: 'mae colofn {{column}} yn dal rhifau adnabod â seroau ar y dechrau sy’n ailadrodd ("{{value}}" ar {{count}} rhes o’r sampl)',
      few: 'mae colofn {{column}} yn dal rhifau adnabod â seroau ar y dechrau sy’n ailadrodd ("{{value}}" ar {{count}} rhes o’r sampl)',
      many: 'mae colofn {{column}} yn dal rhifau adnabod â seroau ar y dechrau sy’n ailadrodd ("{{value}}" ar {{count}} rhes o’r sampl)',
      other:
        'mae colofn {{column}} yn dal rhifau adnabod â seroau ar y dechrau sy’n ailadrodd ("{{value}}" ar {{count}} o resi’r sampl)',
    },
    column_run_ids: {
      zero: 'mae colofn {{column}} yn dal rhifau adnabod mewn rhediadau sy’n ailadrodd ("{{value}}" ar {{count}} rhes o’r sampl)',
      one: 'mae colofn {{column}} yn dal rhifau adnabod mewn rhediadau sy’n ailadrodd ("{{value}}" ar {{count}} rhes o’r sampl)',
      two: 'mae colofn {{column}} yn dal rhifau adnabod mewn rhediadau sy’n ailadrodd ("{{value}}" ar {{count}} rhes o’r sampl)',
      few: 'mae colofn {{column}} yn dal rhifau adnabod mewn rhediadau sy’n ailadrodd ("{{value}}" ar {{count}} rhes o’r sampl)',
      many: 'mae colofn {{column}} yn dal rhifau adnabod mewn rhediadau sy’n ailadrodd ("{{value}}" ar {{count}} rhes o’r sampl)',
      other:
        'mae colofn {{column}} yn dal rhifau adnabod mewn rhediadau sy’n ailadrodd ("{{value}}" ar {{count}} o resi’r sampl)',
    },
    column_counts: 'mae colofn {{column}} yn dal rhifau cyfan bach wrth ymyl y swm',
  },
  presets: {
    shopify_orders: 'Allforiad archebion Shopify',
    shopify_customers: 'Allforiad cwsmeriaid Shopify',
    woocommerce_orders: 'Allforiad archebion WooCommerce',
    mailchimp_audience: 'Allforiad cynulleidfa Mailchimp',
    olist_orders: 'Ffeil archebion Olist',
    olist_order_items: 'Ffeil eitemau archebion Olist',
    olist_payments: 'Ffeil taliadau Olist',
    olist_reviews: 'Ffeil adolygiadau Olist',
    olist_products: 'Ffeil cynhyrchion Olist',
    olist_customers: 'Ffeil cwsmeriaid Olist',
    olist_sellers: 'Ffeil gwerthwyr Olist',
    olist_category_translation: 'Ffeil cyfieithu categorïau Olist',
  },
  statuses: {
    cancelled: 'wedi’u canslo',
    refunded: 'wedi’u had-dalu',
    failed: 'wedi methu',
    pending: 'yn aros',
    'pending payment': 'yn aros am daliad',
    'checkout-draft': 'drafft y til',
    draft: 'drafft',
    trash: 'yn y sbwriel',
  },
} as const satisfies ReasonCatalog<SixForms>;

export const IMPORT_REASONS: Record<UiLanguage, ReasonCatalog<PluralText>> = { en, fa, ar, cy };
