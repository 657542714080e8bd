/**
 * The import's refusals and warnings in the CLI's four languages: English is the engine's sentence byte
 * for byte; fa/ar/cy come from the catalogs, one exact line per kind of sentence.
 */
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errorText, wordedText } from '../../electron/cli/engineWords.js';
import { en } from '../../electron/cli/words/en.js';
import { engineSentence, say, setCliLanguage } from '../../electron/cli/words/say.js';
import { mappingIssueMessage, mappingIssueWording } from '../../electron/core/import/layout.js';
import { wordedPreviewWarnings } from '../../electron/core/import/sniff/warnings.js';
import type { ErrorWording } from '../../shared/errorWording.js';
import { worded } from '../../shared/errorWording.js';
import type { MappingIssue } from '../../shared/model/importChecks.js';
import { ensureBuilt, segwb } from '../support/cli.js';
import { fixture, tempDir } from '../support/session.js';

afterEach(() => setCliLanguage('en'));

const refused = (issue: MappingIssue) => ({
  text: mappingIssueMessage(issue, 'orders.csv'),
  wording: mappingIssueWording(issue, 'orders.csv'),
});
const tooMany = refused({ problem: 'too_many_columns', columns: 1950, limit: 1900 });
const twice = refused({ problem: 'role_twice', role: 'amount', headers: ['total', 'net'] });
const noCustomer = refused({ problem: 'missing_customer_id' });
const noDate = refused({ problem: 'missing_order_date' });
const noAmount = refused({ problem: 'missing_amount' });

const [quote, encoding, dates, width] = wordedPreviewWarnings({
  openQuote: 7,
  encoding: { value: 'windows-1256', confidence: 0.2, candidates: [] },
  encodingChosen: false,
  dateOrder: { value: 'dmy', basis: 'ambiguous', evidence: null },
  dateOrderChosen: false,
  badRows: 3,
  width: 5,
}) as [Sentence, Sentence, Sentence, Sentence];
interface Sentence {
  text: string;
  wording: ErrorWording;
}
const [oneRow] = wordedPreviewWarnings({
  openQuote: null,
  encoding: { value: 'utf-8', confidence: 1, candidates: [] },
  encodingChosen: false,
  dateOrder: { value: 'ymd', basis: 'data', evidence: null },
  dateOrderChosen: false,
  badRows: 1,
  width: 4,
}) as [Sentence];

const sentences = [tooMany, twice, noCustomer, noDate, noAmount, quote, encoding, dates, width, oneRow];
const say$ = (s: Sentence) => wordedText(s.text, s.wording);

describe('English is the engine sentence, byte for byte', () => {
  it('every refusal and warning of a file preview', () => {
    expect(sentences.map(say$)).toEqual(sentences.map((s) => s.text));
    expect(say$(width)).toBe('3 sampled rows do not have 5 fields: such rows will be rejected');
  });

  it('the shared English catalog holds the same sentences the engine writes', () => {
    for (const s of sentences) {
      expect(engineSentence(s.wording.key, s.wording.values)).toBe(
        s.text.replace('1,950', '1950').replace('1,900', '1900'),
      );
    }
  });

  it('a refused import of a single file (the error the CLI prints)', () => {
    expect(errorText(noAmount.text, { file: 'orders.csv', wording: noAmount.wording })).toBe(noAmount.text);
  });
});

