/** Arabic strings of a segment's structured strategy. */
import type { Localized, PluralForms } from '../catalog.js';
import type { plan as english } from '../en/plan.js';

export const plan = {
  plan: {
    title: 'خطة الاستراتيجية',
    hint: 'ما الذي تريده من هذه الشريحة وكيف ستحققه. تظهر في المقارنة وفي التقرير.',
    field: {
      goal: 'الهدف',
      message: 'الرسالة',
      offer: 'العرض',
      channel: 'القناة',
      kpi: 'مؤشر الأداء الرئيسي',
      kpi_target: 'القيمة المستهدفة للمؤشر',
      owner: 'المسؤول',
      due_date: 'الموعد النهائي',
    },
    placeholder: {
      goal: 'مثلًا استعادتهم قبل تخفيضات الصيف',
      message: 'ما الذي ستقوله لهم في جملة واحدة',
      offer: 'مثلًا توصيل مجاني للطلب التالي',
      channel: 'مثلًا البريد الإلكتروني',
      kpi: 'مثلًا معدل تكرار الشراء (٪)',
      owner: 'من المسؤول',
    },
    channel: {
      email: 'البريد الإلكتروني',
      sms: 'الرسائل النصية',
      ads: 'الإعلانات الرقمية',
      social: 'وسائل التواصل الاجتماعي',
      direct_mail: 'البريد المباشر',
      in_store: 'في المتجر',
      phone: 'الهاتف',
      app: 'إشعار التطبيق',
    },
    none: 'لا خطة بعد',
    row: 'الاستراتيجية',
    kpiWithTarget: '{{kpi}}: المستهدف {{target}}',
  },
} as const satisfies Localized<typeof english, PluralForms['ar']>;
