/**
 * Contract of the report methods (issue "The workshop in four languages" §4) the engine answers: the
 * report's HTML (made by the renderer's report code) printed to PDF by a Chromium on this machine, for
 * browser mode and the CLI. The app prints with Electron's own Chromium instead (electron/app/reportPdf.ts).
 */
import { z } from 'zod';
import { FilePath } from './common.js';

/** A report of a project with hundreds of segments and its inline charts stays well below this. */
export const MAX_REPORT_HTML = 8 * 1024 * 1024;

/** The report's own policy (renderer/src/report/renderReport.ts): nothing loads, no script runs. */
export const REPORT_POLICY = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;

/**
 * Only the report is printed: an HTML document that opens with the report's policy (so no script in it
 * could run, in the printing browser either) and holds no script element.
 */
export const ReportHtml = z
  .string()
  .max(MAX_REPORT_HTML, `a report can have at most ${MAX_REPORT_HTML} characters`)
  .refine(
    (html) =>
      html.startsWith('<!doctype html>') && html.slice(0, 400).includes(REPORT_POLICY) && !/<script\b/i.test(html),
    'expected the report as an HTML document',
  );

export const reportMethods = {
  'report/pdf': z.object({ html: ReportHtml, path: FilePath }).strict(),
} as const;

export interface ReportResults {
  'report/pdf': { path: string };
}