describe('a file preview in Persian, Arabic and Welsh', () => {
  it('too many columns, in Persian with native digits', () => {
    setCliLanguage('fa');
    expect(say$(tooMany)).toBe(
      '۱٬۹۵۰ ستون از orders.csv انتخاب شده و هر پروژه حداکثر ۱٬۹۰۰ ستون می‌پذیرد: تیک ۵۰ ستون را در پیش‌نمایش بردارید، یا ستون‌هایی را که لازم ندارید از فایل حذف کنید.',
    );
  });

  it('a role given twice, in Arabic', () => {
    setCliLanguage('ar');
    expect(say$(twice)).toBe('أُسند الدور amount إلى ٢ من الأعمدة ("total", "net")؛ أسنده إلى عمود واحد فقط.');
  });

  it('no customer id, no order date, no amount, in Welsh, Persian and Arabic', () => {
    setCliLanguage('cy');
    expect(say$(noCustomer)).toBe('Does dim colofn yn orders.csv wedi’i nodi fel id y cwsmer. Dewiswch un.');
    setCliLanguage('fa');
    expect(say$(noDate)).toBe('هیچ ستونی از orders.csv به‌عنوان تاریخ سفارش مشخص نشده است. یکی را انتخاب کنید.');
    setCliLanguage('ar');
    expect(errorText(noAmount.text, { wording: noAmount.wording })).toBe(
      'يحتاج orders.csv إلى عمود للمبلغ، أو إلى عمود للكمية وآخر لسعر الوحدة، لحساب الإيرادات.',
    );
  });

  it('an unclosed quote and an unsure encoding, in Welsh and Arabic', () => {
    setCliLanguage('cy');
    expect(say$(quote)).toBe(
      'Llinell 7: mae dyfynnod (") yn agor maes nad yw byth yn cau, felly bydd y mewnforio’n gwrthod y ffeil hon. Caewch neu dilëwch y dyfynnod yn gyntaf.',
    );
    setCliLanguage('ar');
    expect(say$(encoding)).toBe(
      'تعذّر التعرّف على ترميز الملف بثقة (قُرئ بترميز windows-1256): تحقق من أن الأسماء والنصوص في المعاينة تُقرأ بشكل صحيح؛ وإن لم تكن كذلك فاختر ترميزًا آخر أو احفظ الملف بترميز UTF-8.',
    );
  });

  it('ambiguous dates and rows of the wrong width, in Persian, Arabic and Welsh', () => {
    setCliLanguage('fa');
    expect(say$(dates)).toBe(
      'تاریخ‌ها هم با ترتیب روز/ماه جور درمی‌آیند و هم با ترتیب ماه/روز: ترتیب تاریخ را بررسی کنید',
    );
    expect(say$(width)).toBe('۳ سطر از نمونه ۵ فیلد ندارند: چنین سطرهایی رد می‌شوند');
    setCliLanguage('ar');
    expect(say$(oneRow)).toBe('في العينة صف واحد لا يساوي عدد حقوله ٤: سيُرفض هذا الصف');
    expect(say$(width)).toBe('في العينة ٣ من الصفوف لا يساوي عدد حقولها ٥: ستُرفض هذه الصفوف');
    setCliLanguage('cy');
    expect(say$(oneRow)).toBe('Mae un rhes yn y sampl heb 4 maes: caiff rhesi o’r fath eu gwrthod');
    expect(say$(width)).toBe('Rhesi yn y sampl heb 5 maes: 3. Caiff rhesi o’r fath eu gwrthod');
  });
});

