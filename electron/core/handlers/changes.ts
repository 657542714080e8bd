/** Handlers of changes/*: migration between two dates, one cell's customers, and acquisition cohorts. */
import { migrationMembers, saveMigrationCell } from '../changes/cellMembers.js';
import { cohorts } from '../changes/cohorts.js';
import { writeCohortsTable } from '../changes/cohortsExport.js';
import { migration } from '../changes/migration.js';
import type { DomainHandlers } from './types.js';

export const changesHandlers: DomainHandlers<
  | 'changes/migration'
  | 'changes/cohorts'
  | 'changes/cohortsExport'
  | 'changes/migrationMembers'
  | 'changes/saveMigrationCell'
> = {
  'changes/migration': (params, { session }) => migration(session.requireProject().db, params),
  'changes/cohorts': ({ period, segment }, { session }) => cohorts(session.requireProject().db, period, segment),
  'changes/cohortsExport': async ({ period, segment, path, format, bom }, { session }) => ({
    path,
    rows: await writeCohortsTable(path, cohorts(session.requireProject().db, period, segment), { format, bom }),
  }),
  'changes/migrationMembers': (params, { session }) => migrationMembers(session.requireProject().db, params),
  'changes/saveMigrationCell': (params, { session }) => saveMigrationCell(session.requireProject().db, params),
};
