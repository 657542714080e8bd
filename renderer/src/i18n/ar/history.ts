/** Arabic strings of history: snapshots, a segment's size over time and rule versions, staleness, a customer's timeline. */
import type { Localized, PluralForms } from '../catalog.js';
import type { history as english } from '../en/history.js';

export const history = {
  history: {
    diff: {
      added: 'أُضيف: {{clause}}',
      removed: 'حُذف: {{clause}}',
      changed: 'تغيّر من «{{from}}» إلى «{{to}}»',
      joiner: {
        and: 'صار على العميل أن يستوفي كل الشروط، لا شرطًا واحدًا فقط',
        or: 'صار يكفي العميلَ أن يستوفي شرطًا واحدًا من الشروط، لا كلها',
      },
      same: 'القاعدة نفسها كما في الإصدار السابق',
      first: 'أول إصدار محفوظ',
    },
    panel: {
      title: 'السجلّ',
      takeSnapshot: 'التقاط لقطة',
      taking: 'جارٍ التقاط اللقطة…',
      taken: 'التُقطت لقطة بتاريخ {{date}}.',
      sizeTitle: 'حجم الشريحة عبر الزمن',
      sizeLabel: 'مخطط خطي لعدد عملاء هذه الشريحة في كل لقطة',
      sizeAxis: 'العملاء',
      noSnapshots: 'لا توجد بعدُ لقطة تضم هذه الشريحة. التقط واحدة لتبدأ سجلّ حجمها.',
      versionsTitle: 'إصدارات القاعدة',
      version: 'الإصدار {{n}}',
      savedAt: 'حُفظ في {{when}}',
      current: 'الحالي',
      restore: 'استعادة هذا الإصدار',
      restoreNeedsSave: 'احفظ تغييراتك أو تجاهلها أولًا',
      staleDays: 'التنبيه بعد (أيام)',
    },
    stale: {
      title: 'قد تكون هذه الأرقام قديمة',
      replaced:
        'قُيّمت هذه الشريحة آخر مرة {{how}} في {{evaluated}}؛ ومنذ ذلك الحين حلّ استيرادٌ في {{replaced}} محلّ البيانات.',
      old: 'قُيّمت هذه الشريحة آخر مرة {{how}} في {{evaluated}}، قبل {{days}} يومًا: أكثر من الحدّ المحدَّد لهذا المشروع ({{limit}} يومًا).',
      how: {
        saved: 'عند حفظها',
        snapshot: 'في لقطة',
      },
      refresh: 'التقاط لقطة الآن',
    },
    timeline: {
      title: 'عبر الزمن',
      label: 'شرائح هذا العميل في كل لقطة',
      empty: 'لا توجد بعدُ لقطة تضم هذا العميل.',
      notInProject: 'لم يكن في المشروع آنذاك',
      noSegments: 'ليس في أي شريحة محفوظة',
      unscored: 'بلا شريحة RFM (لم يشترِ بعد)',
      reason: {
        import: 'عند الاستيراد',
        manual: 'التُقطت يدويًا',
      },
      columns: {
        date: 'التاريخ',
        segments: 'الشرائح',
        rfm: 'شريحة RFM',
      },
    },
  },
} as const satisfies Localized<typeof english, PluralForms['ar']>;
