/**
 * Browser mode's HTTP transport: the same engine as Electron, served to a browser on 127.0.0.1.
 *
 * Status codes: an engine answer (success or a WorkbenchError) is always HTTP 200 with the
 * engine's CallOutcome; the client reads the JSON. Requests refused before the engine sees them
 * get a 4xx status with a CallOutcome error body too: 400/413/415 bad body, 408 a body that stopped
 * arriving, 401 token, 403 Host or Origin, 404 unknown path, 405 wrong verb, 500 anything thrown
 * while handling a request (message only, no stack): every request gets an answer.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  API_CALL_PREFIX,
  API_CUSTOMERS_CSV,
  API_EVENTS,
  API_REJECTS_CSV,
  API_REPORT_PDF,
  API_SEGMENT_CSV,
  API_TABLE_XLSX,
  API_UPLOAD,
  FILE_NAME_HEADER,
  TOKEN_HEADER,
} from '../../shared/transport.js';
import type { Engine } from '../core/engine.js';
import { readJsonBody } from './body.js';
import { serveCustomersCsv } from './customersCsv.js';
import { HEARTBEAT_MS, openEventStream } from './events.js';
import { serveRejectsCsv } from './rejects.js';
import { serveReportPdf } from './reportPdf.js';
import { sendError, sendJson } from './respond.js';
import { applySecurityHeaders, createToken, isAllowedHost, isAllowedOrigin, tokensMatch } from './security.js';
import { serveSegmentCsv } from './segmentCsv.js';
import { serveStatic } from './staticFiles.js';
import { serveTableXlsx } from './tableXlsx.js';
import { UploadStore, UploadTooLargeError } from './uploads.js';

export const LOOPBACK_HOST = '127.0.0.1';

/** What the server needs of the engine (a wrapper with the same shape works in tests). */
export type WebEngine = Pick<Engine, 'call' | 'onEvent' | 'session'>;

export interface WebServerOptions {
  engine: WebEngine;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** Defaults to a fresh random token. */
  token?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Only 127.0.0.1 is accepted: browser mode is never reachable from another machine. */
  host?: string;
  /** Defaults to <stateDir>/uploads. */
  uploadsDir?: string;
  /** Larger uploads are refused with 413; defaults to DEFAULT_MAX_UPLOAD_BYTES (4 GiB). */
  maxUploadBytes?: number;
  heartbeatMs?: number;
  /** How long a JSON body may take to arrive; defaults to JSON_BODY_TIMEOUT_MS. */
  bodyTimeoutMs?: number;
  /** Where the server reports its own failures; defaults to stderr. */
  log?: (message: string) => void;
}

