/**
 * The report as PDF in the app: Electron's own Chromium prints it (webContents.printToPDF) in a hidden,
 * sandboxed window with JavaScript off, from a temp copy of the HTML (a data: URL would hit Chromium's
 * URL length limit on a large report). The file is written under a temporary name and renamed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow } from 'electron';
import { writeAtomically } from '../core/files/writeAtomically.js';

export async function printReportPdf(html: string, file: string): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-report-'));
  const page = path.join(work, 'report.html');
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    fs.writeFileSync(page, html);
    await win.loadFile(page);
    const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
    writeAtomically(file, pdf);
  } finally {
    win.destroy();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
