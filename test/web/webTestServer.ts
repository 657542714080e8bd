/** A browser-mode server over a real engine in temp folders, and a raw HTTP client that may lie about Host/Origin. */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createEngine, type Engine } from '../../electron/core/engine.js';
import { startWebServer, type WebEngine, type WebServer } from '../../electron/web/server.js';

export const INDEX_HTML = '<!doctype html><html><head><title>Segment Workbench</title></head><body>hi</body></html>';

export interface TestServer {
  server: WebServer;
  engine: Engine;
  /** Parent of staticDir, projectsDir and stateDir. */
  root: string;
  staticDir: string;
  projectsDir: string;
  stateDir: string;
  request(pathAndQuery: string, options?: RequestOptions): Promise<RawResponse>;
  /** POST /api/call/<method> with the token and a JSON body. */
  call(method: string, params?: unknown): Promise<RawResponse>;
  stop(): Promise<void>;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Leave out the token header (it is sent by default). */
  noToken?: boolean;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text: string;
  json(): unknown;
}

export async function startTestServer(
  options: {
    wrapEngine?: (engine: Engine) => WebEngine;
    heartbeatMs?: number;
    bodyTimeoutMs?: number;
    maxUploadBytes?: number;
    log?: (message: string) => void;
  } = {},
): Promise<TestServer> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-web-test-'));
  const staticDir = path.join(root, 'static');
  const projectsDir = path.join(root, 'projects');
  const stateDir = path.join(root, 'state');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1);\n');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'top secret');
  const engine = createEngine({ mode: 'web', appVersion: '9.8.7', projectsDir, stateDir });
  const server = await startWebServer({
    engine: options.wrapEngine ? options.wrapEngine(engine) : engine,
    staticDir,
    heartbeatMs: options.heartbeatMs,
    bodyTimeoutMs: options.bodyTimeoutMs,
    maxUploadBytes: options.maxUploadBytes,
    log: options.log,
  });

  const request = (pathAndQuery: string, opts: RequestOptions = {}): Promise<RawResponse> =>
    rawRequest(server.port, pathAndQuery, {
      ...opts,
      headers: { ...(opts.noToken ? {} : { 'x-segwb-token': server.token }), ...opts.headers },
    });

  return {
    server,
    engine,
    root,
    staticDir,
    projectsDir,
    stateDir,
    request,
    call: (method, params) =>
      request(`/api/call/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: params === undefined ? '' : JSON.stringify(params),
      }),
    async stop() {
      await server.close();
      engine.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

export function rawRequest(port: number, pathAndQuery: string, opts: RequestOptions = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathAndQuery,
        method: opts.method ?? 'GET',
        agent: false,
        headers: { host: `127.0.0.1:${port}`, ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const text = body.toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text, json: () => JSON.parse(text) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}
