/** Reads a JSON request body with a size limit and a time limit, without trusting Content-Length. */
import type { IncomingMessage } from 'node:http';
import { MAX_RULE_DEPTH, RULE_DEPTH_MESSAGE } from '../../shared/model/rules.js';

export const JSON_BODY_LIMIT = 10 * 1024 * 1024;
/** A JSON body of at most 10 MB from this machine arrives in well under a minute. */
export const JSON_BODY_TIMEOUT_MS = 60_000;
/**
 * Rules are the only deeply nested parameters (one rule level is at most two JSON levels); anything
 * deeper is refused here, before any recursive validation could overflow the stack.
 */
export const MAX_JSON_DEPTH = 4 * MAX_RULE_DEPTH;

export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 408 | 413 | 415; code: 'INVALID_PARAMS'; message: string };

export interface BodyLimits {
  limit?: number;
  timeoutMs?: number;
}

export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** An empty body means "no params" (the engine treats undefined as {}). */
export async function readJsonBody(req: IncomingMessage, limits: BodyLimits = {}): Promise<BodyResult> {
  const limit = limits.limit ?? JSON_BODY_LIMIT;
  const timeoutMs = limits.timeoutMs ?? JSON_BODY_TIMEOUT_MS;
  if (!isJsonContentType(req.headers['content-type'])) {
    return { ok: false, status: 415, code: 'INVALID_PARAMS', message: 'Send the parameters as application/json.' };
  }
  const tooLarge: BodyResult = {
    ok: false,
    status: 413,
    code: 'INVALID_PARAMS',
    message: `The request body is larger than ${limit} bytes.`,
  };
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return tooLarge;
  const body = await collect(req, limit, timeoutMs);
  if (body === 'too large') return tooLarge;
  if (body === 'timeout') {
    const message = `The request body did not arrive within ${timeoutMs / 1000} seconds.`;
    return { ok: false, status: 408, code: 'INVALID_PARAMS', message };
  }
  const text = body.toString('utf8');
  if (text.trim() === '') return { ok: true, value: undefined };
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown; // V8 parses iteratively: any depth is safe here
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : '';
    return { ok: false, status: 400, code: 'INVALID_PARAMS', message: `The request body is not valid JSON${detail}` };
  }
  if (jsonDepth(value) > MAX_JSON_DEPTH) {
    const message = `The request is nested too deeply: ${RULE_DEPTH_MESSAGE}.`;
    return { ok: false, status: 400, code: 'INVALID_PARAMS', message };
  }
  return { ok: true, value };
}

/** Nesting depth of parsed JSON (a scalar is 0), with an explicit stack instead of recursion. */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, depth);
    for (const child of Object.values(node)) stack.push({ node: child, depth: depth + 1 });
  }
  return deepest;
}

/**
 * Collects the body, or stops at the size or time limit. It pauses rather than destroys the
 * request so the caller can still send its 413/408 (with Connection: close) on the same socket.
 */
function collect(req: IncomingMessage, limit: number, timeoutMs: number): Promise<Buffer | 'too large' | 'timeout'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => {
      cleanup();
      req.pause();
      resolve('timeout');
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        req.pause();
        resolve('too large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
