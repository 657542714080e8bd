import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_CHANNEL, REPORT_PDF_CHANNEL, SAVE_DIALOG_CHANNEL } from '../../electron/app/channels.js';
import type { EventEnvelope, PreloadBridge } from '../../shared/transport.js';
import { IPC_CALL, IPC_EVENT } from '../../shared/transport.js';

/**
 * The preload is compiled by the real tsc (as `npm run build` does) and run the way a sandboxed preload runs:
 * a CommonJS function whose `require` knows only 'electron', here a stand-in that records what the preload does.
 */
type Listener = (event: unknown, ...args: unknown[]) => void;
const exposed: Array<{ key: string; api: unknown }> = [];
const invoked: unknown[][] = [];
const listeners = new Map<string, Listener[]>();
const fakeElectron = {
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.push({ key, api }) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      invoked.push(args);
      return { ok: true, result: 'answer' };
    },
    send: (...args: unknown[]) => {
      invoked.push(['send', ...args]);
    },
    on: (channel: string, listener: Listener) => listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
    removeListener: (channel: string, listener: Listener) =>
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((l) => l !== listener),
      ),
  },
  webUtils: { getPathForFile: (file: { name: string }) => `/dropped/${file.name}` },
};

function emit(channel: string, ...args: unknown[]): void {
  for (const listener of listeners.get(channel) ?? []) listener({ sender: 'the ipcRenderer' }, ...args);
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const source = fs.readFileSync(path.join(root, 'electron/app/preload.cts'), 'utf8');
const required: string[] = [];
let bridge: PreloadBridge;
let outDir: string;

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-preload-'));
  compilePreload(outDir);
  const compiled = fs.readFileSync(path.join(outDir, 'electron/app/preload.cjs'), 'utf8');
  const sandboxRequire = (name: string): unknown => {
    required.push(name);
    if (name === 'electron') return fakeElectron;
    throw new Error(`a sandboxed preload cannot require ${name}`);
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', compiled)(sandboxRequire, module, module.exports);
  bridge = exposed[0]?.api as PreloadBridge;
});

/** Like `npm run build` for this one file. Type errors elsewhere (others' work in progress) do not stop the emit. */
function compilePreload(outDir: string): void {
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  const args = ['--ignoreConfig', 'electron/app/preload.cts', '--module', 'nodenext', '--moduleResolution', 'nodenext'];
  args.push(
    '--target',
    'es2023',
    '--types',
    'node',
    '--strict',
    '--skipLibCheck',
    '--rootDir',
    '.',
    '--outDir',
    outDir,
  );
  try {
    execFileSync(process.execPath, [tsc, ...args], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    if (!fs.existsSync(path.join(outDir, 'electron/app/preload.cjs'))) throw error;
  }
}

afterAll(() => {
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('preload', () => {
  it('hard-codes the same channel names as the contract and the main process', () => {
    expect(source).toContain(`const IPC_CALL = '${IPC_CALL}';`);
    expect(source).toContain(`const IPC_EVENT = '${IPC_EVENT}';`);
    expect(source).toContain(`const SAVE_DIALOG = '${SAVE_DIALOG_CHANNEL}';`);
    expect(source).toContain(`const LANGUAGE = '${LANGUAGE_CHANNEL}';`);
    expect(source).toContain(`const REPORT_PDF = '${REPORT_PDF_CHANNEL}';`);
  });

  it('setLanguage sends the language one way on the language channel', () => {
    invoked.length = 0;
    bridge.setLanguage('fa');
    expect(invoked).toEqual([['send', LANGUAGE_CHANNEL, 'fa']]);
  });

  it('imports nothing at runtime but electron (a sandboxed preload cannot require local files)', () => {
    const runtimeImports = [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
    expect(runtimeImports).toEqual(['electron']);
    expect(required).toEqual(['electron']);
  });

  it('exposes exactly window.segwb with the six bridge functions', () => {
    expect(exposed.map((e) => e.key)).toEqual(['segwb']);
    expect(Object.keys(bridge).sort()).toEqual([
      'call',
      'chooseSavePath',
      'onEvent',
      'pathForFile',
      'saveReportPdf',
      'setLanguage',
    ]);
  });

  it('saveReportPdf invokes the report PDF channel with the HTML and the suggested name', async () => {
    invoked.length = 0;
    await bridge.saveReportPdf('<!doctype html>', 'report.pdf');
    expect(invoked).toEqual([[REPORT_PDF_CHANNEL, '<!doctype html>', 'report.pdf']]);
  });

  it('call invokes the call channel with method and params', async () => {
    invoked.length = 0;
    await expect(bridge.call('project/open', { path: '/p/a.segwb' })).resolves.toEqual({ ok: true, result: 'answer' });
    expect(invoked).toEqual([[IPC_CALL, 'project/open', { path: '/p/a.segwb' }]]);
  });

  it('chooseSavePath invokes the save dialog channel', async () => {
    invoked.length = 0;
    await bridge.chooseSavePath('segment.csv');
    expect(invoked).toEqual([[SAVE_DIALOG_CHANNEL, 'segment.csv']]);
  });

  it('onEvent passes the envelope only (not the IPC event) until unsubscribed', () => {
    const seen: unknown[][] = [];
    const unsubscribe = bridge.onEvent((...args) => seen.push(args));
    const envelope: EventEnvelope = { event: 'project/changed', payload: null };
    emit(IPC_EVENT, envelope);
    unsubscribe();
    emit(IPC_EVENT, { event: 'project/changed', payload: null });
    expect(seen).toEqual([[envelope]]);
    expect(listeners.get(IPC_EVENT)).toEqual([]);
  });

  it('pathForFile asks webUtils', () => {
    expect(bridge.pathForFile({ name: 'orders.csv' } as unknown as File)).toBe('/dropped/orders.csv');
  });
});
