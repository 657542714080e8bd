/** Arabic words of the engine's errors that carry a wording key (shared/errorWording.ts). */
import type { Localized, PluralForms } from '../catalog.js';
import type { engineErrors as english } from '../en/engineErrors.js';

export const engineErrors = {
  engineErrors: {
    file_not_found: 'لم يُعثر على {{name}}. تأكد من أن الملف ما زال في مكانه واختره مرة أخرى.',
    is_folder: '{{name}} مجلد وليس ملفًا.',
    permission_denied: 'تتعذر قراءة {{name}}: لا يوجد إذن بالوصول.',
    file_empty: '{{name}} فارغ: لا يوجد ما يُستورد.',
    no_line_breaks:
      'لا توجد فواصل أسطر في أول {{megabytes}} ميغابايت من {{name}}: على الأرجح ليس جدولًا. تأكد من أنك اخترت ملف CSV.',
    only_blank_lines: 'لا صفوف في {{name}}: كل أسطره فارغة.',
    no_data_rows: 'لا توجد صفوف بيانات في {{name}}.',
    nothing_imported:
      'تعذّر استيراد أي صف من {{name}} (المرفوض: {{rejected}}؛ أول سبب: {{reason}}). راجع أدوار الأعمدة وتنسيقاتها.',
    import_cancelled: 'أُلغي استيراد {{name}}: لم يتغير المشروع.',
    already_has_data: 'في هذا المشروع {{kind}} من {{file}} بالفعل.',
    no_such_column: 'لا يوجد عمود باسم «{{column}}» في {{name}}.',
    no_such_sheet: 'لا توجد في {{name}} ورقة باسم «{{sheet}}». أوراقه: {{list}}.',
    duplicate_file_names: 'ملفان يحملان الاسم نفسه {{name}}: أعطِ كل ملف مرة واحدة.',
  },
} as const satisfies Localized<typeof english, PluralForms['ar']>;
