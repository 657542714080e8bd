/** Arabic strings of the app shell, start page and errors. */
import type { Localized, PluralForms } from '../catalog.js';
import type { shell as english } from '../en/shell.js';

export const shell = {
  app: {
    name: 'منصة تجزئة العملاء',
    starting: 'جارٍ البدء…',
  },
  common: {
    cancel: 'إلغاء',
    close: 'إغلاق',
    retry: 'حاول مرة أخرى',
  },
  tables: {
    xlsx: 'تصدير مصنف Excel',
    rfmXlsx: 'تصدير الملخص كمصنف',
  },
  personalData: {
    label: 'البريد الإلكتروني والهاتف والأسماء',
    keep: 'الإبقاء عليها',
    mask: 'إخفاء جزئي (a…@example.com، ‎+44 … 18، S…)',
    omit: 'حذفها',
  },
  names: {
    count: '{{count}} / {{max}} حرفًا',
    over: '{{count}} / {{max}} حرفًا: أطول من المسموح',
  },
  nav: {
    label: 'طرق العرض',
    data: 'البيانات',
    segments: 'الشرائح',
    rfm: 'RFM',
    compare: 'المقارنة',
    pareto: 'باريتو',
    changes: 'التغيّرات',
    report: 'التقرير',
    discover: 'الاكتشاف',
    predict: 'التنبؤ',
  },
  language: {
    label: 'اللغة',
    calendar: 'التقويم',
    calendars: {
      persian: 'الهجري الشمسي',
      gregory: 'الميلادي',
    },
  },
  charts: {
    png: 'PNG',
    svg: 'SVG',
  },
  topbar: {
    import: 'استيراد ملف…',
    close: 'إغلاق المشروع',
    asOf: 'المؤشرات حتى تاريخ',
    asOfReset: 'العودة إلى الافتراضي',
    asOfDerived: 'اليوم التالي لآخر طلب',
  },
  errors: {
    dismiss: 'إخفاء هذه الرسالة',
    unreachable: 'يتعذّر الوصول إلى المحرّك. إذا شغّلت التطبيق بالأمر «npm run web» فتحقّق من أنه ما زال يعمل.',
    unauthorised: 'فُتحت هذه الصفحة دون رمز الوصول الخاص بها. افتح الرابط الذي طبعه الأمر «npm run web».',
    file: 'الملف: {{file}}',
    line: 'السطر {{line}}',
    column: 'العمود {{column}}',
    value: 'القيمة «{{value}}»',
  },
  drop: {
    hint: 'أفلت ملف CSV هنا لاستيراده',
    notCsv:
      'الملف {{name}} ليس مما تقرؤه منصة العمل: CSV أو TSV أو TXT أو مصنف Excel ‏(.xlsx). احفظه بإحدى هذه الصيغ وحاول مرة أخرى.',
  },
  // ".segwb" is wrapped in LRI…PDI (U+2066, U+2069) so its dot stays before it inside right-to-left text.
  start: {
    title: 'تجزئة العملاء دون اتصال بالإنترنت',
    lead: 'استورد ملف طلبات أو قائمة عملاء (CSV). يبقى كل شيء في ملف مشروع واحد على هذا الحاسوب.',
    import: {
      title: 'استيراد ملف',
      text: 'يُنشأ مشروع جديد باسم الملف.',
    },
    demo: {
      title: 'فتح المتجر التجريبي',
      busy: 'جارٍ إنشاء المتجر التجريبي…',
      text: 'متجر نموذجي فيه عملاء وطلبات، لتجربة الأدوات.',
    },
    new: {
      title: 'مشروع جديد…',
      text: 'مشروع فارغ؛ استورد الملفات إليه لاحقًا.',
    },
    open: {
      title: 'فتح مشروع…',
      text: 'ملف مشروع ⁦.segwb⁩ حفظته من قبل.',
    },
    dropHint: 'أو أفلت ملف CSV في أي مكان من هذه النافذة.',
    recent: {
      title: 'المشاريع الأخيرة',
      empty: 'لا توجد مشاريع بعد.',
      opened: 'فُتح {{when}}',
      missing: 'الملف غير موجود',
    },
    newProject: {
      title: 'مشروع جديد',
      name: 'اسم المشروع',
      tooLong: 'يتكوّن الاسم من {{count}} حرفًا، والحد الأقصى لاسم المشروع {{max}} حرفًا. اختصره لإنشاء المشروع.',
      where: 'يُحفظ في {{folder}}.',
      create: 'إنشاء',
    },
    openProject: {
      title: 'فتح مشروع',
      choose: 'اختر ملف ⁦.segwb⁩…',
      path: 'مسار ملف المشروع',
      placeholder: '/home/me/Segment Workbench/acme.segwb',
      browserHint: 'لا يستطيع المتصفح رؤية مسارات ملفاتك، لذا اكتب المسار الكامل لملف ⁦.segwb⁩ أو الصقه.',
      open: 'فتح',
    },
  },
} as const satisfies Localized<typeof english, PluralForms['ar']>;
