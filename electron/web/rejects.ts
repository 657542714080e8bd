/**
 * GET /api/rejects.csv?datasetId=N: a download of an import's rejected rows. The engine writes the
 * CSV to a path (import/saveRejects, as in Electron); we write it to a temp file and stream it back.
 */
import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ErrorCode } from '../../shared/errors.js';
import type { Engine } from '../core/engine.js';
import { sendError, sendJson } from './respond.js';

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  INVALID_PARAMS: 400,
  NOT_FOUND: 404,
  FILE_NOT_FOUND: 404,
  NO_PROJECT: 409,
};

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
  const fileName = `rejected-rows-${datasetId}.csv`;
  const folder = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'segwb-rejects-'));
  try {
    const file = path.join(folder, fileName);
    const outcome = await engine.call('import/saveRejects', { datasetId, path: file });
    if (!outcome.ok) {
      sendJson(res, STATUS_BY_CODE[outcome.error.code] ?? 500, outcome);
      return;
    }
    const stat = await fs.promises.stat(file);
    res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Length': stat.size,
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'no-store',
    });
    await pipeline(fs.createReadStream(file), res);
  } finally {
    await fs.promises.rm(folder, { recursive: true, force: true }).catch(() => undefined);
  }
}
