/** Handlers of report/*: the report's HTML printed to PDF by a Chromium on this machine. */
import { printPdf } from '../report/printPdf.js';
import type { DomainHandlers } from './types.js';

export const reportHandlers: DomainHandlers<'report/pdf'> = {
  'report/pdf': async ({ html, path }) => {
    await printPdf(html, path);
    return { path };
  },
};
