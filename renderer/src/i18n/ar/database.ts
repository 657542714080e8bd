/** Arabic strings of a database opened where the data lives. */
import type { Localized, PluralForms } from '../catalog.js';
import type { database as english } from '../en/database.js';

export const database = {
  database: {
    startTitle: 'فتح قاعدة بيانات',
    startText: 'احسب الشرائح حيث توجد البيانات: على PostgreSQL أو ملف DuckDB.',
    dialogTitle: 'فتح قاعدة بيانات',
    dialogText:
      'عنوان PostgreSQL (postgresql://user:password@host:5432/shop) أو ملف DuckDB (duckdb:/path/shop.duckdb) يحتوي على جداول مستودع البيانات. يُفتح للقراءة فقط، ولا يعود منه إلا العدد.',
    urlLabel: 'عنوان قاعدة البيانات أو ملف DuckDB',
    connect: 'افتح',
    connecting: 'جارٍ التحقق من الاتصال والجداول…',
    cancel: 'إلغاء',
    title: 'الشرائح على قاعدة البيانات',
    tables: 'الجداول: {{tables}}',
    asOf: 'حتى تاريخ {{date}}',
    countedIn: 'حُسب على قاعدة البيانات في {{ms}} ملّي ثانية',
    needsProject:
      'لا يعمل على قاعدة البيانات إلا منشئ الشرائح. تحتاج بقية العروض إلى مشروع: استورد البيانات أولًا (segwb import --from).',
    closedOnRestart:
      'أُغلقت قاعدة البيانات {{shown}} عند إعادة تشغيل التطبيق، ولا تُحفظ كلمة مرورها في أي مكان. أدخل عنوانها مرة أخرى لفتحها.',
    close: 'إغلاق قاعدة البيانات',
  },
} as const satisfies Localized<typeof english, PluralForms['ar']>;
