/**
 * Migration between RFM segments: each date scored on its own (the population with a positive
 * order before that date, that date's quantile breaks, recency counted back from it), with the
 * named scheme and bins of `segwb rfm`. Who is scored at `from` is scored at `to` too (their
 * orders before `from` are before `to`), so "(new)" is only ever a from group.
 */
import { NEW_GROUP } from '../../../shared/contract/changes.js';
import type { RfmBins } from '../../../shared/contract/rfm.js';
import type { Db } from '../db/projectFile.js';
import { scorePopulation } from '../rfm/compute.js';
import { indexOfId } from '../rfm/population.js';
import { resolveSettings } from '../rfm/settings.js';
import type { MigrationSink, SinkOf } from './cells.js';
import { readTwoDates } from './twoDates.js';

export interface RfmMigrationSettings {
  scheme: 'rfm-classic' | 'rf-grid';
  bins: RfmBins;
}

export function rfmMigration<T extends MigrationSink>(
  db: Db,
  fromDay: number,
  toDay: number,
  settings: RfmMigrationSettings,
  sinkOf: SinkOf<T>,
): T {
  const resolved = resolveSettings(settings);
  const dates = readTwoDates(db, fromDay, toDay);
  const before = scorePopulation(resolved, fromDay, dates.from);
  const after = scorePopulation(resolved, toDay, dates.to);
  const segmentNames = after.model.table.names;
  // Group 0 is "(new)"; segment s of the scheme is group s + 1 (the same table at both dates).
  const cells = sinkOf([NEW_GROUP, ...segmentNames]);
  const { revenue } = dates;
  const ids = after.population.ids;
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i] as number;
    const j = indexOfId(before.population, id);
    const from = j < 0 ? 0 : (before.segment[j] as number) + 1;
    cells.add(from, (after.segment[i] as number) + 1, revenue.get(id) ?? 0, id);
  }
  return cells;
}
