/** Arabic sentences behind each quality criterion. */
import type { Localized, PluralForms } from '../catalog.js';
import type { qualityWhy as english } from '../en/qualityWhy.js';

export const qualityWhy = {
  qualityWhy: {
    people_zero: '{{n}} عميل',
    people_one: 'عميل واحد',
    people_two: 'عميلان',
    people_few: '{{n}} عملاء',
    people_many: '{{n}} عميلًا',
    people_other: '{{n}} عميل',
    substantial: {
      empty: 'لا يوجد أي عميل في هذه الشريحة.',
      tooSmallLowValue:
        'فقط {{people}} و{{share}} من الإيرادات (الحد الأدنى {{minPeople}} و{{minShare}} من الإيرادات): أصغر من أن تستحق حملة خاصة بها.',
      tooSmall: 'فقط {{people}} (الحد الأدنى {{minPeople}}): عدد قليل جدًا لحملة خاصة.',
      lowValue: 'تجلب {{share}} فقط من الإيرادات (الحد الأدنى {{minShare}}): قيمة قليلة يمكن كسبها.',
      ok: '{{people}} و{{share}} من الإيرادات: كبيرة بما يكفي للعمل عليها (الحد الأدنى {{minPeople}} و{{minShare}} من الإيرادات).',
      other: 'مدى حجم الشريحة وقيمتها.',
    },
    measurable: {
      empty: 'لا أعضاء، فلا شيء لقياسه.',
      noFields: 'لا تستخدم القاعدة أي حقل للعميل قد يكون فارغًا (سجل الطلبات أو شرائح أخرى فقط).',
      missingValues:
        'فقط {{share}} من الأعضاء لديهم قيمة في كل حقل تستخدمه القاعدة ({{fields}}؛ الحد الأدنى {{min}}): تعتمد الشريحة جزئيًا على بيانات ناقصة.',
      ok: 'لدى {{share}} من الأعضاء قيمة في كل حقل تستخدمه القاعدة ({{fields}}).',
      other: 'هل يملك الأعضاء القيم التي تعتمد عليها القاعدة.',
    },
    accessible: {
      noContactFields:
        'لا حقول اتصال في هذا المشروع: استورد ملف عملاء فيه عمود للبريد الإلكتروني أو الهاتف للوصول إليهم.',
      empty: 'لا أعضاء للوصول إليهم.',
      unreachable:
        'فقط {{share}} من الأعضاء لديهم بريد إلكتروني أو هاتف (الحد الأدنى {{min}}): لا يمكن التواصل مع كثير منهم مباشرة.',
      ok: 'يمكن الوصول إلى {{share}} من الأعضاء عبر البريد الإلكتروني أو الهاتف.',
      other: 'هل يمكن التواصل مع الأعضاء.',
    },
    distinct: {
      empty: 'لا أعضاء، فلا يمكن تمييزها عن الشرائح الأخرى.',
      noOther: 'لا توجد شريحة محفوظة أخرى لمقارنتها بها.',
      alone: 'لا تشترك في أي عميل مع الشرائح المحفوظة الأخرى.',
      overlaps:
        '{{share}} من عملاء الشريحة الأصغر موجودون أيضًا في «{{name}}» (الحد {{max}}): يصعب التمييز بين الشريحتين.',
      ok: 'أكبر تداخل لها مع «{{name}}»: {{share}} من عملاء الشريحة الأصغر، فهي متميزة.',
      other: 'هل تتميز الشريحة عن الشرائح المحفوظة الأخرى.',
    },
  },
} as const satisfies Localized<typeof english, PluralForms['ar']>;
