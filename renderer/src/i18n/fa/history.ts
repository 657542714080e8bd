/** Persian strings of history: snapshots, a segment's size over time and rule versions, staleness, a customer's timeline. */
import type { Localized, PluralForms } from '../catalog.js';
import type { history as english } from '../en/history.js';

export const history = {
  history: {
    diff: {
      added: 'افزوده شد: {{clause}}',
      removed: 'حذف شد: {{clause}}',
      changed: 'از «{{from}}» به «{{to}}» تغییر کرد',
      joiner: {
        and: 'اکنون مشتری باید همهٔ شرط‌ها را داشته باشد، نه فقط یکی را',
        or: 'اکنون داشتن یکی از شرط‌ها بس است، نه همهٔ آن‌ها',
      },
      same: 'همان قاعدهٔ نسخهٔ پیشین',
      first: 'نخستین نسخهٔ نگه‌داشته',
    },
    panel: {
      title: 'تاریخچه',
      takeSnapshot: 'ثبت اسنپ‌شات',
      taking: 'در حال ثبت اسنپ‌شات…',
      taken: 'اسنپ‌شات برای {{date}} ثبت شد.',
      sizeTitle: 'اندازهٔ بخش در گذر زمان',
      sizeLabel: 'نمودار خطی شمار مشتریان این بخش در هر اسنپ‌شات',
      sizeAxis: 'مشتریان',
      noSnapshots: 'هنوز هیچ اسنپ‌شاتی این بخش را در بر ندارد. برای آغاز تاریخچهٔ اندازه‌اش یک اسنپ‌شات ثبت کنید.',
      versionsTitle: 'نسخه‌های قاعده',
      version: 'نسخهٔ {{n}}',
      savedAt: 'ذخیره در {{when}}',
      current: 'نسخهٔ کنونی',
      restore: 'بازگرداندن این نسخه',
      restoreNeedsSave: 'نخست تغییرات خود را ذخیره یا رها کنید',
      staleDays: 'هشدار پس از (روز)',
    },
    stale: {
      title: 'این اعداد شاید کهنه باشند',
      replaced:
        'این بخش آخرین بار {{how}} در {{evaluated}} ارزیابی شده است؛ از آن پس وارد کردن داده در {{replaced}} داده‌ها را جایگزین کرده است.',
      old: 'این بخش آخرین بار {{how}} در {{evaluated}} ارزیابی شده است، {{days}} روز پیش: بیش از سقف {{limit}} روزی که برای این پروژه تعیین شده است.',
      how: {
        saved: 'هنگام ذخیره',
        snapshot: 'در یک اسنپ‌شات',
      },
      refresh: 'همین حالا اسنپ‌شات بگیر',
    },
    timeline: {
      title: 'در گذر زمان',
      label: 'بخش‌های این مشتری در هر اسنپ‌شات',
      empty: 'هنوز هیچ اسنپ‌شاتی این مشتری را در بر ندارد.',
      notInProject: 'آن زمان در پروژه نبود',
      noSegments: 'در هیچ بخش ذخیره‌شده‌ای نیست',
      unscored: 'بدون بخش RFM (هنوز خریدی نکرده)',
      reason: {
        import: 'هنگام وارد کردن داده',
        manual: 'ثبت دستی',
      },
      columns: {
        date: 'تاریخ',
        segments: 'بخش‌ها',
        rfm: 'بخش RFM',
      },
    },
  },
} as const satisfies Localized<typeof english, PluralForms['fa']>;
