/** Every request gets an answer: a rule nested 2,000 deep, a throwing engine, a body that never ends. */
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './webTestServer.js';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

function deepRule(levels: number): unknown {
  let rule: unknown = { field: 'country', op: 'in', value: ['DE'] };
  for (let i = 1; i < levels; i++) rule = { and: [rule] };
  return rule;
}

describe('browser mode answers every request', () => {
  it('a rule nested 2,000 deep -> 400 naming the limit', async () => {
    t = await startTestServer();
    const res = await t.call('segments/count', { rule: deepRule(2000) });
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({
      ok: false,
      error: {
        code: 'INVALID_PARAMS',
        message: 'The request is nested too deeply: rules can be nested at most 100 levels deep.',
      },
    });
  });

  it('a rule nested 101 deep -> the engine names the limit', async () => {
    t = await startTestServer();
    const res = await t.call('segments/count', { rule: deepRule(101) });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({
      ok: false,
      error: {
        code: 'INVALID_PARAMS',
        message: 'Invalid parameters for segments/count (rule): rules can be nested at most 100 levels deep',
      },
    });
  });

  it('an engine that throws after the body was read -> 500 with its message', async () => {
    const logged: string[] = [];
    t = await startTestServer({
      wrapEngine: (engine) => ({
        session: engine.session,
        onEvent: engine.onEvent,
        call: () => Promise.reject(new RangeError('Maximum call stack size exceeded')),
      }),
      log: (line) => logged.push(line),
    });
    const res = await t.call('app/info', {});
    expect(res.status).toBe(500);
    expect(res.json()).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'The request failed: Maximum call stack size exceeded' },
    });
    expect(logged).toEqual(['browser mode: POST /api/call/app/info failed: Maximum call stack size exceeded']);
  });

  it('a body that stops arriving -> 408 after the body timeout', async () => {
    t = await startTestServer({ bodyTimeoutMs: 200 });
    const port = t.server.port;
    const token = t.server.token;
    const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/call/app/info',
          method: 'POST',
          agent: false,
          headers: {
            host: `127.0.0.1:${port}`,
            'content-type': 'application/json',
            'content-length': '100',
            'x-segwb-token': token,
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString('utf8');
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write('{"a":'); // and then nothing more
    });
    expect(answer.status).toBe(408);
    expect(JSON.parse(answer.text)).toEqual({
      ok: false,
      error: { code: 'INVALID_PARAMS', message: 'The request body did not arrive within 0.2 seconds.' },
    });
  });
});
