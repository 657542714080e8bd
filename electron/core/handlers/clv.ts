/** Handlers of clv/*: the lifetime-value fit (synchronous for now; a worker with progress is a later step). */
import { clvSummary } from '../clv/clvSummary.js';
import { readSavedClvFit, saveClvFit } from '../clv/keptFit.js';
import { runClv } from '../clv/runClv.js';
import type { DomainHandlers } from './types.js';

export const clvHandlers: DomainHandlers<'clv/fit' | 'clv/save' | 'clv/saved' | 'clv/summary'> = {
  'clv/fit': (options, { session }) => runClv(session.requireProject().db, options),
  'clv/save': (options, { session }) => ({ saved: saveClvFit(session.requireProject().db, options).saved }),
  'clv/saved': (_params, { session }) => ({ saved: readSavedClvFit(session.requireProject().db) }),
  'clv/summary': (options, { session }) => clvSummary(session.requireProject().db, options),
};
