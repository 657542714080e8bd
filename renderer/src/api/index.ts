/** The one client the app uses, created on first use for whichever transport this page runs on. */
import type { EventName, Events, MethodName, Params, Result, WorkbenchApi } from '../../../shared/api.js';
import { bridgeTransport, preloadBridge } from './bridge.js';
import { createClient } from './client.js';
import { httpTransport } from './http.js';
import { pageToken } from './token.js';
import type { Transport } from './transport.js';

let transport: Transport | null = null;
let client: WorkbenchApi | null = null;

function current(): { transport: Transport; client: WorkbenchApi } {
  if (!transport || !client) {
    const bridge = preloadBridge();
    transport = bridge ? bridgeTransport(bridge) : httpTransport(pageToken());
    client = createClient(transport);
  }
  return { transport, client };
}

export const api: WorkbenchApi = {
  call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>> {
    return current().client.call(method, params);
  },
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
    return current().client.on(event, listener);
  },
};

export function transportMode(): Transport['mode'] {
  return current().transport.mode;
}
