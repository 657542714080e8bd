import { describe, expect, it } from 'vitest';
import { isIdLikeHeader, matchHeader, normaliseHeader } from '../../electron/core/import/sniff/headerNames.js';
import type { Role } from '../../shared/model/roles.js';

describe('normaliseHeader', () => {
  it.each([
    ['CustomerID', 'customer id'],
    ['customer_id', 'customer id'],
    ['  Customer  ID ', 'customer id'],
    ['InvoiceNo', 'invoice no'],
    ['E-mail', 'e mail'],
    ['Ffôn', 'ffon'],
    ['Dt_Customer', 'dt customer'],
    ['Annual Income (k$)', 'annual income k'],
    ['كد مشتري', 'کد مشتری'],
    ['الإجمالي', 'اجمالی'],
    ['نام‌خانوادگی', 'نام خانوادگی'],
    ['تاريخ الطلب', 'تاریخ طلب'],
  ])('%j -> %j', (header, expected) => {
    expect(normaliseHeader(header)).toBe(expected);
  });
});

describe('matchHeader per language', () => {
  const cases: Array<[string, Role, ('orders' | 'customers')?]> = [
    // Persian
    ['شناسه مشتری', 'customer_id'],
    ['کد مشتری', 'customer_id'],
    ['شماره مشتری', 'customer_id'],
    ['كد مشتري', 'customer_id'],
    ['تاریخ سفارش', 'order_date'],
    ['تاریخ', 'order_date', 'orders'],
    ['مبلغ', 'amount'],
    ['جمع', 'amount'],
    ['تعداد', 'quantity'],
    ['قیمت واحد', 'unit_price'],
    ['ایمیل', 'email'],
    ['تلفن', 'phone'],
    ['نام', 'first_name'],
    ['نام خانوادگی', 'last_name'],
    ['کشور', 'country'],
    ['شهر', 'city'],
    ['استان', 'region'],
    ['محصول', 'product'],
    ['دسته', 'category'],
    ['کانال', 'channel'],
    ['شماره سفارش', 'order_id'],
    // Arabic
    ['رقم العميل', 'customer_id'],
    ['معرف العميل', 'customer_id'],
    ['رقم الطلب', 'order_id'],
    ['تاريخ الطلب', 'order_date'],
    ['التاريخ', 'order_date', 'orders'],
    ['المبلغ', 'amount'],
    ['الإجمالي', 'amount'],
    ['الكمية', 'quantity'],
    ['سعر الوحدة', 'unit_price'],
    ['البريد الإلكتروني', 'email'],
    ['الهاتف', 'phone'],
    ['الاسم الأول', 'first_name'],
    ['اسم العائلة', 'last_name'],
    ['البلد', 'country'],
    ['الدولة', 'country'],
    ['المدينة', 'city'],
    ['المنطقة', 'region'],
    ['المنتج', 'product'],
    ['الفئة', 'category'],
    ['القناة', 'channel'],
    // Welsh
    ['rhif cwsmer', 'customer_id'],
    ['cwsmer', 'customer_id'],
    ['rhif archeb', 'order_id'],
    ['dyddiad', 'order_date', 'orders'],
    ['dyddiad archeb', 'order_date'],
    ['swm', 'amount'],
    ['cyfanswm', 'amount'],
    ['nifer', 'quantity'],
    ['maint', 'quantity'],
    ['pris uned', 'unit_price'],
    ['e-bost', 'email'],
    ['ffôn', 'phone'],
    ['enw cyntaf', 'first_name'],
    ['cyfenw', 'last_name'],
    ['gwlad', 'country'],
    ['dinas', 'city'],
    ['tref', 'city'],
    ['rhanbarth', 'region'],
    ['cynnyrch', 'product'],
    ['categori', 'category'],
    ['sianel', 'channel'],
    // English variants
    ['Customer No.', 'customer_id'],
    ['client_code', 'customer_id'],
    ['Order #', 'order_id'],
    ['Transaction Date', 'order_date'],
    ['order_purchase_timestamp', 'order_date'],
    ['customer_city', 'city'],
    ['customer_state', 'region'],
    ['Billing Email', 'email'],
    ['product_category_name', 'category'],
  ];
  it.each(cases)('%j -> %s', (header, role, kind) => {
    expect(matchHeader(header)[0]).toMatchObject(kind ? { role, kind } : { role });
  });

  it.each([
    'customer_type',
    'customer_unique_id',
    'customer_zip_code_prefix',
    'StockCode',
    'Dt_Customer',
    'signup_date',
    'traffic_source',
    'household_size',
    'company_size',
    'order_status',
    'order_approved_at',
    'product_id',
    'Income',
  ])('%j suggests no role', (header) => {
    expect(matchHeader(header)).toEqual([]);
  });

  it('"ID" names the customer in a customers file and the order in an orders file', () => {
    expect(matchHeader('ID')).toEqual([
      { role: 'customer_id', strength: 3, kind: 'customers' },
      { role: 'order_id', strength: 3, kind: 'orders' },
    ]);
  });
});

describe('isIdLikeHeader', () => {
  it.each([
    ['CustomerID', true],
    ['InvoiceNo', true],
    ['StockCode', true],
    ['ID', true],
    ['order_item_id', true],
    ['کد مشتری', true],
    ['رقم الطلب', true],
    ['rhif cwsmer', true],
    ['zip', true],
    ['NumWebPurchases', false],
    ['Quantity', false],
    ['Year_Birth', false],
    ['تعداد', false],
  ] as const)('%j -> %s', (header, expected) => {
    expect(isIdLikeHeader(header)).toBe(expected);
  });
});
