/** The CLI's human output in Persian. */
import type { CliWords } from './catalog.js';
import type { en } from './en.js';

export const fa = {
  help: `میز کار بخش‌بندی {{version}} — بخش‌بندی مشتریان روی رایانهٔ خودتان.

کاربرد: segwb <فرمان> [گزینه‌ها]

فرمان‌ها:
  import FILE --project P.segwb   درون‌ریزی فایل CSV/TSV سفارش‌ها یا مشتریان
  import --from URL --table T --project P
                                  درون‌ریزی یک جدول از پایگاه دادهٔ PostgreSQL یا DuckDB
  datasets [undo|clear-history] --project P [--json]
                                  مجموعه‌داده‌ها، و بازگردانی آخرین درون‌ریزی
  metrics --project P --json      تازگی، تناوب و ارزش پولی هر مشتری
  pareto --project P [--segment NAME] [--by FIELD] --json
                                  ارقام ۸۰/۲۰ درآمد مشتریان (درون یک بخش، یا به تفکیک
                                  مقدارهای یک فیلد مانند کشور یا محصول)
  compare --project P --segments A,B,... --json
                                  اندازه و ارزش بخش‌ها در کنار هم
  demo --project P                ساخت پروژهٔ فروشگاه نمونه (ساختگی، با بذر ثابت)
  rfm --project P [--bins 5] [--scheme rfm-classic|rf-grid] [--as-of D] --json
                                  امتیازها و بخش‌های RFM (طرح پیش‌فرض rfm-classic)
  rfm --project P --sql --dialect postgres|duckdb|sqlite [--bins 5] [--scheme S] [--as-of D]
                                  همین امتیازها به صورت یک SELECT روی جدول‌های انبار داده
  cluster --project P --fields F1,F2,... [--k N | --k-range A-B] [--seed S] [--log] --json
                                  خوشه‌بندی k-means مشتریان روی فیلدهای عددی
  clv --project P [--calibration-end D] [--unit day|week] [--horizon N] [--margin M]
      [--discount-rate R] --json
                                  پیش‌بینی خرید، هزینه و ارزش طول عمر هر مشتری
  migrate --project P --from D1 --to D2 --by rfm [--scheme S] [--bins N] --json
  migrate --project P --from D1 --to D2 --by segments --segments A,B,... --json
                                  چه کسی میان دو تاریخ از کدام بخش به کدام بخش رفت
  cohorts --project P --period month|week|quarter --json
                                  کوهورت‌های جذب: مشتریان فعال و درآمد در هر دوره
  report --project P --out FILE [--lang en|fa|ar|cy] [--segments A,B,...] [--format html|pdf]
                                  کل پروژه در یک گزارش برای تحویل (HTML یا PDF)
  segment count --project P --rule FILE.json --json
                                  مشتریان و درآمد یک قاعده، با سهمشان
  segment save --project P --name NAME --rule FILE.json
                                  ذخیرهٔ یک بخش (یا به‌روزرسانی بخشی به همین نام)
  segment list --project P --json
                                  بخش‌های ذخیره‌شده با شمار کنونی‌شان
  segment export --project P --name NAME --out F.csv [--layout mailchimp] [--bom]
                                  مشتریان یک بخش در فایل CSV
  segment count --source URL --rule FILE.json --json
                                  همین شمارش، روی پایگاه داده‌ای که جدول‌های انبار داده را دارد
  segment sql --project P (--rule FILE.json | --name NAME) --dialect postgres|duckdb|sqlite
      [--as-of D]                 بخش به صورت یک SELECT روی جدول‌های انبار داده
  warehouse export --project P --out DIR [--dialect postgres|duckdb]
                                  پروژه به صورت schema.sql و فایل‌های CSV برای انبار داده

هر فرمان گزینهٔ --lang en|fa|ar|cy را برای زبان پیام‌هایش می‌پذیرد (پیش‌فرض: LC_ALL، LC_MESSAGES یا LANG).
برای گزینه‌های هر فرمان "segwb <فرمان> --help" را اجرا کنید. هیچ داده‌ای از رایانهٔ شما بیرون نمی‌رود.`,
  common: {
    unknownCommand: 'segwb: فرمان ناشناخته «{{name}}». برای فهرست فرمان‌ها "segwb --help" را اجرا کنید.',
    badLanguage: '--lang باید en، fa، ar یا cy باشد، نه «{{value}}»',
    required: '--{{name}} لازم است',
    wholeNumber: '--{{name}} باید عدد صحیح باشد، نه «{{value}}»',
    needsValue: '--{{name}} به یک مقدار نیاز دارد',
    unexpected: 'آرگومان ناخواستهٔ «{{value}}»',
    unknownAction: 'کار ناشناختهٔ «{{value}}»',
    atLine: ' (سطر {{line}})',
    atLineColumn: ' (سطر {{line}}، ستون {{column}})',
    needsAnswer:
      '{{message}} برای جایگزین کردن --replace و برای افزودن این فایل به آن‌ها --append را بدهید؛ چیزی تغییر نکرد.',
  },
  kinds: {
    customers: 'مشتریان',
    orders: 'سفارش‌ها',
    order_lines: 'اقلام سفارش',
    products: 'محصولات',
    payments: 'پرداخت‌ها',
    reviews: 'نظرها',
    events: 'رویدادها',
    lookup: 'جدول مرجع',
  },
  import: {
    imported: '{{file}} درون‌ریزی شد ({{kind}})',
    rowsRead: 'سطرهای خوانده‌شده',
    rowsImported: 'سطرهای درون‌ریزی‌شده',
    rowsRejected: 'سطرهای ردشده',
    customers: 'مشتریان',
    orders: 'سفارش‌ها',
    firstLine: ' (نخستین: سطر {{line}}',
    column: '، ستون {{column}}',
    value: '، «{{value}}»',
    close: ')',
    fromTable: 'جدول {{table}} از {{database}}',
    reasons: {
      wrong_field_count: 'تعداد فیلدها نادرست است',
      bad_number: 'عدد نیست',
      number_too_large: 'عدد بیش از حد بزرگ است',
      bad_date: 'تاریخ نیست',
      missing_customer_id: 'شناسهٔ مشتری ندارد',
      missing_date: 'تاریخ ندارد',
      duplicate_customer_id: 'شناسهٔ مشتری تکراری',
      missing_order_id: 'شناسهٔ سفارش ندارد',
      missing_key: 'کلید ندارد',
      duplicate_key: 'کلید تکراری',
      order_not_found: 'سفارشش پیدا نشد',
      missing_event_type: 'نوع رویداد ندارد',
    },
  },
  segment: {
    counts: '{{customers}} مشتری ({{shareCustomers}} از کل)، درآمد {{revenue}} ({{shareRevenue}} از کل)',
    saved: 'بخش «{{name}}» ذخیره شد (شناسه {{id}}): {{counts}}',
    updated: 'بخش «{{name}}» به‌روز شد (شناسه {{id}}): {{counts}}',
    none: 'هنوز بخشی ذخیره نشده است.',
    sayAction: 'اعلام کنید count، save، list، export یا sql',
    countedOn: '{{counts}}؛ شمرده‌شده روی پایگاه دادهٔ {{database}} در {{ms}} میلی‌ثانیه',
    notFound: 'در این پروژه بخشی به نام «{{name}}» نیست.',
    wrote: { other: '{{rows}} مشتری از «{{name}}» در {{file}} نوشته شد.' },
    leftOutEmail: { other: ' {{count}} مشتری بدون نشانی ایمیل کنار گذاشته شد.' },
    leftOutEmailOrPhone: { other: ' {{count}} مشتری بدون نشانی ایمیل یا شمارهٔ تلفن کنار گذاشته شد.' },
  },
  rfm: {
    warning: 'هشدار: {{message}}',
    breaks: 'مرزها: تازگی {{recency}} روز؛ تناوب {{frequency}}؛ ارزش پولی {{monetary}}',
    noCustomers: '(بی‌مشتری)',
    columns: { segment: 'بخش', customers: 'مشتریان', revenue: 'درآمد' },
    bins: '--bins باید ۳، ۴ یا ۵ باشد، نه «{{value}}»',
    scheme: '--scheme باید rfm-classic یا rf-grid باشد، نه «{{value}}»',
  },
  warehouse: {
    sayAction: 'اعلام کنید export',
    wrote: 'schema.sql ({{dialect}}) و {{count}} فایل CSV در {{out}} نوشته شد: {{tables}}.',
    table: { other: '{{table}} ({{rows}} سطر)' },
  },
  pareto: {
    bring80: '{{share}} از {{unit}} ۸۰٪ درآمد را می‌آورند ({{k80}} از {{customers}}).',
    top20: '۲۰٪ برتر {{unit}}: {{share}} از درآمد {{revenue}}. ضریب جینی {{gini}}.',
    customers: 'مشتریان',
    valuesOf: 'مقدارهای {{label}}',
  },
  compare: {
    columns: {
      segment: 'بخش',
      customers: 'مشتریان',
      shareCustomers: '٪ مشتری',
      revenue: 'درآمد',
      shareRevenue: '٪ درآمد',
      revenuePerCustomer: 'درآمد/مشتری',
      aov: 'میانگین سفارش',
      frequency: 'تناوب',
      recency: 'تازگی',
      index: 'شاخص',
    },
  },
  demo: {
    created: 'فروشگاه نمونه ساخته شد: {{project}}',
    sizes: '  {{customers}} مشتری، {{orders}} سفارش ({{lines}} قلم سفارش)',
    csv: '  فایل‌های CSV: {{customers}}، {{orders}}',
  },
  datasets: {
    none: 'هنوز مجموعه‌داده‌ای نیست.',
    row: '{{kind}} {{file}}  {{rows}} سطر ({{rejected}} ردشده)، {{at}}',
    nothingToUndo: 'چیزی برای بازگردانی نیست.',
    canUndo: 'بازگرداندنی (تازه‌ترین نخست): {{list}}',
    undid: 'درون‌ریزی {{label}} بازگردانده شد: داده‌ها همان است که پیش از آن بود.',
    cleared: 'تاریخچه پاک شد: {{count}} درون‌ریزی دیگر بازگرداندنی نیست.',
  },
  more: {
    warning: 'هشدار: {{message}}',
    importedEvents: '{{file}} درون‌ریزی شد (رویدادها، چیدمان {{layout}})',
    firstRow: ' (نخستین: ردیف {{row}}',
    importedFiles: '{{count}} فایل درون‌ریزی شد',
    setFile: '  {{file}} ({{kind}}): {{read}} خوانده‌شده، {{imported}} درون‌ریزی‌شده، {{rejected}} ردشده',
    links: 'پیوندها',
    link: '  {{from}} ← {{to}}: {{matched}} جفت‌شده، {{unmatched}} بی‌جفت',
    revenue: 'درآمد',
    note: 'یادداشت: {{note}}',
    wrote: '{{file}} نوشته شد',
    clusterSummary: 'k = {{k}}، اینرسی {{inertia}}، {{customers}} مشتری خوشه‌بندی شد، {{excluded}} کنار ماند{{sample}}',
    clusterSample: ' (ضریب نیم‌رخ روی نمونه‌ای از {{size}} از {{of}})',
    clusterSaved:
      'خوشه‌بندی با نام «{{name}}» ذخیره شد: قاعده‌ها می‌توانند cluster in ["{{value}}", ...] را به کار ببرند.',
    clusterReplaced:
      'خوشه‌بندی ذخیره‌شدهٔ «{{name}}» جایگزین شد: قاعده‌ها می‌توانند cluster in ["{{value}}", ...] را به کار ببرند.',
    calibration: 'پایان دورهٔ برازش {{end}}، واحد {{unit}}، افق {{horizon}}',
  },
  columns: {
    cluster: 'خوشه',
    name: 'نام',
    customers: 'مشتریان',
    share: 'سهم',
    revenue: 'درآمد',
    cohort: 'کوهورت',
    offset: 'فاصله',
    active: 'فعال',
    from: 'از',
    to: 'به',
  },
  parse: {
    unknownOption:
      'گزینهٔ ناشناختهٔ «{{option}}». اگر آرگومانی با «-» شروع می‌شود، آن را پس از «--» در پایان فرمان بگذارید، مانند -- "{{option}}"',
    missingValue: 'گزینهٔ {{option}} به یک مقدار نیاز دارد',
    takesNoValue: 'گزینهٔ {{option}} مقداری نمی‌پذیرد',
    unexpectedPositional: 'آرگومان ناخواستهٔ «{{value}}»: این فرمان آرگومان بی‌نام نمی‌پذیرد',
  },
  engine: {
    shortHistory: {
      other:
        'سفارش‌ها فقط {{count}} روز را در بر می‌گیرند ({{from}} تا {{to}}). در چنین تاریخچهٔ کوتاهی تازگی و تکرار چیز زیادی نمی‌گویند، چون بیشتر مشتریان یک بار و به‌تازگی خرید کرده‌اند. RFM با دست‌کم {{minimum}} روز سفارش، و بهتر از آن یک سال، گویاتر است.',
    },
    and: ' و ',
    units: { day: 'روز', week: 'هفته' },
    clv: {
      few_repeat_customers:
        'فقط {{count}} مشتری پیش از پایان دورهٔ آموزش دوباره خرید کرده‌اند؛ با کمتر از {{minimum}} مشتری، پارامترهای برازش‌شده قطعیت ندارند. پایان دوره را دیرتر بگذارید یا سابقهٔ بیشتری وارد کنید و به خطاهای معیار توجه کنید.',
      no_convergence:
        'برازش {{models}} از نقاط شروعش به یک بهینهٔ واحد نرسید؛ پارامترها و پیش‌بینی‌هایش ممکن است نادرست باشند.',
      no_standard_errors:
        'پارامترهای {{models}} خطای معیار ندارند (درست‌نمایی در نقطهٔ بهینه تخت است): داده‌ها آن‌ها را مشخص نمی‌کنند.',
      short_calibration:
        'دورهٔ آموزش ({{length}} {{units}}) از افق پیش‌بینی ({{horizon}} {{units}}) کوتاه‌تر است: پیش‌بینی‌ها دورتر از سابقهٔ پشتشان را می‌بینند.',
      no_spend_model:
        'هیچ مشتری‌ای خرید تکراری با مبلغ مثبت ندارد، پس میزان خرج و ارزش طول عمر (clv) پیش‌بینی نمی‌شوند (خالی می‌مانند).',
      spend_excluded:
        '{{count}} مشتری که خریدهای تکراری‌شان به صفر یا کمتر می‌رسد (مرجوعی) از مدل خرج کنار گذاشته شدند؛ برای آن‌ها میانگین خرج در نظر گرفته می‌شود.',
    },
    alreadyHas: 'این پروژه از پیش {{kind}} را از {{file}} دارد.',
    alreadyHasEvents: 'این پروژه از پیش رویدادها را دارد.',
    /** Engine sentences that come with a wording (shared/errorWording.ts): the import's refusals and warnings. */
    worded: {
      no_link_to_orders:
        'هیچ ستونی از {{name}} پیدا نشد که به سفارش‌های {{orders}} اشاره کند: آن‌ها را پیوند دهید، مثلاً --link "{{name}}.order_id={{orders}}.order_id".',
    },
  },
  usage: {
    oneOf: '--{{name}} باید یکی از {{allowed}} باشد، نه «{{value}}»',
    number: '--{{name}} باید عدد باشد، نه «{{value}}»',
    replaceOrAppend: '--replace یا --append را بدهید، نه هر دو را',
    sheetName: '--sheet نام یک برگه را می‌گیرد',
    giveFile: 'یک FILE برای درون‌ریزی بدهید',
    kindPerFile: 'با چند فایل، --kind به شکل FILE=KIND داده می‌شود',
    appendOne: '--append هر بار یک فایل می‌گیرد؛ چند فایل با --replace درون‌ریزی می‌شوند',
    appendEvents: '--append هنوز رویدادها را نمی‌پذیرد: --replace را بدهید',
    mapRole: '--map به شکل role=Header داده می‌شود، نه «{{value}}»',
    emptySegmentName: 'در --segments نامی خالی است (دو ویرگول پشت سر هم؟)',
    fieldsNeeded: '--fields دست‌کم به یک فیلد نیاز دارد',
    saveAsName: '--save-as به یک نام نیاز دارد',
    kRange: '--k-range باید شبیه 2-8 باشد، نه «{{value}}»',
    fromBeforeTo: '--from ({{from}}) باید پیش از --to ({{to}}) باشد: جابه‌جایی در زمان رو به جلو سنجیده می‌شود',
    segmentsWithBy: '--segments همراه --by segments به کار می‌رود',
    schemeWithRfm: '--scheme و --bins همراه --by rfm به کار می‌روند',
    notSaved: '«{{name}}» بخش ذخیره‌شده نیست: فقط بخش‌های ذخیره‌شده را نام ببرید',
    kindOfFile: '--kind به شکل FILE=KIND است و KIND یکی از {{allowed}}، نه «{{value}}»',
    linkSides: '--link به شکل "FILE.column=FILE.column" داده می‌شود، نه «{{value}}»',
    linkFile: '--link «{{value}}»: «{{side}}» با نام یکی از فایل‌ها ({{files}}) و پس از آن نام یک ستون آغاز نمی‌شود',
    fileOrSource: 'یا یک FILE بدهید یا --from URL --table T، نه هر دو را',
    sourceCountOnly: '--source فقط همراه count به کار می‌رود',
    sourceOrProject: '--source یا --project را بدهید، نه هر دو را',
    ruleOrName: 'یا --rule FILE.json را بدهید یا --name NAME را',
    dialectWithSql: '--dialect همراه --sql به کار می‌رود',
    dialectRequired: '--dialect لازم است: postgres، duckdb یا sqlite',
    dialect: '--dialect باید postgres، duckdb یا sqlite باشد، نه «{{value}}»',
    warehouseDialect: '--dialect باید postgres یا duckdb باشد، نه «{{value}}»',
    asOfDate: '--as-of باید تاریخی به شکل YYYY-MM-DD باشد، نه «{{value}}»',
    asOfNeedsDate: '--as-of به تاریخی به شکل YYYY-MM-DD نیاز دارد',
    layout: '--layout باید یکی از {{allowed}} باشد، نه «{{value}}»',
    exportFormat: '--format باید csv یا xlsx باشد، نه «{{value}}»',
    personal: '--personal باید keep، mask یا omit باشد، نه «{{value}}»',
    by: '--by باید rfm یا segments باشد، نه «{{value}}»',
    period: '--period باید month، week یا quarter باشد، نه «{{value}}»',
    reportFormat: '--format باید html یا pdf باشد، نه «{{value}}»',
    clv: '--{{name}} باید {{rule}} باشد، نه «{{value}}»',
    clvRules: {
      'calibration-end': 'تاریخی به شکل YYYY-MM-DD',
      unit: 'day یا week',
      horizon: 'عددی درست از ۱ تا ۵۲۰۰',
      margin: 'سهمی از ۰ تا ۱',
      'discount-rate': 'نرخی ماهانه از ۰ تا ۱',
      valid: 'معتبر',
    },
  },
} as const satisfies CliWords<typeof en>;
