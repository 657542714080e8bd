/** Persian words of the engine's errors that carry a wording key (shared/errorWording.ts). */
import type { Localized, PluralForms } from '../catalog.js';
import type { engineErrors as english } from '../en/engineErrors.js';

export const engineErrors = {
  engineErrors: {
    file_not_found: '{{name}} پیدا نشد. بررسی کنید که فایل هنوز سر جایش باشد و دوباره انتخابش کنید.',
    is_folder: '{{name}} یک پوشه است، نه فایل.',
    permission_denied: '{{name}} خوانده نمی‌شود: اجازهٔ دسترسی نیست.',
    file_empty: '{{name}} خالی است: چیزی برای درون‌ریزی نیست.',
    no_line_breaks:
      '{{name}} در {{megabytes}} مگابایت نخستش هیچ شکست سطری ندارد: احتمالاً جدول نیست. بررسی کنید که یک فایل CSV انتخاب کرده باشید.',
    only_blank_lines: '{{name}} سطری ندارد: فقط سطرهای خالی دارد.',
    no_data_rows: '{{name}} هیچ سطر داده‌ای ندارد.',
    nothing_imported:
      'هیچ سطری از {{name}} درون‌ریزی نشد ({{rejected}} سطر رد شد؛ نخستین دلیل: {{reason}}). نقش و قالب ستون‌ها را بررسی کنید.',
    import_cancelled: 'درون‌ریزی {{name}} لغو شد: پروژه تغییری نکرد.',
    already_has_data: 'این پروژه از پیش {{kind}} را از {{file}} دارد.',
    no_such_column: 'ستونی به نام «{{column}}» در {{name}} نیست.',
    no_such_sheet: '{{name}} برگه‌ای به نام «{{sheet}}» ندارد. برگه‌هایش: {{list}}.',
    duplicate_file_names: 'دو فایل هم‌نام‌اند ({{name}}): هر فایل را یک بار بدهید.',
  },
} as const satisfies Localized<typeof english, PluralForms['fa']>;