describe('a linked set refused, in Persian, Arabic and Welsh', () => {
  const sameKind = {
    text: 'a.csv and b.csv are all orders: one file of each kind can be imported at a time. Choose another kind for one of them, or import them separately.',
    ...worded('same_kind_files', { names: 'a.csv, b.csv', kind: 'orders' }),
  };
  const noLink = {
    text: 'No column of lines.csv was found to point to the orders of orders.csv: link them, e.g. --link "lines.csv.order_id=orders.csv.order_id".',
    ...worded('no_link_to_orders', { name: 'lines.csv', orders: 'orders.csv' }),
  };
  const noOrders = { text: 'English', ...worded('no_orders_for', { name: 'pay.csv', kind: 'payments' }) };
  const noMain = { text: 'English', ...worded('no_main_file') };
  const notEvents = { text: 'English', ...worded('not_events_layout', { name: 'e.csv' }) };
  const alone = { text: 'English', ...worded('linked_table_alone', { name: 'book.xlsx', kind: 'products' }) };

  it('English as the engine wrote it', () => {
    expect(say$(sameKind)).toBe(sameKind.text);
    expect(say$(noLink)).toBe(noLink.text);
    expect(say(`engine.worded.no_link_to_orders`, noLink.wording.values)).toBe(noLink.text);
  });

  it('each kind of refusal', () => {
    setCliLanguage('fa');
    expect(say$(sameKind)).toBe(
      'a.csv، b.csv همه از نوع سفارش‌ها هستند: از هر نوع فقط یک فایل را می‌توان هم‌زمان درون‌ریزی کرد. برای یکی از آن‌ها نوع دیگری برگزینید، یا جداگانه درون‌ریزی‌شان کنید.',
    );
    expect(say$(noLink)).toBe(
      'هیچ ستونی از lines.csv پیدا نشد که به سفارش‌های orders.csv اشاره کند: آن‌ها را پیوند دهید، مثلاً --link "lines.csv.order_id=orders.csv.order_id".',
    );
    setCliLanguage('ar');
    expect(say$(noOrders)).toBe(
      'يحتوي pay.csv على المدفوعات لكن لا يوجد ملف يحتوي على الطلبات التي تتبع لها: أضف ملف الطلبات.',
    );
    expect(say$(noMain)).toBe(
      'لا يحتوي أي من الملفات على طلبات أو عملاء أو أحداث: أضف ملف الطلبات (أو ملف العملاء أو الأحداث).',
    );
    setCliLanguage('cy');
    expect(say$(notEvents)).toBe(
      'Dewiswyd e.csv fel digwyddiadau, ond nid yw ei bennawd yn enwi’r un o’r cynlluniau digwyddiadau a ddarllenir (REES46: event_time, event_type, user_id; GA4: event_timestamp, event_name, user_pseudo_id; Matomo: visitorId, type). Dewiswch fath arall, neu ailenwch ei golofnau.',
    );
    expect(say$(alone)).toBe(
      'Mae cynhyrchion yn book.xlsx: caiff tabl o’r fath ei fewnforio ynghyd â’r ffeiliau y mae’n cysylltu â nhw, nid ar ei ben ei hun.',
    );
  });

  it('a wording with no words of the CLI of its own is worded from the catalog the app uses', () => {
    setCliLanguage('fa');
    const sheet = worded('empty_sheet', { name: 'a.xlsx', sheet: 'Notes' }).wording;
    expect(wordedText('Sheet "Notes" of a.xlsx is empty: there is nothing to import.', sheet)).toBe(
      'برگهٔ «Notes» از a.xlsx خالی است: چیزی برای درون‌ریزی نیست.',
    );
  });

  it('a wording no catalog has words for stays English', () => {
    setCliLanguage('fa');
    const unknown = { key: 'no_such_sentence', values: {} } as unknown as ErrorWording;
    expect(wordedText('Something new.', unknown)).toBe('Something new.');
  });
});

describe('the catalogs', () => {
  it('every worded sentence the CLI knows has its own words in fa, ar and cy', async () => {
    const { fa } = await import('../../electron/cli/words/fa.js');
    const { ar } = await import('../../electron/cli/words/ar.js');
    const { cy } = await import('../../electron/cli/words/cy.js');
    for (const key of Object.keys(en.engine.worded) as (keyof typeof en.engine.worded)[]) {
      for (const catalog of [fa, ar, cy]) expect(catalog.engine.worded[key]).not.toEqual(en.engine.worded[key]);
    }
  });
});

describe('segwb import of several files, refused', () => {
  beforeAll(ensureBuilt);

  it('says why in the language asked for, and in English unchanged', () => {
    const dir = tempDir();
    const project = path.join(dir, 'shop.segwb');
    const files = ['lines.csv', 'products.csv'].map((f) => fixture(`linked/${f}`));
    const fa = segwb(['import', ...files, '--project', project, '--lang', 'fa'], dir);
    expect(fa.code).toBe(2);
    expect(fa.stderr.split('\n').slice(0, 2)).toEqual([
      'segwb import: هیچ‌یک از فایل‌ها سفارش، مشتری یا رویداد ندارد: فایل سفارش‌ها را اضافه کنید (یا فایل مشتریان یا رویدادها را).',
      'lines.csv دادهٔ اقلام سفارش دارد، اما هیچ فایلی سفارش‌هایی را که به آن‌ها تعلق دارند ندارد: فایل سفارش‌ها را اضافه کنید.',
    ]);
    const english = segwb(['import', ...files, '--project', project, '--lang', 'en'], dir);
    expect(english.stderr.split('\n').slice(0, 2)).toEqual([
      'segwb import: None of the files holds orders, customers or events: add the orders file (or the customers or events file).',
      'lines.csv holds order lines but no file holds the orders they belong to: add the orders file.',
    ]);
  });
});
