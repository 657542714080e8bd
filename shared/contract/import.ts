/**
 * Contract of the import methods: preview a file (every guess the importer makes), run the import
 * as a cancellable job that reports progress, and save the rows it rejected. Composed into shared/api.ts.
 */
import { z } from 'zod';
import type { ImportPreview, ImportProgress, ImportReport } from '../model/import.js';
import { ImportOptions, PreviewOverrides } from '../model/import.js';
import { type ImportSetPreview, type ImportSetReport, SetChoices } from '../model/importSet.js';
import { FilePath, JobId, RowId } from './common.js';

export const importMethods = {
  'import/preview': z
    .object({
      path: FilePath,
      overrides: PreviewOverrides.optional(),
      /** A workbook's sheet (default: the one with the most rows). */
      sheet: z.string().min(1).max(300).optional(),
      /** A preset's id, instead of the one recognised from the header. */
      preset: z.string().min(1).max(100).optional(),
    })
    .strict(),
  /** Imports a file into the open project; resolves with the report when the import has committed. */
  'import/run': z
    .object({
      jobId: JobId,
      path: FilePath,
      options: ImportOptions,
      /** Must be true to replace data of the same kind already in the project. */
      replace: z.boolean().default(false),
      sheet: z.string().min(1).max(300).optional(),
      preset: z.string().min(1).max(100).optional(),
      /**
       * Merge into the data of the same kind: by order id (orders) or customer id (customers), the
       * new file's row winning where both have one. The report counts added, updated, unchanged and kept.
       */
      append: z.boolean().default(false),
    })
    .strict()
    .refine((p) => !(p.replace && p.append), { message: 'choose replace or append, not both' }),
  /** Several files that belong together (orders, order lines, products, ...): kinds and links, guessed with reasons. */
  'import/previewSet': z.object({ paths: z.array(FilePath).min(1).max(50), choices: SetChoices.optional() }).strict(),
  /** Imports several files as one all-or-nothing import: any failure leaves the project unchanged. */
  'import/runSet': z
    .object({
      jobId: JobId,
      paths: z.array(FilePath).min(1).max(50),
      choices: SetChoices.optional(),
      /** Must be true to replace data of the kinds the set holds already in the project. */
      replace: z.boolean().default(false),
    })
    .strict(),
  'import/cancel': z.object({ jobId: JobId }).strict(),
  /** The import running now, if any: a page opened (or reloaded) while it runs follows it. */
  'import/running': z.object({}).strict(),
  /** Writes the full list of rejected rows of a dataset as CSV. */
  'import/saveRejects': z.object({ datasetId: RowId, path: FilePath }).strict(),
} as const;

export interface ImportResults {
  'import/preview': ImportPreview;
  'import/run': ImportReport;
  'import/previewSet': ImportSetPreview;
  'import/runSet': ImportSetReport;
  'import/cancel': { cancelled: boolean };
  'import/running': RunningImport | null;
  'import/saveRejects': { path: string; rows: number };
}

/** An import in progress: its job, the file's name (as the user called it) and its last progress. */
export interface RunningImport {
  jobId: string;
  file: string;
  progress: ImportProgress | null;
}

export interface ImportEvents {
  'import/progress': ImportProgress;
  /** An import committed: its report, for pages that follow it without having started it. */
  'import/finished': { jobId: string; report: ImportReport };
}
