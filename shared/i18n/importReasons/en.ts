/** English words of the import's reasons, preset names and statuses (../importReasons.ts). */
import type { ReasonCatalog, TwoForms } from '../importReasons.js';

export const en = {
  reasons: {
    chosen_by_you: 'chosen by you',
    role_header: 'header "{{header}}"',
    role_email_values: 'values look like e-mail addresses',
    role_phone_values: 'values look like phone numbers',
    role_first_date: 'first date column in an orders file ("{{header}}")',
    role_price_as_amount: 'header "{{header}}" (a price without a quantity: used as the amount)',
    preset_headers: 'header has {{headers}} ({{preset}})',
    shopify_orders_kind: {
      one: "{{preset}}: {{count}} order, one row each (the order's first line-item row); amount = Total − Refunded Amount; customer = Email, lower-cased",
      other:
        "{{preset}}: {{count}} orders, one row each (the order's first line-item row); amount = Total − Refunded Amount; customer = Email, lower-cased",
    },
    shopify_cancelled_skipped: {
      one: '{{count}} cancelled order ("Cancelled at" set) skipped',
      other: '{{count}} cancelled orders ("Cancelled at" set) skipped',
    },
    shopify_lines_kind: {
      one: '{{preset}}: {{count}} line item of the orders kept, linked to their order by Name',
      other: '{{preset}}: {{count}} line items of the orders kept, linked to their order by Name',
    },
    shopify_customers_kind: '{{preset}}: one row per customer, keyed by Email (lower-cased)',
    shopify_customers_no_email: {
      one: '{{count}} customer without an e-mail address cannot be keyed and will be rejected',
      other: '{{count}} customers without an e-mail address cannot be keyed and will be rejected',
    },
    woo_kind: {
      one: '{{preset}}: {{count}} order, one row each, amount = "{{amount}}", customer = "{{customer}}" (lower-cased)',
      other:
        '{{preset}}: {{count}} orders, one row each, amount = "{{amount}}", customer = "{{customer}}" (lower-cased)',
    },
    woo_left_out: 'left out, as they brought no revenue: {{statuses}}',
    woo_status: '{{count}} {{status}}',
    mailchimp_kind: '{{preset}}: one row per contact, keyed by Email Address (lower-cased)',
    olist_kind_orders: '{{preset}}: one row per order; its amount comes from its items or payments',
    olist_kind_order_items: '{{preset}}: one row per item of an order',
    olist_kind_payments: '{{preset}}: one row per payment of an order',
    olist_kind_reviews: '{{preset}}: one row per review of an order',
    olist_kind_products: '{{preset}}: one row per product',
    olist_kind_customers: '{{preset}}: one row per customer id of an order (customer_unique_id names the person)',
    olist_kind_sellers: '{{preset}}: one row per seller',
    olist_kind_category_translation: '{{preset}}: the English name of each product category',
    whitespace_log: 'Whitespace-separated text without a header, read as a transaction log: {{reasons}}',
    column_ymd_dates: 'column {{column}} holds 8-digit dates (YYYYMMDD), e.g. {{example}}',
    column_money: 'column {{column}} holds money-like decimals, e.g. {{example}}',
    column_padded_ids: {
      one: 'column {{column}} holds zero-padded integer ids that repeat ("{{value}}" on {{count}} sampled row)',
      other: 'column {{column}} holds zero-padded integer ids that repeat ("{{value}}" on {{count}} sampled rows)',
    },
    column_run_ids: {
      one: 'column {{column}} holds integer ids in runs that repeat ("{{value}}" on {{count}} sampled row)',
      other: 'column {{column}} holds integer ids in runs that repeat ("{{value}}" on {{count}} sampled rows)',
    },
    column_counts: 'column {{column}} holds small whole numbers beside the amount',
  },
  presets: {
    shopify_orders: 'Shopify orders export',
    shopify_customers: 'Shopify customers export',
    woocommerce_orders: 'WooCommerce orders export',
    mailchimp_audience: 'Mailchimp audience export',
    olist_orders: 'Olist orders file',
    olist_order_items: 'Olist order items file',
    olist_payments: 'Olist payments file',
    olist_reviews: 'Olist reviews file',
    olist_products: 'Olist products file',
    olist_customers: 'Olist customers file',
    olist_sellers: 'Olist sellers file',
    olist_category_translation: 'Olist category translation file',
  },
  statuses: {
    cancelled: 'cancelled',
    refunded: 'refunded',
    failed: 'failed',
    pending: 'pending',
    'pending payment': 'pending payment',
    'checkout-draft': 'checkout-draft',
    draft: 'draft',
    trash: 'trash',
  },
} as const satisfies ReasonCatalog<TwoForms>;
