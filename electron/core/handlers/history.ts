/** Handlers of history/*: snapshots, a segment's size over time, a customer's timeline, rule versions and staleness. */
import { listSnapshots, takeSnapshot } from '../history/snapshots.js';
import { readStaleDays, staleness, writeStaleDays } from '../history/staleness.js';
import { customerTimeline, segmentSizes } from '../history/timelines.js';
import { listVersions, restoreVersion } from '../history/versions.js';
import type { DomainHandlers } from './types.js';

type HistoryMethod =
  | 'history/snapshots'
  | 'history/takeSnapshot'
  | 'history/segmentSizes'
  | 'history/customerTimeline'
  | 'history/versions'
  | 'history/restoreVersion'
  | 'history/staleness'
  | 'history/setStaleDays';

export const historyHandlers: DomainHandlers<HistoryMethod> = {
  'history/snapshots': (_params, { session }) => listSnapshots(session.requireProject().db),
  'history/takeSnapshot': (_params, { session }) => takeSnapshot(session.requireProject().db, 'manual'),
  'history/segmentSizes': ({ segment }, { session }) => segmentSizes(session.requireProject().db, segment),
  'history/customerTimeline': ({ customer }, { session }) => customerTimeline(session.requireProject().db, customer),
  'history/versions': ({ segment }, { session }) => listVersions(session.requireProject().db, segment),
  'history/restoreVersion': ({ segment, version }, { session }) =>
    restoreVersion(session.requireProject().db, segment, version),
  'history/staleness': ({ segment }, { session }) => staleness(session.requireProject().db, segment),
  'history/setStaleDays': ({ days }, { session }) => {
    const { db } = session.requireProject();
    writeStaleDays(db, days);
    return { staleDays: readStaleDays(db) };
  },
};
