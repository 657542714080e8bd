/**
 * Scores every customer of the population for some settings and date. Kept per connection
 * until the data changes (DataCache), so paging through the customers or counting a rule on
 * rfm_segment after opening the RFM view does not score again.
 */
import type { RfmBreaks, RfmResolvedSettings, RfmSettings } from '../../../shared/contract/rfm.js';
import { keptFloat64Columns } from '../columnCache/columnStore.js';
import { DataCache } from '../db/dataCache.js';
import type { Db } from '../db/projectFile.js';
import { readAsOf } from '../metrics/asOf.js';
import { isoToDay } from '../metrics/days.js';
import { buildModel, type RfmModel } from './model.js';
import { metricsSource, type RfmPopulation, readPopulation } from './population.js';
import { scoreCode } from './schemeTable.js';
import { ascendingScore, recencyScore } from './score.js';
import { readProjectSettings, resolveSettings, sameSettings } from './settings.js';

export interface RfmComputation {
  model: RfmModel;
  population: RfmPopulation;
  /** Per customer of the population (same order): scores and index into model.table.names. */
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  segment: Int16Array;
}

/** The as-of day for a call: the one asked for, else the project's. */
function resolveAsOfDay(db: Db, asOf: string | undefined): number | null {
  return asOf === undefined ? readAsOf(db).day : isoToDay(asOf);
}

export function computeRfm(db: Db, input: RfmSettings): RfmComputation {
  return computeWith(db, resolveSettings(input), resolveAsOfDay(db, input.asOf));
}

/** The computation the rule fields use: the project's settings and as-of date. */
export function projectRfm(db: Db): RfmComputation {
  const settings = readProjectSettings(db).settings;
  const asOfDay = readAsOf(db).day;
  const held = pinned.get(db);
  if (held && held.model.asOfDay === asOfDay && sameSettings(held.model.settings, settings)) return held;
  return computeWith(db, settings, asOfDay);
}

/**
 * The project's model alone: a count on the rule fields needs the breaks, not everyone's scores
 * (it scores its own customers). Its first count neither scores the population nor keeps it in
 * the project file (29 MB at a million customers, most of the count): the population is read only
 * when the breaks are not kept, and kept by the first RFM answer, which reads it.
 */
export function projectModel(db: Db): RfmModel {
  const settings = readProjectSettings(db).settings;
  const asOfDay = readAsOf(db).day;
  const held = pinned.get(db);
  if (held && held.model.asOfDay === asOfDay && sameSettings(held.model.settings, settings)) return held.model;
  const cache = DataCache.of(db);
  return cache.remember(`rfm model alone ${asOfDay} ${JSON.stringify(settings)}`, () =>
    buildModel(
      settings,
      asOfDay,
      () => cache.remember(`rfm population unkept ${asOfDay}`, () => readPopulation(db, asOfDay, false)),
      (compute) => keptBreaks(db, asOfDay, settings.bins, compute),
    ),
  );
}

const pinned = new WeakMap<Db, RfmComputation>();

/**
 * Runs fn with c as the project's computation. For writes that leave the customers' data alone
 * (saving the RFM segments writes ten rows of segments): the per-connection cache drops
 * everything on any write, and each segment saved would otherwise score the project twice.
 */
export function withPinned<T>(db: Db, c: RfmComputation, fn: () => T): T {
  pinned.set(db, c);
  try {
    return fn();
  } finally {
    pinned.delete(db);
  }
}

export function computeWith(db: Db, settings: RfmResolvedSettings, asOfDay: number | null): RfmComputation {
  return DataCache.of(db).remember(`rfm ${asOfDay} ${JSON.stringify(settings)}`, () => {
    const { model, population } = modelWith(db, settings, asOfDay);
    return score(model, population);
  });
}

function modelWith(
  db: Db,
  settings: RfmResolvedSettings,
  asOfDay: number | null,
): { model: RfmModel; population: RfmPopulation } {
  const cache = DataCache.of(db);
  return cache.remember(`rfm model ${asOfDay} ${JSON.stringify(settings)}`, () => {
    const population = cache.remember(`rfm population ${asOfDay}`, () => readPopulation(db, asOfDay));
    const model = buildModel(settings, asOfDay, population, (compute) =>
      keptBreaks(db, asOfDay, settings.bins, compute),
    );
    return { model, population };
  });
}

/**
 * The quantile breaks for the project's own as-of date, kept in the project file with the
 * population they come from (columnCache/columnStore.ts); bit for bit the computed ones (Float64).
 */
function keptBreaks(db: Db, asOfDay: number | null, bins: number, compute: () => RfmBreaks): RfmBreaks {
  if (asOfDay === null || metricsSource(db, asOfDay) !== 'customer_metrics') return compute();
  const names = (['recency', 'frequency', 'monetary'] as const).map((d) => `rfm/${asOfDay}/breaks/${bins}/${d}`);
  const [recency, frequency, monetary] = keptFloat64Columns(db, names, () => {
    const b = compute();
    return [Float64Array.from(b.recency), Float64Array.from(b.frequency), Float64Array.from(b.monetary)];
  });
  return {
    recency: Array.from(recency as Float64Array),
    frequency: Array.from(frequency as Float64Array),
    monetary: Array.from(monetary as Float64Array),
  };
}

/** Scores a population read by the caller (e.g. several dates read in one pass over the orders). */
export function scorePopulation(
  settings: RfmResolvedSettings,
  asOfDay: number | null,
  population: RfmPopulation,
): RfmComputation {
  return score(buildModel(settings, asOfDay, population), population);
}

/** Scores one dimension into out (recency reversed when bins is given). */
function scoreColumn(values: Float64Array, breaks: readonly number[], out: Uint8Array, recencyBins?: number): void {
  for (let i = 0; i < values.length; i += 1) {
    const x = values[i] as number;
    out[i] = recencyBins === undefined ? ascendingScore(x, breaks) : recencyScore(x, breaks, recencyBins);
  }
}

/** Everyone at once, column by column, without an object per customer. */
function score(model: RfmModel, population: RfmPopulation): RfmComputation {
  const n = population.ids.length;
  const { breaks, settings, table } = model;
  const result: RfmComputation = {
    model,
    population,
    r: new Uint8Array(n),
    f: new Uint8Array(n),
    m: new Uint8Array(n),
    segment: new Int16Array(n),
  };
  scoreColumn(population.recency, breaks.recency, result.r, settings.bins);
  scoreColumn(population.frequency, breaks.frequency, result.f);
  scoreColumn(population.monetary, breaks.monetary, result.m);
  for (let i = 0; i < n; i += 1) {
    const code = scoreCode(result.r[i] as number, result.f[i] as number, result.m[i] as number);
    result.segment[i] = table.segmentOf[code] as number;
  }
  return result;
}
