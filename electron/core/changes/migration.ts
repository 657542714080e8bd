/**
 * Migration between two dates (issue 10 §1): a from -> to matrix of customers and the net
 * revenue of their orders dated in [from, to). Who is counted: the customers with at least one
 * positive order before `to`; anyone else is a customer at neither date and appears nowhere
 * (their returns or zero orders in the window too). A customer with no positive order before
 * `from` is in "(new)", which is therefore a from group only: at `to` every counted customer has
 * an RFM segment, or saved segments or "(none)".
 */
import type { MigrationParams, MigrationResult } from '../../../shared/contract/changes.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Db } from '../db/projectFile.js';
import { dayToIso, isoToDay } from '../metrics/days.js';
import { MigrationCells, type MigrationSink, type SinkOf } from './cells.js';
import { rfmMigration } from './rfmMigration.js';
import { segmentMigration } from './segmentMigration.js';

export function migration(db: Db, params: MigrationParams): MigrationResult {
  const { fromDay, toDay, sink } = walkMigration(db, params, (names) => new MigrationCells(names));
  return { from: dayToIso(fromDay), to: dayToIso(toDay), cells: sink.list() };
}

/** Runs a migration into a sink of the caller's (the cells, or one cell's members). */
export function walkMigration<T extends MigrationSink>(
  db: Db,
  params: MigrationParams,
  sinkOf: SinkOf<T>,
): { fromDay: number; toDay: number; sink: T } {
  const fromDay = isoToDay(params.from);
  const toDay = isoToDay(params.to);
  if (fromDay >= toDay) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `The "from" date (${params.from}) must be before the "to" date (${params.to}): a migration runs forward in time.`,
      { value: params.from },
    );
  }
  const sink =
    params.by === 'rfm'
      ? rfmMigration(db, fromDay, toDay, { scheme: params.scheme ?? 'rfm-classic', bins: params.bins ?? 5 }, sinkOf)
      : segmentMigration(db, fromDay, toDay, params.segments, sinkOf);
  return { fromDay, toDay, sink };
}
