/** Arabic sentences of the segment linter's warnings. */
import type { Localized, PluralForms } from '../catalog.js';
import type { lintWhy as english } from '../en/lintWhy.js';

const SMALL_TAIL =
  '(أقل من {{min}}). الشرائح ذات البيانات القليلة أو المنعدمة تعطي نتائج غير موثوقة: وسّع القاعدة أو ادمجها مع شريحة أخرى.';

export const lintWhy = {
  lintWhy: {
    inOrders: 'في شرط الطلبات: {{sentence}}',
    empty: { empty: 'لا يطابق أي عميل هذه الشريحة. خفّف أحد الشروط أو تحقّق من القيم المختارة.' },
    too_small: {
      tooSmall_zero: `لا يطابق أي عميل ${SMALL_TAIL}`,
      tooSmall_one: `يطابق عميل واحد فقط ${SMALL_TAIL}`,
      tooSmall_two: `يطابق عميلان فقط ${SMALL_TAIL}`,
      tooSmall_few: `يطابق {{customers}} عملاء فقط ${SMALL_TAIL}`,
      tooSmall_many: `يطابق {{customers}} عميلًا فقط ${SMALL_TAIL}`,
      tooSmall_other: `يطابق {{customers}} عميل فقط ${SMALL_TAIL}`,
    },
    never_matches: {
      emptyAnyOf: 'لا تحتوي مجموعة «أيٌّ من» هذه على شروط، فلا تطابق أحدًا. أضف شرطًا أو احذف المجموعة.',
      notEmptyAllOf: 'نفيُ مجموعة «كلّ» فارغة لا يطابق أحدًا (المجموعة نفسها تطابق الجميع).',
      emptyList: '{{field}} واحد من قائمة فارغة، وهذا لا يطابق أحدًا. اختر قيمة واحدة على الأقل.',
      reversedBetween: 'الشرط على {{field}} لا يطابق أحدًا: القيمة الأولى أكبر من الثانية. بدّل بينهما.',
      neverTrue: 'الشرط على {{field}} لا يمكن أن يتحقق أبدًا، فلا يطابق أحدًا.',
      ordersCount: 'عدد طلبات {{op}} {{value}} مستحيل (تُعدّ الطلبات ٠ و١ و٢…)، فلا يطابق هذا الشرط أحدًا.',
      conflict: 'لا يمكن لأي عميل أن يطابق هذه الشروط على {{field}} في آن واحد، فلا تطابق هذه المجموعة أحدًا.',
    },
    no_times: {
      orderTimes:
        'كل أوقات الطلبات في «{{field}}» منتصف الليل: في البيانات تواريخ بلا ساعات، فلا يستطيع «بين الساعات» التمييز بين الساعات. استخدم يوم الأسبوع أو الشهر بدلًا منه، أو استورد ملفًا فيه أوقات.',
      eventTimes:
        'كل أوقات الأحداث في «{{field}}» منتصف الليل: في البيانات تواريخ بلا ساعات، فلا يستطيع «بين الساعات» التمييز بين الساعات. استخدم يوم الأسبوع أو الشهر بدلًا منه، أو استورد ملفًا فيه أوقات.',
    },
    identical: {
      identical:
        'لهذه الشريحة العملاء أنفسهم تمامًا مثل {{names}}. اسمان لمجموعة واحدة من العملاء أمر مربك: احتفظ بواحد.',
    },
    overlap: {
      overlap:
        '{{share}} من الشريحة الأصغر بين هذه الشريحة و«{{name}}» موجودون في الاثنتين ({{shared}} من {{smaller}} عميلًا). الشرائح المتداخلة تتلقى الحملة نفسها مرتين: ادمجها أو استبعد إحداها من الأخرى.',
    },
  },
} as const satisfies Localized<typeof english, PluralForms['ar']>;
