/**
 * POST /api/customers.csv with the Data view's query as a JSON body ({ search, rule, sort, columns,
 * bom }): the rows the view shows, as a download. As for a segment, the engine writes the CSV to a
 * path (customers/export, as in Electron); we write it to a temp folder and stream it back. A POST,
 * because a rule does not fit in an address; the page fetches it with the token header.
 */
import type { ServerResponse } from 'node:http';
import type { Engine } from '../core/engine.js';
import { serveEngineCsv } from './engineCsv.js';
import { sendError } from './respond.js';

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
  await serveEngineCsv(res, {
    tempPrefix: 'segwb-customers-',
    fileName: CUSTOMERS_FILE_NAME,
    // The rest of the body is checked by the contract's schema (strict: unknown keys are refused).
    write: (file) => engine.call('customers/export', { ...body, path: file }),
  });
}
