/**
 * Loads the report bundle (dist/report/buildReport.js, built by `npm run build`) that makes the
 * report's HTML; a missing bundle gets a message saying how to make it, never a module error.
 */
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WorkbenchError } from '../../shared/errors.js';
import type { BuildReportHtml } from '../../shared/report.js';

/** dist/electron/cli/ → dist/report/buildReport.js */
const BUNDLE = fileURLToPath(new URL('../../report/buildReport.js', import.meta.url));

export async function loadReportBundle(): Promise<{ buildReportHtml: BuildReportHtml }> {
  if (!fs.existsSync(BUNDLE)) {
    throw new WorkbenchError(
      'INTERNAL',
      `The report module is missing (${BUNDLE}). Build the app first: npm run build.`,
    );
  }
  const module = (await import(pathToFileURL(BUNDLE).href)) as { buildReportHtml: BuildReportHtml };
  return { buildReportHtml: module.buildReportHtml };
}
