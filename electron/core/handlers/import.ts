/** Handlers of import/*: preview a file, run and cancel an import, save its rejected rows. */

import type { ImportReport } from '../../../shared/model/import.js';
import { writeRejectsCsv } from '../import/rejectsCsv.js';
import { planSet, setPreview } from '../import/set/planSet.js';
import { previewSource, withImportedCsv } from '../import/sources/sourceImport.js';
import { projectInfo } from '../project/info.js';
import type { DomainHandlers } from './types.js';

type ImportMethod =
  | 'import/preview'
  | 'import/previewSet'
  | 'import/runSet'
  | 'import/run'
  | 'import/cancel'
  | 'import/running'
  | 'import/saveRejects';

export const importHandlers: DomainHandlers<ImportMethod> = {
  // A workbook, a fixed-width text or a vendor's export is read as the CSV it becomes (import/sources).
  'import/preview': ({ path, overrides, sheet, preset }) => previewSource(path, overrides, { sheet, preset }),
  'import/run': async ({ jobId, path, options, replace, append, sheet, preset }, ctx) => {
    const project = ctx.session.requireProject();
    // A project made for this import is written as a copy and swapped in (import/write/freshFile.ts).
    const fresh = ctx.session.isProvisional && !replace && !append;
    const run = () =>
      withImportedCsv(path, { sheet, preset }, (csvPath) =>
        ctx.session.imports.run({
          jobId,
          projectPath: project.path,
          filePath: csvPath,
          options,
          replace,
          append,
          fresh,
          onProgress: (progress) => ctx.emit('import/progress', progress),
        }),
      );
    let report: ImportReport;
    try {
      report = fresh ? await ctx.session.whileReleased(run) : await run();
    } catch (error) {
      // A project created just for this import must not outlive it (no empty file, no recent entry).
      if (ctx.session.discardProvisional()) ctx.emit('project/changed', null);
      throw error;
    }
    ctx.session.keepProvisional();
    ctx.emit('import/progress', {
      jobId,
      bytesRead: 0,
      totalBytes: 0,
      rows: report.rowsRead,
      phase: 'done',
    });
    ctx.emit('project/changed', projectInfo(project));
    ctx.emit('import/finished', { jobId, report });
    return report;
  },
  'import/previewSet': async ({ paths, choices }) => setPreview(await planSet(paths, choices)),
  // Runs on the engine's thread for now; the wizard's multi-file step will move it to a worker as import/run is.
  'import/runSet': async ({ jobId, paths, choices, replace }, ctx) => {
    const project = ctx.session.requireProject();
    try {
      // Off the main thread, like a single-file import: import/cancel stops it, the worker checkpoints.
      const report = await ctx.session.imports.runSet({
        jobId,
        projectPath: project.path,
        paths,
        ...(choices ? { choices } : {}),
        replace,
      });
      ctx.session.keepProvisional();
      ctx.emit('project/changed', projectInfo(project));
      return report;
    } catch (error) {
      if (ctx.session.discardProvisional()) ctx.emit('project/changed', null);
      throw error;
    }
  },
  'import/cancel': ({ jobId }, { session }) => ({ cancelled: session.imports.cancel(jobId) }),
  'import/running': (_params, { session }) => session.imports.current(),
  'import/saveRejects': ({ datasetId, path }, { session }) => ({
    path,
    rows: writeRejectsCsv(session.requireProject().db, datasetId, path),
  }),
};
