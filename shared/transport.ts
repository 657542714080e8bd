/**
 * Wire details shared by the two transports (Electron IPC and browser-mode HTTP).
 * A call answers with a CallOutcome: never a thrown error or a stack trace across the boundary.
 */

import type { EventName, Events } from './api.js';
import type { WorkbenchErrorShape } from './errors.js';

export type CallOutcome<T = unknown> = { ok: true; result: T } | { ok: false; error: WorkbenchErrorShape };

/** Envelope for pushed events. */
export interface EventEnvelope<E extends EventName = EventName> {
  event: E;
  payload: Events[E];
}

/** IPC channel names (Electron). */
export const IPC_CALL = 'segwb:call';
export const IPC_EVENT = 'segwb:event';

/** Browser mode: every /api request carries the per-run token in this header (or ?token= for EventSource and downloads). */
export const TOKEN_HEADER = 'x-segwb-token';
/** POST /api/call/<method> with a JSON body of params. */
export const API_CALL_PREFIX = '/api/call/';
/** GET: text/event-stream of EventEnvelope JSON lines. */
export const API_EVENTS = '/api/events';
/** POST raw file bytes, header x-file-name (URI-encoded); answers CallOutcome<{ path: string }>. */
export const API_UPLOAD = '/api/upload';
export const FILE_NAME_HEADER = 'x-file-name';
/** GET ?datasetId=N&token=T: the rejected rows of an import as a CSV download. */
export const API_REJECTS_CSV = '/api/rejects.csv';
/** GET ?id=N&layout=columns|mailchimp&bom=1&columns=a,b&token=T: a segment's members as a CSV download. */
export const API_SEGMENT_CSV = '/api/segment.csv';
/** POST a JSON body { search, rule, sort, columns, bom } with the token header: the Data view's rows as a CSV download. */
export const API_CUSTOMERS_CSV = '/api/customers.csv';
/** POST { table: 'compare' | 'rfm', params } with the token header: that table as an .xlsx download. */
export const API_TABLE_XLSX = '/api/table.xlsx';
/** Browser mode: POST { html } (the report) → the report as PDF, printed by a Chromium on this machine. */
export const API_REPORT_PDF = '/api/report.pdf';

/** What the Electron preload exposes as window.segwb (checked with `satisfies` in the preload). */
export interface PreloadBridge {
  call(method: string, params: unknown): Promise<CallOutcome>;
  onEvent(listener: (envelope: EventEnvelope) => void): () => void;
  /** Absolute path of a File from a file input or a drop (Electron only). */
  pathForFile(file: File): string;
  /** Native save dialog; resolves to null when cancelled. */
  chooseSavePath(defaultName: string): Promise<string | null>;
  /** Tells the main process the language the page shows, so the native menu follows it. */
  setLanguage(language: string): void;
  /** Save dialog, then the report's HTML printed to that PDF file; null when cancelled. */
  saveReportPdf(html: string, defaultName: string): Promise<string | null>;
}
