/**
 * The set preview's kind reasons and the set report's link notes in the app's languages: English is the
 * engine's own sentence, and fa/ar/cy come from the catalogs with native digits.
 */
import { describe, expect, it } from 'vitest';
import type { SetPlan } from '../../../electron/core/import/set/planSet.js';
import { eventsKindGuess } from '../../../electron/core/import/set/setEvents.js';
import { unmatchedNotes } from '../../../electron/core/import/set/unmatchedNotes.js';
import { guessFileKind } from '../../../electron/core/import/sniff/kind.js';
import type { ColumnFacts, RoleSuggestion } from '../../../electron/core/import/sniff/roles.js';
import { wordingText } from '../../../renderer/src/shell/wordedMessage.js';
import type { ColumnType, Role } from '../../../shared/model/roles.js';
import { languageT } from '../i18nForTests.js';

interface Column {
  header: string;
  type?: ColumnType;
  role?: Role;
  values?: string[];
}

function guess(...columns: Column[]) {
  const facts: ColumnFacts[] = columns.map((c, index) => ({
    index,
    header: c.header,
    type: c.type ?? 'text',
    values: c.values ?? ['a', 'b', 'c'],
  }));
  const roles: RoleSuggestion[] = columns.map((c) => ({ role: c.role ?? null, reason: null }));
  return guessFileKind(facts, roles);
}

const orderId: Column = { header: 'order_id', role: 'order_id' };
const customerOnce: Column = { header: 'customer_id', role: 'customer_id', values: ['C1', 'C2', 'C3'] };
const date: Column = { header: 'order_date', role: 'order_date', type: 'date' };
const amount: Column = { header: 'total', role: 'amount', type: 'number' };

const reasons = {
  reviews: guess(orderId, { header: 'review_score' }),
  payments: guess(orderId, { header: 'payment_value' }),
  linesProduct: guess(orderId, { header: 'product_id' }),
  linesAmount: guess(orderId, { header: 'price', role: 'amount', type: 'number' }),
  ordersRepeat: guess({ ...customerOnce, values: ['C1', 'C7', 'C7', 'C7'] }, date, amount),
  ordersOrderId: guess(customerOnce, date, orderId),
  customersOnce: guess(customerOnce, { header: 'city' }),
  products: guess({ header: 'sku', values: ['P1', 'P2'] }, { header: 'name' }),
  lookup: guess({ header: 'region_code' }, { header: 'region' }),
  lookupEmpty: guess(),
};
const rees46 = eventsKindGuess(['event_time', 'event_type', 'product_id', 'user_id', 'user_session']);
const ga4 = eventsKindGuess(['event_date', 'event_timestamp', 'event_name', 'user_id', 'user_pseudo_id']);

const plan = {
  files: [
    { name: 'lines.csv', kind: 'order_lines' },
    { name: 'orders.csv', kind: 'orders' },
    { name: 'customers.csv', kind: 'customers' },
  ],
} as unknown as SetPlan;
const link = (from: string, to: string, unmatched: number, matched: number, examples: string[]) => ({
  from,
  to,
  origin: 'guessed' as const,
  reason: '',
  matched,
  unmatched,
  unmatchedExamples: examples,
});
const notes = unmatchedNotes(
  [
    link('lines.csv.order_id', 'orders.csv.order_id', 3, 1200, ['O9', 'O10']),
    link('orders.csv.customer_id', 'customers.csv.customer_id', 12, 88, ['C99']),
    link('orders.csv.order_id', 'lines.csv.order_id', 0, 10, []),
  ],
  plan,
);

