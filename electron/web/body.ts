/** Reads a JSON request body with a size limit, without trusting Content-Length. */
import type { IncomingMessage } from 'node:http';

export const JSON_BODY_LIMIT = 10 * 1024 * 1024;

export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 413 | 415; code: 'INVALID_PARAMS'; message: string };

export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** An empty body means "no params" (the engine treats undefined as {}). */
export async function readJsonBody(req: IncomingMessage, limit = JSON_BODY_LIMIT): Promise<BodyResult> {
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
  const body = await collect(req, limit);
  if (body === null) return tooLarge;
  const text = body.toString('utf8');
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : '';
    return { ok: false, status: 400, code: 'INVALID_PARAMS', message: `The request body is not valid JSON${detail}` };
  }
}

/**
 * Collects the body, or stops at the limit and answers null. It pauses rather than destroys the
 * request so the caller can still send its 413 (with Connection: close) on the same socket.
 */
function collect(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        req.pause();
        resolve(null);
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
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
