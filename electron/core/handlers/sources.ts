/** Handlers of source/*: a database opened where the data lives, and live counts run on it. */
import type { DomainHandlers } from './types.js';

type SourceMethod =
  | 'source/open'
  | 'source/current'
  | 'source/close'
  | 'source/count'
  | 'source/countParts'
  | 'source/profile';

export const sourcesHandlers: DomainHandlers<SourceMethod> = {
  'source/open': ({ url }, { session }) => session.database.open(url),
  'source/current': (_params, { session }) => session.database.info(),
  'source/close': async (_params, { session }) => {
    await session.database.close();
    return null;
  },
  'source/count': ({ rule }, { session }) => session.database.count(rule),
  'source/countParts': ({ rule }, { session }) => session.database.countParts(rule),
  'source/profile': (params, { session }) => session.database.profile(params),
};
