/**
 * An RFM model: settings, the as-of day and the breaks used, with the scheme compiled for the
 * bins. Everything needed to score one customer, in TypeScript (engine, reference evaluator)
 * or in SQL (rule fields).
 */
import type { RfmBreaks, RfmResolvedSettings } from '../../../shared/contract/rfm.js';
import type { RfmPopulation } from './population.js';
import { quantileBreaksOfUnsorted } from './quantile.js';
import { type SchemeTable, schemeTable, scoreCode } from './schemeTable.js';
import { ascendingScore, recencyScore } from './score.js';

export interface RfmModel {
  settings: RfmResolvedSettings;
  /** Days since 1970-01-01; null when the project has no order (then no one is scored). */
  asOfDay: number | null;
  breaks: RfmBreaks;
  table: SchemeTable;
}

interface RfmScores {
  r: number;
  f: number;
  m: number;
  /** scoreCode(r, f, m), the index into the scheme table. */
  code: number;
}

/**
 * `quantiles`: the population's quantile breaks when already known (kept in the project file), else
 * computed; `population` may be a function, called only when they are computed.
 */
export function buildModel(
  settings: RfmResolvedSettings,
  asOfDay: number | null,
  population: RfmPopulation | (() => RfmPopulation),
  quantiles: (compute: () => RfmBreaks) => RfmBreaks = (compute) => compute(),
): RfmModel {
  const computed = () => quantileBreaksOf(typeof population === 'function' ? population() : population, settings.bins);
  const breaks = settings.thresholds ?? quantiles(computed);
  return { settings, asOfDay, breaks, table: schemeTable(settings.rows, settings.bins) };
}

/** The quantile breaks of each dimension (selected, not sorted: quantile.ts). */
export function quantileBreaksOf(population: RfmPopulation, bins: number): RfmBreaks {
  return {
    recency: quantileBreaksOfUnsorted(population.recency, bins),
    frequency: quantileBreaksOfUnsorted(population.frequency, bins),
    monetary: quantileBreaksOfUnsorted(population.monetary, bins),
  };
}

export function scoreCustomer(model: RfmModel, recency: number, frequency: number, monetary: number): RfmScores {
  const { breaks, settings } = model;
  const r = recencyScore(recency, breaks.recency, settings.bins);
  const f = ascendingScore(frequency, breaks.frequency);
  const m = ascendingScore(monetary, breaks.monetary);
  return { r, f, m, code: scoreCode(r, f, m) };
}

/** The segment a score code falls in. */
export function segmentName(model: RfmModel, code: number): string {
  return model.table.names[model.table.segmentOf[code] as number] as string;
}
