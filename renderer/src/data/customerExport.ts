/**
 * The Data view's rows as CSV: in Electron the engine writes the file where the user chooses; in
 * browser mode the server sends it back (POST, as the query holds a rule) and the page saves it.
 */
import type { Params, WorkbenchApi } from '../../../shared/api.js';
import { API_CUSTOMERS_CSV, TOKEN_HEADER } from '../../../shared/transport.js';
import { preloadBridge } from '../api/bridge.js';
import { fetchDownload } from '../api/fetchDownload.js';
import { saveBlob } from '../api/segmentExport.js';
import { pageToken } from '../api/token.js';

export type CustomerExportChoice = Omit<Params<'customers/export'>, 'path'>;

export const CUSTOMERS_FILE_NAME = 'customers.csv';

/** Resolves true once the file is written (Electron) or handed to the browser's downloads, false when cancelled. */
export async function exportCustomers(
  api: WorkbenchApi,
  choice: CustomerExportChoice,
  fetchFn: typeof fetch = fetch,
): Promise<boolean> {
  const bridge = preloadBridge();
  if (bridge) {
    const path = await bridge.chooseSavePath(CUSTOMERS_FILE_NAME);
    if (!path) return false;
    await api.call('customers/export', { ...choice, path });
    return true;
  }
  saveBlob(await fetchCustomersCsv(choice, pageToken() ?? '', fetchFn), CUSTOMERS_FILE_NAME);
  return true;
}

/** Browser mode: a refusal (an unknown column, a broken rule) reaches the user with the server's message. */
export function fetchCustomersCsv(
  choice: CustomerExportChoice,
  token: string,
  fetchFn: typeof fetch = fetch,
): Promise<Blob> {
  const init: RequestInit = {
    method: 'POST',
    headers: { [TOKEN_HEADER]: token, 'content-type': 'application/json' },
    body: JSON.stringify(choice),
  };
  return fetchDownload(API_CUSTOMERS_CSV, init, fetchFn);
}
