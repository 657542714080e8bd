/** Handlers of workshop/*: the guided path's progress, kept in the project. */
import { markStep, resetWorkshop, workshopState } from '../workshop/workshopState.js';
import type { DomainHandlers } from './types.js';

export const workshopHandlers: DomainHandlers<'workshop/state' | 'workshop/mark' | 'workshop/reset'> = {
  'workshop/state': (_params, { session }) => workshopState(session.requireProject().db),
  'workshop/mark': ({ step, done }, { session }) => markStep(session.requireProject().db, step, done),
  'workshop/reset': (_params, { session }) => resetWorkshop(session.requireProject().db),
};
