/**
 * POST /api/customers.csv with the Data view's query as a JSON body ({ search, rule, sort, columns,
 * bom }): the rows the view shows, as a download. As for a segment, the engine writes the CSV to a
 * path (customers/export, as in Electron); we write it to a temp folder and stream it back. A POST,
 * because a rule does not fit in an address; the page fetches it with the token header.
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

export const CUSTOMERS_FILE_NAME = 'customers.csv';

export async function serveCustomersCsv(
  res: ServerResponse,
  engine: Pick<Engine, 'call'>,
  body: unknown,
): Promise<void> {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || Object.hasOwn(body, 'path')) {
    sendError(
      res,
      400,
      'INVALID_PARAMS',
      'Send the search, rule, sort, columns and bom of the export as a JSON object.',
    );
    return;
  }
  const folder = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'segwb-customers-'));
  try {
    const file = path.join(folder, CUSTOMERS_FILE_NAME);
    // The rest of the body is checked by the contract's schema (strict: unknown keys are refused).
    const outcome = await engine.call('customers/export', { ...body, path: file });
    if (!outcome.ok) {
      sendJson(res, STATUS_BY_CODE[outcome.error.code] ?? 500, outcome);
      return;
    }
    const stat = await fs.promises.stat(file);
    res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Length': stat.size,
      'Content-Disposition': `attachment; filename="${CUSTOMERS_FILE_NAME}"`,
      'Cache-Control': 'no-store',
    });
    await pipeline(fs.createReadStream(file), res);
  } finally {
    await fs.promises.rm(folder, { recursive: true, force: true }).catch(() => undefined);
  }
}
