/**
 * The report as PDF: in Electron through the app's own printing (save dialog, then printToPDF), in
 * browser mode printed by a Chromium on the machine running the engine and downloaded. Resolves false
 * when the user cancelled the save dialog.
 */
import { API_REPORT_PDF, TOKEN_HEADER } from '../../../shared/transport.js';
import { preloadBridge } from './bridge.js';
import { fetchDownload } from './fetchDownload.js';
import { saveBlob } from './segmentExport.js';
import { pageToken } from './token.js';

export async function saveReportPdf(html: string, fileName: string, fetchFn: typeof fetch = fetch): Promise<boolean> {
  const bridge = preloadBridge();
  if (bridge) return (await bridge.saveReportPdf(html, fileName)) !== null;
  const init: RequestInit = {
    method: 'POST',
    headers: { [TOKEN_HEADER]: pageToken() ?? '', 'content-type': 'application/json' },
    body: JSON.stringify({ html }),
  };
  saveBlob(await fetchDownload(API_REPORT_PDF, init, fetchFn), fileName);
  return true;
}
