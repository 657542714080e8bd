/** The CLI's human output in Arabic (counts phrased so that no noun follows a number: no plural forms). */
import type { CliWords } from './catalog.js';
import type { en } from './en.js';

export const ar = {
  help: `منضدة تجزئة العملاء {{version}} — تجزئة العملاء على جهازك أنت.

الاستخدام: segwb <الأمر> [الخيارات]

الأوامر:
  import FILE --project P.segwb   استيراد ملف CSV/TSV للطلبات أو للعملاء
  import --from URL --table T --project P
                                  استيراد جدول من قاعدة بيانات PostgreSQL أو DuckDB
  datasets [undo|clear-history] --project P [--json]
                                  مجموعات البيانات، والتراجع عن آخر استيراد
  metrics --project P --json      الحداثة والتكرار والقيمة النقدية لكل عميل
  pareto --project P [--segment NAME] [--by FIELD] --json
                                  أرقام ٨٠/٢٠ لإيرادات العملاء (داخل شريحة، أو حسب
                                  قيم حقل مثل البلد أو المنتج)
  compare --project P --segments A,B,... --json
                                  حجم الشرائح وقيمتها جنبًا إلى جنب
  demo --project P                إنشاء مشروع المتجر التجريبي (بيانات اصطناعية ببذرة ثابتة)
  rfm --project P [--bins 5] [--scheme rfm-classic|rf-grid] [--as-of D] --json
                                  درجات RFM وشرائحها (المخطط الافتراضي rfm-classic)
  rfm --project P --sql --dialect postgres|duckdb|sqlite [--bins 5] [--scheme S] [--as-of D]
                                  الدرجات نفسها في صورة SELECT واحد على جداول المستودع
  cluster --project P --fields F1,F2,... [--k N | --k-range A-B] [--seed S] [--log] --json
                                  عناقيد k-means للعملاء على الحقول الرقمية
  clv --project P [--calibration-end D] [--unit day|week] [--horizon N] [--margin M]
      [--discount-rate R] --json
                                  المشتريات والإنفاق المتوقعة والقيمة الدائمة لكل عميل
  migrate --project P --from D1 --to D2 --by rfm [--scheme S] [--bins N] --json
  migrate --project P --from D1 --to D2 --by segments --segments A,B,... --json
                                  من انتقل من أي شريحة إلى أيها بين تاريخين
  cohorts --project P --period month|week|quarter --json
                                  أفواج الاكتساب: العملاء النشطون والإيرادات في كل فترة
  report --project P --out FILE [--lang en|fa|ar|cy] [--segments A,B,...] [--format html|pdf]
                                  المشروع كله في تقرير واحد للتسليم (HTML أو PDF)
  segment count --project P --rule FILE.json --json
                                  عملاء قاعدة وإيراداتهم، مع حصصهم
  segment save --project P --name NAME --rule FILE.json
                                  حفظ شريحة (أو تحديث الشريحة التي تحمل هذا الاسم)
  segment list --project P --json
                                  الشرائح المحفوظة مع أعدادها الحالية
  segment export --project P --name NAME --out F.csv [--layout mailchimp] [--bom]
                                  عملاء شريحة في ملف CSV
  segment count --source URL --rule FILE.json --json
                                  العدّ نفسه، على قاعدة بيانات تضم جداول المستودع
  segment sql --project P (--rule FILE.json | --name NAME) --dialect postgres|duckdb|sqlite
      [--as-of D]                 الشريحة في صورة SELECT واحد على جداول المستودع
  warehouse export --project P --out DIR [--dialect postgres|duckdb]
                                  المشروع في صورة schema.sql وملفات CSV لمستودع البيانات

يقبل كل أمر الخيار --lang en|fa|ar|cy للغة رسائله (الافتراضي: LC_ALL أو LC_MESSAGES أو LANG).
شغّل "segwb <الأمر> --help" لمعرفة خيارات أمر ما. لا يغادر شيء جهازك.`,
  common: {
    unknownCommand: 'segwb: أمر غير معروف «{{name}}». شغّل "segwb --help" لرؤية القائمة.',
    badLanguage: 'يجب أن تكون --lang إحدى en أو fa أو ar أو cy، لا «{{value}}»',
    required: 'الخيار --{{name}} مطلوب',
    wholeNumber: 'يجب أن يكون --{{name}} عددًا صحيحًا، لا «{{value}}»',
    needsValue: 'الخيار --{{name}} يحتاج إلى قيمة',
    unexpected: 'وسيط غير متوقع «{{value}}»',
    unknownAction: 'إجراء غير معروف «{{value}}»',
    atLine: ' (السطر {{line}})',
    atLineColumn: ' (السطر {{line}}، العمود {{column}})',
    needsAnswer: '{{message}} أعطِ --replace لاستبدالها أو --append لدمج هذا الملف فيها؛ لم يتغير شيء.',
  },
  kinds: {
    customers: 'العملاء',
    orders: 'الطلبات',
    order_lines: 'بنود الطلبات',
    products: 'المنتجات',
    payments: 'المدفوعات',
    reviews: 'التقييمات',
    events: 'الأحداث',
    lookup: 'جدول مرجعي',
  },
  import: {
    imported: 'استُورد {{file}} ({{kind}})',
    rowsRead: 'الصفوف المقروءة',
    rowsImported: 'الصفوف المستوردة',
    rowsRejected: 'الصفوف المرفوضة',
    customers: 'العملاء',
    orders: 'الطلبات',
    firstLine: ' (أولها: السطر {{line}}',
    column: '، العمود {{column}}',
    value: '، «{{value}}»',
    close: ')',
    fromTable: 'الجدول {{table}} من {{database}}',
    reasons: {
      wrong_field_count: 'عدد الحقول غير صحيح',
      bad_number: 'ليس رقمًا',
      number_too_large: 'الرقم كبير جدًا',
      bad_date: 'ليس تاريخًا',
      missing_customer_id: 'بلا معرّف عميل',
      missing_date: 'بلا تاريخ',
      duplicate_customer_id: 'معرّف عميل مكرر',
      missing_order_id: 'بلا معرّف طلب',
      missing_key: 'بلا مفتاح',
      duplicate_key: 'مفتاح مكرر',
      order_not_found: 'الطلب غير موجود',
      missing_event_type: 'بلا نوع حدث',
    },
  },
  segment: {
    counts: 'العملاء: {{customers}} ({{shareCustomers}} من الكل)، الإيرادات: {{revenue}} ({{shareRevenue}} من الكل)',
    saved: 'حُفظت الشريحة «{{name}}» (المعرّف {{id}}): {{counts}}',
    updated: 'حُدّثت الشريحة «{{name}}» (المعرّف {{id}}): {{counts}}',
    none: 'لا توجد شرائح محفوظة.',
    sayAction: 'اذكر count أو save أو list أو export أو sql',
    countedOn: '{{counts}}؛ جرى العدّ على قاعدة البيانات {{database}} (المدة بالملّي ثانية: {{ms}})',
    notFound: 'لا توجد في هذا المشروع شريحة باسم «{{name}}».',
    wrote: { other: 'كُتب عملاء «{{name}}» في {{file}}، وعددهم {{rows}}.' },
    leftOutEmail: { other: ' واستُبعد من لا بريد إلكتروني له، وعددهم {{count}}.' },
    leftOutEmailOrPhone: { other: ' واستُبعد من لا بريد إلكتروني ولا هاتف له، وعددهم {{count}}.' },
  },
  rfm: {
    warning: 'تحذير: {{message}}',
    breaks: 'الحدود: الحداثة {{recency}} (بالأيام)؛ التكرار {{frequency}}؛ القيمة النقدية {{monetary}}',
    noCustomers: '(لا عملاء)',
    columns: { segment: 'الشريحة', customers: 'العملاء', revenue: 'الإيرادات' },
    bins: 'يجب أن يكون --bins ٣ أو ٤ أو ٥، لا «{{value}}»',
    scheme: 'يجب أن يكون --scheme إما rfm-classic أو rf-grid، لا «{{value}}»',
  },
  warehouse: {
    sayAction: 'اذكر export',
    wrote: 'كُتب schema.sql ({{dialect}}) وملفات CSV في {{out}}، وعددها {{count}}: {{tables}}.',
    table: { other: '{{table}} (الصفوف: {{rows}})' },
  },
  pareto: {
    bring80: '{{share}} من {{unit}} يجلبون ٨٠٪ من الإيرادات ({{k80}} من {{customers}}).',
    top20: 'أعلى ٢٠٪ من {{unit}}: {{share}} من الإيرادات البالغة {{revenue}}. معامل جيني {{gini}}.',
    customers: 'العملاء',
    valuesOf: 'قيم {{label}}',
  },
  compare: {
    columns: {
      segment: 'الشريحة',
      customers: 'العملاء',
      shareCustomers: '٪ العملاء',
      revenue: 'الإيرادات',
      shareRevenue: '٪ الإيرادات',
      revenuePerCustomer: 'إيراد/عميل',
      aov: 'متوسط الطلب',
      frequency: 'التكرار',
      recency: 'الحداثة',
      index: 'المؤشر',
    },
  },
  demo: {
    created: 'أُنشئ المتجر التجريبي: {{project}}',
    sizes: '  العملاء: {{customers}}، الطلبات: {{orders}} (بنود الطلبات: {{lines}})',
    csv: '  ملفات CSV: {{customers}}، {{orders}}',
  },
  datasets: {
    none: 'لا توجد مجموعات بيانات بعد.',
    row: '{{kind}} {{file}}  الصفوف: {{rows}} (المرفوض: {{rejected}})، {{at}}',
    nothingToUndo: 'لا شيء للتراجع عنه.',
    canUndo: 'يمكن التراجع عنه (الأحدث أولًا): {{list}}',
    undid: 'تم التراجع عن استيراد {{label}}: البيانات كما كانت قبله.',
    cleared: 'مُسح السجل: عدد عمليات الاستيراد التي لم يعد التراجع عنها ممكنًا: {{count}}.',
  },
  more: {
    warning: 'تحذير: {{message}}',
    importedEvents: 'استُورد {{file}} (أحداث، بتخطيط {{layout}})',
    firstRow: ' (أولها: الصف {{row}}',
    importedFiles: 'استُوردت الملفات، وعددها {{count}}',
    setFile: '  {{file}} ({{kind}}): المقروء {{read}}، المستورد {{imported}}، المرفوض {{rejected}}',
    links: 'الروابط',
    link: '  {{from}} ← {{to}}: المطابق {{matched}}، غير المطابق {{unmatched}}',
    revenue: 'الإيرادات',
    note: 'ملاحظة: {{note}}',
    wrote: 'كُتب {{file}}',
    clusterSummary:
      'k = {{k}}، القصور الذاتي {{inertia}}، العملاء المجمّعون: {{customers}}، المستبعدون: {{excluded}}{{sample}}',
    clusterSample: ' (معامل الصورة الظلية على عينة من {{size}} من أصل {{of}})',
    clusterSaved: 'حُفظ التجميع باسم «{{name}}»: يمكن للقواعد استخدام cluster in ["{{value}}", ...].',
    clusterReplaced: 'استُبدل التجميع المحفوظ «{{name}}»: يمكن للقواعد استخدام cluster in ["{{value}}", ...].',
    calibration: 'نهاية فترة المعايرة {{end}}، الوحدة {{unit}}، الأفق {{horizon}}',
  },
  columns: {
    cluster: 'العنقود',
    name: 'الاسم',
    customers: 'العملاء',
    share: 'الحصة',
    revenue: 'الإيرادات',
    cohort: 'الفوج',
    offset: 'الإزاحة',
    active: 'النشطون',
    from: 'من',
    to: 'إلى',
  },
  parse: {
    unknownOption:
      'خيار غير معروف «{{option}}». إذا كان وسيط يبدأ بـ «-»، فضعه في آخر الأمر بعد «--»، هكذا: -- "{{option}}"',
    missingValue: 'الخيار {{option}} يحتاج إلى قيمة',
    takesNoValue: 'الخيار {{option}} لا يأخذ قيمة',
    unexpectedPositional: 'وسيط غير متوقع «{{value}}»: هذا الأمر لا يأخذ وسائط بلا اسم',
  },
  engine: {
    shortHistory: {
      other:
        'لا تمتد الطلبات إلا على فترة قصيرة عدد أيامها {{count}} ({{from}} إلى {{to}}). في تاريخ بهذا القِصر لا تقول الحداثة والتكرار الكثير، فمعظم العملاء طلبوا مرة واحدة ومؤخرًا. يصبح RFM أوضح مع طلبات تمتد {{minimum}} يومًا على الأقل، والأفضل سنة كاملة.',
    },
    and: ' و',
    units: { day: 'يوم', week: 'أسبوع' },
    clv: {
      few_repeat_customers:
        'عدد العملاء الذين اشتروا مرة أخرى قبل نهاية فترة المعايرة {{count}} فقط؛ ومع أقل من {{minimum}} تكون المعاملات الملاءَمة غير مؤكدة. اختر نهاية معايرة أبعد أو سجلًا أطول، وانتبه إلى الأخطاء المعيارية.',
      no_convergence:
        'ملاءمة {{models}} لم تستقر على حل أمثل واحد من نقاط بدايتها؛ قد تكون معاملاتها وتنبؤاتها غير دقيقة.',
      no_standard_errors:
        'معاملات {{models}} بلا أخطاء معيارية (دالة الإمكان مسطحة عند الحل الأمثل): البيانات لا تحددها.',
      short_calibration:
        'فترة المعايرة ({{length}} {{units}}) أقصر من أفق التنبؤ ({{horizon}} {{units}}): التنبؤات تمتد أبعد من التاريخ الذي تستند إليه.',
      no_spend_model:
        'لا أحد من العملاء لديه شراء متكرر بمبلغ موجب، لذا لا يمكن التنبؤ بالإنفاق والقيمة الدائمة (clv) فيبقيان فارغين.',
      spend_excluded:
        'استُبعد من نموذج الإنفاق عملاء عددهم {{count}} يصل صافي أيام مشترياتهم المتكررة إلى صفر أو أقل (مرتجعات)؛ ويُعطَون متوسط الإنفاق.',
    },
    alreadyHas: 'في هذا المشروع {{kind}} من {{file}} بالفعل.',
    alreadyHasEvents: 'في هذا المشروع أحداث بالفعل.',
    /** Engine sentences that come with a wording (shared/errorWording.ts): the import's refusals and warnings. */
    worded: {
      no_link_to_orders:
        'لم يُعثر على عمود في {{name}} يشير إلى طلبات {{orders}}: اربطهما، مثلًا --link "{{name}}.order_id={{orders}}.order_id".',
    },
  },
  usage: {
    oneOf: 'يجب أن يكون --{{name}} أحد {{allowed}}، لا «{{value}}»',
    number: 'يجب أن يكون --{{name}} رقمًا، لا «{{value}}»',
    replaceOrAppend: 'أعطِ --replace أو --append، لا كليهما',
    sheetName: 'يأخذ --sheet اسم ورقة',
    giveFile: 'أعطِ ملفًا FILE لاستيراده',
    kindPerFile: 'مع عدة ملفات، يُعطى --kind بصيغة FILE=KIND',
    appendOne: 'يأخذ --append ملفًا واحدًا في كل مرة؛ تُستورد الملفات المتعددة مع --replace',
    appendEvents: 'لا يقبل --append الأحداث بعد: أعطِ --replace',
    mapRole: 'يُعطى --map بصيغة role=Header، لا «{{value}}»',
    emptySegmentName: 'في --segments اسم فارغ (فاصلتان متتاليتان؟)',
    fieldsNeeded: 'يحتاج --fields إلى حقل واحد على الأقل',
    saveAsName: 'يحتاج --save-as إلى اسم',
    kRange: 'يجب أن يكون --k-range على شكل 2-8، لا «{{value}}»',
    fromBeforeTo: 'يجب أن يسبق --from ({{from}}) التاريخ --to ({{to}}): يُقاس الانتقال إلى الأمام في الزمن',
    segmentsWithBy: 'يُستخدم --segments مع --by segments',
    schemeWithRfm: 'يُستخدم --scheme و--bins مع --by rfm',
    notSaved: '«{{name}}» ليست شريحة محفوظة: اذكر الشرائح المحفوظة فقط',
    kindOfFile: 'يُعطى --kind بصيغة FILE=KIND حيث KIND أحد {{allowed}}، لا «{{value}}»',
    linkSides: 'يُعطى --link بصيغة "FILE.column=FILE.column"، لا «{{value}}»',
    linkFile: 'يُعطى --link «{{value}}»: لا يبدأ «{{side}}» باسم أحد الملفات ({{files}}) يليه اسم عمود',
    fileOrSource: 'أعطِ ملفًا FILE أو --from URL --table T، لا كليهما',
    sourceCountOnly: 'يُستخدم --source مع count فقط',
    sourceOrProject: 'أعطِ --source أو --project، لا كليهما',
    ruleOrName: 'أعطِ إما --rule FILE.json وإما --name NAME',
    dialectWithSql: 'يُستخدم --dialect مع --sql',
    dialectRequired: 'الخيار --dialect مطلوب: postgres أو duckdb أو sqlite',
    dialect: 'يجب أن يكون --dialect أحد postgres أو duckdb أو sqlite، لا «{{value}}»',
    warehouseDialect: 'يجب أن يكون --dialect أحد postgres أو duckdb، لا «{{value}}»',
    asOfDate: 'يجب أن يكون --as-of تاريخًا بصيغة YYYY-MM-DD، لا «{{value}}»',
    asOfNeedsDate: 'يحتاج --as-of إلى تاريخ بصيغة YYYY-MM-DD',
    layout: 'يجب أن يكون --layout أحد {{allowed}}، لا «{{value}}»',
    exportFormat: 'يجب أن يكون --format أحد csv أو xlsx، لا «{{value}}»',
    personal: 'يجب أن يكون --personal أحد keep أو mask أو omit، لا «{{value}}»',
    by: 'يجب أن يكون --by أحد rfm أو segments، لا «{{value}}»',
    period: 'يجب أن يكون --period أحد month أو week أو quarter، لا «{{value}}»',
    reportFormat: 'يجب أن يكون --format أحد html أو pdf، لا «{{value}}»',
    clv: 'يجب أن يكون --{{name}} {{rule}}، لا «{{value}}»',
    clvRules: {
      'calibration-end': 'تاريخًا بصيغة YYYY-MM-DD',
      unit: 'day أو week',
      horizon: 'عددًا صحيحًا من ١ إلى ٥٢٠٠',
      margin: 'حصةً من ٠ إلى ١',
      'discount-rate': 'معدلًا شهريًا من ٠ إلى ١',
      valid: 'صالحًا',
    },
  },
} as const satisfies CliWords<typeof en>;