export interface WebServer {
  /** The address to open, token included. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? LOOPBACK_HOST;
  if (host !== LOOPBACK_HOST) {
    throw new Error(`Browser mode listens on ${LOOPBACK_HOST} only (asked for "${host}").`);
  }
  const { engine } = options;
  const token = options.token ?? createToken();
  const staticDir = path.resolve(options.staticDir);
  const uploads = new UploadStore(
    options.uploadsDir ?? path.join(engine.session.options.stateDir, 'uploads'),
    options.maxUploadBytes,
  );
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const streams = new Set<() => void>();
  let port = 0;

  await uploads.removeStale();

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    applySecurityHeaders(res);
    const hostHeader = req.headers.host;
    if (!isAllowedHost(hostHeader, port) || !hostHeader) {
      sendError(res, 403, 'FORBIDDEN', 'This address is not served here. Open the 127.0.0.1 address printed at start.');
      return;
    }
    if (!isAllowedOrigin(req.headers.origin, hostHeader)) {
      sendError(res, 403, 'FORBIDDEN', 'Requests from other sites are refused.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${hostHeader}`);
    if (url.pathname !== '/api' && !url.pathname.startsWith('/api/')) {
      await serveStatic(req, res, staticDir, url.pathname);
      return;
    }
    if (!tokensMatch(token, presentedToken(req, url))) {
      sendError(res, 401, 'UNAUTHORIZED', 'Missing or wrong access token. Open the address printed at start.');
      return;
    }
    await routeApi(req, res, url);
  }

  async function routeApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const { pathname } = url;
    if (pathname.startsWith(API_CALL_PREFIX)) {
      if (!expectMethod(req, res, 'POST')) return;
      const body = await readJsonBody(req, { timeoutMs: options.bodyTimeoutMs });
      if (!body.ok) {
        if (body.status === 413 || body.status === 408) res.setHeader('Connection', 'close');
        sendError(res, body.status, body.code, body.message);
        return;
      }
      sendJson(res, 200, uploads.withUserNames(await engine.call(pathname.slice(API_CALL_PREFIX.length), body.value)));
    } else if (pathname === API_EVENTS) {
      if (!expectMethod(req, res, 'GET')) return;
      const end = openEventStream(req, res, engine, options.heartbeatMs ?? HEARTBEAT_MS);
      streams.add(end);
      res.on('close', () => streams.delete(end));
    } else if (pathname === API_UPLOAD) {
      if (!expectMethod(req, res, 'POST')) return;
      await receiveUpload(req, res);
    } else if (pathname === API_REJECTS_CSV) {
      if (!expectMethod(req, res, 'GET')) return;
      await serveRejectsCsv(res, engine, url.searchParams.get('datasetId'));
    } else if (pathname === API_SEGMENT_CSV) {
      if (!expectMethod(req, res, 'GET')) return;
      await serveSegmentCsv(res, engine, url.searchParams);
    } else if (pathname === API_CUSTOMERS_CSV) {
      if (!expectMethod(req, res, 'POST')) return;
      const body = await readJsonBody(req, { timeoutMs: options.bodyTimeoutMs });
      if (!body.ok) sendError(res, body.status, body.code, body.message);
      else await serveCustomersCsv(res, engine, body.value);
    } else if (pathname === API_TABLE_XLSX) {
      if (!expectMethod(req, res, 'POST')) return;
      const body = await readJsonBody(req, { timeoutMs: options.bodyTimeoutMs });
      if (!body.ok) sendError(res, body.status, body.code, body.message);
      else await serveTableXlsx(res, engine, body.value);
    } else if (pathname === API_REPORT_PDF) {
      if (!expectMethod(req, res, 'POST')) return;
      const body = await readJsonBody(req, { timeoutMs: options.bodyTimeoutMs });
      if (!body.ok) sendError(res, body.status, body.code, body.message);
      else await serveReportPdf(res, engine, body.value);
    } else {
      sendError(res, 404, 'NOT_FOUND', `There is no API endpoint ${pathname}.`);
    }
  }

  async function receiveUpload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const file = await uploads.receive(req, headerText(req, FILE_NAME_HEADER));
      sendJson(res, 200, { ok: true, result: { path: file } });
    } catch (error) {
      if (!(error instanceof UploadTooLargeError)) throw error;
      // The rest of the body is not read: close the connection after the answer.
      res.setHeader('Connection', 'close');
      sendError(res, 413, 'INVALID_PARAMS', error.message);
    }
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((error: unknown) => answerFailure(req, res, error, log));
  });
  // Large uploads may take longer than Node's default 5 minute request timeout.
  server.requestTimeout = 0;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port ?? 0, host }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | null = null;
  return {
    url: `http://${LOOPBACK_HOST}:${port}/?token=${encodeURIComponent(token)}`,
    port,
    token,
    close() {
      closing ??= (async () => {
        for (const end of streams) end();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        await uploads.removeAll();
      })();
      return closing;
    },
  };
}

/**
 * The last resort for anything thrown while handling a request. The request itself is no guide
 * to whether the client is still there (Node destroys it once its body has been read); the
 * socket is.
 */
function answerFailure(req: IncomingMessage, res: ServerResponse, error: unknown, log: (m: string) => void): void {
  const message = error instanceof Error ? error.message : String(error);
  if (res.destroyed || !res.socket || res.socket.destroyed) return; // the client went away (e.g. an aborted upload)
  log(`browser mode: ${req.method} ${req.url?.split('?')[0]} failed: ${message}`);
  try {
    if (res.headersSent) res.destroy();
    else sendError(res, 500, 'INTERNAL', `The request failed: ${message}`);
  } catch {
    res.destroy();
  }
}

/** The header always works; the query string only where the browser cannot set headers. */
function presentedToken(req: IncomingMessage, url: URL): string | undefined {
  const header = headerText(req, TOKEN_HEADER);
  if (header !== undefined) return header;
  const downloads: readonly string[] = [API_EVENTS, API_REJECTS_CSV, API_SEGMENT_CSV];
  const queryAllowed = req.method === 'GET' && downloads.includes(url.pathname);
  return queryAllowed ? (url.searchParams.get('token') ?? undefined) : undefined;
}

function headerText(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function expectMethod(req: IncomingMessage, res: ServerResponse, method: 'GET' | 'POST'): boolean {
  if (req.method === method) return true;
  res.setHeader('Allow', method);
  sendError(res, 405, 'INVALID_PARAMS', `Use ${method} for ${req.url?.split('?')[0]}.`);
  return false;
}
