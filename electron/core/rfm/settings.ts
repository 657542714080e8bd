/**
 * RFM settings: defaults filled in and checked (what zod cannot say: bins - 1 ascending breaks,
 * a custom scheme when "custom" is chosen), and the project's own settings, which the rule
 * fields r_score, f_score, m_score and rfm_segment use (meta.rfm_settings, written when the RFM
 * segments are saved).
 */
import { z } from 'zod';
import {
  RfmBins,
  type RfmBreaks,
  RfmBreaksInput,
  RfmMethod,
  type RfmResolvedSettings,
  RfmSchemeName,
  RfmSchemeRow,
  type RfmSettings,
} from '../../../shared/contract/rfm.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Db } from '../db/projectFile.js';
import { RF_GRID, RFM_CLASSIC } from './schemes.js';

export const DEFAULT_SETTINGS: RfmResolvedSettings = {
  bins: 5,
  method: 'quantile',
  thresholds: null,
  scheme: 'rfm-classic',
  rows: [...RFM_CLASSIC],
};

const DIMENSIONS = ['recency', 'frequency', 'monetary'] as const;

export function resolveSettings(input: Omit<RfmSettings, 'asOf'>): RfmResolvedSettings {
  const bins = input.bins ?? 5;
  const method = input.method ?? (input.thresholds ? 'thresholds' : 'quantile');
  const scheme = input.scheme ?? (input.customScheme ? 'custom' : 'rfm-classic');
  return {
    bins,
    method,
    thresholds: resolveThresholds(method, input.thresholds, bins),
    scheme,
    rows: schemeRows(scheme, input.customScheme),
  };
}

function resolveThresholds(method: RfmMethod, thresholds: RfmBreaks | undefined, bins: number): RfmBreaks | null {
  if (method === 'quantile') {
    if (thresholds) invalid('Breaks were given but the method is "quantile": choose the method "thresholds".');
    return null;
  }
  if (!thresholds)
    invalid(`The method "thresholds" needs ${bins - 1} breaks for each of recency, frequency and monetary.`);
  for (const d of DIMENSIONS) {
    const breaks = thresholds[d];
    if (breaks.length !== bins - 1) {
      invalid(`With ${bins} bins, ${d} needs ${bins - 1} breaks; ${breaks.length} were given.`, d);
    }
    if (breaks.some((b, i) => i > 0 && b <= (breaks[i - 1] as number))) {
      invalid(`The ${d} breaks must go up: ${breaks.join(', ')}.`, d);
    }
  }
  return { recency: [...thresholds.recency], frequency: [...thresholds.frequency], monetary: [...thresholds.monetary] };
}

function schemeRows(scheme: RfmSchemeName, custom: RfmSchemeRow[] | undefined): RfmSchemeRow[] {
  if (scheme === 'custom') {
    if (!custom) invalid('The scheme "custom" needs its rows (customScheme).');
    return custom.map((row) => ({ name: row.name, r: [...row.r], f: [...row.f], m: [...row.m] }));
  }
  if (custom) invalid(`Rows of a custom scheme were given with the scheme "${scheme}": choose the scheme "custom".`);
  return (scheme === 'rf-grid' ? RF_GRID : RFM_CLASSIC).map((row) => ({ ...row }));
}

function invalid(message: string, dimension?: string): never {
  throw new WorkbenchError('INVALID_PARAMS', message, dimension ? { field: dimension } : undefined);
}

/** The form kept in the project file; checked when read like any project file contents. */
const StoredSettings = z
  .object({
    bins: RfmBins,
    method: RfmMethod,
    thresholds: RfmBreaksInput.nullable(),
    scheme: RfmSchemeName,
    rows: z.array(RfmSchemeRow).min(1).max(200),
  })
  .strict();

/** The project's RFM settings, or the defaults when none were saved. */
export function readProjectSettings(db: Db): { settings: RfmResolvedSettings; saved: boolean } {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'rfm_settings'").get() as { value: string } | undefined;
  if (!row) return { settings: DEFAULT_SETTINGS, saved: false };
  const parsed = StoredSettings.safeParse(safeJson(row.value));
  if (!parsed.success) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      'The RFM settings in this project file are damaged. Save the RFM segments again to replace them.',
    );
  }
  return { settings: parsed.data, saved: true };
}

export function writeProjectSettings(db: Db, settings: RfmResolvedSettings): void {
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('rfm_settings', ?)").run(JSON.stringify(settings));
}

/** Same settings? (Compared as written, with keys in one order.) */
export function sameSettings(a: RfmResolvedSettings, b: RfmResolvedSettings): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(s: RfmResolvedSettings): RfmResolvedSettings {
  return {
    bins: s.bins,
    method: s.method,
    thresholds: s.thresholds && {
      recency: s.thresholds.recency,
      frequency: s.thresholds.frequency,
      monetary: s.thresholds.monetary,
    },
    scheme: s.scheme,
    rows: s.rows.map((r) => ({ name: r.name, r: r.r, f: r.f, m: r.m })),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
