/** Persian words of the import's reasons, preset names and statuses (../importReasons.ts). */
import type { ReasonCatalog, TwoForms } from '../importReasons.js';

export const fa = {
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
