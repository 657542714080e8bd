/**
 * Several files imported together as one project of linked datasets: the kind of each file, the
 * links between them (key columns), and what the import of the set reports. The preview guesses
 * kinds and links with a reason each; the user's choices override them.
 */
import { z } from 'zod';
import type { ErrorWording } from '../errorWording.js';
import type { ImportPreview, ImportReport } from './import.js';
import { DatasetKind } from './roles.js';

/** A column of one file of the set: the file as given (its path or base name) and the header. */
export const FileColumn = z.object({ file: z.string().min(1), column: z.string().min(1) }).strict();
export type FileColumn = z.infer<typeof FileColumn>;

/** A link the user gives: rows of `from` point to rows of `to` through equal key values. */
export const LinkChoice = z.object({ from: FileColumn, to: FileColumn }).strict();
export type LinkChoice = z.infer<typeof LinkChoice>;

/** The user's choices over the guesses: kind per file (path or base name), links, the sheet of a workbook. */
export const SetChoices = z
  .object({
    kinds: z.record(z.string().min(1), DatasetKind).optional(),
    links: z.array(LinkChoice).max(100).optional(),
    /** Passed to readers of workbooks: the sheet to read (the one with most rows when absent). */
    sheet: z.string().min(1).max(200).optional(),
  })
  .strict();
export type SetChoices = z.infer<typeof SetChoices>;

/** The events layouts the importer reads, recognised from a file's header. */
export type EventsLayoutName = 'rees46' | 'ga4' | 'matomo';

/** How an events file is read: its layout and the column that names the customer (or visitor). */
export interface EventsFilePreview {
  layout: EventsLayoutName;
  /** The headers tried for the customer id, by preference (GA4: user_id, else user_pseudo_id). */
  customerColumns: string[];
}

export interface SetFilePreview {
  /** The file's base name, which reports and links use. */
  name: string;
  path: string;
  /** `reason` in English (the CLI's and scripts' words); `wording` words it in the app's languages. */
  kind: { value: DatasetKind; reason: string; chosen: boolean; wording?: ErrorWording };
  preview: ImportPreview;
  /** An events file: how it is read (absent for every other kind). */
  events?: EventsFilePreview;
}

export interface SetLinkPreview {
  from: FileColumn;
  to: FileColumn;
  origin: 'guessed' | 'user';
  reason: string;
  /** The reason's words for the app's languages; absent when the user chose the link. */
  wording?: ErrorWording;
}

export interface ImportSetPreview {
  files: SetFilePreview[];
  links: SetLinkPreview[];
  /** What the import would refuse, in its own words (e.g. order lines without an orders file). */
  refusals: string[];
  /** Each refusal's wording for the app's languages (shared/errorWording.ts), in the same order; null: none. */
  refusalWordings?: Array<ErrorWording | null>;
}

export interface SetFileReport {
  datasetId: number;
  file: string;
  kind: DatasetKind;
  rowsRead: number;
  rowsImported: number;
  rowsRejected: number;
  rejected: ImportReport['rejected'];
  /**
   * An events file: its layout; of the users it names, how many were customers already (of the
   * other files, or of the project) and how many are new: known only from events (visitors).
   */
  events?: { layout: EventsLayoutName; customersMatched: number; customersAdded: number };
}

export interface SetLinkReport {
  /** "file.column" */
  from: string;
  to: string;
  origin: 'guessed' | 'user';
  reason: string;
  /** Distinct key values of `from` found in `to`, and not found. */
  matched: number;
  unmatched: number;
  /** Up to 5 unmatched key values, in file order. */
  unmatchedExamples: string[];
}

/** Where each order's amount came from (the precedence: own amount, its lines, its payments). */
export interface AmountSources {
  own: number;
  lines: number;
  payments: number;
  none: number;
}

export interface ImportSetReport {
  files: SetFileReport[];
  links: SetLinkReport[];
  customers: number;
  orders: number;
  /** Sum of the orders' amounts, rounded to 6 decimals. */
  revenue: number;
  amountSources: AmountSources;
  /** Plain sentences on what did not match and what that means. */
  notes: string[];
  /** Each note's wording for the app's languages (shared/errorWording.ts), in the same order. */
  noteWordings?: ErrorWording[];
  durationMs: number;
}
