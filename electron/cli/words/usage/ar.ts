/** The commands' usage texts in Arabic (the option names stay as typed). {{maxK}}: the most clusters. */
import type { CommandUsages } from './commands.js';

export const ar: CommandUsages = {
  import: `الاستخدام: segwb import FILE [FILE...] --project P.segwb [الخيارات]
  يستورد ملفات CSV/TSV أو مصنفات Excel (.xlsx) أو نصوصًا ثابتة العرض إلى مشروع (يُنشأ إن لم يكن
  موجودًا). تُستورد عدة ملفات (الطلبات، بنود الطلبات، المنتجات، المدفوعات، التقييمات، العملاء،
  الجداول المرجعية) معًا استيرادًا واحدًا: كلها أو لا شيء. تُعرف صادرات Shopify وWooCommerce
  وMailchimp وملفات Olist من رؤوس أعمدتها.
  إن كان في المشروع بيانات من النوع الذي تحمله الملفات، فاذكر ما يُفعل بها:
  --replace                   استبدلها (التراجع عن الاستيراد يعيدها: segwb datasets undo)
  --append                    ادمج الملف فيها: حسب معرّف الطلب أو العميل، ويغلب صف الملف حيث
                              يوجد صف في الاثنين
  --kind orders|customers|events  ماذا يمثل الصف الواحد (الافتراضي: يُستنتج من الملف؛ events:
                              صادر أحداث من REES46 أو GA4 أو Matomo)
  --kind FILE=KIND            مع عدة ملفات: نوع أحدها (customers، orders، order_lines،
                              products، payments، reviews، lookup)
  --link "A.col=B.col"        مع عدة ملفات: صفوف A تشير إلى صفوف B بهذه الأعمدة
  --sheet NAME                ورقة المصنف المراد استيرادها (الافتراضي: الورقة ذات أكثر الصفوف)
  --preset ID                 اقرأ الملف كهذا الصادر: shopify_orders، shopify_customers،
                              woocommerce_orders، mailchimp_audience (الافتراضي: يُتعرّف عليه)
  --encoding NAME             utf-8، utf-16le، utf-16be، windows-1252، windows-1256، iso-8859-1، ...
  --delimiter D               , ; tab |  (وأيضًا: comma، semicolon، pipe)
  --date-order dmy|mdy|ymd    كيف تُقرأ تواريخ مثل 01/02/2024
  --decimal .|,               الفاصل العشري للأرقام
  --no-header                 السطر الأول بيانات لا أسماء أعمدة
  --map role=Header           أعطِ عمودًا دورًا (قابل للتكرار)، مثل --map amount="Total paid"
  --json                      اطبع التقرير بصيغة JSON
  --from URL --table T        استورد الجدول T من قاعدة بيانات بدلًا من FILE: PostgreSQL
                              (postgresql://USER:PASSWORD@HOST/DB) أو ملف DuckDB (duckdb:PATH)؛
                              للقراءة فقط، يُنسخ عبر COPY؛ وتسري الخيارات الأخرى كما تسري على الملف`,
  datasets: `الاستخدام: segwb datasets [undo|clear-history] --project P.segwb [--json]
  (بلا إجراء)     مجموعات بيانات المشروع وعمليات الاستيراد التي يمكن التراجع عنها، الأحدث أولًا
  undo            أعد البيانات إلى ما كانت عليه قبل آخر استيراد (تبقى الشرائح)
  clear-history   انسَ البيانات المحفوظة: لم يعد ممكنًا التراجع عن عمليات الاستيراد السابقة`,
  metrics: `الاستخدام: segwb metrics --project P.segwb [--as-of YYYY-MM-DD] [--json]
  الحداثة والتكرار والقيمة النقدية لكل عميل (انظر «Customer metrics» في README).
  --as-of D   البيانات كما عُرفت في بداية اليوم D: لا تُحتسب إلا الطلبات المؤرخة قبل D`,
  pareto: `الاستخدام: segwb pareto --project P.segwb [--segment NAME] [--by FIELD] [--as-of YYYY-MM-DD] [--json]
  من يجلب الإيرادات: k80 (عدد العملاء اللازم لـ٨٠٪ من الإيرادات)، حصة أعلى ٢٠٪، معامل جيني.
  --segment NAME  عملاء هذه الشريحة المحفوظة فقط («All customers»: الجميع)
  --by FIELD      وزّع الإيرادات حسب قيم حقل فئوي أو نصي (مفتاح أو اسم عمود، مثل country أو
                  product): عندها تصف customers وk80 وshare_for_80 وtop20_share وgini تلك القيم،
                  وتسرد «items» كل قيمة بصافي إيراداتها وحصتها وحصتها التراكمية، الأكبر أولًا.
                  تُستبعد القيم التي لا صافي إيراد موجبًا لها، كما يُستبعد العملاء بلا إيرادات.
  --as-of D       البيانات كما عُرفت في بداية اليوم D: لا تُحتسب إلا الطلبات المؤرخة قبل D`,
  compare: `الاستخدام: segwb compare --project P.segwb --segments A,B,... [--as-of YYYY-MM-DD] [--json]
  العملاء والإيرادات وحصصها، والإيراد لكل عميل، ومتوسط قيمة الطلب، ومتوسط التكرار، ووسيط الحداثة،
  ومؤشر الإيرادات لكل شريحة. الأسماء شرائح محفوظة (بأي حالة أحرف) أو «All customers».
  --as-of D   البيانات كما عُرفت في بداية اليوم D: لا تُحتسب إلا الطلبات المؤرخة قبل D`,
  demo: `الاستخدام: segwb demo --project P.segwb [--customers N] [--seed S] [--csv DIR] [--json]
  ينشئ المتجر التجريبي: عملاء اصطناعيون ببذرة ثابتة (بكل أسس التجزئة) وطلبات سنتين.
  --customers N   عدد العملاء (الافتراضي ٥٠٠٠)
  --seed S        البذرة العشوائية (الافتراضي ١): البذرة نفسها تعطي المتجر نفسه
  --csv DIR       اكتب أيضًا customers.csv وorders.csv في DIR`,
  segment: `الاستخدام: segwb segment <count|save|list|export|sql> --project P.segwb [الخيارات]
  count  --rule FILE.json [--json]        عملاء قاعدة وإيراداتهم، وحصصهم من الكل
  count  --source URL --rule FILE.json [--json]
                                          العدّ نفسه، على قاعدة بيانات تضم جداول المستودع
                                          (postgresql://USER:PASSWORD@HOST/DB، أو ملف DuckDB:
                                          duckdb:PATH)؛ دون --project؛ لا يعود إلا الجواب
  save   --name NAME --rule FILE.json     احفظ شريحة (تُحدَّث الشريحة التي تحمل الاسم إن وُجدت)
         [--color #RRGGBB] [--description TEXT] [--strategy TEXT] [--json]
  list   [--json]                         الشرائح المحفوظة مع أعدادها الحالية
  sql    (--rule FILE.json | --name NAME) --dialect postgres|duckdb|sqlite [--as-of YYYY-MM-DD]
                                          القاعدة في صورة SELECT واحد لمعرّفات customer_id للأعضاء
                                          على جداول مستودع البيانات (docs/warehouse.md)، والقيم مضمّنة
  export --name NAME --out F.csv|F.xlsx   عملاء الشريحة في CSV (UTF-8) أو مصنف
         [--format csv|xlsx]              (الافتراضي: من اسم الملف؛ في .xlsx خلايا ذات أنواع)
         [--layout columns|mailchimp|mautic|klaviyo|hubspot|
          google_customer_match|meta_custom_audience] [--columns a,b,...] [--bom]
         [--personal keep|mask|omit]      البريد والهاتف والأسماء: تُبقى، أو تُقنّع (a…@example.com،
                                          +44 … 18، S…) أو تُحذف (تخطيط columns)
  ملف القاعدة يحوي قاعدة واحدة، مثل {"and": [{"field": "country", "op": "in", "value": ["DE"]},
  {"field": "frequency", "op": ">=", "value": 2}]}: صيغة JSON نفسها للشرائح في التطبيق.`,
  rfm: `الاستخدام: segwb rfm --project P.segwb [--bins 5] [--scheme rfm-classic|rf-grid] [--as-of YYYY-MM-DD] [--json]
  درجات RFM (١ = منخفض، bins = مرتفع؛ العميل الحديث ينال درجة عالية في R) للعملاء الذين لهم
  طلب واحد على الأقل، والشريحة التي يقع فيها كل منهم.
  --bins N     ٣ أو ٤ أو ٥ فئات للدرجات (الافتراضي ٥)؛ الحدود هي المئينات k/N (النوع ٧)
  --scheme S   rfm-classic (الافتراضي): الشرائح العشر لحزمة rfm في R، أول تطابق، وإلا Others؛
               rf-grid: شبكة R × F من ١٠ أسماء (معرّفة لـ٥ فئات)
  --as-of D    البيانات كما عُرفت في بداية اليوم D: لا تُحتسب إلا الطلبات المؤرخة قبل D،
               وتُعد الحداثة رجوعًا من D
  --sql        اطبع بدلًا من ذلك SELECT واحدًا لـ customer_id وr وf وm والشريحة على جداول
               مستودع البيانات (docs/warehouse.md)، مع --dialect postgres|duckdb|sqlite`,
  cluster: `الاستخدام: segwb cluster --project P.segwb --fields F1,F2,... [--k N | --k-range A-B] [--seed S] [--log] [--save-as NAME] --json
  k-means على الحقول الرقمية للعملاء، كل منها مُعاير إلى درجات z (الانحراف المعياري للمجتمع)؛
  يُستبعد العملاء الذين لهم قيمة فارغة في أحد الحقول المختارة ويُحصون.
  --fields F,...  مفاتيح الحقول أو رؤوس الأعمدة كما كُتبت في الملف (المقاييس: recency_days،
                  frequency، monetary، aov، tenure_days)
  --k N           N عنقودًا بالضبط (من ٢ إلى {{maxK}})
  --k-range A-B   جرّب من A إلى B عنقودًا واحتفظ بأفضل متوسط لمعامل الصورة الظلية (الافتراضي 2-8)
  --seed S        بذرة بدايات k-means++ وعينة معامل الصورة الظلية (الافتراضي ٤٢)
  --log           log(1 + x) لكل حقل قبل المعايرة
  --save-as NAME  احفظ التجميع في المشروع باسم NAME (بدلًا من سابقه بالاسم نفسه)؛ ثم تسمّي
                  القواعد عناقيده بالحقل «cluster»: «NAME · 1»، «NAME · 2»، ...
  معامل الصورة الظلية دقيق حتى ١٠٬٠٠٠ عميل، وعلى عينة ثابتة البذرة من ١٠٬٠٠٠ فيما زاد.`,
  clv: `الاستخدام: segwb clv --project P.segwb [--calibration-end YYYY-MM-DD] [--unit day|week] [--horizon N]
                 [--margin M] [--discount-rate R] [--json]
  المشتريات والإنفاق المتوقعة والقيمة الدائمة لكل عميل (نموذجا BG/NBD وGamma-Gamma، مُقدَّران
  على أيام الشراء حتى نهاية فترة المعايرة).
  --calibration-end D  قدّر على الطلبات حتى D ضمنًا (الافتراضي: تاريخ آخر طلب)؛ الطلبات اللاحقة
                       هي فترة الاختبار التي يُتحقق بها من التنبؤ
  --unit U             day أو week (الافتراضي week): وحدة t_x وT والأفق
  --horizon N          تنبأ بالوحدات N التالية (الافتراضي ٥٢)
  --margin M           حصة الربح من الإنفاق، من ٠ إلى ١ (الافتراضي ١: clv بالإيرادات)
  --discount-rate R    معدل الخصم الشهري، مثل 0.01 (الافتراضي: بلا خصم)`,
  migrate: `الاستخدام: segwb migrate --project P.segwb --from YYYY-MM-DD --to YYYY-MM-DD --by rfm|segments
                     [--scheme rfm-classic|rf-grid] [--bins 5] [--segments A,B,...] [--json]
  العملاء وصافي إيرادات طلباتهم المؤرخة في [from، to)، لكل زوج من الشريحة التي كان فيها العميل
  في بداية اليوم «from» والشريحة التي هو فيها في بداية اليوم «to».
  --by rfm        شرائح RFM كما يسميها «segwb rfm»، وكل تاريخ بحدوده الخاصة
  --scheme S      rfm-classic (الافتراضي) أو rf-grid؛  --bins N  ٣ أو ٤ أو ٥ (الافتراضي ٥)
  --by segments   الشرائح المحفوظة (--segments A,B,...): العميل في عدة شرائح يُحتسب في كل زوج؛
                  و«(none)» تضم من ليسوا في أي شريحة مذكورة
  المحتسَبون: العملاء الذين لهم طلب موجب قبل «to». من لا طلب له قبل «from» يكون في «(new)»، وهي
  مجموعة «from» فقط (في «to» لكل محتسَب شريحة أو «(none)»). العملاء بلا طلب موجب قبل «to» لا
  يظهرون. لا تُسرد إلا الخلايا غير الفارغة.`,
  cohorts: `الاستخدام: segwb cohorts --project P.segwb --period month|week|quarter [--json]
  العملاء مجمّعون حسب فترة أول طلب لهم بمبلغ موجب ("YYYY-MM"، أسبوع ISO "YYYY-Www"،
  "YYYY-Qn")؛ ولكل إزاحة k (بعد k فترة، حتى تاريخ المشروع المرجعي): العملاء النشطون (طلب موجب
  في تلك الفترة) وصافي إيرادات طلباتهم فيها، بما فيها المرتجعات. تُهمل الطلبات المؤرخة قبل أول
  طلب موجب للعميل، وكذلك الطلبات المؤرخة في تاريخ المشروع المرجعي أو بعده.`,
  report: `الاستخدام: segwb report --project P.segwb --out FILE [--lang en|fa|ar|cy] [--segments A,B,...] [--format html|pdf]
  المشروع كله في مستند واحد للتسليم: البيانات، وأرقام ٨٠/٢٠ ومخططها، وملخص RFM، وكل شريحة محفوظة
  (قاعدتها بالكلمات، وحجمها، وإيراداتها، وبطاقة تقييمها، وخطة استراتيجيتها)، وجدول المقارنة ومخططها،
  والتداخل، والانتقال بين شرائح RFM في الأشهر الستة الأخيرة.
  HTML ملف واحد مكتفٍ بذاته (لا يخرج منه أي طلب)؛ ويطبع Chromium أو Chrome ملف PDF إن كان مثبتًا.
  الافتراضي لـ--format امتداد --out، ولـ--lang الإنجليزية، ولـ--segments كل الشرائح المحفوظة.
  (--lang لغة التقرير؛ أما الرسائل فبلغة البيئة.)`,
  warehouse: `الاستخدام: segwb warehouse export --project P.segwb --out DIR [--dialect postgres|duckdb]
  يكتب DIR/schema.sql (عبارات CREATE TABLE) وملف CSV لكل جدول (customers وorders
  وorder_lines وevents؛ UTF-8، بسطر عناوين وتواريخ ISO)، لتحميلها بـ psql -f schema.sql و\\copy،
  أو بـ read_csv في DuckDB. يُنشأ المجلد إن لم يكن موجودًا. انظر docs/warehouse.md.
  --dialect D  postgres (الافتراضي) أو duckdb: أنواع أعمدة schema.sql`,
};
