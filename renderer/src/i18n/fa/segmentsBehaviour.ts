/** Behavioural conditions of the builder: orders, seasons, events and segment membership (fa). */
import type { Localized, PluralForms } from '../catalog.js';
import type { segmentsBehaviour as english } from '../en/segmentsBehaviour.js';

export const segmentsBehaviour = {
  orders: {
    measure: 'چه چیزی سنجیده شود',
    count: 'تعداد سفارش‌ها',
    sum_amount: 'مبلغ خرید',
    op: 'مقایسه',
    opWords: {
      '>=': 'دست‌کم',
      '>': 'بیش از',
      '=': 'دقیقاً',
      '<': 'کمتر از',
      '<=': 'حداکثر',
    },
    value: 'عدد',
    window: 'زمان',
    ever: 'تاکنون',
    lastDays: 'در این چند روز اخیر',
    days: 'روزها',
    filter: 'فقط سفارش‌هایی شمرده شوند که…',
  },
  season: {
    months: 'ماه‌ها',
    weekdays: 'روزهای هفته',
    fromHour: 'از ساعت',
    toHour: 'تا ساعت',
    and: 'و',
  },
  eventsRow: {
    emptyWhere: 'همهٔ رویدادها شمرده می‌شوند.',
    measure: 'چه چیزی سنجیده شود',
    count: 'شمار رویدادها',
    sessions: 'شمار نشست‌ها',
    distinct_days: 'شمار روزهای دارای رویداد',
    filter: 'فقط رویدادهایی شمرده شوند که…',
  },
  eventFields: {
    event_type: 'نوع رویداد',
    event_name: 'نام رویداد (همان‌گونه که در فایل آمده)',
    event_time: 'زمان رویداد',
    session: 'نشست',
    product: 'محصول',
    category: 'دسته',
    price: 'قیمت',
    device: 'دستگاه',
    source: 'منبع ترافیک',
    medium: 'رسانه',
    page: 'صفحه',
  },
  inSegment: {
    label: 'بخش',
    choose: 'انتخاب بخش…',
  },
} as const satisfies Localized<typeof english, PluralForms['fa']>;
