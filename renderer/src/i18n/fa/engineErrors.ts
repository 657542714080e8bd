/** Persian words of the engine's errors that carry a wording key (shared/errorWording.ts). */
import { IMPORT_REASONS } from '../../../../shared/i18n/importReasons.js';
import type { Localized, PluralForms } from '../catalog.js';
import type { engineErrors as english } from '../en/engineErrors.js';

export const engineErrors = {
  engineErrors: {
    file_not_found: '{{name}} پیدا نشد. بررسی کنید که فایل هنوز سر جایش باشد و دوباره انتخابش کنید.',
    is_folder: '{{name}} یک پوشه است، نه فایل.',
    permission_denied: '{{name}} خوانده نمی‌شود: اجازهٔ دسترسی نیست.',
    file_empty: '{{name}} خالی است: چیزی برای درون‌ریزی نیست.',
    no_line_breaks:
      '{{name}} در {{megabytes}} مگابایت نخستش هیچ شکست سطری ندارد: احتمالاً جدول نیست. بررسی کنید که یک فایل CSV انتخاب کرده باشید.',
    only_blank_lines: '{{name}} سطری ندارد: فقط سطرهای خالی دارد.',
    no_data_rows: '{{name}} هیچ سطر داده‌ای ندارد.',
    nothing_imported:
      'هیچ سطری از {{name}} درون‌ریزی نشد ({{rejected}} سطر رد شد؛ نخستین دلیل: {{reason}}). نقش و قالب ستون‌ها را بررسی کنید.',
    import_cancelled: 'درون‌ریزی {{name}} لغو شد: پروژه تغییری نکرد.',
    already_has_data: 'این پروژه از پیش {{kind}} را از {{file}} دارد.',
    no_such_column: 'ستونی به نام «{{column}}» در {{name}} نیست.',
    no_such_sheet: '{{name}} برگه‌ای به نام «{{sheet}}» ندارد. برگه‌هایش: {{list}}.',
    duplicate_file_names: 'دو فایل هم‌نام‌اند ({{name}}): هر فایل را یک بار بدهید.',
    already_has_events: 'این پروژه از پیش رویدادها را دارد.',
    workbook_unreadable:
      '{{name}} به‌عنوان کارپوشهٔ اکسل خوانده نشد ({{why}}). آن را در اکسل باز کنید و دوباره با پسوند ‎.xlsx ذخیره کنید، یا برگه را به‌صورت CSV ذخیره کنید.',
    empty_sheet: 'برگهٔ «{{sheet}}» از {{name}} خالی است: چیزی برای درون‌ریزی نیست.',
    not_a_set_file: '«{{file}}» جزو فایل‌های درون‌ریزی نیست ({{list}}).',
    link_same_file: 'پیوند باید دو فایل متفاوت را به هم وصل کند؛ هر دو سوی آن {{name}} است.',
    no_such_link_column: 'ستونی به نام «{{column}}» در {{name}} نیست. ستون‌هایش: {{list}}.',
    set_refused: 'چیزی درون‌ریزی نشد: نخست {{count}} مشکلی را که پیش‌نمایش فهرست کرده درست کنید.',
    same_kind_files:
      '{{names}} همه از نوع {{kind}} هستند: از هر نوع فقط یک فایل را می‌توان هم‌زمان درون‌ریزی کرد. برای یکی از آن‌ها نوع دیگری برگزینید، یا جداگانه درون‌ریزی‌شان کنید.',
    not_events_layout:
      '{{name}} به‌عنوان رویدادها انتخاب شده، اما سرستون‌هایش با هیچ‌یک از قالب‌های رویداد جور نیست (REES46: event_time، event_type، user_id؛ GA4: event_timestamp، event_name، user_pseudo_id؛ Matomo: visitorId، type). نوع دیگری برگزینید یا نام ستون‌هایش را تغییر دهید.',
    no_main_file:
      'هیچ‌یک از فایل‌ها سفارش، مشتری یا رویداد ندارد: فایل سفارش‌ها را اضافه کنید (یا فایل مشتریان یا رویدادها را).',
    no_orders_for:
      '{{name}} دادهٔ {{kind}} دارد، اما هیچ فایلی سفارش‌هایی را که به آن‌ها تعلق دارند ندارد: فایل سفارش‌ها را اضافه کنید.',
    no_link_to_orders:
      'هیچ ستونی از {{name}} پیدا نشد که به سفارش‌های {{orders}} اشاره کند: آن‌ها را با ستون شناسهٔ سفارش هر دو فایل به هم پیوند دهید.',
    not_a_workbook: '{{name}} کارپوشه نیست: انتخاب برگه فقط برای فایل‌های ‎.xlsx است.',
    encrypted_workbook:
      '{{name}} کارپوشه‌ای با گذرواژه است و بدون گذرواژه‌اش خوانده نمی‌شود. آن را در اکسل باز کنید، گذرواژه را بردارید (File > Info > Protect Workbook)، ذخیره کنید و دوباره درون‌ریزی کنید.',
    xls_workbook:
      '{{name}} کارپوشهٔ قدیمی اکسل (‎.xls) است که میز کار نمی‌تواند بخواند: آن را در اکسل باز کنید و با قالب ‎.xlsx (Excel Workbook) یا CSV ذخیره کنید، سپس همان فایل را درون‌ریزی کنید.',
    ods_workbook:
      '{{name}} صفحه‌گسترده‌ای از نوع OpenDocument (‎.ods) است که میز کار نمی‌تواند بخواند: آن را در LibreOffice Calc یا اکسل باز کنید و با قالب ‎.xlsx (Excel Workbook) یا CSV ذخیره کنید، سپس همان فایل را درون‌ریزی کنید.',
    // Shared with the CLI (its words for the import's reasons and refusals).
    zip_archive: IMPORT_REASONS.fa.refusals.zip_archive,
    linked_table_alone:
      '{{name}} دادهٔ {{kind}} دارد: چنین جدولی همراه با فایل‌هایی که به آن‌ها پیوند دارد درون‌ریزی می‌شود، نه به‌تنهایی.',
    // A file preview's refusals and warnings (import/layout.ts, import/sniff/warnings.ts).
    too_many_columns:
      '{{columns}} ستون از {{name}} انتخاب شده و هر پروژه حداکثر {{limit}} ستون می‌پذیرد: تیک {{excess}} ستون را در پیش‌نمایش بردارید، یا ستون‌هایی را که لازم ندارید از فایل حذف کنید.',
    role_twice: 'نقش {{role}} به {{count}} ستون داده شده است ({{headers}})؛ آن را فقط به یک ستون بدهید.',
    no_customer_id_column: 'هیچ ستونی از {{name}} به‌عنوان شناسهٔ مشتری مشخص نشده است. یکی را انتخاب کنید.',
    no_order_date_column: 'هیچ ستونی از {{name}} به‌عنوان تاریخ سفارش مشخص نشده است. یکی را انتخاب کنید.',
    no_amount_column: '{{name}} برای محاسبهٔ درآمد به یک ستون مبلغ، یا یک ستون تعداد و یک ستون قیمت واحد نیاز دارد.',
    unclosed_quote:
      'سطر {{line}}: یک گیومه (") فیلدی را باز می‌کند که هرگز بسته نمی‌شود، پس درون‌ریزی این فایل را نمی‌پذیرد. نخست گیومه را ببندید یا حذف کنید.',
    unsure_encoding:
      'کدگذاری فایل با اطمینان شناخته نشد (با {{encoding}} خوانده شد): ببینید نام‌ها و متن‌های پیش‌نمایش درست خوانده می‌شوند یا نه؛ اگر نه، کدگذاری دیگری انتخاب کنید یا فایل را با UTF-8 ذخیره کنید.',
    ambiguous_date_order: 'تاریخ‌ها هم با ترتیب روز/ماه جور درمی‌آیند و هم با ترتیب ماه/روز: ترتیب تاریخ را بررسی کنید',
    rows_wrong_width_one: '{{count}} سطر از نمونه {{width}} فیلد ندارد: چنین سطرهایی رد می‌شوند',
    rows_wrong_width_other: '{{count}} سطر از نمونه {{width}} فیلد ندارند: چنین سطرهایی رد می‌شوند',
    // A file that is not text, or cannot be read at all; the events and preset refusals.
    binary_zip:
      '{{name}} به نظر یک کارپوشهٔ Excel یا فایل فشردهٔ zip است، نه فایل CSV: نخست آن را با قالب CSV ذخیره کنید.',
    binary_xls: '{{name}} به نظر یک کارپوشهٔ قدیمی Excel (‎.xls) است، نه فایل CSV: نخست آن را با قالب CSV ذخیره کنید.',
    binary_pdf: '{{name}} به نظر یک سند PDF است، نه فایل CSV: نخست آن را با قالب CSV ذخیره کنید.',
    binary_gzip: '{{name}} به نظر یک فایل فشردهٔ gzip است، نه فایل CSV: نخست آن را با قالب CSV ذخیره کنید.',
    binary_file: '{{name}} به نظر یک فایل دودویی است، نه فایل CSV: نخست آن را با قالب CSV ذخیره کنید.',
    cannot_read: '{{name}} خوانده نمی‌شود. پیام سیستم: {{why}}',
    not_an_events_file:
      '{{name}} فایل رویدادی نیست که این نسخه بخواند: سرستون‌هایش با هیچ‌یک از قالب‌های شناخته‌شده ({{layouts}}) جور نیست. نام ستون‌ها را مطابق یکی از آن‌ها تغییر دهید.',
    unknown_preset: 'پیش‌تنظیمی به نام «{{preset}}» وجود ندارد: یکی از این‌ها را به کار ببرید: {{list}}.',
    preset_misfit: 'سرستون‌های فایل با پیش‌تنظیم {{preset}} جور نیست: ستون‌هایی را که خروجی آن همیشه دارد ندارد.',
    // Why a file of a set was taken for its kind.
    kind_reviews: 'یک شناسهٔ سفارش («{{order}}») و یک ستون نظر («{{review}}»).',
    kind_payments: 'یک شناسهٔ سفارش («{{order}}») و یک ستون پرداخت («{{payment}}»).',
    kind_lines_product:
      'یک شناسهٔ سفارش («{{order}}») و یک محصول («{{product}}»)، ولی بدون شناسهٔ مشتری: اقلام سفارش‌هایی که در فایل دیگری آمده‌اند.',
    kind_lines_amount:
      'یک شناسهٔ سفارش («{{order}}») و یک مبلغ یا قیمت («{{amount}}»)، ولی بدون شناسهٔ مشتری: اقلام سفارش‌هایی که در فایل دیگری آمده‌اند.',
    kind_orders_repeat:
      'سفارش‌ها: یک شناسهٔ مشتری، تاریخ‌ها در «{{date}}» و شناسه‌های مشتری تکرار می‌شوند («{{value}}» در {{rows}} سطر از نمونه آمده است).',
    kind_orders_order_id: 'سفارش‌ها: یک شناسهٔ مشتری، تاریخ‌ها در «{{date}}» و یک شناسهٔ سفارش («{{order}}»).',
    kind_customers_once: 'هر شناسهٔ مشتری در «{{customer}}» فقط یک بار آمده است: هر سطر یک مشتری.',
    kind_products: 'هر سطر یک شناسهٔ محصول («{{product}}») با ویژگی‌هایش.',
    kind_lookup: 'بدون شناسهٔ مشتری یا سفارش: جدولی با کلید «{{key}}» که فایل‌های دیگر به آن ارجاع می‌دهند.',
    kind_lookup_empty: 'بدون شناسهٔ مشتری یا سفارش.',
    kind_events: 'رویدادها در قالب {{layout}}: هر سطر یک رویداد، با «{{time}}»، «{{type}}» و کاربر در «{{user}}».',
    kind_events_two_users:
      'رویدادها در قالب {{layout}}: هر سطر یک رویداد، با «{{time}}»، «{{type}}» و کاربر در «{{user}}» یا «{{other}}».',
    kind_no_date: 'ستون تاریخ ندارد: هر سطر یک مشتری.',
    kind_no_amount: 'نه مبلغ دارد و نه تعداد و قیمت واحد: هر سطر یک مشتری.',
    kind_orders_amount_repeat:
      'سفارش‌ها: تاریخ‌ها در «{{date}}»، مبلغ‌ها در «{{amount}}» و شناسه‌های مشتری تکرار می‌شوند («{{value}}» در {{rows}} سطر از نمونه آمده است).',
    kind_orders_price_repeat:
      'سفارش‌ها: تاریخ‌ها در «{{date}}»، مبلغ‌ها از «{{quantity}}» × «{{price}}» و شناسه‌های مشتری تکرار می‌شوند («{{value}}» در {{rows}} سطر از نمونه آمده است).',
    kind_orders_amount_column: 'سفارش‌ها: تاریخ‌ها در «{{date}}»، مبلغ‌ها در «{{amount}}» و ستون «{{column}}».',
    kind_orders_price_column:
      'سفارش‌ها: تاریخ‌ها در «{{date}}»، مبلغ‌ها از «{{quantity}}» × «{{price}}» و ستون «{{column}}».',
    kind_customers_sample_once: 'هر شناسهٔ مشتری در نمونه فقط یک بار آمده است: هر سطر یک مشتری.',
    link_same_header: 'سرستون «{{header}}» در هر دو فایل هست.',
    link_same_role: 'هر دو ستون {{role}} را در خود دارند.',
    link_overlap: '{{percent}}٪ از مقدارهای نمونهٔ «{{column}}» در «{{target}}» هم آمده است.',
    // A set report's notes on key values not found on a link's other side.
    unmatched_customers:
      '{{unmatched}} مقدار از {{total}} مقدار {{from}} در {{to}} نیست (برای نمونه {{examples}}): سفارش‌هایشان درون‌ریزی می‌شود، ولی آن مشتریان هیچ ویژگی‌ای از فایل مشتریان ندارند.',
    unmatched_products:
      '{{unmatched}} مقدار از {{total}} مقدار {{from}} در {{to}} نیست (برای نمونه {{examples}}): آن اقلام بدون فیلدهای محصول درون‌ریزی می‌شوند.',
    unmatched_lookup:
      '{{unmatched}} مقدار از {{total}} مقدار {{from}} در {{to}} نیست (برای نمونه {{examples}}): آن سطرها هیچ مقداری از جدول مرجع نمی‌گیرند.',
    unmatched_lines:
      '{{unmatched}} مقدار از {{total}} مقدار {{from}} در {{to}} نیست (برای نمونه {{examples}}): آن اقلام کنار گذاشته می‌شوند، چون بدون سفارششان نه مشتری دارند و نه تاریخ.',
    unmatched_payments:
      '{{unmatched}} مقدار از {{total}} مقدار {{from}} در {{to}} نیست (برای نمونه {{examples}}): آن پرداخت‌ها به حساب هیچ سفارشی گذاشته نمی‌شوند.',
    unmatched_orders:
      '{{unmatched}} مقدار از {{total}} مقدار {{from}} در {{to}} نیست (برای نمونه {{examples}}): آن سطرها به هیچ سفارش درون‌ریزی‌شده‌ای تعلق ندارند.',
  },
} as const satisfies Localized<typeof english, PluralForms['fa']>;
