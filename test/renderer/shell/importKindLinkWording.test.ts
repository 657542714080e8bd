/**
 * Why one file was taken for orders or customers (sniff/kind.ts suggestKind) and why two files of a
 * set were linked (sniff/links.ts), in the app's languages: English is the engine's sentence (the
 * link through a role names the role as the app does), fa/ar/cy come from the catalogs.
 */
import { describe, expect, it } from 'vitest';
import { suggestKind } from '../../../electron/core/import/sniff/kind.js';
import { type FileShape, guessLinks } from '../../../electron/core/import/sniff/links.js';
import type { ColumnFacts, RoleSuggestion } from '../../../electron/core/import/sniff/roles.js';
import { wordingText } from '../../../renderer/src/shell/wordedMessage.js';
import type { ErrorWording } from '../../../shared/errorWording.js';
import type { ColumnType, Role } from '../../../shared/model/roles.js';
import { languageT } from '../i18nForTests.js';

interface Column {
  header: string;
  type?: ColumnType;
  role?: Role;
  values?: string[];
}

const facts = (columns: Column[]): ColumnFacts[] =>
  columns.map((c, index) => ({ index, header: c.header, type: c.type ?? 'text', values: c.values ?? ['a', 'b', 'c'] }));
const roles = (columns: Column[]): RoleSuggestion[] => columns.map((c) => ({ role: c.role ?? null, reason: null }));
const kindOf = (...columns: Column[]) => suggestKind(facts(columns), roles(columns));

const customerRepeats: Column = { header: 'client', role: 'customer_id', values: ['C1', 'C7', 'C7'] };
const customerOnce: Column = { header: 'client', role: 'customer_id', values: ['C1', 'C2', 'C3'] };
const date: Column = { header: 'day', role: 'order_date', type: 'date' };
const amount: Column = { header: 'total', role: 'amount', type: 'number' };
const quantity: Column = { header: 'qty', role: 'quantity', type: 'number' };
const price: Column = { header: 'price', role: 'unit_price', type: 'number' };
const order: Column = { header: 'receipt', role: 'order_id' };

const kinds = {
  noDate: kindOf(customerOnce, amount),
  noAmount: kindOf(customerOnce, date),
  amountRepeat: kindOf(customerRepeats, date, amount),
  priceRepeat: kindOf(customerRepeats, date, quantity, price),
  amountColumn: kindOf(customerOnce, date, amount, order),
  priceColumn: kindOf(customerOnce, date, quantity, price, order),
  // A date by its type, not named as an order's: nothing says these rows are orders.
  sampleOnce: kindOf(customerOnce, { header: 'signed_up', type: 'date' }, amount),
};

const shape = (name: string, kind: FileShape['kind'], columns: Column[]): FileShape => ({
  name,
  kind,
  columns: facts(columns),
  roles: columns.map((c) => c.role ?? null),
});
const customers = shape('customers.csv', 'customers', [
  { header: 'customer_id', role: 'customer_id', values: ['C1', 'C2', 'C3', 'C4'] },
  { header: 'city' },
]);
const linkOf = (columns: Column[]) => {
  const [link] = guessLinks([shape('orders.csv', 'orders', columns), customers]);
  if (!link) throw new Error('no link was guessed');
  return link;
};
const links = {
  sameHeader: linkOf([{ header: 'customer_id', values: ['C1', 'C9'] }, date]),
  sameRole: linkOf([{ header: 'buyer', role: 'customer_id', values: ['X1', 'X2'] }, date]),
  overlap: linkOf([{ header: 'buyer', values: ['C1', 'C2', 'C3', 'C4', 'C9'] }, date]),
};

const text = (wording: ErrorWording | undefined, t: Awaited<ReturnType<typeof languageT>>) => {
  if (!wording) throw new Error('no wording');
  return wordingText(wording, t);
};

describe("a file's kind and a set's links: why, in the app's languages", () => {
  it('every kind reason and link reason in English is the engine sentence', async () => {
    const en = await languageT('en');
    expect(kinds.priceRepeat.reason).toBe(
      'Orders: dates in "day", amounts from "qty" × "price", and customer ids repeat ("C7" is on 2 sampled rows).',
    );
    expect(kinds.amountColumn.reason).toBe('Orders: dates in "day", amounts in "total", and a column "receipt".');
    expect(kinds.noDate.value).toBe('customers');
    expect(kinds.sampleOnce.value).toBe('customers');
    for (const kind of Object.values(kinds)) expect(text(kind.wording, en)).toBe(kind.reason);
    expect(links.sameHeader.reason).toBe('Same header "customer_id" in both files.');
    expect(links.overlap.reason).toBe('80% of the sampled values of "buyer" are values of "customer_id".');
    for (const link of [links.sameHeader, links.overlap]) expect(text(link.wording, en)).toBe(link.reason);
    expect(links.sameRole.reason).toBe('Both columns hold the customer id.');
    expect(text(links.sameRole.wording, en)).toBe('Both columns hold the Customer id.');
  });

  it('in Persian, with native digits', async () => {
    const fa = await languageT('fa');
    expect(text(kinds.amountRepeat.wording, fa)).toBe(
      'سفارش‌ها: تاریخ‌ها در «day»، مبلغ‌ها در «total» و شناسه‌های مشتری تکرار می‌شوند («C7» در ۲ سطر از نمونه آمده است).',
    );
    expect(text(kinds.noAmount.wording, fa)).toBe('نه مبلغ دارد و نه تعداد و قیمت واحد: هر سطر یک مشتری.');
    expect(text(links.overlap.wording, fa)).toBe('۸۰٪ از مقدارهای نمونهٔ «buyer» در «customer_id» هم آمده است.');
    expect(text(links.sameRole.wording, fa)).toBe('هر دو ستون شناسهٔ مشتری را در خود دارند.');
  });

  it('in Arabic and Welsh', async () => {
    const ar = await languageT('ar');
    expect(text(kinds.priceColumn.wording, ar)).toBe(
      'طلبات: تواريخ في «day»، ومبالغ من «qty» × «price»، وعمود «receipt».',
    );
    expect(text(links.sameHeader.wording, ar)).toBe('العنوان نفسه «customer_id» في الملفين.');
    const cy = await languageT('cy');
    expect(text(kinds.noDate.wording, cy)).toBe('Dim colofn dyddiad: un rhes i bob cwsmer.');
    expect(text(links.overlap.wording, cy)).toBe(
      'Mae 80% o werthoedd y sampl yn "buyer" yn werthoedd yn "customer_id".',
    );
  });
});
