/** Handlers of changes/*: migration between two dates and acquisition cohorts. */
import { cohorts } from '../changes/cohorts.js';
import { migration } from '../changes/migration.js';
import type { DomainHandlers } from './types.js';

export const changesHandlers: DomainHandlers<'changes/migration' | 'changes/cohorts'> = {
  'changes/migration': (params, { session }) => migration(session.requireProject().db, params),
  'changes/cohorts': ({ period }, { session }) => cohorts(session.requireProject().db, period),
};
