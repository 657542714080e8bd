/** Imports a file through the engine's import/preview and import/run, as the app and the CLI do, into a fresh project. */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createEngine, type Engine } from '../../../electron/core/engine.js';
import type { ImportPreview, ImportReport } from '../../../shared/model/import.js';
import { result } from '../../support/outcome.js';
import { tempDir } from '../../support/session.js';

export interface Imported {
  preview: ImportPreview;
  report: ImportReport;
  /** The project file, opened read-only (close it after use). */
  db: Database.Database;
}

export async function importThroughEngine(
  file: string,
  params: { sheet?: string; preset?: string } = {},
): Promise<Imported> {
  const dir = tempDir();
  const engine: Engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
  try {
    const projectPath = path.join(dir, 'p.segwb');
    result(await engine.call('project/create', { path: projectPath }));
    const preview = result<ImportPreview>(await engine.call('import/preview', { path: file, ...params }));
    const report = result<ImportReport>(
      await engine.call('import/run', { jobId: randomUUID(), path: file, options: preview.options, ...params }),
    );
    engine.close();
    return { preview, report, db: new Database(projectPath, { readonly: true }) };
  } catch (error) {
    engine.close();
    throw error;
  }
}
