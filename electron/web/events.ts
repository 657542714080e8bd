/** GET /api/events: the engine's events as a Server-Sent Events stream (what EventSource reads). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Engine } from '../core/engine.js';

export const HEARTBEAT_MS = 15_000;

/** Opens the stream; returns a function that ends it (used when the server shuts down). */
export function openEventStream(
  req: IncomingMessage,
  res: ServerResponse,
  engine: Pick<Engine, 'onEvent'>,
  heartbeatMs = HEARTBEAT_MS,
): () => void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    // Stops proxies from buffering; harmless without one.
    'X-Accel-Buffering': 'no',
  });
  // A first comment flushes the headers so the client's onopen fires at once.
  res.write(': connected\n\n');
  const unsubscribe = engine.onEvent((envelope) => {
    res.write(`data: ${JSON.stringify(envelope)}\n\n`);
  });
  // Keeps idle connections from being dropped by the browser or anything in between.
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
  heartbeat.unref();
  let ended = false;
  const end = (): void => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    res.end();
  };
  req.on('close', end);
  res.on('close', end);
  return end;
}
