/** Persian strings of the report. */
import type { Localized, PluralForms } from '../catalog.js';
import type { report as english } from '../en/report.js';

export const report = {
  report: {
    title: 'گزارش بخش‌بندی مشتریان',
    project: 'پروژه: {{name}}',
    made: 'تهیه‌شده در {{date}} با میز کار بخش‌بندی. ارقام تا تاریخ {{asOf}}.',
    madeNoOrders: 'تهیه‌شده در {{date}} با میز کار بخش‌بندی.',
    contents: 'فهرست',
    summary: {
      title: 'داده‌ها',
      customers: 'مشتریان',
      orders: 'سفارش‌ها',
      orderLines: 'اقلام سفارش',
      revenue: 'درآمد (پس از کسر مرجوعی‌ها)',
      files: 'فایل‌های واردشده',
      file: '{{name}}: {{rows}} ردیف وارد شد، {{rejected}} ردیف رد شد',
    },
    pareto: { title: 'درآمد از کدام مشتریان است (۸۰/۲۰)' },
    rfm: { title: 'بخش‌های RFM', lead: 'طرح: {{scheme}}، {{bins}} امتیاز برای هر بُعد.' },
    segments: {
      title: 'بخش‌های ذخیره‌شده',
      none: 'این پروژه هنوز بخش ذخیره‌شده‌ای ندارد.',
      rule: 'قاعده',
      scorecard: 'کارنامه‌ی کیفیت',
      noPlan: 'هنوز برنامه‌ی راهبردی ندارد.',
    },
    compare: { title: 'مقایسه‌ی بخش‌ها' },
    overlap: {
      title: 'هم‌پوشانی',
      lead: 'مشتریانی که در هر دو بخشِ هر جفت هستند (قطر جدول: اندازه‌ی خود بخش).',
    },
    migration: {
      title: 'جابه‌جایی میان بخش‌های RFM',
      lead: 'مشتریان هر بخش RFM در {{from}}، در {{to}} کجا بودند.',
      from: 'در {{date}}',
      to: 'در {{date}}',
      new: 'هنوز مشتری نبودند',
      cell: '{{customers}} مشتری، درآمد {{revenue}}',
    },
    save: {
      title: 'گزارش',
      lead: 'کل پروژه در یک سند برای تحویل: داده‌ها، ۸۰/۲۰، RFM، هر بخش ذخیره‌شده با قاعده‌اش به زبان ساده، کارنامه و برنامه، مقایسه، هم‌پوشانی و جابه‌جایی میان بخش‌ها.',
      html: 'ذخیره به‌صورت HTML',
      pdf: 'ذخیره به‌صورت PDF',
      printing: 'در حال ساختن PDF…',
      print: 'چاپ…',
      making: 'در حال تهیه‌ی گزارش…',
      segments: 'بخش‌های داخل گزارش',
      allSegments: 'همه‌ی بخش‌های ذخیره‌شده',
      preview: 'پیش‌نمایش گزارش',
      saved: '{{file}} ذخیره شد',
    },
  },
} as const satisfies Localized<typeof english, PluralForms['fa']>;
