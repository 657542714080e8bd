import { z } from 'zod';
import type { ErrorWording } from '../errorWording.js';
import type { PresetId } from '../i18n/importReasons.js';
import type { ReasonWording } from '../i18n/importReasonText.js';
import type { EventsLayoutName } from './importSet.js';
import { ColumnType, Role, SingleFileKind } from './roles.js';

export const DateOrder = z.enum(['dmy', 'mdy', 'ymd']);
export type DateOrder = z.infer<typeof DateOrder>;

export const Delimiter = z.enum([',', ';', '\t', '|']);
export type Delimiter = z.infer<typeof Delimiter>;

export const DecimalSeparator = z.enum(['.', ',']);
export type DecimalSeparator = z.infer<typeof DecimalSeparator>;

/** Encodings the importer can read (iconv-lite names). */
export const Encoding = z.enum([
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1252',
  'windows-1256',
  'iso-8859-1',
  'iso-8859-2',
  'iso-8859-6',
  'iso-8859-15',
]);
export type Encoding = z.infer<typeof Encoding>;

/** How one source column is imported. */
export const ColumnPlan = z.object({
  /** Zero-based position in the file. */
  index: z.number().int().min(0),
  /** Header text exactly as in the file (or "Column N" without a header row). */
  header: z.string(),
  type: ColumnType,
  role: Role.nullable(),
  /** false: the column is left out of the project. */
  include: z.boolean(),
});
export type ColumnPlan = z.infer<typeof ColumnPlan>;

/** Everything the importer needs to read a file; the preview suggests it, the user edits it. */
export const ImportOptions = z.object({
  kind: SingleFileKind,
  encoding: Encoding,
  delimiter: Delimiter,
  hasHeader: z.boolean(),
  dateOrder: DateOrder,
  decimal: DecimalSeparator,
  columns: z.array(ColumnPlan).min(1),
});
export type ImportOptions = z.infer<typeof ImportOptions>;

/** Guesses the user may override before the preview is computed (CLI flags, wizard pickers). */
export const PreviewOverrides = z
  .object({
    kind: SingleFileKind,
    encoding: Encoding,
    delimiter: Delimiter,
    hasHeader: z.boolean(),
    dateOrder: DateOrder,
    decimal: DecimalSeparator,
    /** role -> header text, e.g. { amount: "Total" } */
    map: z.record(z.string(), z.string()),
  })
  .partial();
export type PreviewOverrides = z.infer<typeof PreviewOverrides>;

export interface ColumnPreview {
  index: number;
  header: string;
  type: ColumnType;
  role: Role | null;
  /** Why this role was suggested, e.g. 'header "CustomerID"' (English); `roleReasonWording` words it. */
  roleReason: string | null;
  roleReasonWording?: ReasonWording;
  /** Number of empty cells among the sampled rows. */
  empty: number;
  /** Distinct non-empty values among the sampled rows. */
  distinct: number;
  /** Up to 5 example values. */
  examples: string[];
}

export interface DateOrderGuess {
  value: DateOrder;
  /** 'data': a value proves the order (e.g. 20/12/2010); 'ambiguous': no value decides it; 'none': no date column. */
  basis: 'data' | 'ambiguous' | 'none';
  /** The value that decided it, e.g. "20/12/2010 16:11", when basis is 'data'. */
  evidence: string | null;
}

export interface EncodingGuess {
  value: Encoding;
  confidence: number;
  /** Other encodings that decode the file plausibly, for the picker. */
  candidates: Encoding[];
}

export interface ImportPreview {
  file: { path: string; name: string; size: number };
  encoding: EncodingGuess;
  delimiter: Delimiter;
  hasHeader: boolean;
  lineEnding: 'lf' | 'crlf' | 'cr';
  decimal: DecimalSeparator;
  dateOrder: DateOrderGuess;
  /**
   * `reason` in English (the CLI's and scripts' words); `wording` words it in the app's languages, or
   * `reasonWording` when the source layer decided the kind (a vendor's export, a headerless log).
   */
  kind: { value: SingleFileKind; reason: string; wording?: ErrorWording; reasonWording?: ReasonWording };
  headers: string[];
  /** The first rows (at most 200), as text cells after decoding. */
  rows: string[][];
  columns: ColumnPreview[];
  /** The suggested options, ready to import as they are. */
  options: ImportOptions;
  /**
   * What the import would refuse with the suggested mapping, in the import's own words (the same
   * check, shared/model/importChecks.ts). The wizard rechecks the user's mapping on every change.
   */
  refusals: string[];
  /** Each refusal's wording for the user's language (shared/errorWording.ts), in the same order; null: none. */
  refusalWordings?: Array<ErrorWording | null>;
  /** Problems with the file itself the user should look at before importing (encoding, quotes, dates). */
  warnings: string[];
  /** Each warning's wording for the user's language, in the same order. */
  warningWordings?: ErrorWording[];
  /** What the file was recognised as before it was read as a table (workbook, fixed-width text, preset). */
  source?: SourceSummary;
  /** The header is an events export's (REES46, GA4, Matomo): the file is imported as events. */
  events?: EventsLayoutName;
}

/** The source layer's findings about a file, for the wizard to show. */
export interface SourceSummary {
  format: 'csv' | 'xlsx' | 'fixed_width';
  /** Workbooks: the sheet read, and every sheet with its row count (for a picker). */
  sheet: string | null;
  sheets: Array<{ name: string; rows: number }>;
  /** `reason` in English; `reasonWording` words it, and the id names the preset in the app's languages. */
  preset: { id: PresetId; name: string; reason: string; reasonWording?: ReasonWording } | null;
  /** The tables the file holds; `imported` is the one this preview reads. */
  tables: Array<{
    label: string;
    kind: string;
    kindReason: string;
    kindReasonWording?: ReasonWording;
    map: Record<string, string>;
    links: Array<{ from: string; to: string; reason: string }>;
  }>;
  imported: string;
}

export const RejectReason = z.enum([
  'wrong_field_count',
  'bad_number',
  /** A number that overflows (1e309, 400 digits), or an amount beyond 1e15 (see rowConverter). */
  'number_too_large',
  'bad_date',
  'missing_customer_id',
  'missing_date',
  /** A customers file lists the same customer id twice: the first row is kept. */
  'duplicate_customer_id',
  /** Files imported together: a row of order lines, payments or reviews without its order id. */
  'missing_order_id',
  /** Files imported together: a product or lookup row without its key. */
  'missing_key',
  /** Files imported together: a product, lookup or order (with lines of its own) listed twice: the first row is kept. */
  'duplicate_key',
  /** Files imported together: an order line whose order is not in the orders file (no customer, no date). */
  'order_not_found',
  /** An events file: a row without its event type (view, cart, purchase...). */
  'missing_event_type',
]);
export type RejectReason = z.infer<typeof RejectReason>;

export interface RejectExample {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  column: string | null;
  value: string | null;
}

export interface ImportReport {
  datasetId: number;
  kind: SingleFileKind;
  file: string;
  rowsRead: number;
  rowsImported: number;
  rowsRejected: number;
  rejected: Array<{ reason: RejectReason; count: number; examples: RejectExample[] }>;
  customers: number;
  orders: number;
  durationMs: number;
  /** An append only: what the new file added, changed and repeated, and the earlier rows kept. */
  append?: { added: number; updated: number; unchanged: number; kept: number };
}

export interface ImportProgress {
  jobId: string;
  bytesRead: number;
  totalBytes: number;
  rows: number;
  phase: 'reading' | 'metrics' | 'committing' | 'done';
}
