/** The full list of rejected rows of an import: a download link in a browser, a native save dialog in Electron. */
import type { WorkbenchApi } from '../../../shared/api.js';
import { API_REJECTS_CSV } from '../../../shared/transport.js';
import { preloadBridge } from './bridge.js';
import { pageToken } from './token.js';

/** URL of the CSV download in browser mode; null in Electron, where saveRejectsAs is used instead. */
export function rejectsDownloadUrl(datasetId: number): string | null {
  if (preloadBridge()) return null;
  const query = new URLSearchParams({ datasetId: String(datasetId), token: pageToken() ?? '' });
  return `${API_REJECTS_CSV}?${query.toString()}`;
}

/** Asks where to save, then lets the engine write the file. Resolves null when the user cancels. */
export async function saveRejectsAs(
  api: WorkbenchApi,
  datasetId: number,
  defaultName: string,
): Promise<{ path: string; rows: number } | null> {
  const bridge = preloadBridge();
  if (!bridge) return null;
  const path = await bridge.chooseSavePath(defaultName);
  if (!path) return null;
  return api.call('import/saveRejects', { datasetId, path });
}

export function rejectsFileName(sourceFile: string): string {
  const base = sourceFile.replace(/\.[^.]+$/, '');
  return `${base} - rejected rows.csv`;
}
