/**
 * The words of an engine error that reaches a user, as a key and its values, next to the English
 * message: the renderer words it from its catalogs in the user's language (renderer/src/i18n/<lang>/
 * engineErrors.ts), while the CLI and the JSON keep the English message unchanged. Values that are
 * codes (a dataset kind, a reject reason) stay codes, and the renderer words them too.
 */
export const ERROR_WORDINGS = [
  'file_not_found',
  'is_folder',
  'permission_denied',
  'file_empty',
  'no_line_breaks',
  'only_blank_lines',
  'no_data_rows',
  'nothing_imported',
  'import_cancelled',
  'already_has_data',
  'no_such_column',
  'no_such_sheet',
  'duplicate_file_names',
  'already_has_events',
  'workbook_unreadable',
  'empty_sheet',
  'not_a_set_file',
  'link_same_file',
  'no_such_link_column',
  'set_refused',
  'not_a_workbook',
  'encrypted_workbook',
  'xls_workbook',
  'ods_workbook',
  'zip_archive',
  'linked_table_alone',
  // What an import of several files refuses before it reads a row (import/set/setRefusals.ts).
  'same_kind_files',
  'not_events_layout',
  'no_main_file',
  'no_orders_for',
  'no_link_to_orders',
  // What a file's preview refuses with its mapping (import/layout.ts), and warns of (import/sniff/warnings.ts).
  'too_many_columns',
  'role_twice',
  'no_customer_id_column',
  'no_order_date_column',
  'no_amount_column',
  'unclosed_quote',
  'unsure_encoding',
  'ambiguous_date_order',
  'rows_wrong_width',
  // A file that is not text, or cannot be read at all (import/preview.ts, import/sniff/sample.ts).
  'binary_zip',
  'binary_xls',
  'binary_pdf',
  'binary_gzip',
  'binary_file',
  'cannot_read',
  'not_an_events_file',
  'unknown_preset',
  'preset_misfit',
  // Why a file of a set was taken for its kind (import/sniff/kind.ts, import/set/setEvents.ts).
  'kind_reviews',
  'kind_payments',
  'kind_lines_product',
  'kind_lines_amount',
  'kind_orders_repeat',
  'kind_orders_order_id',
  'kind_customers_once',
  'kind_products',
  'kind_lookup',
  'kind_lookup_empty',
  'kind_events',
  'kind_events_two_users',
  // Why one file was taken for orders or customers (import/sniff/kind.ts suggestKind).
  'kind_no_date',
  'kind_no_amount',
  'kind_orders_amount_repeat',
  'kind_orders_price_repeat',
  'kind_orders_amount_column',
  'kind_orders_price_column',
  'kind_customers_sample_once',
  // Why two files of a set were linked through two columns (import/sniff/links.ts).
  'link_same_header',
  'link_same_role',
  'link_overlap',
  // A set report's notes on key values of a link not found on its other side (import/set/linkCounts.ts).
  'unmatched_customers',
  'unmatched_products',
  'unmatched_lookup',
  'unmatched_lines',
  'unmatched_payments',
  'unmatched_orders',
] as const;
export type ErrorWordingKey = (typeof ERROR_WORDINGS)[number];

export type ErrorWordingValues = Record<string, string | number>;

export interface ErrorWording {
  key: ErrorWordingKey;
  values: ErrorWordingValues;
}

/** The details field that carries the wording: spread into an error's details. */
export function worded(key: ErrorWordingKey, values: ErrorWordingValues = {}): { wording: ErrorWording } {
  return { wording: { key, values } };
}

/** The wording of an error's details, when it has one the renderer knows. */
export function wordingOf(details: unknown): ErrorWording | null {
  if (typeof details !== 'object' || details === null) return null;
  const wording = (details as { wording?: unknown }).wording;
  if (typeof wording !== 'object' || wording === null) return null;
  const { key, values } = wording as { key?: unknown; values?: unknown };
  if (typeof key !== 'string' || !(ERROR_WORDINGS as readonly string[]).includes(key)) return null;
  const clean: ErrorWordingValues = {};
  if (typeof values === 'object' && values !== null) {
    for (const [name, value] of Object.entries(values)) {
      if (typeof value === 'string' || typeof value === 'number') clean[name] = value;
    }
  }
  return { key: key as ErrorWordingKey, values: clean };
}
