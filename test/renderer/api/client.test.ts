import { describe, expect, it } from 'vitest';
import { ApiError, isApiError, toApiErrorShape } from '../../../renderer/src/api/apiError.js';
import { bridgeTransport } from '../../../renderer/src/api/bridge.js';
import { createClient, unwrapOutcome } from '../../../renderer/src/api/client.js';
import type { EventEnvelope, PreloadBridge } from '../../../shared/transport.js';

/** A stand-in for window.segwb that answers from a table and lets the test push events. */
function fakeBridge(answers: Record<string, unknown>) {
  const listeners = new Set<(envelope: EventEnvelope) => void>();
  const calls: Array<{ method: string; params: unknown }> = [];
  const bridge: PreloadBridge = {
    call: async (method, params) => {
      calls.push({ method, params });
      return answers[method] as never;
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    pathForFile: () => '/tmp/file.csv',
    saveReportPdf: async () => null,
    chooseSavePath: async () => null,
    setLanguage: () => {},
  };
  const push = (envelope: EventEnvelope) => {
    for (const listener of listeners) listener(envelope);
  };
  return { bridge, calls, push, listeners };
}

describe('the client', () => {
  it('returns the result of a successful call and passes the params through', async () => {
    const { bridge, calls } = fakeBridge({ 'project/recent': { ok: true, result: [] } });
    const client = createClient(bridgeTransport(bridge));
    await expect(client.call('project/recent', {})).resolves.toEqual([]);
    expect(calls).toEqual([{ method: 'project/recent', params: {} }]);
  });

  it('throws an ApiError carrying code, message and details of a failed call', async () => {
    const error = {
      code: 'IMPORT_FAILED',
      message: 'Line 7 has 3 fields instead of 8.',
      details: { file: 'orders.csv', line: 7, column: 'Quantity', value: 'x' },
    };
    const { bridge } = fakeBridge({ 'import/preview': { ok: false, error } });
    const client = createClient(bridgeTransport(bridge));
    const thrown = await client.call('import/preview', { path: '/tmp/orders.csv' }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ApiError);
    expect(isApiError(thrown, 'IMPORT_FAILED')).toBe(true);
    expect(toApiErrorShape(thrown)).toEqual(error);
  });

  it('delivers only the events a listener asked for, until it unsubscribes', () => {
    const { bridge, push, listeners } = fakeBridge({});
    const client = createClient(bridgeTransport(bridge));
    const seen: unknown[] = [];
    const off = client.on('import/progress', (p) => seen.push(p));
    const progress = { jobId: 'j1', bytesRead: 10, totalBytes: 100, rows: 2, phase: 'reading' as const };
    push({ event: 'import/progress', payload: progress });
    push({ event: 'project/changed', payload: null });
    off();
    push({ event: 'import/progress', payload: progress });
    expect(seen).toEqual([progress]);
    expect(listeners.size).toBe(0);
  });
});

describe('unwrapOutcome', () => {
  it('unwraps results, including null', () => {
    expect(unwrapOutcome({ ok: true, result: null })).toBeNull();
    expect(unwrapOutcome({ ok: true, result: { a: 1 } })).toEqual({ a: 1 });
  });

  it('turns a malformed answer into an INTERNAL error', () => {
    for (const answer of [undefined, 'text', { ok: true }, { ok: false }, { ok: false, error: { message: 42 } }]) {
      const thrown = (() => {
        try {
          unwrapOutcome(answer);
        } catch (e) {
          return e;
        }
      })();
      expect(isApiError(thrown, 'INTERNAL')).toBe(true);
    }
  });

  it('keeps an engine error without details as code and message only', () => {
    try {
      unwrapOutcome({ ok: false, error: { code: 'NO_PROJECT', message: 'No project is open.' } });
      expect.unreachable();
    } catch (e) {
      expect(toApiErrorShape(e)).toEqual({ code: 'NO_PROJECT', message: 'No project is open.' });
    }
  });

  it('reports any other thrown value as INTERNAL with its message', () => {
    expect(toApiErrorShape(new Error('boom'))).toEqual({ code: 'INTERNAL', message: 'boom' });
    expect(toApiErrorShape('plain')).toEqual({ code: 'INTERNAL', message: 'plain' });
  });
});
