/** Behavioural conditions of the builder: orders, seasons, events and segment membership (ar). */
import type { Localized, PluralForms } from '../catalog.js';
import type { segmentsBehaviour as english } from '../en/segmentsBehaviour.js';

export const segmentsBehaviour = {
  orders: {
    measure: 'ما الذي يُقاس',
    count: 'عدد الطلبات',
    sum_amount: 'المبلغ المُنفَق',
    op: 'المقارنة',
    opWords: {
      '>=': 'على الأقل',
      '>': 'أكثر من',
      '=': 'بالضبط',
      '<': 'أقل من',
      '<=': 'على الأكثر',
    },
    value: 'العدد',
    window: 'متى',
    ever: 'في أي وقت',
    lastDays: 'خلال آخر',
    days: 'الأيام',
    filter: 'احتساب الطلبات التي…',
  },
  season: {
    months: 'الأشهر',
    weekdays: 'أيام الأسبوع',
    fromHour: 'من الساعة',
    toHour: 'إلى الساعة',
    and: 'و',
  },
  eventsRow: {
    emptyWhere: 'تُحتسب كل الأحداث.',
    measure: 'ما الذي يُقاس',
    count: 'عدد الأحداث',
    sessions: 'عدد الجلسات',
    distinct_days: 'عدد الأيام التي فيها أحداث',
    filter: 'احسب فقط الأحداث التي…',
  },
  eventFields: {
    event_type: 'نوع الحدث',
    event_name: 'اسم الحدث (كما في الملف)',
    event_time: 'وقت الحدث',
    session: 'الجلسة',
    product: 'المنتج',
    category: 'الفئة',
    price: 'السعر',
    device: 'الجهاز',
    source: 'مصدر الزيارات',
    medium: 'الوسيط',
    page: 'الصفحة',
  },
  inSegment: {
    label: 'الشريحة',
    choose: 'اختر شريحة…',
  },
} as const satisfies Localized<typeof english, PluralForms['ar']>;
