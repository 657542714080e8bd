/** Persian strings of the app shell, start page and errors. */
import type { Localized, PluralForms } from '../catalog.js';
import type { shell as english } from '../en/shell.js';

export const shell = {
  app: {
    name: 'میز کار بخش‌بندی',
    starting: 'در حال آغاز…',
  },
  common: {
    cancel: 'انصراف',
    close: 'بستن',
    retry: 'دوباره امتحان کنید',
  },
  tables: {
    xlsx: 'خروجی کارپوشهٔ اکسل',
    rfmXlsx: 'خروجی خلاصه به‌صورت کارپوشه',
  },
  personalData: {
    label: 'ایمیل، تلفن و نام‌ها',
    keep: 'نگه داشتن',
    mask: 'پوشاندن (a…@example.com، ‎+44 … 18، S…)',
    omit: 'کنار گذاشتن',
  },
  names: {
    count: '{{count}} / {{max}} نویسه',
    over: '{{count}} / {{max}} نویسه: بیش از حد مجاز',
  },
  nav: {
    label: 'نماها',
    data: 'داده‌ها',
    segments: 'بخش‌ها',
    rfm: 'RFM',
    compare: 'مقایسه',
    pareto: 'پارتو',
    changes: 'تغییرات',
    report: 'گزارش',
    discover: 'کاوش',
    predict: 'پیش‌بینی',
  },
  language: {
    label: 'زبان',
    calendar: 'تقویم',
    calendars: {
      persian: 'هجری خورشیدی',
      gregory: 'میلادی',
    },
  },
  charts: {
    png: 'PNG',
    svg: 'SVG',
  },
  topbar: {
    import: 'وارد کردن فایل…',
    close: 'بستن پروژه',
    asOf: 'شاخص‌ها تا تاریخ',
    asOfReset: 'بازگشت به پیش‌فرض',
    asOfDerived: 'روز پس از آخرین سفارش',
  },
  errors: {
    dismiss: 'بستن این پیام',
    unreachable:
      'دسترسی به موتور برنامه ممکن نیست. اگر برنامه را با «npm run web» اجرا کرده‌اید، بررسی کنید که هنوز در حال اجرا باشد.',
    unauthorised: 'این صفحه بدون توکن دسترسی باز شده است. پیوندی را باز کنید که «npm run web» نشان داد.',
    file: 'فایل: {{file}}',
    line: 'سطر {{line}}',
    column: 'ستون {{column}}',
    value: 'مقدار «{{value}}»',
  },
  drop: {
    hint: 'فایل CSV را اینجا رها کنید تا وارد شود',
    notCsv:
      '{{name}} از فایل‌هایی نیست که میزکار می‌خواند: CSV، TSV، TXT یا کارپوشهٔ اکسل (.xlsx). آن را با یکی از این قالب‌ها ذخیره کنید و دوباره امتحان کنید.',
  },
  // ".segwb" is wrapped in LRI…PDI (U+2066, U+2069) so its dot stays before it inside right-to-left text.
  start: {
    title: 'بخش‌بندی مشتریان، بدون اینترنت',
    lead: 'خروجی سفارش‌ها یا فهرست مشتریان (CSV) را وارد کنید. همه‌چیز در یک فایل پروژه روی همین رایانه می‌ماند.',
    import: {
      title: 'وارد کردن فایل',
      text: 'پروژه‌ای تازه به نام همان فایل ساخته می‌شود.',
    },
    demo: {
      title: 'باز کردن فروشگاه نمونه',
      busy: 'در حال ساختن فروشگاه نمونه…',
      text: 'فروشگاهی نمونه با مشتریان و سفارش‌ها، برای آزمودن امکانات.',
    },
    new: {
      title: 'پروژهٔ تازه…',
      text: 'پروژه‌ای خالی؛ بعداً فایل‌ها را در آن وارد کنید.',
    },
    open: {
      title: 'باز کردن پروژه…',
      text: 'فایل پروژهٔ ⁦.segwb⁩ که پیش‌تر ذخیره کرده‌اید.',
    },
    dropHint: 'یا فایل CSV را در هر جای این پنجره رها کنید.',
    recent: {
      title: 'پروژه‌های اخیر',
      empty: 'هنوز پروژه‌ای نیست.',
      opened: 'باز شده در {{when}}',
      missing: 'فایل پیدا نشد',
    },
    newProject: {
      title: 'پروژهٔ تازه',
      name: 'نام پروژه',
      tooLong:
        'نام {{count}} نویسه دارد؛ نام پروژه حداکثر {{max}} نویسه می‌تواند داشته باشد. برای ساختن پروژه آن را کوتاه کنید.',
      where: 'در {{folder}} ذخیره می‌شود.',
      create: 'ساختن',
    },
    openProject: {
      title: 'باز کردن پروژه',
      choose: 'انتخاب فایل ⁦.segwb⁩…',
      path: 'مسیر فایل پروژه',
      placeholder: '/home/me/Segment Workbench/acme.segwb',
      browserHint: 'مرورگر مسیر فایل‌های شما را نمی‌بیند؛ پس مسیر کامل فایل ⁦.segwb⁩ را بنویسید یا بچسبانید.',
      open: 'باز کردن',
    },
  },
} as const satisfies Localized<typeof english, PluralForms['fa']>;