describe('a file of a set: why it was taken for its kind', () => {
  it('every reason in English is the engine sentence', async () => {
    const en = await languageT('en');
    for (const r of [...Object.values(reasons), rees46, ga4]) {
      if (!r) throw new Error('an events layout was not recognised');
      expect(wordingText(r.wording, en)).toBe(r.reason);
    }
    expect(reasons.ordersRepeat.reason).toBe(
      'Orders: a customer id, dates in "order_date" and customer ids repeat ("C7" is on 3 sampled rows).',
    );
    expect(reasons.lookup.value).toBe('lookup');
    expect(ga4?.reason).toBe(
      'Events in the GA4 layout: one row per event, with "event_timestamp", "event_name" and the user in "user_id" or "user_pseudo_id".',
    );
  });

  it('in Persian, with native digits', async () => {
    const fa = await languageT('fa');
    expect(wordingText(reasons.ordersRepeat.wording, fa)).toBe(
      'سفارش‌ها: یک شناسهٔ مشتری، تاریخ‌ها در «order_date» و شناسه‌های مشتری تکرار می‌شوند («C7» در ۳ سطر از نمونه آمده است).',
    );
    expect(wordingText(reasons.linesProduct.wording, fa)).toBe(
      'یک شناسهٔ سفارش («order_id») و یک محصول («product_id»)، ولی بدون شناسهٔ مشتری: اقلام سفارش‌هایی که در فایل دیگری آمده‌اند.',
    );
    expect(wordingText(reasons.lookup.wording, fa)).toBe(
      'بدون شناسهٔ مشتری یا سفارش: جدولی با کلید «region_code» که فایل‌های دیگر به آن ارجاع می‌دهند.',
    );
  });

  it('in Arabic', async () => {
    const ar = await languageT('ar');
    expect(wordingText(reasons.payments.wording, ar)).toBe('معرّف طلب («order_id») وعمود دفع («payment_value»).');
    expect(wordingText(reasons.customersOnce.wording, ar)).toBe(
      'كل معرّف عميل في «customer_id» يظهر مرة واحدة: صف واحد لكل عميل.',
    );
    expect(wordingText(ga4?.wording ?? reasons.lookupEmpty.wording, ar)).toBe(
      'أحداث بتخطيط GA4: صف واحد لكل حدث، مع «event_timestamp» و«event_name» والمستخدم في «user_id» أو «user_pseudo_id».',
    );
  });

  it('in Welsh', async () => {
    const cy = await languageT('cy');
    expect(wordingText(reasons.reviews.wording, cy)).toBe('Id archeb ("order_id") a cholofn adolygu ("review_score").');
    expect(wordingText(reasons.products.wording, cy)).toBe('Un rhes i bob id cynnyrch ("sku"), gyda’i nodweddion.');
    expect(wordingText(rees46?.wording ?? reasons.lookupEmpty.wording, cy)).toBe(
      'Digwyddiadau yng nghynllun REES46: un rhes i bob digwyddiad, gyda "event_time", "event_type" a’r defnyddiwr yn "user_id".',
    );
  });
});

describe("a set report's notes on keys not found", () => {
  it('one note per link with misses, in English as the engine wrote it', async () => {
    expect(notes.notes).toEqual([
      '3 of 1,203 values of lines.csv.order_id are not in orders.csv.order_id (e.g. "O9", "O10"): those lines are left out: without their order they have no customer and no date.',
      '12 of 100 values of orders.csv.customer_id are not in customers.csv.customer_id (e.g. "C99"): their orders are imported; those customers have no attributes from the customers file.',
    ]);
    const en = await languageT('en');
    expect(notes.noteWordings.map((w) => wordingText(w, en))).toEqual(notes.notes);
  });

  it('in Persian, Arabic and Welsh', async () => {
    const [lines, customers] = notes.noteWordings as [(typeof notes.noteWordings)[0], (typeof notes.noteWordings)[0]];
    expect(wordingText(lines, await languageT('fa'))).toBe(
      '۳ مقدار از ۱٬۲۰۳ مقدار lines.csv.order_id در orders.csv.order_id نیست (برای نمونه "O9", "O10"): آن اقلام کنار گذاشته می‌شوند، چون بدون سفارششان نه مشتری دارند و نه تاریخ.',
    );
    expect(wordingText(customers, await languageT('ar'))).toBe(
      '١٢ من أصل ١٠٠ من قيم orders.csv.customer_id غير موجودة في customers.csv.customer_id (مثل "C99"): تُستورد طلباتهم، لكن لا تكون لهؤلاء العملاء أي خصائص من ملف العملاء.',
    );
    expect(wordingText(lines, await languageT('cy'))).toBe(
      'Nid yw 3 o 1,203 o werthoedd lines.csv.order_id yn orders.csv.order_id (e.e. "O9", "O10"): caiff y llinellau hynny eu gadael allan: heb eu harcheb does ganddynt ddim cwsmer na dyddiad.',
    );
  });
});
