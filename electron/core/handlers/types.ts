import type { EventName, Events, MethodName, ParsedParams, Result } from '../../../shared/api.js';
import type { Session } from '../session.js';

/** What every handler gets besides its (already validated) params. */
export interface HandlerContext {
  session: Session;
  emit<E extends EventName>(event: E, payload: Events[E]): void;
}

export type Handler<M extends MethodName> = (
  params: ParsedParams<M>,
  ctx: HandlerContext,
) => Promise<Result<M>> | Result<M>;

/** A handler for every method of the contract, no more and no fewer. */
export type HandlerTable = { [M in MethodName]: Handler<M> };

/** The handlers of one domain: exactly the methods it names. */
export type DomainHandlers<M extends MethodName> = { [K in M]: Handler<K> };
