/**
 * Contract of the import methods: preview a file (every guess the importer makes), run the import
 * as a cancellable job that reports progress, and save the rows it rejected. Composed into shared/api.ts.
 */
import { z } from 'zod';
import type { ImportPreview, ImportProgress, ImportReport } from '../model/import.js';
import { ImportOptions, PreviewOverrides } from '../model/import.js';
import { FilePath, JobId, RowId } from './common.js';

export const importMethods = {
  'import/preview': z.object({ path: FilePath, overrides: PreviewOverrides.optional() }).strict(),
  /** Imports a file into the open project; resolves with the report when the import has committed. */
  'import/run': z
    .object({
      jobId: JobId,
      path: FilePath,
      options: ImportOptions,
      /** Must be true to replace data of the same kind already in the project. */
      replace: z.boolean().default(false),
    })
    .strict(),
  'import/cancel': z.object({ jobId: JobId }).strict(),
  /** Writes the full list of rejected rows of a dataset as CSV. */
  'import/saveRejects': z.object({ datasetId: RowId, path: FilePath }).strict(),
} as const;

export interface ImportResults {
  'import/preview': ImportPreview;
  'import/run': ImportReport;
  'import/cancel': { cancelled: boolean };
  'import/saveRejects': { path: string; rows: number };
}

export interface ImportEvents {
  'import/progress': ImportProgress;
}
