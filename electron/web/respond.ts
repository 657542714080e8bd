/** Small response helpers: every API answer is a CallOutcome JSON body, never a stack trace. */
import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../../shared/errors.js';
import type { CallOutcome } from '../../shared/transport.js';

export function sendJson(res: ServerResponse, status: number, body: CallOutcome): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}
