/**
 * POST /api/table.xlsx with { table: 'compare' | 'rfm' | 'abc' | 'cohorts', params } and the token
 * header: the comparison table, the RFM summary, the ABC classes or the cohorts as an .xlsx download. As for the CSVs (engineCsv.ts), the
 * engine writes the workbook to a temp path with the same method Electron calls, and we stream it
 * back; the params are checked by that method's schema (strict: a path in them is refused).
 */
import type { ServerResponse } from 'node:http';
import type { Engine } from '../core/engine.js';
import { serveEngineCsv } from './engineCsv.js';
import { sendError } from './respond.js';
import { XLSX_TYPE } from './segmentCsv.js';

const TABLES = {
  compare: { method: 'analysis/compareCsv', fileName: 'segment-comparison.xlsx' },
  rfm: { method: 'rfm/summaryExport', fileName: 'rfm-segments.xlsx' },
  abc: { method: 'analysis/abcExport', fileName: 'abc-classes.xlsx' },
  cohorts: { method: 'changes/cohortsExport', fileName: 'cohorts.xlsx' },
} as const;

export async function serveTableXlsx(res: ServerResponse, engine: Pick<Engine, 'call'>, body: unknown): Promise<void> {
  const request = body as { table?: unknown; params?: unknown } | null;
  const table =
    typeof request?.table === 'string' && Object.hasOwn(TABLES, request.table)
      ? TABLES[request.table as keyof typeof TABLES]
      : null;
  const params = request?.params;
  if (
    !table ||
    typeof params !== 'object' ||
    params === null ||
    Array.isArray(params) ||
    Object.hasOwn(params, 'path')
  ) {
    sendError(
      res,
      400,
      'INVALID_PARAMS',
      'Send { "table": "compare", "rfm", "abc" or "cohorts", "params": { … } } as a JSON object.',
    );
    return;
  }
  await serveEngineCsv(res, {
    tempPrefix: 'segwb-table-',
    fileName: table.fileName,
    contentType: XLSX_TYPE,
    write: (file) => engine.call(table.method, { ...params, path: file, format: 'xlsx' }),
  });
}
