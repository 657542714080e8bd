/** Browser mode refuses whatever is not our own page on this machine with this run's token. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../electron/core/engine.js';
import { CONTENT_SECURITY_POLICY, tokensMatch } from '../../electron/web/security.js';
import { startWebServer } from '../../electron/web/server.js';
import { INDEX_HTML, startTestServer, type TestServer } from './webTestServer.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.stop();
});

const unauthorized = {
  ok: false,
  error: { code: 'UNAUTHORIZED', message: 'Missing or wrong access token. Open the address printed at start.' },
};

describe('token', () => {
  it('is 24 random bytes in base64url, and part of the printed url', () => {
    expect(t.server.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(t.server.url).toBe(`http://127.0.0.1:${t.server.port}/?token=${t.server.token}`);
  });

  it('missing -> 401', async () => {
    const res = await t.request('/api/call/app/info', {
      method: 'POST',
      noToken: true,
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(401);
    expect(res.json()).toEqual(unauthorized);
  });

  it('wrong -> 401', async () => {
    const res = await t.request('/api/call/app/info', {
      method: 'POST',
      headers: { 'x-segwb-token': `${t.server.token}x`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(401);
    expect(res.json()).toEqual(unauthorized);
  });

  it('in the query is not accepted for calls', async () => {
    const res = await t.request(`/api/call/app/info?token=${t.server.token}`, {
      method: 'POST',
      noToken: true,
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(401);
  });

  it('in the query is not accepted for uploads', async () => {
    const res = await t.request(`/api/upload?token=${t.server.token}`, { method: 'POST', noToken: true, body: 'a' });
    expect(res.status).toBe(401);
  });

  it('in the query is accepted for the rejects download (which then reaches the engine)', async () => {
    const res = await t.request(`/api/rejects.csv?datasetId=x&token=${t.server.token}`, { noToken: true });
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({
      ok: false,
      error: { code: 'INVALID_PARAMS', message: 'datasetId must be a positive whole number.' },
    });
  });

  it('comparison accepts only the exact token', () => {
    expect(tokensMatch('abc', 'abc')).toBe(true);
    expect(tokensMatch('abc', 'abd')).toBe(false);
    expect(tokensMatch('abc', 'abcd')).toBe(false);
    expect(tokensMatch('abc', '')).toBe(false);
    expect(tokensMatch('abc', undefined)).toBe(false);
  });
});

describe('host and origin', () => {
  it.each([
    ['evil.example.com'],
    [`evil.example.com:PORT`],
    ['127.0.0.1'],
    ['127.0.0.1:1'],
    ['0.0.0.0:PORT'],
    ['[::1]:PORT'],
  ])('Host %s -> 403', async (host) => {
    const res = await t.request('/api/call/app/info', {
      method: 'POST',
      headers: { host: host.replace('PORT', String(t.server.port)), 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('a bad Host is refused for static files too', async () => {
    const res = await t.request('/', { headers: { host: 'rebound.example.com' } });
    expect(res.status).toBe(403);
  });

  it('localhost:<port> is accepted', async () => {
    const res = await t.request('/', { headers: { host: `localhost:${t.server.port}` } });
    expect(res.status).toBe(200);
  });

  it.each([['https://evil.example.com'], ['null'], ['http://localhost:1'], ['http://127.0.0.1']])(
    'Origin %s -> 403',
    async (origin) => {
      const res = await t.request('/api/call/app/info', {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status).toBe(403);
      expect(res.json()).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Requests from other sites are refused.' },
      });
    },
  );

  it('our own Origin is accepted', async () => {
    const res = await t.request('/api/call/app/info', {
      method: 'POST',
      headers: { origin: `http://127.0.0.1:${t.server.port}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ ok: true });
  });
});

describe('listening', () => {
  it('is on 127.0.0.1 only, and other hosts are refused', async () => {
    const url = new URL(t.server.url);
    expect(url.hostname).toBe('127.0.0.1');
    const engine = createEngine({ mode: 'web', appVersion: '0', projectsDir: t.projectsDir, stateDir: t.stateDir });
    await expect(startWebServer({ engine, staticDir: t.staticDir, host: '0.0.0.0' })).rejects.toThrow(
      'Browser mode listens on 127.0.0.1 only (asked for "0.0.0.0").',
    );
    engine.close();
  });

  it('does not answer on another loopback address', async () => {
    const { default: net } = await import('node:net');
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.2', port: t.server.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });
});

describe('headers and static files', () => {
  it('index.html is served at / with the CSP and security headers, never cached', async () => {
    const res = await t.request('/', { noToken: true });
    expect(res.status).toBe(200);
    expect(res.text).toBe(INDEX_HTML);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; " +
        "form-action 'none'",
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('API answers and errors carry the same headers', async () => {
    const res = await t.request('/api/call/app/info', { method: 'POST', noToken: true });
    expect(res.status).toBe(401);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('assets get their content type', async () => {
    const res = await t.request('/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.text).toBe('console.log(1);\n');
  });

  it.each([
    ['/../secret.txt'],
    ['/%2e%2e/secret.txt'],
    ['/..%2fsecret.txt'],
    ['/..%5csecret.txt'],
    ['/assets/../../secret.txt'],
    ['/%2e%2e/%2e%2e/package.json'],
    ['/../package.json'],
    ['/index.html%00.js'],
  ])('%s is not served', async (p) => {
    const res = await t.request(p);
    expect(res.status).toBe(404);
    expect(res.text).toBe('Not found');
  });

  it('a missing file is 404 and a POST to a static path is 405', async () => {
    expect((await t.request('/nope.js')).status).toBe(404);
    expect((await t.request('/', { method: 'POST', body: 'x' })).status).toBe(405);
  });
});
