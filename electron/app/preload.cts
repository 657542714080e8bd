/**
 * The bridge between the sandboxed renderer and the main process: window.segwb, nothing more.
 * Sandboxed preloads run as CommonJS and can require only 'electron', so this file must stay
 * self-contained: the channel names are copied here (a test checks they match shared/transport.ts)
 * and the shared types are imported as types only (erased at compile time).
 */
import { contextBridge, type IpcRendererEvent, ipcRenderer, webUtils } from 'electron';
import type { EventEnvelope, PreloadBridge } from '../../shared/transport.js';

const IPC_CALL = 'segwb:call';
const IPC_EVENT = 'segwb:event';
const SAVE_DIALOG = 'segwb:save-dialog';
const LANGUAGE = 'segwb:language';
const REPORT_PDF = 'segwb:report-pdf';

const bridge = {
  call: (method: string, params: unknown) => ipcRenderer.invoke(IPC_CALL, method, params),
  onEvent(listener: (envelope: EventEnvelope) => void): () => void {
    // The page gets the envelope only, never the IpcRendererEvent (it holds `sender`, i.e. ipcRenderer).
    const forward = (_event: IpcRendererEvent, envelope: EventEnvelope) => listener(envelope);
    ipcRenderer.on(IPC_EVENT, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, forward);
    };
  },
  pathForFile: (file: File) => webUtils.getPathForFile(file),
  chooseSavePath: (defaultName: string) => ipcRenderer.invoke(SAVE_DIALOG, defaultName),
  setLanguage: (language: string) => ipcRenderer.send(LANGUAGE, language),
  saveReportPdf: (html: string, defaultName: string) => ipcRenderer.invoke(REPORT_PDF, html, defaultName),
} satisfies PreloadBridge;

contextBridge.exposeInMainWorld('segwb', bridge);
