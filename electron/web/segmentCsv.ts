/**
 * GET /api/segment.csv?id=N&layout=columns|mailchimp&bom=1&columns=a,b: a download of a saved
 * segment's members. As for the rejects download, the engine writes the CSV to a path
 * (segments/export, as in Electron); we write it to a temp folder and stream it back.
 */
import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ErrorCode } from '../../shared/errors.js';
import type { Engine } from '../core/engine.js';
import { storedSegments } from '../core/segments/store.js';
import { sendError, sendJson } from './respond.js';

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  INVALID_PARAMS: 400,
  NOT_FOUND: 404,
  FILE_NOT_FOUND: 404,
  NO_PROJECT: 409,
};

export async function serveSegmentCsv(
  res: ServerResponse,
  engine: Pick<Engine, 'call' | 'session'>,
  query: URLSearchParams,
): Promise<void> {
  const idText = query.get('id');
  const id = Number(idText);
  if (!idText || !/^\d+$/.test(idText) || !Number.isSafeInteger(id) || id < 1) {
    sendError(res, 400, 'INVALID_PARAMS', 'id must be a positive whole number.');
    return;
  }
  const columnsText = query.get('columns');
  const columns = columnsText
    ? columnsText
        .split(',')
        .map((c) => c.trim())
        .filter((c) => c !== '')
    : undefined;
  const folder = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'segwb-segment-'));
  try {
    const file = path.join(folder, `segment-${id}.csv`);
    const outcome = await engine.call('segments/export', {
      id,
      path: file,
      // An unknown layout is passed on, so the contract's schema refuses it with its own message.
      layout: query.get('layout') ?? 'columns',
      columns,
      bom: query.get('bom') === '1' || query.get('bom') === 'true',
    });
    if (!outcome.ok) {
      sendJson(res, STATUS_BY_CODE[outcome.error.code] ?? 500, outcome);
      return;
    }
    const stat = await fs.promises.stat(file);
    const name = segmentName(engine, id);
    res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Length': stat.size,
      'Content-Disposition': contentDisposition(name, id),
      'Cache-Control': 'no-store',
    });
    await pipeline(fs.createReadStream(file), res);
  } finally {
    await fs.promises.rm(folder, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The name for the download; read from the project without counting (the export just succeeded). */
function segmentName(engine: Pick<Engine, 'session'>, id: number): string | null {
  const db = engine.session.project?.db;
  return db ? (storedSegments(db).find((s) => s.id === id)?.name ?? null) : null;
}

/** "VIP customers.csv" for the browser; an ASCII fallback name for old clients. */
export function contentDisposition(name: string | null, id: number): string {
  const fallback = `segment-${id}.csv`;
  const clean = name
    ?.replace(/[\p{Cc}/\\:*?"<>|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!clean) return `attachment; filename="${fallback}"`;
  // RFC 5987: ' ( ) are not allowed unencoded in an extended value; encodeURIComponent keeps them.
  const encoded = encodeURIComponent(`${clean}.csv`).replace(
    /['()]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
