/** Handlers of analysis/* (and the old pareto/get): compare and overlap of segments, Pareto per segment and by field, ABC classes, quality. */
import { QUALITY_DEFAULTS } from '../../../shared/contract/analysis.js';
import { writeAbcTable } from '../analysis/abcExport.js';
import { projectAbc, saveAbcSegments } from '../analysis/abcSegments.js';
import { writeCompareCsv, writeCompareXlsx } from '../analysis/compareCsv.js';
import { paretoAnalysis } from '../analysis/paretoBy.js';
import { segmentQuality } from '../analysis/quality.js';
import { compareSegments, overlapSegments } from '../analysis/query.js';
import type { DomainHandlers } from './types.js';

type AnalysisMethod =
  | 'analysis/compare'
  | 'analysis/compareCsv'
  | 'analysis/overlap'
  | 'analysis/pareto'
  | 'analysis/abc'
  | 'analysis/abcSave'
  | 'analysis/abcExport'
  | 'analysis/quality';

export const analysisHandlers: DomainHandlers<AnalysisMethod> = {
  'analysis/compare': ({ segments }, { session }) => compareSegments(session.requireProject().db, segments),
  'analysis/compareCsv': async ({ segments, path, bom, format }, { session }) => {
    const rows = compareSegments(session.requireProject().db, segments);
    if (format === 'xlsx') await writeCompareXlsx(path, rows);
    else writeCompareCsv(path, rows, bom);
    return { path, rows: rows.length };
  },
  'analysis/overlap': ({ segments }, { session }) => overlapSegments(session.requireProject().db, segments),
  'analysis/pareto': (params, { session }) => paretoAnalysis(session.requireProject().db, params),
  'analysis/abc': (_params, { session }) => projectAbc(session.requireProject().db),
  'analysis/abcSave': (_params, { session }) => saveAbcSegments(session.requireProject().db),
  'analysis/abcExport': async ({ path, format, bom }, { session }) => ({
    path,
    rows: await writeAbcTable(path, projectAbc(session.requireProject().db), { format, bom }),
  }),
  'analysis/quality': (params, { session }) =>
    segmentQuality(session.requireProject().db, { ...QUALITY_DEFAULTS, ...definedOnly(params) }),
};

/** Drops keys set to undefined, so they do not override the defaults. */
function definedOnly<T extends object>(params: T): Partial<T> {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as Partial<T>;
}
