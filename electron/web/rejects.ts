/**
 * GET /api/rejects.csv?datasetId=N: a download of an import's rejected rows. The engine writes the
 * CSV to a path (import/saveRejects, as in Electron); browser mode streams it back (engineCsv.ts).
 */
import type { ServerResponse } from 'node:http';
import type { Engine } from '../core/engine.js';
import { serveEngineCsv } from './engineCsv.js';
import { sendError } from './respond.js';

export async function serveRejectsCsv(
  res: ServerResponse,
  engine: Pick<Engine, 'call'>,
  datasetIdText: string | null,
): Promise<void> {
  const datasetId = Number(datasetIdText);
  if (!datasetIdText || !/^\d+$/.test(datasetIdText) || !Number.isSafeInteger(datasetId) || datasetId < 1) {
    sendError(res, 400, 'INVALID_PARAMS', 'datasetId must be a positive whole number.');
    return;
  }
  await serveEngineCsv(res, {
    tempPrefix: 'segwb-rejects-',
    fileName: `rejected-rows-${datasetId}.csv`,
    write: (file) => engine.call('import/saveRejects', { datasetId, path: file }),
  });
}
