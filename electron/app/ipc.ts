/**
 * The main-process end of the preload bridge: engine calls and the save dialog. Every message is checked
 * to come from the app's own page in the main window before it reaches the engine (which validates params).
 */
import path from 'node:path';
import { type BrowserWindow, dialog, type IpcMainEvent, type IpcMainInvokeEvent, ipcMain } from 'electron';
import { ReportHtml } from '../../shared/contract/report.js';
import { isUiLanguage, type UiLanguage } from '../../shared/languages.js';
import { type CallOutcome, IPC_CALL } from '../../shared/transport.js';
import type { Engine } from '../core/engine.js';
import { LANGUAGE_CHANNEL, REPORT_PDF_CHANNEL, SAVE_DIALOG_CHANNEL } from './channels.js';
import { DefaultFileName, saveFilters } from './dialogOptions.js';
import { printReportPdf } from './reportPdf.js';
import { isTrustedSender } from './security.js';
import { ENGLISH, type ShellStrings } from './strings.js';

export interface IpcOptions {
  engine: Engine;
  /** The main window, or null while there is none (macOS keeps running without windows). */
  getWindow: () => BrowserWindow | null;
  /** file:// URL of dist/renderer/index.html. */
  appUrl: string;
  appName: string;
  /** Where the save dialog opens first. */
  defaultDir: () => string;
  /** The shell's strings in the language shown now (it can change while the app runs); English if omitted. */
  strings?: () => ShellStrings;
  /** The page switched its language (the menu is rebuilt in it). */
  onLanguage?: (language: UiLanguage) => void;
}

const UNTRUSTED: CallOutcome = {
  ok: false,
  // No FORBIDDEN code in the contract; the message says what happened.
  error: { code: 'FORBIDDEN', message: 'Refused: this call did not come from the Segment Workbench window.' },
};

export function registerIpc(options: IpcOptions): () => void {
  const strings = (): ShellStrings => options.strings?.() ?? ENGLISH;
  const trusted = (event: IpcMainInvokeEvent | IpcMainEvent): boolean =>
    isFromMainWindow(event, options.getWindow(), options.appUrl);

  ipcMain.handle(IPC_CALL, async (event, method: unknown, params: unknown): Promise<CallOutcome> => {
    if (!trusted(event)) return UNTRUSTED;
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'INVALID_PARAMS', message: 'The method name must be a string.' } };
    }
    return options.engine.call(method, params);
  });

  const chooseSavePath = async (event: IpcMainInvokeEvent, defaultName: unknown): Promise<string | null> => {
    const win = options.getWindow();
    if (!trusted(event) || !win) return null;
    const name = DefaultFileName.safeParse(defaultName);
    if (!name.success) throw new Error('chooseSavePath: expected a file name without folders.');
    const result = await dialog.showSaveDialog(win, {
      title: strings().dialogs.saveTitle,
      defaultPath: path.join(options.defaultDir(), name.data),
      filters: saveFilters(name.data, options.appName, strings()),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  ipcMain.handle(SAVE_DIALOG_CHANNEL, chooseSavePath);

  ipcMain.handle(REPORT_PDF_CHANNEL, async (event, html: unknown, defaultName: unknown): Promise<string | null> => {
    const report = ReportHtml.safeParse(html);
    if (!report.success) throw new Error('saveReportPdf: expected the report as an HTML document.');
    const file = await chooseSavePath(event, defaultName);
    if (file) await printReportPdf(report.data, file);
    return file;
  });

  const onLanguage = (event: IpcMainEvent, language: unknown): void => {
    if (!trusted(event) || typeof language !== 'string' || !isUiLanguage(language)) return;
    options.onLanguage?.(language);
  };
  ipcMain.on(LANGUAGE_CHANNEL, onLanguage);

  return () => {
    ipcMain.removeHandler(IPC_CALL);
    ipcMain.removeHandler(SAVE_DIALOG_CHANNEL);
    ipcMain.removeHandler(REPORT_PDF_CHANNEL);
    ipcMain.removeListener(LANGUAGE_CHANNEL, onLanguage);
  };
}

function isFromMainWindow(
  event: IpcMainInvokeEvent | IpcMainEvent,
  window: BrowserWindow | null,
  appUrl: string,
): boolean {
  const frame = event.senderFrame;
  const isMainWindowTopFrame =
    window !== null && !window.isDestroyed() && event.sender.id === window.webContents.id && frame?.parent === null;
  return isTrustedSender({ isMainWindowTopFrame, frameUrl: frame?.url ?? null }, appUrl);
}
