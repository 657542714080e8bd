/**
 * What the source layer hands to the import: the file as the user gave it, what it was
 * recognised as (format, sheet, preset) and the tables it holds, each as delimited text the
 * CSV pipeline reads, with its kind, the roles a preset fixed, and the links between tables.
 */

import type { PresetId } from '../../../../shared/i18n/importReasons.js';
import type { ReasonWording } from '../../../../shared/i18n/importReasonText.js';

export type { PresetId };

/** How the file is stored. */
export type SourceFormat = 'csv' | 'xlsx' | 'fixed_width';

/** What one row of a table is; the import core widens its DatasetKind to these. */
export type TableKind =
  | 'customers'
  | 'orders'
  | 'order_lines'
  | 'products'
  | 'payments'
  | 'reviews'
  | 'events'
  | 'lookup';

/** A link between two tables by a key column: 'table.column' -> 'table.column'. */
export interface SourceLink {
  from: string;
  to: string;
  reason: string;
}

export interface SourcePreset {
  id: PresetId;
  name: string;
  /** Why it was recognised, e.g. 'header has "Name", "Lineitem name", "Financial Status" (Shopify orders export)'. */
  reason: string;
  reasonWording: ReasonWording;
}

export interface SourceTable {
  /** Name of the table in links ('orders', 'order_lines'...). */
  label: string;
  /** Delimited text the CSV pipeline reads: the file itself, or a UTF-8 CSV written for it. */
  csvPath: string;
  kind: TableKind;
  /** In English; `kindReasonWording` words it (absent for the importer's own guess, which has its wording). */
  kindReason: string;
  kindReasonWording?: ReasonWording;
  /** 'importer': the CSV pipeline's own guess from the data, redone with the user's overrides. */
  kindFrom: 'preset' | 'values' | 'importer';
  /** role -> header in csvPath: roles the source layer knows (a preset's columns, values recognised). */
  map: Record<string, string>;
  links: SourceLink[];
  /** Columns of an orders table that describe the customer (taken from the customer's latest order). */
  customerFields?: string[];
}

export interface SheetSummary {
  name: string;
  /** Rows holding at least one value, the header included. */
  rows: number;
}

export interface OpenedSource {
  /** The file's name as given (its base name). */
  file: string;
  format: SourceFormat;
  /** Workbooks: every sheet, and the one read. */
  sheets?: SheetSummary[];
  sheet?: string;
  preset: SourcePreset | null;
  tables: SourceTable[];
  /** Removes the files written for the tables; safe to call twice. */
  cleanup(): void;
}
