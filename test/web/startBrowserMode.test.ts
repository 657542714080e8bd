/** Browser mode's defaults (folders, port, version) and starting it in-process. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  defaultProjectsDir,
  defaultStateDir,
  findAppRoot,
  portFromEnv,
  readAppVersion,
} from '../../electron/web/appPaths.js';
import { startBrowserMode } from '../../electron/web/startBrowserMode.js';
import { formatUrlLine, parseUrlLine } from '../../electron/web/urlLine.js';
import { rawRequest } from './webTestServer.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-browser-mode-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('default folders', () => {
  it('projects go to ~/Documents/Segment Workbench when there is a Documents folder', () => {
    const home = path.join(tmp, 'home-with-docs');
    fs.mkdirSync(path.join(home, 'Documents'), { recursive: true });
    expect(defaultProjectsDir({}, home)).toBe(path.join(home, 'Documents', 'Segment Workbench'));
  });

  it('else to ~/Segment Workbench', () => {
    expect(defaultProjectsDir({}, path.join(tmp, 'bare-home'))).toBe(path.join(tmp, 'bare-home', 'Segment Workbench'));
  });

  it('env wins for both folders', () => {
    const env = { SEGWB_PROJECTS_DIR: path.join(tmp, 'p'), SEGWB_STATE_DIR: path.join(tmp, 's') };
    expect(defaultProjectsDir(env, '/home/x')).toBe(path.join(tmp, 'p'));
    expect(defaultStateDir(env, '/home/x')).toBe(path.join(tmp, 's'));
  });

  it('state defaults to ~/.segment-workbench', () => {
    expect(defaultStateDir({}, '/home/x')).toBe(path.join('/home/x', '.segment-workbench'));
  });
});

describe('SEGWB_PORT', () => {
  it.each([
    [undefined, 0],
    ['', 0],
    ['0', 0],
    ['8123', 8123],
    [' 65535 ', 65535],
  ])('%j -> %i', (text, port) => {
    expect(portFromEnv({ SEGWB_PORT: text })).toBe(port);
  });

  it.each([['abc'], ['-1'], ['65536'], ['80.5']])('%j is refused', (text) => {
    expect(() => portFromEnv({ SEGWB_PORT: text })).toThrow(
      `SEGWB_PORT must be a port number (0-65535), not "${text}".`,
    );
  });
});

describe('app root and version', () => {
  it('finds the repository from a source file and reads the version from package.json', () => {
    const root = findAppRoot(new URL('../../electron/web/appPaths.ts', import.meta.url).href);
    expect(root).toBe(path.resolve(import.meta.dirname, '../..'));
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(readAppVersion(root)).toBe(pkg.version);
  });
});

describe('the url line', () => {
  it('round-trips, and other lines are not addresses', () => {
    const url = 'http://127.0.0.1:41234/?token=abc_DEF-123';
    expect(formatUrlLine(url)).toBe(`Segment Workbench (browser mode): ${url}`);
    expect(parseUrlLine(formatUrlLine(url))).toBe(url);
    expect(parseUrlLine('Open this address in a browser')).toBeNull();
    expect(parseUrlLine('Segment Workbench (browser mode): http://evil.example.com/?token=x')).toBeNull();
  });
});

describe('startBrowserMode', () => {
  it('serves the renderer and the engine in mode web, then closes', async () => {
    const staticDir = path.join(tmp, 'static');
    fs.mkdirSync(staticDir, { recursive: true });
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<title>Segment Workbench</title>');
    const app = await startBrowserMode({
      staticDir,
      appVersion: '1.2.3',
      env: {
        SEGWB_PROJECTS_DIR: path.join(tmp, 'projects'),
        SEGWB_STATE_DIR: path.join(tmp, 'state'),
        SEGWB_PORT: '0',
      },
    });
    try {
      expect(parseUrlLine(formatUrlLine(app.url))).toBe(app.url);
      expect(app.stateDir).toBe(path.join(tmp, 'state'));
      expect(fs.existsSync(app.stateDir)).toBe(true);
      const page = await rawRequest(app.port, '/');
      expect(page.text).toBe('<title>Segment Workbench</title>');
      const info = await rawRequest(app.port, '/api/call/app/info', {
        method: 'POST',
        headers: { 'x-segwb-token': app.token, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(info.json()).toEqual({
        ok: true,
        result: { version: '1.2.3', mode: 'web', projectsDir: path.join(tmp, 'projects') },
      });
    } finally {
      await app.close();
    }
    await expect(rawRequest(app.port, '/')).rejects.toThrow(/ECONNREFUSED/);
  });
});
