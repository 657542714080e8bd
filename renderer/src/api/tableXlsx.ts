/**
 * A table of the app (the comparison, the RFM summary, the ABC classes, the cohorts) as an .xlsx workbook, written by the engine's one
 * workbook writer: in Electron where the user chooses (save dialog), in browser mode as a download.
 */
import type { Params, WorkbenchApi } from '../../../shared/api.js';
import { API_TABLE_XLSX, TOKEN_HEADER } from '../../../shared/transport.js';
import { preloadBridge } from './bridge.js';
import { fetchDownload } from './fetchDownload.js';
import { saveBlob } from './segmentExport.js';
import { pageToken } from './token.js';

export type XlsxTableChoice =
  | { table: 'compare'; params: Omit<Params<'analysis/compareCsv'>, 'path' | 'format' | 'bom'> }
  | { table: 'rfm'; params: Omit<Params<'rfm/summaryExport'>, 'path' | 'format' | 'bom'> }
  | { table: 'abc'; params: Omit<Params<'analysis/abcExport'>, 'path' | 'format' | 'bom'> }
  | { table: 'cohorts'; params: Omit<Params<'changes/cohortsExport'>, 'path' | 'format' | 'bom'> };

export const TABLE_FILE_NAMES = {
  compare: 'segment-comparison.xlsx',
  rfm: 'rfm-segments.xlsx',
  abc: 'abc-classes.xlsx',
  cohorts: 'cohorts.xlsx',
} as const;

/** Resolves true once the workbook is written or handed to the browser's downloads, false when cancelled. */
export async function exportTableXlsx(
  api: WorkbenchApi,
  choice: XlsxTableChoice,
  fetchFn: typeof fetch = fetch,
): Promise<boolean> {
  const fileName = TABLE_FILE_NAMES[choice.table];
  const bridge = preloadBridge();
  if (bridge) {
    const path = await bridge.chooseSavePath(fileName);
    if (!path) return false;
    if (choice.table === 'compare') await api.call('analysis/compareCsv', { ...choice.params, path, format: 'xlsx' });
    else if (choice.table === 'rfm') await api.call('rfm/summaryExport', { ...choice.params, path, format: 'xlsx' });
    else if (choice.table === 'abc') await api.call('analysis/abcExport', { ...choice.params, path, format: 'xlsx' });
    else await api.call('changes/cohortsExport', { ...choice.params, path, format: 'xlsx' });
    return true;
  }
  const init: RequestInit = {
    method: 'POST',
    headers: { [TOKEN_HEADER]: pageToken() ?? '', 'content-type': 'application/json' },
    body: JSON.stringify(choice),
  };
  saveBlob(await fetchDownload(API_TABLE_XLSX, init, fetchFn), fileName);
  return true;
}
