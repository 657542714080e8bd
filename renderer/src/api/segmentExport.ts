/** A segment's members as CSV: a download link in a browser, a native save dialog in Electron. */
import type { WorkbenchApi } from '../../../shared/api.js';
import { API_SEGMENT_CSV } from '../../../shared/transport.js';
import { preloadBridge } from './bridge.js';
import { pageToken } from './token.js';

export interface SegmentExportChoice {
  id: number;
  layout: 'columns' | 'mailchimp';
  /** Field keys (layout 'columns'). */
  columns: string[];
  bom: boolean;
}

/** URL of the CSV download in browser mode; null in Electron, where exportSegmentAs is used instead. */
export function segmentCsvUrl(choice: SegmentExportChoice): string | null {
  if (preloadBridge()) return null;
  const query = new URLSearchParams({ id: String(choice.id), layout: choice.layout });
  if (choice.bom) query.set('bom', '1');
  if (choice.layout === 'columns') query.set('columns', choice.columns.join(','));
  query.set('token', pageToken() ?? '');
  return `${API_SEGMENT_CSV}?${query.toString()}`;
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
  return api.call(
    'segments/export',
    layout === 'columns' ? { id, path, layout, bom, columns: choice.columns } : { id, path, layout, bom },
  );
}

/** "VIP customers.csv": the segment name without characters file systems refuse. */
export function segmentFileName(name: string): string {
  const safe = [...name]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return `${safe || 'segment'}.csv`;
}
