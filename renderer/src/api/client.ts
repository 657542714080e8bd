/** The typed client: WorkbenchApi over any Transport, turning {ok:false} answers into thrown ApiErrors. */
import type { EventName, Events, MethodName, Params, Result, WorkbenchApi } from '../../../shared/api.js';
import { isErrorShape } from '../../../shared/errors.js';
import type { CallOutcome } from '../../../shared/transport.js';
import { ApiError } from './apiError.js';
import type { Transport } from './transport.js';

export function createClient(transport: Transport): WorkbenchApi {
  return {
    async call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>> {
      const outcome = await transport.call(method, params);
      return unwrapOutcome(outcome) as Result<M>;
    },
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
      return transport.onEvent((envelope) => {
        if (envelope.event === event) listener(envelope.payload as Events[E]);
      });
    },
  };
}

/** The result of a successful outcome; throws an ApiError for a failed or malformed one. */
export function unwrapOutcome(outcome: unknown): unknown {
  if (!isOutcome(outcome)) {
    throw new ApiError({ code: 'INTERNAL', message: 'The engine sent an answer this version cannot read.' });
  }
  if (outcome.ok) return outcome.result;
  if (isErrorShape(outcome.error)) throw new ApiError(outcome.error);
  throw new ApiError({ code: 'INTERNAL', message: 'The engine reported an error without a message.' });
}

function isOutcome(value: unknown): value is CallOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (v.ok === true && 'result' in v) || (v.ok === false && 'error' in v);
}
