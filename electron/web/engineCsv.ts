/**
 * A CSV (or .xlsx) download the engine writes: the engine's export methods write to a path (as in Electron),
 * so browser mode gives them a file in a fresh temp folder, streams it back and removes the folder.
 * A refusal is answered as JSON with the engine's message, for the page to show.
 */
import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ErrorCode } from '../../shared/errors.js';
import type { CallOutcome } from '../../shared/transport.js';
import { sendJson } from './respond.js';

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  INVALID_PARAMS: 400,
  NOT_FOUND: 404,
  FILE_NOT_FOUND: 404,
  NO_PROJECT: 409,
};

export interface EngineCsv {
  /** Prefix of the temp folder's name (segwb-…), to tell the downloads apart if one is left. */
  tempPrefix: string;
  /** The file's name in the temp folder, and the download's unless `disposition` says otherwise. */
  fileName: string;
  /** Asks the engine to write the CSV to this path. */
  write(file: string): Promise<CallOutcome>;
  /** The file's media type; default CSV (an .xlsx workbook is downloaded the same way). */
  contentType?: string;
  /** The Content-Disposition header, once the file is written. */
  disposition?(): string;
}

export async function serveEngineCsv(res: ServerResponse, csv: EngineCsv): Promise<void> {
  const folder = await fs.promises.mkdtemp(path.join(os.tmpdir(), csv.tempPrefix));
  try {
    const file = path.join(folder, csv.fileName);
    const outcome = await csv.write(file);
    if (!outcome.ok) {
      sendJson(res, STATUS_BY_CODE[outcome.error.code] ?? 500, outcome);
      return;
    }
    const stat = await fs.promises.stat(file);
    res.writeHead(200, {
      'Content-Type': csv.contentType ?? 'text/csv; charset=utf-8',
      'Content-Length': stat.size,
      'Content-Disposition': csv.disposition?.() ?? `attachment; filename="${csv.fileName}"`,
      'Cache-Control': 'no-store',
    });
    await pipeline(fs.createReadStream(file), res);
  } finally {
    await fs.promises.rm(folder, { recursive: true, force: true }).catch(() => undefined);
  }
}
