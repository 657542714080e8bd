/**
 * GET /api/segment.csv?id=N&layout=columns|mailchimp|…&bom=1&columns=a,b&personal=mask&format=xlsx: a download of a saved
 * segment's members. As for the rejects download, the engine writes the CSV to a path
 * (segments/export, as in Electron); we write it to a temp folder and stream it back.
 */
import type { ServerResponse } from 'node:http';
import type { Engine } from '../core/engine.js';
import { storedSegments } from '../core/segments/store.js';
import { serveEngineCsv } from './engineCsv.js';
import { sendError } from './respond.js';

/** The media type of .xlsx workbooks (Office Open XML spreadsheet). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
  // An unknown format is passed on too, for the contract's schema to refuse.
  const format = query.get('format') ?? 'csv';
  const extension = format === 'xlsx' ? 'xlsx' : 'csv';
  await serveEngineCsv(res, {
    tempPrefix: 'segwb-segment-',
    fileName: `segment-${id}.${extension}`,
    ...(format === 'xlsx' ? { contentType: XLSX_TYPE } : {}),
    write: (file) =>
      engine.call('segments/export', {
        id,
        path: file,
        // An unknown layout is passed on, so the contract's schema refuses it with its own message.
        layout: query.get('layout') ?? 'columns',
        columns,
        bom: query.get('bom') === '1' || query.get('bom') === 'true',
        // Checked by the contract's schema too: keep, mask or omit.
        personal: query.get('personal') ?? 'keep',
        format,
      }),
    // Read after the export succeeded, so the segment exists.
    disposition: () => contentDisposition(segmentName(engine, id), id, extension),
  });
}

/** The name for the download; read from the project without counting (the export just succeeded). */
function segmentName(engine: Pick<Engine, 'session'>, id: number): string | null {
  const db = engine.session.project?.db;
  return db ? (storedSegments(db).find((s) => s.id === id)?.name ?? null) : null;
}

/** "VIP customers.csv" for the browser; an ASCII fallback name for old clients. */
export function contentDisposition(name: string | null, id: number, extension: 'csv' | 'xlsx' = 'csv'): string {
  const fallback = `segment-${id}.${extension}`;
  const clean = name
    ?.replace(/[\p{Cc}/\\:*?"<>|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!clean) return `attachment; filename="${fallback}"`;
  // RFC 5987: ' ( ) are not allowed unencoded in an extended value; encodeURIComponent keeps them.
  const encoded = encodeURIComponent(`${clean}.${extension}`).replace(
    /['()]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
