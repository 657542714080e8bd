/** Persian strings of a database opened where the data lives. */
import type { Localized, PluralForms } from '../catalog.js';
import type { database as english } from '../en/database.js';

export const database = {
  database: {
    startTitle: 'باز کردن پایگاه داده',
    startText: 'بخش‌ها را همان‌جا که داده‌ها هستند بشمارید: روی PostgreSQL یا یک فایل DuckDB.',
    dialogTitle: 'باز کردن پایگاه داده',
    dialogText:
      'نشانی PostgreSQL (postgresql://user:password@host:5432/shop) یا فایل DuckDB (duckdb:/path/shop.duckdb) که جدول‌های انبار داده را دارد. فقط‌خواندنی باز می‌شود و تنها شمارش‌ها برمی‌گردند.',
    urlLabel: 'نشانی پایگاه داده یا فایل DuckDB',
    connect: 'باز کن',
    connecting: 'در حال بررسی اتصال و جدول‌ها…',
    cancel: 'انصراف',
    title: 'بخش‌ها روی پایگاه داده',
    tables: 'جدول‌ها: {{tables}}',
    asOf: 'تا تاریخ {{date}}',
    countedIn: 'شمارش روی پایگاه داده در {{ms}} میلی‌ثانیه',
    needsProject:
      'روی پایگاه داده فقط سازندهٔ بخش کار می‌کند. بقیهٔ نماها به پروژه نیاز دارند: اول داده‌ها را وارد کنید (segwb import --from).',
    closedOnRestart:
      'پایگاه داده {{shown}} با راه‌اندازی دوبارهٔ برنامه بسته شد و گذرواژهٔ آن هیچ‌جا نگه داشته نمی‌شود. برای باز کردنش، نشانی آن را دوباره وارد کنید.',
    close: 'بستن پایگاه داده',
  },
} as const satisfies Localized<typeof english, PluralForms['fa']>;
