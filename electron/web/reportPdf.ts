/**
 * POST /api/report.pdf with { html } and the token header: the report printed to PDF by the engine's
 * report/pdf (a Chromium on this machine) into a temp file and streamed back, as the CSV downloads are
 * (engineCsv.ts). No Chromium: a 400 whose message says how to get one, shown by the page.
 */
import type { ServerResponse } from 'node:http';
import type { Engine } from '../core/engine.js';
import { serveEngineCsv } from './engineCsv.js';
import { sendError } from './respond.js';

export async function serveReportPdf(res: ServerResponse, engine: Pick<Engine, 'call'>, body: unknown): Promise<void> {
  const html = (body as { html?: unknown } | null)?.html;
  if (typeof html !== 'string') {
    sendError(res, 400, 'INVALID_PARAMS', 'Send { "html": "<!doctype html>…" } (the report) as a JSON object.');
    return;
  }
  await serveEngineCsv(res, {
    tempPrefix: 'segwb-report-',
    fileName: 'report.pdf',
    contentType: 'application/pdf',
    write: (file) => engine.call('report/pdf', { html, path: file }),
  });
}
