/** Handlers of changes/*: migration between two dates, one cell's customers, and acquisition cohorts. */
import { migrationMembers, saveMigrationCell } from '../changes/cellMembers.js';
import { cohorts } from '../changes/cohorts.js';
import { migration } from '../changes/migration.js';
import type { DomainHandlers } from './types.js';

export const changesHandlers: DomainHandlers<
  'changes/migration' | 'changes/cohorts' | 'changes/migrationMembers' | 'changes/saveMigrationCell'
> = {
  'changes/migration': (params, { session }) => migration(session.requireProject().db, params),
  'changes/cohorts': ({ period, segment }, { session }) => cohorts(session.requireProject().db, period, segment),
  'changes/migrationMembers': (params, { session }) => migrationMembers(session.requireProject().db, params),
  'changes/saveMigrationCell': (params, { session }) => saveMigrationCell(session.requireProject().db, params),
};
