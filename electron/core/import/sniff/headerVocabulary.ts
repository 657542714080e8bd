/**
 * The words of column names, per role and per language (English, Persian, Arabic, Welsh).
 * Spelling variants need not be listed: names are compared after normaliseHeader(), which
 * drops case, accents, underscores and the Arabic article, and unifies ي/ی and ك/ک.
 * Each line is one language; names are separated by "|".
 */
import type { DatasetKind, Role } from '../../../../shared/model/roles.js';

const names = (...languages: string[]): string[] => languages.flatMap((line) => line.split('|'));

/** Names that are the role itself. */
export const ROLE_NAMES: Record<Role, readonly string[]> = {
  customer_id: names(
    'customer|customer id|customer no|customer number|customer code|client id|cust id|customerid',
    'client|client no|buyer|buyer id|member|member id|member no|user id|userid|shopper id|account id|account no',
    'شناسه مشتری|کد مشتری|شماره مشتری|مشتری',
    'رقم العميل|معرف العميل|كود العميل|العميل',
    'rhif cwsmer|cwsmer|id cwsmer|cod cwsmer',
  ),
  order_id: names(
    'order id|order no|order number|invoice|invoice no|invoice number|invoice id|transaction id|receipt no',
    'order|order ref|order reference|receipt|receipt number|bill no|bill number|sale id|ticket no|basket id',
    'شماره سفارش|کد سفارش|شناسه سفارش|شماره فاکتور',
    'رقم الطلب|معرف الطلب|رقم الفاتورة',
    'rhif archeb|rhif anfoneb',
  ),
  order_date: names(
    'order date|invoice date|purchase date|transaction date|order datetime|order timestamp|order purchase timestamp',
    'date of purchase|purchased at|ordered at|order placed|placed at|sale date|sales date|transaction time|paid at',
    'تاریخ سفارش|تاریخ خرید|تاریخ فاکتور',
    'تاريخ الطلب|تاريخ الشراء|تاريخ الفاتورة',
    'dyddiad archeb|dyddiad prynu',
  ),
  amount: names(
    'amount|total|sales|revenue|total amount|order total|order value|total price|line total|net sales|total net sales',
    'total sales|sales amount|payment value',
    'value|dollar value|dollars|grand total|purchase amount|order amount|amount paid|total paid|gross sales',
    'sale amount|sales value|transaction amount|transaction value|line amount|monetary|spend|total spend|net revenue',
    'price x qty|price qty|qty x price|qty price|price times quantity|extended price|net amount',
    'مبلغ|جمع|مبلغ کل|جمع کل|مجموع|فروش|ارزش|مبلغ سفارش|مبلغ خرید|مبلغ فاکتور',
    'المبلغ|الإجمالي|المجموع|المبيعات|القيمة|قيمة الطلب|مبلغ الشراء',
    'swm|cyfanswm|gwerth|cyfanswm archeb',
  ),
  quantity: names(
    'quantity|qty|units|net quantity|units sold|items|number of items|item count|pieces|pcs|cds|qty ordered',
    'تعداد|مقدار',
    'الكمية|العدد',
    'nifer|maint',
  ),
  unit_price: names(
    'unit price|price|price each|item price',
    'قیمت واحد|قیمت|فی',
    'سعر الوحدة|السعر',
    'pris uned|pris',
  ),
  email: names(
    'email|e mail|email address|e mail address|mail',
    'ایمیل|پست الکترونیک|رایانامه',
    'البريد الإلكتروني|البريد|الايميل',
    'e bost|ebost|cyfeiriad e bost',
  ),
  phone: names(
    'phone|telephone|mobile|phone number|tel|mobile number',
    'تلفن|موبایل|شماره تلفن|شماره موبایل|همراه',
    'الهاتف|الجوال|رقم الهاتف',
    'ffôn|rhif ffôn|ffôn symudol',
  ),
  first_name: names('first name|firstname|given name|forename|name', 'نام', 'الاسم الأول|الاسم', 'enw cyntaf|enw'),
  last_name: names('last name|lastname|surname|family name', 'نام خانوادگی|فامیلی', 'اسم العائلة', 'cyfenw'),
  country: names('country|nation|country code', 'کشور', 'البلد|الدولة', 'gwlad'),
  city: names('city|town', 'شهر', 'المدينة', 'dinas|tref'),
  region: names('region|state|province|county', 'استان|منطقه', 'المنطقة|المحافظة', 'rhanbarth|sir'),
  product: names(
    'product|product name|description|product description|item|item name',
    'محصول|نام محصول|کالا|شرح کالا',
    'المنتج|اسم المنتج|الصنف',
    'cynnyrch|disgrifiad',
  ),
  category: names(
    'category|product category|category name|product type|department',
    'دسته|دسته بندی|گروه',
    'الفئة|التصنيف',
    'categori',
  ),
  channel: names('channel|sales channel', 'کانال', 'القناة', 'sianel'),
};

/** Names that suggest a role only in one kind of file ("Date" is the order date of an orders file). */
export const KIND_NAMES: ReadonlyArray<{ names: readonly string[]; role: Role; kind: DatasetKind }> = [
  { names: names('id', 'شناسه'), role: 'customer_id', kind: 'customers' },
  { names: names('id'), role: 'order_id', kind: 'orders' },
  {
    names: names('date|datetime|timestamp|created at', 'تاریخ', 'التاريخ', 'dyddiad'),
    role: 'order_date',
    kind: 'orders',
  },
];

/** Word lists for names built from two words: "customer no", "rhif cwsmer", "order_date". */
export const WORDS = {
  customer: names('customer|client|cust|buyer|member|shopper|user', 'مشتری', 'عميل|زبون', 'cwsmer'),
  order: names('order|invoice|transaction|receipt|sale|purchase', 'سفارش|فاکتور|خرید', 'طلب|فاتورة', 'archeb|anfoneb'),
  id: names('id|no|nr|num|number|code|key|ref|reference|uid', 'شناسه|کد|شماره', 'رقم|معرف|كود|رمز', 'rhif|cod'),
  date: names('date|datetime|time|timestamp|day|dt', 'تاریخ|زمان', 'تاريخ', 'dyddiad'),
  /** Words that only say whose value it is: "customer_city", "ایمیل مشتری". */
  qualifier: names('customer|client|cust|buyer|contact|billing|shipping|order|product|item', 'مشتری', 'عميل', 'cwsmer'),
  /** Besides id words, names of columns that identify things. */
  idLike: names('sku|uuid|guid|zip|postcode|postal|barcode|ean|isbn'),
};

/** Roles a qualified name may take: "customer_city" is the city, "customer_id" is not "id". */
export const QUALIFIABLE: ReadonlySet<Role> = new Set([
  'email',
  'phone',
  'first_name',
  'last_name',
  'country',
  'city',
  'region',
  'category',
  'channel',
]);
