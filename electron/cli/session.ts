/** The CLI talks to the same engine and contract as the app, in-process. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MethodName, Params, Result } from '../../shared/api.js';
import { WorkbenchError } from '../../shared/errors.js';
import { createEngine, type Engine } from '../core/engine.js';
import { writeAsOf } from '../core/metrics/asOf.js';
import { appVersion } from '../core/version.js';

export function cliEngine(): Engine {
  const home = os.homedir();
  return createEngine({
    mode: 'cli',
    appVersion: appVersion(),
    projectsDir: process.env.SEGWB_PROJECTS_DIR ?? process.cwd(),
    stateDir: process.env.SEGWB_STATE_DIR ?? path.join(home, '.segment-workbench'),
  });
}

export async function invoke<M extends MethodName>(engine: Engine, method: M, params: Params<M>): Promise<Result<M>> {
  const outcome = await engine.call(method, params);
  if (!outcome.ok) throw new WorkbenchError(outcome.error.code, outcome.error.message, outcome.error.details);
  return outcome.result as Result<M>;
}

/**
 * Opens --project; with create, makes it first when the file does not exist yet, for the import
 * that follows (the engine removes it again if that import fails).
 */
export async function openProject(engine: Engine, file: string, create = false) {
  const resolved = path.resolve(file);
  if (create && !fs.existsSync(resolved)) return invoke(engine, 'project/create', { path: resolved, forImport: true });
  return invoke(engine, 'project/open', { path: resolved });
}

/**
 * Runs fn with the open project seen as of another date (--as-of), leaving the project file as it
 * was: the date is set and the metrics recomputed inside a transaction that is rolled back.
 */
export async function withAsOf<T>(engine: Engine, iso: string | undefined, fn: () => Promise<T>): Promise<T> {
  if (iso === undefined) return fn();
  const db = engine.session.requireProject().db;
  db.exec('BEGIN');
  try {
    writeAsOf(db, iso);
    return await fn();
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}
