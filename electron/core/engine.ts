/**
 * The engine as both transports see it: validate params with the contract's schema, run the
 * handler, answer with a CallOutcome. Nothing thrown inside a handler escapes as a stack trace.
 */
import { EventEmitter } from 'node:events';
import type { EventName, Events } from '../../shared/api.js';
import { isMethodName, methods } from '../../shared/api.js';
import { toErrorShape } from '../../shared/errors.js';
import type { CallOutcome, EventEnvelope } from '../../shared/transport.js';
import { handlers } from './handlers/index.js';
import type { HandlerContext } from './handlers/types.js';
import { Session, type SessionOptions } from './session.js';

export interface Engine {
  call(method: string, params: unknown): Promise<CallOutcome>;
  onEvent(listener: (envelope: EventEnvelope) => void): () => void;
  readonly session: Session;
  close(): void;
  /**
   * For an exit (browser mode's SIGTERM): cancels a running import and the work after one, waits
   * a little for them to roll back, then closes. Resolves false when a worker is still inside a
   * SQLite statement: process.exit() would wait for it to end (minutes for a 1 GB file's index),
   * so the caller ends the process at once instead; its transaction is then rolled back at the
   * next open, and a new project's copy is never renamed over the project.
   */
  stop(): Promise<boolean>;
}

export function createEngine(options: SessionOptions): Engine {
  const session = new Session(options);
  const bus = new EventEmitter();
  bus.setMaxListeners(100);
  const ctx: HandlerContext = {
    session,
    emit<E extends EventName>(event: E, payload: Events[E]) {
      const envelope: EventEnvelope<E> = { event, payload };
      bus.emit('event', envelope);
    },
  };

  async function call(method: string, params: unknown): Promise<CallOutcome> {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `There is no method "${method}".` } };
    }
    const parsed = methods[method].safeParse(params ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      return {
        ok: false,
        error: {
          code: 'INVALID_PARAMS',
          message: `Invalid parameters for ${method}${where}: ${issue?.message ?? 'invalid input'}`,
        },
      };
    }
    try {
      // The table is keyed by the same names as the schemas, so the pair always matches.
      const handler = handlers[method] as (p: unknown, c: HandlerContext) => unknown;
      const result = await handler(parsed.data, ctx);
      return { ok: true, result };
    } catch (error) {
      return { ok: false, error: toErrorShape(error, { project: session.project?.path }) };
    }
  }

  function close(): void {
    session.close();
    void session.database.close();
    bus.removeAllListeners();
  }

  return {
    call,
    session,
    close,
    async stop() {
      const ended = await session.imports.stop();
      if (ended) close();
      return ended;
    },
    onEvent(listener) {
      bus.on('event', listener);
      return () => bus.off('event', listener);
    },
  };
}
