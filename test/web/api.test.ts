/** Calls and events over HTTP reach the real engine, validated by the contract's schemas. */
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../shared/transport.js';
import { startTestServer, type TestServer } from './webTestServer.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ heartbeatMs: 50 });
});
afterAll(async () => {
  await t.stop();
});

describe('POST /api/call/<method>', () => {
  it('app/info answers with the engine result', async () => {
    const res = await t.call('app/info', {});
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.json()).toEqual({ ok: true, result: { version: '9.8.7', mode: 'web', projectsDir: t.projectsDir } });
  });

  it('an empty body means no params', async () => {
    expect((await t.call('app/info')).json()).toMatchObject({ ok: true, result: { mode: 'web' } });
  });

  it('an unknown method -> UNKNOWN_METHOD', async () => {
    const res = await t.call('nope/nothing', {});
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'There is no method "nope/nothing".' },
    });
  });

  it('an inherited property name is not a method', async () => {
    expect((await t.call('constructor', {})).json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it.each([
    ['project/create', { path: '' }],
    ['project/create', { path: 5 }],
    ['project/create', {}],
    ['project/create', { path: 'a', extra: 1 }],
    ['project/create', ['a']],
    ['project/create', 'a'],
    ['customers/page', { offset: -1, limit: 10 }],
    ['customers/page', { offset: 0, limit: 0 }],
    ['customers/page', { offset: 0, limit: 5001 }],
    ['customers/page', { offset: 1.5, limit: 10 }],
    ['customers/page', { offset: 0, limit: 10, extra: true }],
    // Any column key of the project may sort (the engine checks it against the fields registry).
    ['customers/page', { offset: 0, limit: 10, sort: { key: '', dir: 'asc' } }],
    ['customers/page', { offset: 0, limit: 10, sort: { key: 'monetary', dir: 'up' } }],
    ['customers/page', { offset: 0, limit: 10, search: 'x'.repeat(501) }],
    ['customers/get', { customerId: '' }],
    ['customers/export', { path: 'x.csv', columns: [] }],
    ['app/info', { unexpected: 1 }],
  ])('%s %j -> INVALID_PARAMS', async (method, params) => {
    const res = await t.call(method, params);
    expect(res.status).toBe(200);
    const outcome = res.json() as { ok: boolean; error: { code: string; message: string } };
    expect(outcome.ok).toBe(false);
    expect(outcome.error.code).toBe('INVALID_PARAMS');
    expect(outcome.error.message.startsWith(`Invalid parameters for ${method}`)).toBe(true);
  });

  it('malformed JSON -> 400 INVALID_PARAMS without a stack', async () => {
    const res = await t.request('/api/call/app/info', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"path":',
    });
    expect(res.status).toBe(400);
    const outcome = res.json() as { ok: boolean; error: { code: string; message: string } };
    expect(outcome.ok).toBe(false);
    expect(outcome.error.code).toBe('INVALID_PARAMS');
    expect(outcome.error.message.startsWith('The request body is not valid JSON')).toBe(true);
    expect(res.text).not.toContain('    at ');
  });

  it('another content type -> 415', async () => {
    const res = await t.request('/api/call/app/info', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(res.status).toBe(415);
    expect(res.json()).toEqual({
      ok: false,
      error: { code: 'INVALID_PARAMS', message: 'Send the parameters as application/json.' },
    });
  });

  it('a body over 10 MB -> 413', async () => {
    const big = JSON.stringify({ path: 'x'.repeat(10 * 1024 * 1024) });
    const res = await t.request('/api/call/project/create', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    expect(res.status).toBe(413);
    expect(res.json()).toEqual({
      ok: false,
      error: { code: 'INVALID_PARAMS', message: 'The request body is larger than 10485760 bytes.' },
    });
  });

  it('GET on a call -> 405; an unknown API path -> 404', async () => {
    expect((await t.request('/api/call/app/info')).status).toBe(405);
    const res = await t.request('/api/nothing');
    expect(res.status).toBe(404);
    expect(res.json()).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no API endpoint /api/nothing.' },
    });
  });

  it('project/create then project/current round-trips through the engine', async () => {
    const created = (await t.call('project/create', { path: 'acme' })).json() as {
      ok: boolean;
      result: { path: string; name: string; customers: number };
    };
    expect(created.ok).toBe(true);
    expect(created.result.path).toBe(path.join(t.projectsDir, 'acme.segwb'));
    expect(created.result.customers).toBe(0);
    const current = (await t.call('project/current', {})).json();
    expect(current).toEqual({ ok: true, result: created.result });
    const again = (await t.call('project/create', { path: 'acme' })).json();
    expect(again).toMatchObject({ ok: false, error: { code: 'FILE_EXISTS' } });
    expect((await t.call('project/close', {})).json()).toEqual({ ok: true, result: null });
  });
});

describe('GET /api/events', () => {
  it('needs the token', async () => {
    expect((await t.request('/api/events', { noToken: true })).status).toBe(401);
    expect((await t.request('/api/events?token=wrong', { noToken: true })).status).toBe(401);
  });

  it('streams project/changed after project/create, and heartbeats', async () => {
    const stream = await openStream(t.server.port, `/api/events?token=${t.server.token}`);
    try {
      expect(stream.contentType).toBe('text/event-stream; charset=utf-8');
      const outcome = (await t.call('project/create', { path: path.join(t.root, 'events.segwb') })).json() as {
        result: unknown;
      };
      const envelope = await stream.nextEvent();
      expect(envelope).toEqual({ event: 'project/changed', payload: outcome.result });
      await stream.waitFor(': heartbeat\n\n');
      await t.call('project/close', {});
      expect(await stream.nextEvent()).toEqual({ event: 'project/changed', payload: null });
    } finally {
      stream.close();
    }
  });

  it('the server closes open streams when it stops', async () => {
    const other = await startTestServer();
    const stream = await openStream(other.server.port, `/api/events?token=${other.server.token}`);
    await other.stop();
    await stream.ended;
  });
});

interface OpenStream {
  contentType: string | undefined;
  nextEvent(): Promise<EventEnvelope>;
  waitFor(text: string): Promise<void>;
  ended: Promise<void>;
  close(): void;
}

function openStream(port: number, pathAndQuery: string): Promise<OpenStream> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port, path: pathAndQuery, headers: { host: `127.0.0.1:${port}` } },
      (res) => {
        let buffer = '';
        let consumed = 0;
        let wake: () => void = () => {};
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          wake();
        });
        const ended = new Promise<void>((done) => res.on('end', done));
        const waitUntil = async <T>(pick: () => T | undefined): Promise<T> => {
          for (;;) {
            const found = pick();
            if (found !== undefined) return found;
            await new Promise<void>((w) => {
              wake = w;
            });
          }
        };
        resolve({
          contentType: res.headers['content-type'],
          ended,
          nextEvent: () =>
            waitUntil(() => {
              const match = /data: (.*)\n\n/.exec(buffer.slice(consumed));
              if (!match) return undefined;
              consumed += match.index + match[0].length;
              return JSON.parse(match[1] ?? '') as EventEnvelope;
            }),
          waitFor: async (text) => {
            await waitUntil(() => (buffer.includes(text) ? true : undefined));
          },
          close: () => req.destroy(),
        });
      },
    );
    req.on('error', reject);
  });
}
