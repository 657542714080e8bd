/** Handlers of clv/*: the lifetime-value fit (synchronous for now; a worker with progress is a later step). */
import { runClv } from '../clv/runClv.js';
import type { DomainHandlers } from './types.js';

export const clvHandlers: DomainHandlers<'clv/fit'> = {
  'clv/fit': (options, { session }) => runClv(session.requireProject().db, options),
};
