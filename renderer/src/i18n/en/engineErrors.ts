/**
 * English words of the engine's errors that carry a wording key (shared/errorWording.ts): the same
 * sentences as the engine's English messages. A {{kind}} or {{reason}} value arrives as a code and is
 * worded by ErrorMessage from the import's kinds and reject reasons.
 */
import { IMPORT_REASONS } from '../../../../shared/i18n/importReasons.js';
export const engineErrors = {
  engineErrors: {
    file_not_found: '{{name}} was not found. Check that the file is still there and choose it again.',
    is_folder: '{{name}} is a folder, not a file.',
    permission_denied: '{{name}} cannot be read: permission denied.',
    file_empty: '{{name}} is empty: there is nothing to import.',
    no_line_breaks:
      '{{name}} has no line breaks in its first {{megabytes}} MB: it is probably not a table. Check that you chose a CSV file.',
    only_blank_lines: '{{name}} has no rows: it holds only blank lines.',
    no_data_rows: '{{name}} has no data rows.',
    nothing_imported:
      'No row of {{name}} could be imported ({{rejected}} rejected; first reason: {{reason}}). Check the column roles and formats.',
    import_cancelled: 'Import of {{name}} cancelled: the project is unchanged.',
    already_has_data: 'This project already has {{kind}} from {{file}}.',
    no_such_column: 'No column "{{column}}" in {{name}}.',
    no_such_sheet: '{{name}} has no sheet "{{sheet}}". Its sheets: {{list}}.',
    duplicate_file_names: 'Two of the files are named {{name}}: give each file once.',
    already_has_events: 'This project already has events.',
    workbook_unreadable:
      '{{name}} could not be read as an Excel workbook ({{why}}). Open it in Excel and save it again as .xlsx, or save the sheet as CSV.',
    empty_sheet: 'Sheet "{{sheet}}" of {{name}} is empty: there is nothing to import.',
    not_a_set_file: '"{{file}}" is not one of the files imported ({{list}}).',
    link_same_file: 'A link joins two different files; both sides name {{name}}.',
    no_such_link_column: 'No column "{{column}}" in {{name}}: its columns are {{list}}.',
    set_refused: 'Nothing was imported: first fix the {{count}} problem(s) the preview lists.',
    same_kind_files:
      '{{names}} are all of the kind {{kind}}: one file of each kind can be imported at a time. Choose another kind for one of them, or import them separately.',
    not_events_layout:
      '{{name}} was chosen as events, but its header names none of the events layouts read (REES46: event_time, event_type, user_id; GA4: event_timestamp, event_name, user_pseudo_id; Matomo: visitorId, type). Choose another kind, or rename its columns.',
    no_main_file:
      'None of the files holds orders, customers or events: add the orders file (or the customers or events file).',
    no_orders_for: '{{name}} holds {{kind}} but no file holds the orders they belong to: add the orders file.',
    no_link_to_orders:
      'No column of {{name}} was found to point to the orders of {{orders}}: link them by the order id column of both files.',
    not_a_workbook: '{{name}} is not a workbook: a sheet can be chosen in .xlsx files only.',
    encrypted_workbook:
      '{{name}} is a password-protected workbook: it cannot be read without its password. Open it in Excel, remove the password (File > Info > Protect Workbook), save it, and import it again.',
    xls_workbook:
      '{{name}} is an old Excel (.xls) workbook, which the workbench cannot read: open it in Excel and save it as .xlsx (Excel Workbook) or CSV, then import that file.',
    ods_workbook:
      '{{name}} is an OpenDocument spreadsheet (.ods), which the workbench cannot read: open it in LibreOffice Calc or Excel and save it as .xlsx (Excel Workbook) or CSV, then import that file.',
    // Shared with the CLI (its words for the import's reasons and refusals).
    zip_archive: IMPORT_REASONS.en.refusals.zip_archive,
    linked_table_alone:
      '{{name}} holds {{kind}}: such a table is imported together with the files it links to, not on its own.',
    // A file preview's refusals and warnings (import/layout.ts, import/sniff/warnings.ts).
    too_many_columns:
      "{{columns}} columns of {{name}} are ticked; a project can hold at most {{limit}}: untick {{excess}} of them in the preview, or remove columns you don't need from the file.",
    role_twice: 'The role {{role}} is given to {{count}} columns ({{headers}}); give it to one.',
    no_customer_id_column: 'No column of {{name}} is marked as the customer id. Choose one.',
    no_order_date_column: 'No column of {{name}} is marked as the order date. Choose one.',
    no_amount_column: '{{name}} needs an amount column, or a quantity and a unit price column, to compute revenue.',
    unclosed_quote:
      'Line {{line}}: a quote (") opens a field that is never closed, so the import will refuse this file. Close or remove the quote first.',
    unsure_encoding:
      "The file's encoding could not be recognised with confidence (read as {{encoding}}): check that the names and text in the preview read correctly; if they do not, choose another encoding or save the file as UTF-8.",
    ambiguous_date_order: 'The dates fit both day/month and month/day order: check the date order',
    rows_wrong_width_one: '{{count}} sampled row does not have {{width}} fields: such rows will be rejected',
    rows_wrong_width_other: '{{count}} sampled rows do not have {{width}} fields: such rows will be rejected',
    // A file that is not text, or cannot be read at all; the events and preset refusals.
    binary_zip: '{{name}} looks like an Excel workbook or a zip archive, not a CSV file: save it as CSV first.',
    binary_xls: '{{name}} looks like an old Excel (.xls) workbook, not a CSV file: save it as CSV first.',
    binary_pdf: '{{name}} looks like a PDF document, not a CSV file: save it as CSV first.',
    binary_gzip: '{{name}} looks like a gzip archive, not a CSV file: save it as CSV first.',
    binary_file: '{{name}} looks like a binary file, not a CSV file: save it as CSV first.',
    cannot_read: '{{name}} cannot be read: {{why}}',
    not_an_events_file:
      '{{name}} is not an events file this version reads: its header names none of the known layouts ({{layouts}}). Rename the columns to one of them.',
    unknown_preset: 'Unknown preset "{{preset}}": use one of {{list}}.',
    preset_misfit: "The file's header does not fit the {{preset}} preset: it lacks the columns that export always has.",
    // Why a file of a set was taken for its kind.
    kind_reviews: 'An order id ("{{order}}") and a review column ("{{review}}").',
    kind_payments: 'An order id ("{{order}}") and a payment column ("{{payment}}").',
    kind_lines_product:
      'An order id ("{{order}}") and a product ("{{product}}"), but no customer id: lines of orders listed elsewhere.',
    kind_lines_amount:
      'An order id ("{{order}}") and an amount or price ("{{amount}}"), but no customer id: lines of orders listed elsewhere.',
    kind_orders_repeat:
      'Orders: a customer id, dates in "{{date}}" and customer ids repeat ("{{value}}" is on {{rows}} sampled rows).',
    kind_orders_order_id: 'Orders: a customer id, dates in "{{date}}" and an order id ("{{order}}").',
    kind_customers_once: 'Each customer id in "{{customer}}" appears once: one row per customer.',
    kind_products: 'One row per product id ("{{product}}"), with its attributes.',
    kind_lookup: 'No customer or order id: a table keyed by "{{key}}" that other files point to.',
    kind_lookup_empty: 'No customer or order id.',
    kind_events:
      'Events in the {{layout}} layout: one row per event, with "{{time}}", "{{type}}" and the user in "{{user}}".',
    kind_events_two_users:
      'Events in the {{layout}} layout: one row per event, with "{{time}}", "{{type}}" and the user in "{{user}}" or "{{other}}".',
    kind_no_date: 'No date column: one row per customer.',
    kind_no_amount: 'No amount, and no quantity and unit price: one row per customer.',
    kind_orders_amount_repeat:
      'Orders: dates in "{{date}}", amounts in "{{amount}}", and customer ids repeat ("{{value}}" is on {{rows}} sampled rows).',
    kind_orders_price_repeat:
      'Orders: dates in "{{date}}", amounts from "{{quantity}}" × "{{price}}", and customer ids repeat ("{{value}}" is on {{rows}} sampled rows).',
    kind_orders_amount_column: 'Orders: dates in "{{date}}", amounts in "{{amount}}", and a column "{{column}}".',
    kind_orders_price_column:
      'Orders: dates in "{{date}}", amounts from "{{quantity}}" × "{{price}}", and a column "{{column}}".',
    kind_customers_sample_once: 'Each customer id appears once in the sample: one row per customer.',
    link_same_header: 'Same header "{{header}}" in both files.',
    link_same_role: 'Both columns hold the {{role}}.',
    link_overlap: '{{percent}}% of the sampled values of "{{column}}" are values of "{{target}}".',
    // A set report's notes on key values not found on a link's other side.
    unmatched_customers:
      '{{unmatched}} of {{total}} values of {{from}} are not in {{to}} (e.g. {{examples}}): their orders are imported; those customers have no attributes from the customers file.',
    unmatched_products:
      '{{unmatched}} of {{total}} values of {{from}} are not in {{to}} (e.g. {{examples}}): those lines are imported without product fields.',
    unmatched_lookup:
      '{{unmatched}} of {{total}} values of {{from}} are not in {{to}} (e.g. {{examples}}): those rows get no values from the lookup table.',
    unmatched_lines:
      '{{unmatched}} of {{total}} values of {{from}} are not in {{to}} (e.g. {{examples}}): those lines are left out: without their order they have no customer and no date.',
    unmatched_payments:
      '{{unmatched}} of {{total}} values of {{from}} are not in {{to}} (e.g. {{examples}}): those payments count towards no order.',
    unmatched_orders:
      '{{unmatched}} of {{total}} values of {{from}} are not in {{to}} (e.g. {{examples}}): those rows belong to no imported order.',
  },
} as const;
