/** A segment's members as CSV: a download link in a browser, a native save dialog in Electron. */
import type { FieldInfo, WorkbenchApi } from '../../../shared/api.js';
import { contactField, type ExportLayout } from '../../../shared/model/exportLayouts.js';
import type { PersonalData } from '../../../shared/model/personalData.js';
import { API_SEGMENT_CSV, TOKEN_HEADER } from '../../../shared/transport.js';
import { preloadBridge } from './bridge.js';
import { fetchDownload } from './fetchDownload.js';
import { pageToken } from './token.js';

export interface SegmentExportChoice {
  id: number;
  layout: ExportLayout;
  /** Field keys (layout 'columns'). */
  columns: string[];
  bom: boolean;
  /** Email, phone and name columns (layout 'columns'): kept, masked or left out. */
  personal: PersonalData;
  /** CSV, or an .xlsx workbook with typed cells. */
  format: 'csv' | 'xlsx';
}

/** URL of the CSV download in browser mode; null in Electron, where exportSegmentAs is used instead. */
export function segmentCsvUrl(choice: SegmentExportChoice): string | null {
  if (preloadBridge()) return null;
  return `${segmentCsvPath(choice)}&token=${encodeURIComponent(pageToken() ?? '')}`;
}

/** The download's path and query, without the token. */
export function segmentCsvPath(choice: SegmentExportChoice): string {
  const query = new URLSearchParams({ id: String(choice.id), layout: choice.layout });
  if (choice.bom && choice.format === 'csv') query.set('bom', '1');
  if (choice.format === 'xlsx') query.set('format', 'xlsx');
  if (choice.layout === 'columns') query.set('columns', choice.columns.join(','));
  if (choice.layout === 'columns' && choice.personal !== 'keep') query.set('personal', choice.personal);
  return `${API_SEGMENT_CSV}?${query.toString()}`;
}

/** Browser mode: a refusal (e.g. Mailchimp without an email field) reaches the user with the server's message. */
export function fetchSegmentCsv(url: string, token: string, fetchFn: typeof fetch = fetch): Promise<Blob> {
  return fetchDownload(url, { headers: { [TOKEN_HEADER]: token } }, fetchFn);
}

/** Hands a fetched file to the browser's downloads under a name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** Whether the project has an email field: the engine looks for it the same way (shared/model/exportLayouts.ts). */
export function hasEmailField(fields: readonly FieldInfo[]): boolean {
  return contactField(fields, 'email') !== null;
}

/** Asks where to save, then lets the engine write the file. Resolves null when the user cancels. */
export async function exportSegmentAs(
  api: WorkbenchApi,
  choice: SegmentExportChoice,
  defaultName: string,
): Promise<{ path: string; rows: number } | null> {
  const bridge = preloadBridge();
  if (!bridge) return null;
  const path = await bridge.chooseSavePath(defaultName);
  if (!path) return null;
  const { id, layout, bom } = choice;
  // The name typed in the save dialog has the last word: "list.csv" is CSV even if a workbook was chosen.
  const format = path.toLowerCase().endsWith('.xlsx')
    ? 'xlsx'
    : path.toLowerCase().endsWith('.csv')
      ? 'csv'
      : choice.format;
  return api.call(
    'segments/export',
    layout === 'columns'
      ? { id, path, layout, bom, format, columns: choice.columns, personal: choice.personal }
      : { id, path, layout, bom, format },
  );
}

/** "VIP customers.csv" (or .xlsx): the segment name without characters file systems refuse. */
export function segmentFileName(name: string, format: 'csv' | 'xlsx' | 'html' | 'pdf' = 'csv'): string {
  const safe = [...name]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return `${safe || 'segment'}.${format}`;
}
