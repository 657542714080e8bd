/**
 * Why the import read a file as it did, in the four UI languages: a column's role, a vendor's export
 * recognised by its header and what its tables are, and a headerless transaction log's columns. One
 * catalog for the engine (its English sentences are built from `en`), the app and the CLI, so no
 * sentence is written twice; each language's words are in importReasons/<lang>.ts. Plural texts carry the forms of their language (Intl.PluralRules).
 */
import type { UiLanguage } from '../languages.js';
import { ar } from './importReasons/ar.js';
import { cy } from './importReasons/cy.js';
import { en } from './importReasons/en.js';
import { fa } from './importReasons/fa.js';

export type ImportReasonKey =
  // A column's role (import/sniff/roles.ts); chosen_by_you also heads a preset chosen by --preset.
  | 'chosen_by_you'
  | 'role_header'
  | 'role_email_values'
  | 'role_phone_values'
  | 'role_first_date'
  | 'role_price_as_amount'
  // A vendor's export: recognised by its header, and what each of its tables is (sources/presets/).
  | 'preset_headers'
  | 'shopify_orders_kind'
  | 'shopify_cancelled_skipped'
  | 'shopify_lines_kind'
  | 'shopify_customers_kind'
  | 'shopify_customers_no_email'
  | 'woo_kind'
  | 'woo_left_out'
  | 'woo_status'
  | 'mailchimp_kind'
  | `olist_kind_${OlistLabel}`
  // Whitespace-separated text without a header (sources/text/).
  | 'whitespace_log'
  | 'column_ymd_dates'
  | 'column_money'
  | 'column_padded_ids'
  | 'column_run_ids'
  | 'column_counts';

/** Keys whose text depends on {{count}}: one text per plural form of the language. */
type PluralReasonKey =
  | 'shopify_orders_kind'
  | 'shopify_cancelled_skipped'
  | 'shopify_lines_kind'
  | 'shopify_customers_no_email'
  | 'woo_kind'
  | 'column_padded_ids'
  | 'column_run_ids';

export type OlistLabel =
  | 'orders'
  | 'order_items'
  | 'payments'
  | 'reviews'
  | 'products'
  | 'customers'
  | 'sellers'
  | 'category_translation';

export type PresetId =
  | 'shopify_orders'
  | 'shopify_customers'
  | 'woocommerce_orders'
  | 'mailchimp_audience'
  | `olist_${OlistLabel}`;

/** WooCommerce's statuses of orders that brought no revenue, as the preset writes them ("wc-" dropped). */
export type WooStatus =
  | 'cancelled'
  | 'refunded'
  | 'failed'
  | 'pending'
  | 'pending payment'
  | 'checkout-draft'
  | 'draft'
  | 'trash';

export interface TwoForms {
  one: string;
  other: string;
}
export interface SixForms extends TwoForms {
  zero: string;
  two: string;
  few: string;
  many: string;
}
export type PluralText = TwoForms | SixForms;

export interface ReasonCatalog<Plural extends PluralText> {
  reasons: { [K in ImportReasonKey]: K extends PluralReasonKey ? Plural : string };
  presets: Record<PresetId, string>;
  statuses: Record<WooStatus, string>;
}

export const IMPORT_REASONS: Record<UiLanguage, ReasonCatalog<PluralText>> = { en, fa, ar, cy };
