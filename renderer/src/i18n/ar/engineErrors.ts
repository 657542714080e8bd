/** Arabic words of the engine's errors that carry a wording key (shared/errorWording.ts). */
import { IMPORT_REASONS } from '../../../../shared/i18n/importReasons.js';
import type { Localized, PluralForms } from '../catalog.js';
import type { engineErrors as english } from '../en/engineErrors.js';

export const engineErrors = {
  engineErrors: {
    file_not_found: 'لم يُعثر على {{name}}. تأكد من أن الملف ما زال في مكانه واختره مرة أخرى.',
    is_folder: '{{name}} مجلد وليس ملفًا.',
    permission_denied: 'تتعذر قراءة {{name}}: لا يوجد إذن بالوصول.',
    file_empty: '{{name}} فارغ: لا يوجد ما يُستورد.',
    no_line_breaks:
      'لا توجد فواصل أسطر في أول {{megabytes}} ميغابايت من {{name}}: على الأرجح ليس جدولًا. تأكد من أنك اخترت ملف CSV.',
    only_blank_lines: 'لا صفوف في {{name}}: كل أسطره فارغة.',
    no_data_rows: 'لا توجد صفوف بيانات في {{name}}.',
    nothing_imported:
      'تعذّر استيراد أي صف من {{name}} (المرفوض: {{rejected}}؛ أول سبب: {{reason}}). راجع أدوار الأعمدة وتنسيقاتها.',
    import_cancelled: 'أُلغي استيراد {{name}}: لم يتغير المشروع.',
    already_has_data: 'في هذا المشروع {{kind}} من {{file}} بالفعل.',
    no_such_column: 'لا يوجد عمود باسم «{{column}}» في {{name}}.',
    no_such_sheet: 'لا توجد في {{name}} ورقة باسم «{{sheet}}». أوراقه: {{list}}.',
    duplicate_file_names: 'ملفان يحملان الاسم نفسه {{name}}: أعطِ كل ملف مرة واحدة.',
    already_has_events: 'في هذا المشروع أحداث بالفعل.',
    workbook_unreadable:
      'تعذّرت قراءة {{name}} كمصنف Excel ({{why}}). افتحه في Excel واحفظه من جديد بصيغة ‎.xlsx، أو احفظ الورقة بصيغة CSV.',
    empty_sheet: 'الورقة «{{sheet}}» في {{name}} فارغة: لا يوجد ما يُستورد.',
    not_a_set_file: '«{{file}}» ليس من الملفات المستوردة ({{list}}).',
    link_same_file: 'الربط يصل بين ملفين مختلفين؛ لكن طرفيه كليهما {{name}}.',
    no_such_link_column: 'لا يوجد عمود باسم «{{column}}» في {{name}}. أعمدته: {{list}}.',
    set_refused: 'لم يُستورد شيء: أصلح أولًا المشكلات التي تعرضها المعاينة (عددها {{count}}).',
    same_kind_files:
      '{{names}} كلها من نوع {{kind}}: لا يمكن استيراد أكثر من ملف واحد من كل نوع في المرة الواحدة. اختر نوعًا آخر لأحدها، أو استوردها كلًّا على حدة.',
    not_events_layout:
      'اختير {{name}} على أنه أحداث، لكن رؤوس أعمدته لا تطابق أيًّا من تخطيطات الأحداث المقروءة (REES46: event_time وevent_type وuser_id؛ GA4: event_timestamp وevent_name وuser_pseudo_id؛ Matomo: visitorId وtype). اختر نوعًا آخر، أو أعد تسمية أعمدته.',
    no_main_file: 'لا يحتوي أي من الملفات على طلبات أو عملاء أو أحداث: أضف ملف الطلبات (أو ملف العملاء أو الأحداث).',
    no_orders_for: 'يحتوي {{name}} على {{kind}} لكن لا يوجد ملف يحتوي على الطلبات التي تتبع لها: أضف ملف الطلبات.',
    no_link_to_orders: 'لم يُعثر على عمود في {{name}} يشير إلى طلبات {{orders}}: اربطهما بعمود رقم الطلب في الملفين.',
    not_a_workbook: '{{name}} ليس مصنفًا: لا يمكن اختيار ورقة إلا في ملفات ‎.xlsx.',
    encrypted_workbook:
      '{{name}} مصنف محمي بكلمة مرور: لا تمكن قراءته من دونها. افتحه في Excel، وأزل كلمة المرور (File > Info > Protect Workbook)، واحفظه، ثم استورده من جديد.',
    xls_workbook:
      '{{name}} مصنف Excel قديم (‎.xls) لا تستطيع منصة العمل قراءته: افتحه في Excel واحفظه بصيغة ‎.xlsx (Excel Workbook) أو CSV، ثم استورد ذلك الملف.',
    ods_workbook:
      '{{name}} جدول بيانات OpenDocument (‎.ods) لا تستطيع منصة العمل قراءته: افتحه في LibreOffice Calc أو Excel واحفظه بصيغة ‎.xlsx (Excel Workbook) أو CSV، ثم استورد ذلك الملف.',
    // Shared with the CLI (its words for the import's reasons and refusals).
    zip_archive: IMPORT_REASONS.ar.refusals.zip_archive,
    linked_table_alone: 'يحتوي {{name}} على {{kind}}: مثل هذا الجدول يُستورد مع الملفات التي يرتبط بها، لا وحده.',
    // A file preview's refusals and warnings (import/layout.ts, import/sniff/warnings.ts).
    too_many_columns:
      'عدد الأعمدة المحددة في {{name}}: {{columns}}، والحد الأقصى للمشروع {{limit}}: ألغِ تحديد {{excess}} منها في المعاينة، أو احذف من الملف الأعمدة التي لا تحتاج إليها.',
    role_twice: 'أُسند الدور {{role}} إلى {{count}} من الأعمدة ({{headers}})؛ أسنده إلى عمود واحد فقط.',
    no_customer_id_column: 'لم يُحدَّد أي عمود في {{name}} على أنه معرّف العميل. اختر واحدًا.',
    no_order_date_column: 'لم يُحدَّد أي عمود في {{name}} على أنه تاريخ الطلب. اختر واحدًا.',
    no_amount_column: 'يحتاج {{name}} إلى عمود للمبلغ، أو إلى عمود للكمية وآخر لسعر الوحدة، لحساب الإيرادات.',
    unclosed_quote:
      'السطر {{line}}: علامة اقتباس (") تفتح حقلًا لا يُغلق أبدًا، لذا سيرفض الاستيراد هذا الملف. أغلق علامة الاقتباس أو احذفها أولًا.',
    unsure_encoding:
      'تعذّر التعرّف على ترميز الملف بثقة (قُرئ بترميز {{encoding}}): تحقق من أن الأسماء والنصوص في المعاينة تُقرأ بشكل صحيح؛ وإن لم تكن كذلك فاختر ترميزًا آخر أو احفظ الملف بترميز UTF-8.',
    ambiguous_date_order: 'التواريخ تصلح لترتيب يوم/شهر ولترتيب شهر/يوم معًا: تحقق من ترتيب التاريخ',
    rows_wrong_width_zero: 'في العينة {{count}} من الصفوف لا يساوي عدد حقولها {{width}}: ستُرفض هذه الصفوف',
    rows_wrong_width_one: 'في العينة صف واحد لا يساوي عدد حقوله {{width}}: سيُرفض هذا الصف',
    rows_wrong_width_two: 'في العينة صفّان لا يساوي عدد حقولهما {{width}}: سيُرفض هذان الصفّان',
    rows_wrong_width_few: 'في العينة {{count}} من الصفوف لا يساوي عدد حقولها {{width}}: ستُرفض هذه الصفوف',
    rows_wrong_width_many: 'في العينة {{count}} من الصفوف لا يساوي عدد حقولها {{width}}: ستُرفض هذه الصفوف',
    rows_wrong_width_other: 'في العينة {{count}} من الصفوف لا يساوي عدد حقولها {{width}}: ستُرفض هذه الصفوف',
    // A file that is not text, or cannot be read at all; the events and preset refusals.
    binary_zip: 'يبدو أن {{name}} مصنف Excel أو ملف مضغوط zip، وليس ملف CSV: احفظه أولًا بصيغة CSV.',
    binary_xls: 'يبدو أن {{name}} مصنف Excel قديم (‎.xls)، وليس ملف CSV: احفظه أولًا بصيغة CSV.',
    binary_pdf: 'يبدو أن {{name}} مستند PDF، وليس ملف CSV: احفظه أولًا بصيغة CSV.',
    binary_gzip: 'يبدو أن {{name}} ملف مضغوط gzip، وليس ملف CSV: احفظه أولًا بصيغة CSV.',
    binary_file: 'يبدو أن {{name}} ملف ثنائي، وليس ملف CSV: احفظه أولًا بصيغة CSV.',
    cannot_read: 'تتعذّر قراءة {{name}}. رسالة النظام: {{why}}',
    not_an_events_file:
      '{{name}} ليس ملف أحداث يقرؤه هذا الإصدار: لا تطابق رؤوس أعمدته أيًّا من التخطيطات المعروفة ({{layouts}}). أعد تسمية الأعمدة وفق أحدها.',
    unknown_preset: 'لا يوجد إعداد مسبق باسم «{{preset}}»: استخدم أحد هذه: {{list}}.',
    preset_misfit:
      'رؤوس أعمدة الملف لا تطابق الإعداد المسبق {{preset}}: تنقصها الأعمدة التي يتضمنها ذلك التصدير دائمًا.',
    // Why a file of a set was taken for its kind.
    kind_reviews: 'معرّف طلب («{{order}}») وعمود تقييم («{{review}}»).',
    kind_payments: 'معرّف طلب («{{order}}») وعمود دفع («{{payment}}»).',
    kind_lines_product: 'معرّف طلب («{{order}}») ومنتج («{{product}}»)، لكن دون معرّف عميل: بنود طلبات مدرجة في ملف آخر.',
    kind_lines_amount:
      'معرّف طلب («{{order}}») ومبلغ أو سعر («{{amount}}»)، لكن دون معرّف عميل: بنود طلبات مدرجة في ملف آخر.',
    kind_orders_repeat:
      'طلبات: معرّف عميل، وتواريخ في «{{date}}»، ومعرّفات العملاء تتكرر («{{value}}» يظهر في {{rows}} من صفوف العينة).',
    kind_orders_order_id: 'طلبات: معرّف عميل، وتواريخ في «{{date}}»، ومعرّف طلب («{{order}}»).',
    kind_customers_once: 'كل معرّف عميل في «{{customer}}» يظهر مرة واحدة: صف واحد لكل عميل.',
    kind_products: 'صف واحد لكل معرّف منتج («{{product}}») مع خصائصه.',
    kind_lookup: 'لا معرّف عميل ولا معرّف طلب: جدول مفتاحه «{{key}}» تشير إليه الملفات الأخرى.',
    kind_lookup_empty: 'لا معرّف عميل ولا معرّف طلب.',
    kind_events: 'أحداث بتخطيط {{layout}}: صف واحد لكل حدث، مع «{{time}}» و«{{type}}» والمستخدم في «{{user}}».',
    kind_events_two_users:
      'أحداث بتخطيط {{layout}}: صف واحد لكل حدث، مع «{{time}}» و«{{type}}» والمستخدم في «{{user}}» أو «{{other}}».',
    kind_no_date: 'لا يوجد عمود تاريخ: صف واحد لكل عميل.',
    kind_no_amount: 'لا مبلغ، ولا كمية وسعر وحدة: صف واحد لكل عميل.',
    kind_orders_amount_repeat:
      'طلبات: تواريخ في «{{date}}»، ومبالغ في «{{amount}}»، ومعرّفات العملاء تتكرر («{{value}}» يظهر في {{rows}} من صفوف العينة).',
    kind_orders_price_repeat:
      'طلبات: تواريخ في «{{date}}»، ومبالغ من «{{quantity}}» × «{{price}}»، ومعرّفات العملاء تتكرر («{{value}}» يظهر في {{rows}} من صفوف العينة).',
    kind_orders_amount_column: 'طلبات: تواريخ في «{{date}}»، ومبالغ في «{{amount}}»، وعمود «{{column}}».',
    kind_orders_price_column:
      'طلبات: تواريخ في «{{date}}»، ومبالغ من «{{quantity}}» × «{{price}}»، وعمود «{{column}}».',
    kind_customers_sample_once: 'كل معرّف عميل يظهر مرة واحدة في العينة: صف واحد لكل عميل.',
    link_same_header: 'العنوان نفسه «{{header}}» في الملفين.',
    link_same_role: 'كلا العمودين يحمل {{role}}.',
    link_overlap: '{{percent}}٪ من قيم العينة في «{{column}}» هي من قيم «{{target}}».',
    // A set report's notes on key values not found on a link's other side.
    unmatched_customers:
      '{{unmatched}} من أصل {{total}} من قيم {{from}} غير موجودة في {{to}} (مثل {{examples}}): تُستورد طلباتهم، لكن لا تكون لهؤلاء العملاء أي خصائص من ملف العملاء.',
    unmatched_products:
      '{{unmatched}} من أصل {{total}} من قيم {{from}} غير موجودة في {{to}} (مثل {{examples}}): تُستورد تلك البنود دون حقول المنتج.',
    unmatched_lookup:
      '{{unmatched}} من أصل {{total}} من قيم {{from}} غير موجودة في {{to}} (مثل {{examples}}): لا تحصل تلك الصفوف على أي قيم من الجدول المرجعي.',
    unmatched_lines:
      '{{unmatched}} من أصل {{total}} من قيم {{from}} غير موجودة في {{to}} (مثل {{examples}}): تُستبعد تلك البنود، فهي بلا طلبها لا عميل لها ولا تاريخ.',
    unmatched_payments:
      '{{unmatched}} من أصل {{total}} من قيم {{from}} غير موجودة في {{to}} (مثل {{examples}}): لا تُحتسب تلك المدفوعات لأي طلب.',
    unmatched_orders:
      '{{unmatched}} من أصل {{total}} من قيم {{from}} غير موجودة في {{to}} (مثل {{examples}}): لا تنتمي تلك الصفوف إلى أي طلب مستورد.',
  },
} as const satisfies Localized<typeof english, PluralForms['ar']>;
