/** Persian strings of a segment's structured strategy. */
import type { Localized, PluralForms } from '../catalog.js';
import type { plan as english } from '../en/plan.js';

export const plan = {
  plan: {
    title: 'برنامه‌ی راهبرد',
    hint: 'از این بخش چه می‌خواهید و چطور به آن می‌رسید. در مقایسه و گزارش نشان داده می‌شود.',
    field: {
      goal: 'هدف',
      message: 'پیام',
      offer: 'پیشنهاد',
      channel: 'کانال',
      kpi: 'شاخص کلیدی عملکرد',
      kpi_target: 'مقدار هدف شاخص',
      owner: 'مسئول',
      due_date: 'مهلت',
    },
    placeholder: {
      goal: 'مثلاً برگرداندنشان پیش از حراج تابستان',
      message: 'در یک جمله به آن‌ها چه می‌گویید',
      offer: 'مثلاً ارسال رایگان برای سفارش بعدی',
      channel: 'مثلاً ایمیل',
      kpi: 'مثلاً نرخ خرید مجدد (٪)',
      owner: 'چه کسی مسئول است',
    },
    channel: {
      email: 'ایمیل',
      sms: 'پیامک',
      ads: 'تبلیغات آنلاین',
      social: 'شبکه‌های اجتماعی',
      direct_mail: 'نامه‌ی پستی',
      in_store: 'در فروشگاه',
      phone: 'تلفن',
      app: 'اعلان اپلیکیشن',
    },
    none: 'هنوز برنامه‌ای ندارد',
    row: 'راهبرد',
    kpiWithTarget: '{{kpi}}: هدف {{target}}',
  },
} as const satisfies Localized<typeof english, PluralForms['fa']>;
