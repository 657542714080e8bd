/** The commands' usage texts in Persian (the option names stay as typed). {{maxK}}: the most clusters. */
import type { CommandUsages } from './commands.js';

export const fa: CommandUsages = {
  import: `کاربرد: segwb import FILE [FILE...] --project P.segwb [گزینه‌ها]
  فایل‌های CSV/TSV، کارپوشه‌های اکسل (.xlsx) یا متن‌های با پهنای ثابت را به پروژه درون‌ریزی می‌کند
  (اگر پروژه نباشد ساخته می‌شود). چند فایل (سفارش‌ها، اقلام سفارش، محصولات، پرداخت‌ها، نظرها،
  مشتریان، جدول‌های مرجع) با هم و به‌صورت همه‌یا‌هیچ درون‌ریزی می‌شوند. خروجی‌های Shopify،
  WooCommerce و Mailchimp و فایل‌های Olist از سرستون‌هایشان شناخته می‌شوند.
  اگر پروژه از پیش داده‌ای از همان نوع دارد، بگویید با آن چه کند:
  --replace                   جایگزینش کن (بازگردانی درون‌ریزی برش می‌گرداند: segwb datasets undo)
  --append                    فایل را در آن ادغام کن: بر پایهٔ شناسهٔ سفارش یا مشتری، و جایی که
                              هر دو سطری دارند سطر فایل برنده است
  --kind orders|customers|events  هر سطر چیست (پیش‌فرض: از روی فایل حدس زده می‌شود؛ events:
                              خروجی رویدادهای REES46، GA4 یا Matomo)
  --kind FILE=KIND            با چند فایل: نوع یکی از آن‌ها (customers، orders، order_lines،
                              products، payments، reviews، lookup)
  --link "A.col=B.col"        با چند فایل: سطرهای A با این ستون‌ها به سطرهای B اشاره می‌کنند
  --sheet NAME                برگهٔ کارپوشه برای درون‌ریزی (پیش‌فرض: برگهٔ با بیشترین سطر)
  --preset ID                 فایل را همچون این خروجی بخوان: shopify_orders، shopify_customers،
                              woocommerce_orders، mailchimp_audience (پیش‌فرض: شناسایی خودکار)
  --encoding NAME             utf-8، utf-16le، utf-16be، windows-1252، windows-1256، iso-8859-1، ...
  --delimiter D               , ; tab |  (همچنین: comma، semicolon، pipe)
  --date-order dmy|mdy|ymd    تاریخ‌هایی مانند 01/02/2024 چگونه خوانده شوند
  --decimal .|,               جداکنندهٔ اعشار عددها
  --no-header                 سطر نخست داده است، نه نام ستون‌ها
  --map role=Header           نقشی به یک ستون بده (تکرارپذیر)، مثلاً --map amount="Total paid"
  --json                      گزارش را به‌صورت JSON چاپ کن
  --from URL --table T        به جای FILE، جدول T از یک پایگاه داده را درون‌ریزی کن: PostgreSQL
                              (postgresql://USER:PASSWORD@HOST/DB) یا فایل DuckDB (duckdb:PATH)؛
                              فقط خواندنی و با COPY؛ گزینه‌های دیگر همان‌گونه که برای فایل به کار می‌روند`,
  datasets: `کاربرد: segwb datasets [undo|clear-history] --project P.segwb [--json]
  (بی‌کار)        مجموعه‌داده‌های پروژه و درون‌ریزی‌های بازگرداندنی، تازه‌ترین نخست
  undo            داده‌ها را به پیش از آخرین درون‌ریزی برگردان (بخش‌ها می‌مانند)
  clear-history   داده‌های نگه‌داشته را فراموش کن: درون‌ریزی‌های پیشین دیگر بازگرداندنی نیستند`,
  metrics: `کاربرد: segwb metrics --project P.segwb [--as-of YYYY-MM-DD] [--json]
  تازگی، تناوب و ارزش پولی هر مشتری (بخش «Customer metrics» در README).
  --as-of D   داده‌ها چنان‌که در آغاز روز D دانسته بودند: فقط سفارش‌های پیش از D شمرده می‌شوند`,
  pareto: `کاربرد: segwb pareto --project P.segwb [--segment NAME] [--by FIELD] [--as-of YYYY-MM-DD] [--json]
  درآمد را چه کسانی می‌آورند: k80 (شمار مشتریانی که ۸۰٪ درآمد را می‌آورند)، سهم ۲۰٪ برتر، ضریب جینی.
  --segment NAME  فقط مشتریان این بخش ذخیره‌شده («All customers»: همه)
  --by FIELD      درآمد به تفکیک مقدارهای یک فیلد دسته‌ای یا متنی (کلید یا نام ستون، مانند country یا
                  product): آنگاه customers، k80، share_for_80، top20_share و gini آن مقدارها را
                  وصف می‌کنند و «items» هر مقدار را با درآمد خالص، سهم و سهم تجمعی‌اش، از بزرگ به
                  کوچک، فهرست می‌کند. مقدارهای بی‌درآمد خالص مثبت، همچون مشتریان بی‌درآمد، کنار می‌مانند.
  --as-of D       داده‌ها چنان‌که در آغاز روز D دانسته بودند: فقط سفارش‌های پیش از D شمرده می‌شوند`,
  compare: `کاربرد: segwb compare --project P.segwb --segments A,B,... [--as-of YYYY-MM-DD] [--json]
  مشتریان، درآمد و سهمشان، درآمد هر مشتری، میانگین سفارش، میانگین تناوب، میانهٔ تازگی و شاخص
  درآمد هر بخش. نام‌ها بخش‌های ذخیره‌شده‌اند (با هر بزرگی و کوچکی حروف) یا «All customers».
  --as-of D   داده‌ها چنان‌که در آغاز روز D دانسته بودند: فقط سفارش‌های پیش از D شمرده می‌شوند`,
  demo: `کاربرد: segwb demo --project P.segwb [--customers N] [--seed S] [--csv DIR] [--json]
  فروشگاه نمونه را می‌سازد: مشتریان ساختگی با بذر ثابت (با همهٔ پایه‌های بخش‌بندی) و دو سال سفارش.
  --customers N   شمار مشتریان (پیش‌فرض ۵۰۰۰)
  --seed S        بذر تصادفی (پیش‌فرض ۱): بذر یکسان، فروشگاه یکسان
  --csv DIR       customers.csv و orders.csv را هم در DIR بنویس`,
  segment: `کاربرد: segwb segment <count|save|list|export|sql> --project P.segwb [گزینه‌ها]
  count  --rule FILE.json [--json]        مشتریان و درآمد یک قاعده و سهمشان از کل
  count  --source URL --rule FILE.json [--json]
                                          همان شمارش، روی پایگاه داده‌ای که جدول‌های انبار داده را
                                          دارد (postgresql://USER:PASSWORD@HOST/DB، یا فایل DuckDB:
                                          duckdb:PATH)؛ بی --project؛ فقط پاسخ برمی‌گردد
  save   --name NAME --rule FILE.json     ذخیرهٔ یک بخش (اگر بخشی به همین نام باشد به‌روز می‌شود)
         [--color #RRGGBB] [--description TEXT] [--strategy TEXT] [--json]
  list   [--json]                         بخش‌های ذخیره‌شده با شمار کنونی‌شان
  sql    (--rule FILE.json | --name NAME) --dialect postgres|duckdb|sqlite [--as-of YYYY-MM-DD]
                                          قاعده به صورت یک SELECT از customer_id اعضا روی
                                          جدول‌های انبار داده (docs/warehouse.md)، با مقدارهای درج‌شده
  export --name NAME --out F.csv|F.xlsx   مشتریان بخش در CSV (UTF-8) یا کارپوشه
         [--format csv|xlsx]              (پیش‌فرض: از نام فایل؛ .xlsx خانه‌های نوع‌دار دارد)
         [--layout columns|mailchimp|mautic|klaviyo|hubspot|
          google_customer_match|meta_custom_audience] [--columns a,b,...] [--bom]
         [--personal keep|mask|omit]      ایمیل، تلفن و نام‌ها: نگه‌داشته، پوشانده (a…@example.com،
                                          +44 … 18، S…) یا کنار گذاشته (چیدمان columns)
  فایل قاعده یک قاعده دارد، مثلاً {"and": [{"field": "country", "op": "in", "value": ["DE"]},
  {"field": "frequency", "op": ">=", "value": 2}]}: همان JSON بخش‌ها در برنامه.`,
  rfm: `کاربرد: segwb rfm --project P.segwb [--bins 5] [--scheme rfm-classic|rf-grid] [--as-of YYYY-MM-DD] [--json]
  امتیازهای RFM (۱ = کم، bins = زیاد؛ مشتری تازه در R امتیاز بالا می‌گیرد) مشتریانی که دست‌کم
  یک سفارش دارند، و بخشی که هر یک در آن می‌افتد.
  --bins N     ۳، ۴ یا ۵ ردهٔ امتیاز (پیش‌فرض ۵)؛ مرزها چندک‌های k/N اند (نوع ۷)
  --scheme S   rfm-classic (پیش‌فرض): ۱۰ بخش بستهٔ rfm در R، نخستین تطابق، وگرنه Others؛
               rf-grid: شبکهٔ R × F با ۱۰ نام (برای ۵ رده)
  --as-of D    داده‌ها چنان‌که در آغاز روز D دانسته بودند: فقط سفارش‌های پیش از D شمرده می‌شوند
               و تازگی از D به عقب شمرده می‌شود
  --sql        به جای آن یک SELECT از customer_id، r، f، m و بخش روی جدول‌های انبار داده
               (docs/warehouse.md) چاپ می‌کند، همراه با --dialect postgres|duckdb|sqlite`,
  cluster: `کاربرد: segwb cluster --project P.segwb --fields F1,F2,... [--k N | --k-range A-B] [--seed S] [--log] [--save-as NAME] --json
  k-means روی فیلدهای عددی مشتریان، هر یک استاندارد شده به نمرهٔ z (انحراف معیار جامعه)؛
  مشتریانی که در یکی از فیلدهای برگزیده مقدار خالی دارند کنار می‌مانند و شمرده می‌شوند.
  --fields F,...  کلید فیلدها یا سرستون‌ها چنان‌که در فایل نوشته شده‌اند (شاخص‌ها: recency_days،
                  frequency، monetary، aov، tenure_days)
  --k N           دقیقاً N خوشه (۲ تا {{maxK}})
  --k-range A-B   A تا B خوشه را بیازما و بهترین میانگین ضریب نیم‌رخ را نگه دار (پیش‌فرض 2-8)
  --seed S        بذر شروع‌های k-means++ و نمونهٔ ضریب نیم‌رخ (پیش‌فرض ۴۲)
  --log           log(1 + x) هر فیلد پیش از استانداردسازی
  --save-as NAME  خوشه‌بندی را با نام NAME در پروژه نگه دار (جایگزین هم‌نامش)؛ قاعده‌ها سپس
                  خوشه‌هایش را با فیلد «cluster» نام می‌برند: «NAME · 1»، «NAME · 2»، ...
  ضریب نیم‌رخ تا ۱۰٬۰۰۰ مشتری دقیق است و بیش از آن روی نمونه‌ای ۱۰٬۰۰۰تایی با بذر ثابت.`,
  clv: `کاربرد: segwb clv --project P.segwb [--calibration-end YYYY-MM-DD] [--unit day|week] [--horizon N]
                 [--margin M] [--discount-rate R] [--json]
  پیش‌بینی خرید، هزینه و ارزش طول عمر هر مشتری (مدل‌های BG/NBD و Gamma-Gamma، برازش‌شده روی
  روزهای خرید تا پایان دورهٔ برازش).
  --calibration-end D  برازش روی سفارش‌ها تا خود D (پیش‌فرض: تاریخ آخرین سفارش)؛ سفارش‌های پس از
                       آن دورهٔ آزمونی‌اند که پیش‌بینی با آن سنجیده می‌شود
  --unit U             day یا week (پیش‌فرض week): واحد t_x، T و افق
  --horizon N          پیش‌بینی N واحد بعدی (پیش‌فرض ۵۲)
  --margin M           سهم سود از هزینه، ۰ تا ۱ (پیش‌فرض ۱: clv به درآمد)
  --discount-rate R    نرخ تنزیل ماهانه، مثلاً 0.01 (پیش‌فرض: بی‌تنزیل)`,
  migrate: `کاربرد: segwb migrate --project P.segwb --from YYYY-MM-DD --to YYYY-MM-DD --by rfm|segments
                     [--scheme rfm-classic|rf-grid] [--bins 5] [--segments A,B,...] [--json]
  مشتریان و درآمد خالص سفارش‌هایشان در بازهٔ [from، to)، برای هر جفتِ بخشی که مشتری در آغاز روز
  «from» در آن بود و بخشی که در آغاز روز «to» در آن است.
  --by rfm        بخش‌های RFM چنان‌که «segwb rfm» نام می‌برد، هر تاریخ با مرزهای خودش
  --scheme S      rfm-classic (پیش‌فرض) یا rf-grid؛  --bins N  ۳، ۴ یا ۵ (پیش‌فرض ۵)
  --by segments   بخش‌های ذخیره‌شده (--segments A,B,...): مشتری عضو چند بخش در هر جفت شمرده
                  می‌شود؛ «(none)» کسانی را دارد که در هیچ بخش فهرست‌شده‌ای نیستند
  شمرده‌ها: مشتریانی که پیش از «to» سفارش مثبت دارند. کسانی که پیش از «from» سفارشی ندارند در
  «(new)» اند که فقط گروه «from» است (در «to» هر شمرده‌ای بخشی یا «(none)» دارد). مشتریان بی
  سفارش مثبت پیش از «to» جایی نمی‌آیند. فقط خانه‌های ناخالی فهرست می‌شوند.`,
  cohorts: `کاربرد: segwb cohorts --project P.segwb --period month|week|quarter [--json]
  مشتریان بر پایهٔ دورهٔ نخستین سفارش با مبلغ مثبتشان گروه می‌شوند ("YYYY-MM"، هفتهٔ ISO
  "YYYY-Www"، "YYYY-Qn")؛ برای هر فاصلهٔ k (k دوره بعد، تا تاریخ مبنای پروژه): مشتریان فعال
  (سفارش مثبت در آن دوره) و درآمد خالص سفارش‌هایشان در آن، با مرجوعی‌ها. سفارش‌های پیش از نخستین
  سفارش مثبت مشتری، و سفارش‌های در تاریخ مبنای پروژه یا پس از آن، نادیده گرفته می‌شوند.`,
  report: `کاربرد: segwb report --project P.segwb --out FILE [--lang en|fa|ar|cy] [--segments A,B,...] [--format html|pdf]
  کل پروژه در یک سند برای تحویل: داده‌ها، ارقام و نمودار ۸۰/۲۰، خلاصهٔ RFM، هر بخش ذخیره‌شده
  (قاعده‌اش به زبان ساده، اندازه، درآمد، کارنامه و برنامهٔ راهبرد)، جدول و نمودار مقایسه، هم‌پوشانی،
  و جابه‌جایی میان بخش‌های RFM در شش ماه گذشته.
  HTML یک فایل خودبسنده است (هیچ درخواستی از آن بیرون نمی‌رود)؛ PDF را Chromium یا Chrome چاپ
  می‌کند، اگر نصب باشد. پیش‌فرض --format پسوند --out است؛ پیش‌فرض --lang انگلیسی؛ پیش‌فرض
  --segments همهٔ بخش‌های ذخیره‌شده. (--lang زبان گزارش است؛ پیام‌ها به زبان محیط‌اند.)`,
  warehouse: `کاربرد: segwb warehouse export --project P.segwb --out DIR [--dialect postgres|duckdb]
  DIR/schema.sql (دستورهای CREATE TABLE) و برای هر جدول یک فایل CSV (customers، orders،
  order_lines، events؛ UTF-8، با سطر سرستون و تاریخ‌های ISO) می‌نویسد، برای بارگذاری با
  psql -f schema.sql و \\copy، یا read_csv در DuckDB. اگر پوشه نباشد ساخته می‌شود. docs/warehouse.md را ببینید.
  --dialect D  postgres (پیش‌فرض) یا duckdb: نوع ستون‌های schema.sql`,
};
