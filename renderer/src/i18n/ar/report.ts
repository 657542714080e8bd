/** Arabic strings of the report. */
import type { Localized, PluralForms } from '../catalog.js';
import type { report as english } from '../en/report.js';

export const report = {
  report: {
    title: 'تقرير تجزئة العملاء',
    project: 'المشروع: {{name}}',
    made: 'أُعدّ في {{date}} باستخدام منصة تجزئة العملاء. الأرقام حتى {{asOf}}.',
    madeNoOrders: 'أُعدّ في {{date}} باستخدام منصة تجزئة العملاء.',
    contents: 'المحتويات',
    summary: {
      title: 'البيانات',
      customers: 'العملاء',
      orders: 'الطلبات',
      orderLines: 'بنود الطلبات',
      revenue: 'الإيرادات (بعد خصم المرتجعات)',
      files: 'الملفات المستوردة',
      file: '{{name}}: استُورد {{rows}} صفًا، ورُفض {{rejected}}',
    },
    pareto: { title: 'من يجلب الإيرادات (٨٠/٢٠)' },
    rfm: { title: 'شرائح RFM', lead: 'المخطط: {{scheme}}، و{{bins}} درجات لكل بُعد.' },
    segments: {
      title: 'الشرائح المحفوظة',
      none: 'لا توجد في المشروع شريحة محفوظة بعد.',
      rule: 'القاعدة',
      scorecard: 'بطاقة الجودة',
      noPlan: 'لا خطة استراتيجية بعد.',
    },
    compare: { title: 'مقارنة الشرائح' },
    overlap: {
      title: 'التداخل',
      lead: 'العملاء الموجودون في شريحتي كل زوج (القطر: حجم الشريحة نفسها).',
    },
    migration: {
      title: 'التنقل بين شرائح RFM',
      lead: 'أين أصبح عملاء كل شريحة RFM في {{from}} بحلول {{to}}.',
      from: 'في {{date}}',
      to: 'في {{date}}',
      new: 'لم يكونوا عملاء بعد',
      cell: '{{customers}} عميلًا، الإيرادات {{revenue}}',
    },
    save: {
      title: 'التقرير',
      lead: 'المشروع كله في مستند واحد للتسليم: البيانات، و٨٠/٢٠، وRFM، وكل شريحة محفوظة مع قاعدتها بكلمات بسيطة وبطاقتها وخطتها، والمقارنة، والتداخل، والتنقل بين الشرائح.',
      html: 'حفظ بصيغة HTML',
      pdf: 'حفظ بصيغة PDF',
      printing: 'جارٍ إعداد ملف PDF…',
      print: 'طباعة…',
      making: 'جارٍ إعداد التقرير…',
      segments: 'الشرائح في التقرير',
      allSegments: 'كل الشرائح المحفوظة',
      preview: 'معاينة التقرير',
      saved: 'حُفظ {{file}}',
    },
  },
} as const satisfies Localized<typeof english, PluralForms['ar']>;
