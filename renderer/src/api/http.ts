/** Browser mode: calls are POSTs to the local server, events come over one shared EventSource. */
import type { CallOutcome, EventEnvelope } from '../../../shared/transport.js';
import { API_CALL_PREFIX, API_EVENTS, TOKEN_HEADER } from '../../../shared/transport.js';
import { ApiError } from './apiError.js';
import type { Transport } from './transport.js';

export function httpTransport(token: string | null): Transport {
  const listeners = new Set<(envelope: EventEnvelope) => void>();
  let source: EventSource | null = null;

  function openEvents(): void {
    if (source) return;
    const url = `${API_EVENTS}?token=${encodeURIComponent(token ?? '')}`;
    source = new EventSource(url);
    source.onmessage = (message: MessageEvent<string>) => {
      let envelope: EventEnvelope;
      try {
        envelope = JSON.parse(message.data) as EventEnvelope;
      } catch {
        return; // a keep-alive or a malformed line: nothing to deliver
      }
      for (const listener of listeners) listener(envelope);
    };
  }

  return {
    mode: 'web',
    async call(method, params) {
      let response: Response;
      try {
        response = await fetch(API_CALL_PREFIX + method, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token ?? '' },
          body: JSON.stringify(params ?? {}),
        });
      } catch {
        throw new ApiError({ code: 'UNREACHABLE', message: 'The engine cannot be reached.' });
      }
      return readOutcome(response);
    },
    onEvent(listener) {
      listeners.add(listener);
      openEvents();
      return () => listeners.delete(listener);
    },
  };
}

/** The server answers a CallOutcome even for errors; a refused token or a non-JSON answer becomes an error here. */
export async function readOutcome(response: Response): Promise<CallOutcome> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as CallOutcome;
    if (typeof body === 'object' && body !== null && 'ok' in body) return body;
  } catch {
    // not JSON: fall through to a status-based error
  }
  if (response.status === 401 || response.status === 403) {
    throw new ApiError({ code: 'UNAUTHORISED', message: 'The access token is missing or wrong.' });
  }
  return { ok: false, error: { code: 'INTERNAL', message: `The server answered ${response.status}.` } };
}
